"""Round 26, facts: country names that collide, a period closed by a focus word, a mission
sent to a country (sentences of our own)."""

from __future__ import annotations

import pytest

from briefer.ingest.countries import find_countries
from briefer.ingest.visitdirection import direction_of
from tests.mined import candidates, events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Đại sứ Cộng hòa Dominicana tại Hà Nội", "DO"),
        ("hàng hóa sang Dominicana tăng", "DO"),
        ("the island state of Dominica", "DM"),
        ("exports to the Dominican Republic", "DO"),
        ("a mining deal in DR Congo", "CD"),
        ("the DRC's cobalt", "CD"),
        ("the Democratic Republic of the Congo", "CD"),
        ("Congo-Brazzaville's oil", "CG"),
        ("Congo-Kinshasa", "CD"),
        ("đối tác ở Ghi-nê Xích đạo", "GQ"),
        ("thị trường Nigiêria", "NG"),
        ("Niger", "NE"),
        ("Papua Niu Ghi-nê", "PG"),
        ("São Tomé and Príncipe", "ST"),
        ("Côte d’Ivoire", "CI"),
        ("cashew from Ivory Coast", "CI"),
        ("Nam Sudan", "SS"),
        ("Sudan", "SD"),
    ],
)
def test_colliding_country_names_are_told_apart(text: str, code: str) -> None:
    assert [m.code for m in find_countries(text)] == [code]


def test_a_period_closed_by_a_focus_word_is_the_figures() -> None:
    found = candidates(
        "For 2023 as a whole, two-way trade between the two countries came to $4.2 billion.",
        "NZ",
    )
    figures = [c for c in found if c.metric == "trade.total"]
    assert [(c.value, c.period) for c in figures] == [(4.2e9, "2023")]
    found = candidates("In 2023 overall, bilateral trade reached $1.1 billion.", "NZ")
    assert [c.period for c in found if c.metric == "trade.total"] == ["2023"]


@pytest.mark.parametrize(
    ("text", "partner", "direction"),
    [
        ("Twelve Norwegian farmers join a business mission to Vietnam.", "NO", "inbound"),
        ("She leads an economic mission of 20 Chilean firms to Viet Nam.", "CL", "inbound"),
        ("A Vietnamese trade mission to the Philippines took place in April.", "PH", "outbound"),
        ("The ministry sends a delegation of 15 exporters to Kenya in July.", "KE", "outbound"),
    ],
)
def test_a_mission_sent_to_a_country_is_a_visit_there(
    text: str, partner: str, direction: str
) -> None:
    assert direction_of(text, partner) == direction


def test_a_mission_gives_a_dated_visit() -> None:
    found = events(
        "A group of nine Norwegian seafood firms will take part in a trade mission to Vietnam"
        " from 12 to 15 September.",
        "NO",
    )
    assert found == [("2025-09-12..2025-09-15", "visit.inbound")]
