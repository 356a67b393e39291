"""A mail's subject typed without diacritics gives way to the document's own headline."""

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.lines import Line
from briefer.ingest.subjecttitle import (
    headline_over_subject,
    mark_units_over_number,
    marked_over_unmarked,
)

_MAIL = """From: Phong Tong hop <tonghop@so.example.vn>
Sent: Monday, March 2, 2026 8:10 AM
To: lanhdao-so
Subject: [BAN TIN] Ban tin tuan 9 - thi truong chau Phi

SỞ CÔNG THƯƠNG TỈNH AN PHÚ
Phòng Tổng hợp
Số 31/BT-TH, ngày 02/3/2026

BẢN TIN THỊ TRƯỜNG
Việt Nam - Kenya: mở rộng xuất khẩu gạo và cà phê

Theo Bộ Công Thương, kim ngạch thương mại Việt Nam - Kenya năm 2025 đạt 250 triệu USD, tăng 12%.

Hai bên thống nhất sớm tổ chức diễn đàn doanh nghiệp tại Nairobi trong năm nay."""


def test_an_unmarked_subject_gives_way_to_the_headline_under_the_kind_line() -> None:
    cleaned = clean(_MAIL)
    assert cleaned.title == "Việt Nam - Kenya: mở rộng xuất khẩu gạo và cà phê"
    assert "SỞ CÔNG THƯƠNG TỈNH AN PHÚ" not in cleaned.body
    assert cleaned.body.startswith("Theo Bộ Công Thương")


def test_a_subject_with_its_marks_or_in_english_stays_the_title() -> None:
    assert marked_over_unmarked("Bản tin tuần 9", "Việt Nam - Kenya: mở rộng") == "Bản tin tuần 9"
    assert marked_over_unmarked("Ban tin tuan 9", "Việt Nam - Kenya: mở rộng") == (
        "Việt Nam - Kenya: mở rộng"
    )
    lines = [Line("MARKET REPORT"), Line("Kenya and Vietnam expand rice and coffee trade")]
    assert headline_over_subject(lines, "Weekly market report 9") == "Weekly market report 9"


def test_a_unit_in_capitals_over_a_number_line() -> None:
    lines = [Line("TRADE OFFICE OF VIETNAM IN KENYA"), Line("No. 12/BC-TV")]
    lines[1].reason = "document number"
    mark_units_over_number(lines)
    assert lines[0].reason == "issuing unit"


def test_an_imported_mail_is_titled_by_the_headline_with_its_marks(tmp_path: Path) -> None:
    path = tmp_path / "mail.txt"
    path.write_text(_MAIL, encoding="utf-8")
    meta = analyse(path).metadata
    assert (meta.title, meta.published_on) == (
        "Việt Nam - Kenya: mở rộng xuất khẩu gạo và cà phê",
        "2026-03-02",
    )
