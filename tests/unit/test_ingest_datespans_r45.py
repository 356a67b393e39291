"""Dates written as two whole dates dashed together, and a month dotted to its year (r45)."""

from briefer.text.dates import find_dates


def _isos(text: str) -> list[str]:
    return [ref.iso for ref in find_dates(text)]


def test_slashed_whole_dates_glued_by_a_dash_are_a_span() -> None:
    text = "kỷ niệm 40 năm quan hệ hai nước (3/9/1984-3/9/2024)"
    assert _isos(text) == ["1984-09-03..2024-09-03"]


def test_dotted_whole_dates_dashed_are_a_span() -> None:
    assert _isos("the 30th anniversary (7.4.1995 – 7.4.2025)") == ["1995-04-07..2025-04-07"]


def test_a_lone_dotted_triple_stays_no_date() -> None:
    assert _isos("bản cập nhật 3.10.2024 của ứng dụng") == []


def test_month_dotted_to_its_year_after_thang() -> None:
    assert _isos("Tháng 9.2023, đoàn đại biểu sang thăm") == ["2023-09"]
    assert _isos("tăng 4.5 lần") == []
