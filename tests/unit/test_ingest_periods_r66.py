"""Round 66: periods and milestones the new sets still missed, on wording of our own — a run
of months whose year follows "period of", a fronted period closed by "period" or by a bracket
that restates it, a base "the corresponding period of" a year, a relative clause that keeps
its own date, ties "founded on" a day (and a raising beside it dated by the talks), and talks
whose day follows them."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.occasions import occasion_day
from briefer.text.dates import find_dates

_META = Metadata(published_on="2025-11-12", context_year=2025)


def _found(body: str) -> list[Candidate]:
    return find_candidates(body, _META)


def _events(body: str) -> set[tuple[str, str]]:
    return {(c.event_date, c.metric) for c in _found(body) if c.kind == "event"}


def _periods(body: str) -> set[tuple[float | None, str]]:
    return {(c.value, c.period) for c in _found(body) if c.kind == "figure"}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Exports in the March-June period of 2024 rose sharply.", "2024-03..2024-06"),
        ("Arrivals in the February–July period in 2025 doubled.", "2025-02..2025-07"),
    ],
)
def test_a_run_of_months_takes_the_year_after_period_of(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


def test_a_run_of_months_without_period_of_keeps_its_own_reading() -> None:
    # ("April-May" then a year in another phrase: no "period of" between them)
    assert [d.iso for d in find_dates("In April-May the 2024 harvest was sold.", 2025)] == [
        "2025-04..2025-05",
        "2024",
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Two-way trade between Vietnam and Chile in the February-September period of "
            "2025 came to $1.4 billion, the ministry said.",
            (1.4e9, "2025-02..2025-09"),
        ),
        (
            "In the January-July 2025 period, trade between Vietnam and Chile stood at "
            "US$1.1 billion, the ministry said.",
            (1.1e9, "2025-01..2025-07"),
        ),
        (
            "In the second quarter (April-June 2025) alone, trade between Vietnam and Chile "
            "came to US$420 million.",
            (4.2e8, "2025-04..2025-06"),
        ),
    ],
)
def test_a_figure_takes_its_period(body: str, want: tuple[float, str]) -> None:
    assert want in _periods(body)


def test_the_corresponding_period_of_a_year_is_the_base_not_the_period() -> None:
    body = (
        "Trade between Vietnam and Chile reached US$900 million in the first eight months of "
        "2025, a rise of 7.5 per cent over the corresponding period of 2024.\n\n"
        "Chile's exports to Vietnam stood at US$300 million, while imports from Vietnam "
        "amounted to US$600 million."
    )
    got = _periods(body)
    assert (7.5, "2025-01..2025-08") in got
    assert (3e8, "2025-01..2025-08") in got
    assert (6e8, "2025-01..2025-08") in got


def test_a_date_before_a_relative_clause_does_not_date_its_milestone() -> None:
    body = (
        "The figures were shown at a seminar in Santiago on Tuesday to review the trade "
        "strategy, which was strengthened when Vietnam and Chile upgraded ties to a Strategic "
        "Partnership in April 2023."
    )
    assert _events(body) == {("2023-04", "relations.strategic_partnership")}


def test_ties_founded_on_a_day_are_their_establishment_not_the_raising() -> None:
    body = (
        "President Luong Cuong held talks with President of Angola Joao Lourenco in Hanoi on "
        "November 10, during the latter's visit to Vietnam from November 9 to 11.\n\n"
        "The two leaders agreed to raise bilateral relations to a Comprehensive Partnership, "
        "opening a new stage in the ties founded on November 12, 1975, when Angola became "
        "independent."
    )
    events = _events(body)
    assert ("1975-11-12", "relations.established") in events
    assert ("2025-11-10", "relations.comprehensive_partnership") in events
    assert ("1975-11-12", "relations.comprehensive_partnership") not in events


def test_talks_dated_after_the_word_give_their_day() -> None:
    text = "The minister held talks with her Chilean counterpart in Santiago on March 4, 2025."
    assert occasion_day(text, find_dates(text), 0) == "2025-03-04"
    # (a day in another clause is none of the talks')
    text = "The minister held talks with her counterpart, and on March 4, 2025 flew home."
    assert occasion_day(text, find_dates(text), 0) == ""


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Năm 2024, Việt Nam và Chile nâng cấp quan hệ lên Đối tác toàn diện nhân "
            "dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao (25/3/1994 - 25/3/2024).",
            ("2024", "relations.comprehensive_partnership"),
        ),
        (
            "In 2024, Vietnam and Chile upgraded their ties to a Strategic Partnership on the "
            "occasion of the 30th anniversary of diplomatic relations.",
            ("2024", "relations.strategic_partnership"),
        ),
    ],
)
def test_a_raising_told_before_an_anniversary_keeps_its_date(
    body: str, want: tuple[str, str]
) -> None:
    assert want in _events(body)


def test_a_raising_announced_at_talks_after_the_welcome_takes_its_day() -> None:
    body = (
        "Sáng 4/11, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức "
        "Thủ tướng Chile, sang thăm chính thức Việt Nam từ ngày 3 đến 5/11/2025.\n\n"
        "Tại hội đàm, hai Thủ tướng thông báo nâng cấp quan hệ lên Đối tác toàn diện."
    )
    assert ("2025-11-04", "relations.comprehensive_partnership") in _events(body)


def test_the_largest_source_of_direct_investment_is_a_rank() -> None:
    body = (
        "Japan stayed the largest source of foreign direct investment into Vietnam in the "
        "first ten months of 2025, with registered capital of about $4.3 billion."
    )
    assert (1.0, "2025-01..2025-10") in _periods(body)


def test_investments_in_vietnam_described_by_an_aside_are_the_pairs() -> None:
    body = (
        "The ministers also reviewed tourism, as well as Qatar's investments in Vietnam, "
        "which now stand at about US$950 million, mostly in energy."
    )
    assert (9.5e8, "") in _periods(body)


def test_the_visitor_named_after_an_ordinal_is_no_destination() -> None:
    body = (
        "Foreign Minister Baiba Braze is in Vietnam on a two-day visit on November 3-4, 2025, "
        "the first by a Latvian foreign minister in over a decade."
    )
    assert {m for _, m in _events(body)} == {"visit.inbound"}
