"""Round 50: a round sum the figure passed ("lần đầu vượt mốc 3 tỷ USD", "the $2 billion
mark") is a mark, not a second measure of the flow; the figure told beside it, and a flow told
only as what it exceeded, keep their metric."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.milestones import milestone

_META = Metadata(published_on="2025-03-01")


def _metrics(body: str) -> dict[float | None, str]:
    return {c.value: c.metric for c in find_candidates(body, _META) if c.kind == "figure"}


def test_a_mark_passed_beside_the_figure_has_no_metric() -> None:
    body = (
        "Việt Nam và Ấn Độ.\n\nNăm 2024, kim ngạch thương mại song phương Việt Nam - Ấn Độ "
        "đạt 3,4 tỷ USD, lần đầu vượt mốc 3 tỷ USD."
    )
    metrics = _metrics(body)
    assert metrics[3_400_000_000] == "trade.total"
    assert metrics[3_000_000_000] == ""


def test_a_mark_in_english() -> None:
    text = "Two-way trade topped the $4 billion mark last year"
    start = text.index("$")
    assert milestone(text, start, start + len("$4 billion"))


def test_a_flow_told_as_what_it_exceeded_keeps_its_metric() -> None:
    body = (
        "Vietnam and Peru.\n\nTrade between Peru and Vietnam exceeded $640 million in the "
        "first nine months of 2024."
    )
    assert _metrics(body)[640_000_000] == "trade.total"
    text = "con số này đã vượt 2 tỷ USD"
    assert not milestone(text, text.index("2 tỷ"), len(text))
