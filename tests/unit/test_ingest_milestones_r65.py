"""Round 65: milestones and periods the new sets missed, on wording of our own — a month
without a year after "in", a partnership that "became" one or that the countries "established"
(a relative clause), ties named by their kind set up on a day, and "the year to <month>"."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.text.dates import find_dates

_META = Metadata(published_on="2025-08-20", context_year=2025)


def _events(body: str) -> set[tuple[str, str]]:
    found: list[Candidate] = find_candidates(body, _META)
    return {(c.event_date, c.metric) for c in found if c.kind == "event"}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            '"Our ties keep growing since they became a strategic partnership in June," '
            "Peru's trade minister said of Vietnam.",
            ("2025-06", "relations.strategic_partnership"),
        ),
        (
            "Vietnam and Peru upgraded their ties to a strategic partnership in June, the "
            "minister said.",
            ("2025-06", "relations.strategic_partnership"),
        ),
        (
            "The Comprehensive Strategic Partnership, which the two countries established in "
            "February 2025, covers trade and defence, Vietnam and Peru said.",
            ("2025-02", "relations.comprehensive_strategic_partnership"),
        ),
        (
            "Vietnam and Chile, which became a comprehensive partnership in 2019, agreed to "
            "widen trade.",
            ("2019", "relations.comprehensive_partnership"),
        ),
        (
            "Sáng 3-6, tại Lima, lãnh đạo Việt Nam và Peru đánh giá cao quan hệ hữu nghị "
            "truyền thống giữa hai nước, được thiết lập từ ngày 14-11-1994.",
            ("1994-11-14", "relations.established"),
        ),
        (
            "Vietnam has opened its market to Peruvian blueberries, the ministry said on "
            "Thursday, after talks that sped up following the state visit to Hanoi by "
            "President Dina Boluarte in May.",
            ("2025-05", "visit.inbound"),
        ),
    ],
)
def test_a_milestone_and_its_date(body: str, want: tuple[str, str]) -> None:
    assert want in _events(body)


def test_a_month_after_in_takes_the_texts_year_and_a_bare_one_still_joins() -> None:
    assert [d.iso for d in find_dates("the deal signed in June.", 2025)] == ["2025-06"]
    assert [d.iso for d in find_dates("from March to May 2025", 2025)] == ["2025-03..2025-05"]
    # (no "in": a month alone is no date — "May" and "March" are words too)
    assert find_dates("Exports may rise, said June Tan.", 2025) == []


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("Peru's exports to Vietnam rose to US$300 million in the year to September 2026.",
         "2025-10..2026-09"),
        ("In the 12 months to December 2025, two-way trade between Vietnam and Peru reached "
         "US$1.2 billion.", "2025-01..2025-12"),
        ("Vietnam's shipments to Peru totalled US$410 million in the year ended March 2025.",
         "2024-04..2025-03"),
    ],
)  # fmt: skip
def test_the_year_to_a_month_is_twelve_months(body: str, period: str) -> None:
    figures = [c for c in find_candidates(body, _META) if c.kind == "figure" and c.unit == "USD"]
    assert [c.period for c in figures] == [period]


def test_a_vietnamese_guest_in_the_country_for_a_visit_is_outbound() -> None:
    body = (
        "This was announced by Kenya's Agriculture Cabinet Secretary during talks with "
        "Vietnam's Deputy Minister of Industry and Trade Nguyen Van Binh, who is in the "
        "country for an official visit from September 14 to 17, 2025."
    )
    meta = Metadata(published_on="2025-09-17", context_year=2025)
    visits = [c for c in find_candidates(body, meta) if c.kind == "event"]
    assert [(c.pair, c.metric) for c in visits] == [("VN-KE", "visit.outbound")]


def test_a_vietnamese_guest_in_the_country_for_talks_is_outbound() -> None:
    body = (
        "The team was headed by Vietnam's Deputy Minister of Finance Tran Van Quoc, who was "
        "in the country from September 12 to 14 for talks on investment with Kenya."
    )
    meta = Metadata(published_on="2025-09-17", context_year=2025)
    visits = [c for c in find_candidates(body, meta) if c.kind == "event"]
    assert [(c.pair, c.metric) for c in visits] == [("VN-KE", "visit.outbound")]


def test_a_partnership_raised_in_the_passive_is_a_milestone() -> None:
    body = (
        "Hai bên đánh giá quan hệ Đối tác chiến lược toàn diện Việt Nam - Peru, được nâng cấp "
        "tháng 11/2024 nhân dịp chuyến thăm của Tổng Bí thư, đang phát triển tốt."
    )
    assert ("2024-11", "relations.comprehensive_strategic_partnership") in _events(body)


def test_a_month_without_its_year_beside_a_quantity_is_no_event() -> None:
    body = "Peru's copper output averaged 7,400 tonnes a day in April, a Vietnamese buyer said."
    assert _events(body) == set()
