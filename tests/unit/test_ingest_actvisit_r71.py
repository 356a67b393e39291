"""A visit known only by an act done during it (r71): a signing's or an upgrade's day dates
the visit that held it by that day's month; a visit whose own days are written keeps them."""

from __future__ import annotations

from briefer.ingest.actvisit import borrowed_time
from briefer.ingest.candidates import find_candidates
from briefer.text.dates import DateRef


def _visits(text: str) -> list[tuple[str, str]]:
    return [(c.metric, c.event_date) for c in find_candidates(text) if c.topic == "visits"]


def test_a_signing_day_dates_the_visit_by_its_month_vi() -> None:
    text = (
        "Hiệp định thương mại tự do Việt Nam - Chile được ký ngày 11/11/2011 tại Honolulu, nhân "
        "chuyến thăm chính thức Chile của Chủ tịch nước."
    )
    visits = _visits(text)
    assert visits and all(date == "2011-11" for _, date in visits)


def test_an_upgrade_day_dates_the_visit_by_its_month_en() -> None:
    text = (
        "The two countries raised their ties to a Comprehensive Strategic Partnership on June "
        "12, 2025, during the state visit to Hanoi by Chilean President Gabriel Boric."
    )
    visits = _visits(text)
    assert visits and all(date == "2025-06" for _, date in visits)


def test_an_entry_into_force_after_the_visit_words_is_not_the_visits_date() -> None:
    text = (
        "Hiệp định Đối tác kinh tế toàn diện Việt Nam - Chile được ký ngày 5/9/2025 nhân chuyến "
        "thăm Chile của Phó Thủ tướng và có hiệu lực từ tháng 2/2026."
    )
    assert [date for _, date in _visits(text)] == ["2025-09"]


def test_a_visit_with_its_own_days_keeps_its_first_day() -> None:
    text = (
        "Thủ tướng thăm chính thức Chile từ ngày 14 đến 16/9/2025; hai bên ký Bản ghi nhớ về "
        "hợp tác nông nghiệp."
    )
    assert any(date.startswith("2025-09-14") for _, date in _visits(text))


def test_borrowed_time_keeps_a_month_a_year_and_a_span() -> None:
    day = DateRef("2024-03-07", "2024-03-07", "ngày 7/3/2024", 0, 12, "day")
    month = DateRef("2024-03", "2024-03", "tháng 3/2024", 0, 12, "month")
    span = DateRef("2024-03-07", "2024-03-09", "7-9/3/2024", 0, 10, "day")
    assert borrowed_time(day) == "2024-03"
    assert borrowed_time(month) == "2024-03"
    assert borrowed_time(span) == "2024-03-07..2024-03-09"
