"""A year written as an agreement's attribute dates the agreement, not the talks around it
(from an outside check: "their 2014 FTA" in a talks sentence became a visit in 2014)."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(c.topic, c.metric, c.event_date) for c in find_candidates(text) if c.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Chile held talks in Santiago and agreed to upgrade ties, building on their"
        " 2014 FTA.",
        "Vietnam and Chile held talks in Santiago, building on the 2014 free trade agreement.",
    ],
)
def test_an_agreements_year_is_no_visit(text: str) -> None:
    events = _events(text)
    assert ("agreements", "", "2014") in events
    assert not [e for e in events if e[0] == "visits"]


def test_a_visit_dated_by_its_own_year_keeps_its_date() -> None:
    events = _events("President Boric paid a state visit to Vietnam in 2024.")
    assert [e for e in events if e[0] == "visits" and e[2] == "2024"]


def test_a_partnerships_year_before_it_dates_the_partnership() -> None:
    events = _events(
        "Vietnam and Chile held talks in Hanoi, building on their 2023 comprehensive partnership."
    )
    assert ("diplomatic", "relations.comprehensive_partnership", "2023") in events
    assert not [e for e in events if e[0] == "visits"]
