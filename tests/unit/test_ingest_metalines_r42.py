"""Outlet, day and writer read from what a line is (r42): mastfirst, docdayline, rolebyline."""

from __future__ import annotations

from briefer.ingest.docdayline import (
    head_issue_day,
    issued_over_received,
    letterhead_dateline,
    received_stamp_day,
)
from briefer.ingest.mastfirst import (
    column_unit,
    head_masthead,
    merged_printed,
    organ_holder,
    portal_name,
)
from briefer.ingest.rolebyline import role_only, without_role_only

_PASTED_EN = (
    "Skip to content\nDaily Harbour\nPolitics\nMarkets\nWatch Live\n"
    "Ports of two nations agree to share customs data from next year\n"
)
_PASTED_GROUP = (
    "THE COASTAL TIMES\nHarbour Media Group\nHome\nWorld\nSport\n"
    "Two ports sign a memorandum on shipping links and customs\n"
)
_PASTED_VI = (
    "Tin Biển Đông\nThời sự\nKinh tế\nXem trực tiếp\n"
    "Hai tỉnh ký kết biên bản ghi nhớ hợp tác về cảng biển và logistics\n"
)


def test_menu_item_gives_way_to_masthead() -> None:
    assert head_masthead("Watch Live", _PASTED_EN) == "Daily Harbour"
    assert head_masthead("Xem trực tiếp", _PASTED_VI) == "Tin Biển Đông"


def test_group_name_under_masthead_gives_way() -> None:
    assert head_masthead("Harbour Media Group", _PASTED_GROUP) == "THE COASTAL TIMES"


def test_masthead_itself_or_unlisted_outlet_left() -> None:
    assert head_masthead("Daily Harbour", _PASTED_EN) == ""
    assert head_masthead("Reuters", _PASTED_EN) == ""
    # (no menu under the first line: no masthead to read)
    assert (
        head_masthead("Politics", "Daily Harbour\nPolitics\nA long first line of prose here.") == ""
    )


def test_organ_clause_gives_its_holder() -> None:
    text = "Bài liên quan\nBản quyền thuộc về Tạp chí Biển Xanh - Cơ quan của Hội Nghề biển\n"
    assert organ_holder("Cơ quan của Hội Nghề biển", text) == "Tạp chí Biển Xanh"
    text_en = "© Harbour Weekly — An organ of the Seafarers' Union\n"
    assert organ_holder("An organ of the Seafarers' Union", text_en) == "Harbour Weekly"
    assert organ_holder("Tạp chí Biển Xanh", text) == ""


def test_portal_over_the_ministry_its_title_names() -> None:
    marks = (
        ("title part", "Ministry of Fisheries"),
        ("logo", "Official website of the Government of Ruritania"),
        ("copyright", "Government of Ruritania"),
    )
    assert portal_name("Ministry of Fisheries", marks) == "Government of Ruritania"
    vi = (("title part", "Bộ Thủy sản"), ("copyright", "Cổng Thông tin điện tử Chính phủ"))
    assert portal_name("Bộ Thủy sản", vi) == "Cổng Thông tin điện tử Chính phủ"


def test_ministry_own_site_kept() -> None:
    marks = (("title part", "Ministry of Fisheries"), ("logo", "Ministry of Fisheries"))
    assert portal_name("Ministry of Fisheries", marks) == ""
    assert portal_name("Harbour Times", (("copyright", "Government of Ruritania"),)) == ""


def test_merged_house_printed_over_its_former_paper() -> None:
    text = "Tin bài\nBáo và Phát thanh, Truyền hình Điện Biên\nCơ quan chủ quản: Tỉnh ủy\n"
    assert merged_printed("Báo Điện Biên", text) == "Báo và Phát thanh, Truyền hình Điện Biên"
    assert merged_printed("Báo Lai Châu", text) == ""


def test_bulletin_heading_dates_the_issue() -> None:
    assert head_issue_day("VIỆN X\nBẢN TIN NGÀY 7/3/2026\n\nNội dung") == "2026-03-07"
    assert head_issue_day("TỔNG HỢP BÁO CHÍ NGÀY 5 THÁNG 11 NĂM 2025\n") == "2025-11-05"
    assert head_issue_day("PRESS DIGEST OF 12/01/2026\n") == "2026-01-12"
    # (a sentence of prose, not a heading in capitals, dates an event)
    assert head_issue_day("Hội nghị khai mạc ngày 7/3/2026\n") == ""


_LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ Y TẾ                         Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/BC-SYT               Bình An, ngày 04 tháng 02 năm 2026\n"
    "  ĐẾN   Số: 77\n"
    "        Ngày: 09/02/2026\n"
    "BÁO CÁO\n"
)


def test_letter_dated_by_its_dateline_not_its_received_stamp() -> None:
    assert letterhead_dateline(_LETTER) == "2026-02-04"
    assert received_stamp_day(_LETTER) == "2026-02-09"
    assert issued_over_received("2026-02-09", _LETTER) == "2026-02-04"
    # (a day read that is not the stamp's is left as read)
    assert issued_over_received("2026-02-04", _LETTER) == ""
    assert issued_over_received("2026-02-09", "Bình An, ngày 04 tháng 02 năm 2026\n") == ""


def test_role_without_person_is_no_writer() -> None:
    assert role_only("Phóng viên TTXVN tại Nam Mỹ")
    assert role_only("PV VOV tại Paris")
    assert role_only("Our correspondent in Lima")
    assert without_role_only("Nhóm phóng viên thường trú tại Bắc Phi") == ""


def test_role_with_person_or_plain_name_kept() -> None:
    assert not role_only("Phóng viên Lê Thu Hà")
    assert without_role_only("Mai Anh") == "Mai Anh"
    assert without_role_only("Kofi Mensah") == "Kofi Mensah"


def test_two_column_letterhead_unit_under_its_committee() -> None:
    merged_line = "Ubnd Tỉnh Bình An Việt Nam"
    assert column_unit(merged_line, _LETTER.replace("ỦY BAN NHÂN DÂN", "UBND")) == (
        "Sở Y Tế tỉnh Bình An"
    )
    # (a letterhead set on one column per line has no gap: nothing to mend)
    assert column_unit(merged_line, "UBND TỈNH BÌNH AN\nSỞ Y TẾ\n") == ""
    assert column_unit("Sở Y tế tỉnh Bình An", _LETTER) == ""


def test_team_of_reporters_and_named_reporter_kept() -> None:
    assert without_role_only("Nhóm PV") == "Nhóm PV"
    assert without_role_only("Phóng viên Lan") == "Phóng viên Lan"
    assert without_role_only("Staff Reporter") == "Staff Reporter"


def test_portal_left_when_a_from_line_names_the_department() -> None:
    marks = (("title part", "gov.rt"), ("copyright", "Government of Ruritania"))
    assert portal_name("Department of Fisheries", marks) == ""
