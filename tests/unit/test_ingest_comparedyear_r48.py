"""A year a figure is compared with after "than in" is the base, not the figure's period."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates


def test_than_in_a_year_is_the_base_and_the_next_flow_keeps_the_year() -> None:
    body = (
        "Chile and Vietnam.\n\nTrade between Chile and Vietnam reached USD 1.2 billion in 2024, "
        "9% higher than in 2023. Chilean exports to Vietnam amounted to USD 400 million, "
        "led by copper and fruit."
    )
    periods = {(c.metric, c.period) for c in find_candidates(body) if c.kind == "figure"}
    assert ("trade.growth", "2024") in periods
    assert ("trade.imports", "2024") in periods


def test_so_voi_a_year_stays_the_base() -> None:
    body = (
        "Việt Nam và Chile.\n\nNăm 2024, kim ngạch thương mại Việt Nam - Chile đạt 1,2 tỷ USD, "
        "tăng 9% so với năm 2023."
    )
    periods = {(c.metric, c.period) for c in find_candidates(body) if c.kind == "figure"}
    assert ("trade.growth", "2024") in periods
