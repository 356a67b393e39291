"""Round 39: a periodical's name over its issue line, a brief's kind line and circulation
mark, a page's declared headline shaped like a note: none is passed over for the title."""

from pathlib import Path

from briefer.ingest.analysis import analyse
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


def test_a_declared_headline_shaped_like_a_note_is_the_title(tmp_path: Path) -> None:
    # ("Travel advice: Viet Nam" over "Label: value" paragraphs reads as a draft's header
    # notes; the page's markup declares it its headline, so the title stays)
    path = tmp_path / "advice.html"
    path.write_text(
        "<html><head><title>Travel advice: Viet Nam</title></head><body>"
        "<h1>Travel advice: Viet Nam</h1>"
        "<p>Safety and security: Crime levels in Viet Nam are low, but petty theft happens "
        "in cities.</p>"
        "<p>Entry requirements: Visitors need a passport valid for six months after "
        "arrival.</p>"
        "<p>Trade between Viet Nam and Canada reached 11 billion USD in 2025, up 12% on "
        "2024.</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(path).metadata.title == "Travel advice: Viet Nam"
