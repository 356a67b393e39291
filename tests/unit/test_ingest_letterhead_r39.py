"""A document's letterhead: its first line's body and its "Date:" field (r39)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.letterheadname import letterhead_day, letterhead_name

_EN = """NORDIC TRADE COUNCIL

Export and Investment Agency

Office in Hanoi

MARKET BRIEF

Date: 3 April 2025

Ref: NTC-HN-2025-04

Seafood trade with Vietnam, Q1 2025

Exports rose 8% in 2025.

Nordic Trade Council – Box 12, Oslo
"""

_VI = """HIỆP HỘI CHẾ BIẾN GỖ

Văn phòng đại diện phía Nam

Số: 12/BC-HH

Ngày: 03/04/2025

Tình hình xuất khẩu gỗ quý I năm 2025

Xuất khẩu tăng 8% so với cùng kỳ năm 2024.

Hiệp hội Chế biến Gỗ trân trọng thông báo.
"""


def test_the_body_as_the_text_writes_it() -> None:
    assert letterhead_name(_EN) == "Nordic Trade Council"
    assert letterhead_name(_VI) == "Hiệp hội Chế biến Gỗ"


def test_the_day_field() -> None:
    assert letterhead_day(_EN) == "2025-04-03"
    assert letterhead_day(_VI) == "2025-04-03"


def test_a_headline_in_capitals_with_no_fields_is_no_letterhead() -> None:
    text = "XUẤT KHẨU GỖ TĂNG MẠNH\n\nNgày: 03/04/2025\n\nXuất khẩu tăng 8%.\n"
    assert letterhead_name(text) == ""
    assert letterhead_day(text) == ""


def test_an_import_names_the_letterhead_body_as_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(_EN, encoding="utf-8")
    meta = analyse(path).metadata
    assert (meta.outlet, meta.published_on) == ("Nordic Trade Council", "2025-04-03")
    assert meta.title == "Seafood trade with Vietnam, Q1 2025"
