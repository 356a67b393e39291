"""A visit cue whose only date is an earlier act's (r88): a forum held or a deal announced on
a day, then an occasion mark bringing the visit in, dates the visit by that day's month; the
visit's own days written after the mark keep it, as does a visit told without a mark."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates


def _visits(text: str) -> list[tuple[str, str]]:
    return [(c.metric, c.event_date) for c in find_candidates(text) if c.metric.startswith("visit")]


def test_a_forum_day_before_the_occasion_dates_the_visit_by_its_month_vi() -> None:
    text = (
        "Hội thảo hợp tác nông nghiệp Việt Nam - Chile diễn ra ngày 9/4/2027 tại Cần Thơ, nhân "
        "chuyến thăm Việt Nam của Bộ trưởng Nông nghiệp Chile Esteban Valenzuela."
    )
    assert _visits(text) == [("visit.inbound", "2027-04")]


def test_an_announcement_day_before_a_visitors_visit_dates_it_by_its_month_en() -> None:
    text = (
        "The new air route was announced in Hanoi on 22 October 2026 during Mr Boric's state "
        "visit to Vietnam, the first by a Chilean leader in a decade."
    )
    assert [date for _, date in _visits(text)] == ["2026-10"]


def test_the_visits_own_days_after_the_mark_keep_their_day() -> None:
    # near-miss: the visit's own days follow the mark; they date it, not the forum's month
    text = (
        "Hội thảo hợp tác nông nghiệp Việt Nam - Chile diễn ra ngày 9/4/2027 tại Cần Thơ, nhân "
        "chuyến thăm Việt Nam từ ngày 8 đến 10/4/2027 của Bộ trưởng Nông nghiệp Chile."
    )
    assert [date for _, date in _visits(text)] == ["2027-04-08..2027-04-10"]


def test_a_visit_told_without_an_occasion_mark_keeps_its_day() -> None:
    # near-miss: the day is the visit's own ("visited … on"), no act before a mark
    text = "Chilean President Gabriel Boric paid a state visit to Vietnam on 22 October 2026."
    assert [date for _, date in _visits(text)] == ["2026-10-22"]
