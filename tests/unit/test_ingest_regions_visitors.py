"""A rank is among the region its own words name, never another clause's (the English
statement of a region: test_desk_domain); a "visiting" before the visitors names who came,
not where they went."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.regions import region_of


def _ranks(tmp_path: Path, sentence: str) -> list[tuple[str, float | None]]:
    page = tmp_path / "page.txt"
    page.write_text(f"Trade ties grow\n\n{sentence}\n", encoding="utf-8")
    return [(c.metric, c.value) for c in analyse(page).candidates if c.unit == "rank"]


def test_each_rank_takes_the_region_its_own_clause_names(tmp_path: Path) -> None:
    ranks = _ranks(
        tmp_path,
        "Qatar is Viet Nam's third-largest trading partner in the Middle East, while Viet Nam "
        "is Qatar's fifth-largest trading partner in Southeast Asia.",
    )
    assert ranks == [
        ("trade.partner_rank_in_middle_east", 3.0),
        ("trade.home_rank_in_asean", 5.0),  # Việt Nam is the one ranked there
    ]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("lớn nhất khu vực Trung Á", "central_asia"),
        ("the largest in Africa", "africa"),
        ("its partner South Africa", ""),
        ("đứng thứ hai ở châu Âu", "europe"),
        ("trong khu vực Đông Bắc Á", "northeast_asia"),
        ("among Pacific Island states of Oceania", "oceania"),
    ],
)
def test_the_regions_are_named_narrow_before_wide(text: str, region: str) -> None:
    assert region_of(text) == region


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # "visiting" before who visits names the visitors, not where they went
        (
            "Talks took place in Nairobi on Tuesday between the Kenyan trade minister and a "
            "visiting Vietnamese delegation led by a deputy minister.",
            "visit.outbound",
        ),
        (
            "The Vietnamese minister received the visiting Kenyan trade mission in Hanoi.",
            "visit.inbound",
        ),
        # a verb still names the destination
        ("The Vietnamese minister, visiting Kenya in May, met investors.", "visit.outbound"),
    ],
)
def test_visiting_before_the_visitors_does_not_turn_the_visit_round(
    tmp_path: Path, sentence: str, metric: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"Kenya and Viet Nam talk trade\n\n{sentence}\n", encoding="utf-8")
    assert [c.metric for c in analyse(page).candidates if c.metric.startswith("visit")] == [metric]
