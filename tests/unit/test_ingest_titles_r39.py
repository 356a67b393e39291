"""Round 39: a periodical's name over its issue line, a brief's kind line and circulation
mark, a page's declared headline shaped like a note: none is passed over for the title."""

from briefer.ingest.dochead import title_under_kind
from briefer.ingest.handling import handling_marking
from briefer.ingest.issuemasthead import past_issue_masthead

_SCAN_VI = """TẠP CHÍ KINH TẾ BIỂN
Số 31 - Chủ Nhật, 7/6/2026
22    THỊ TRƯỜNG    www.kinhtebien.example.vn

HỢP TÁC CẢNG BIỂN VIỆT NAM - HÀ LAN BƯỚC VÀO GIAI ĐOẠN MỚI

Hai bên ký biên bản ghi nhớ về đào tạo nhân lực cảng."""

_SCAN_EN = """MARITIME REVIEW
Chile and Vietnam expand fruit shipping links
The first direct reefer service between the two countries starts next month.
--- Page 2 ---
17   TRADE   MARITIME REVIEW"""


def test_periodical_name_over_issue_line() -> None:
    headline = "HỢP TÁC CẢNG BIỂN VIỆT NAM - HÀ LAN BƯỚC VÀO GIAI ĐOẠN MỚI"
    assert past_issue_masthead(_SCAN_VI, "TẠP CHÍ KINH TẾ BIỂN") == headline


def test_periodical_name_in_a_later_running_head() -> None:
    got = past_issue_masthead(_SCAN_EN, "MARITIME REVIEW")
    assert got == "Chile and Vietnam expand fruit shipping links"


def test_a_headline_is_kept() -> None:
    assert past_issue_masthead(_SCAN_EN, "Chile and Vietnam expand fruit shipping links") == ""


_BRIEF = """NORDIC EXPORT COUNCIL
Office in Hanoi
POLICY BRIEF
Date: 3 March 2026
INTERNAL – FOR MEMBERS' USE ONLY
Policy Brief: Vietnam's new rules on e-commerce imports
Prepared by: A. Berg"""


def test_title_under_a_brief_kind_line() -> None:
    got = title_under_kind(_BRIEF, "Office in Hanoi")
    assert got == "Policy Brief: Vietnam's new rules on e-commerce imports"


def test_circulation_marks() -> None:
    assert handling_marking("INTERNAL – FOR CLIENT USE ONLY")
    assert handling_marking("Dành cho hội viên")
    assert not handling_marking("Internal trade grew by 5%")
