"""Round 60: a flow told without its period takes the period of the last dated figure before
it, never the year of an aim ("… to $5 billion by 2028") that closes the sentence before."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata

_BODY = (
    "Trade between Vietnam and Chile rose to US$1.6 billion in the first eight months of 2025, "
    "up 12% year-on-year, and the two countries want to raise it to US$3 billion by 2028, the "
    "trade office said.\n\n"
    "Vietnamese exports to Chile during that time totalled US$1.1 billion, while "
    "imports from Chile came to about US$500 million, mostly copper and fruit.\n"
)


def test_a_flow_after_an_aim_keeps_the_period_of_the_figure_before() -> None:
    found = find_candidates(_BODY, Metadata(published_on="2025-09-20"))
    flows = {c.value: c for c in found if c.kind == "figure" and c.metric.startswith("trade.")}
    assert flows[1_100_000_000].period == "2025-01..2025-08"
    assert flows[500_000_000].period == "2025-01..2025-08"
