"""The pair's other side named by its region ("Peruvian exports to the Asian country"): the
figure is the pair's (not one country's own flow), and its side is read as if Việt Nam were
named — the partner's exports to it are Việt Nam's imports."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata

LEAD = "Colombia and Vietnam held trade talks in Bogotá.\n\n"


def _money(body: str) -> list[tuple[str, float | None, str, str]]:
    meta = Metadata(language="en", published_on="2025-10-02")
    return [
        (c.metric, c.value, c.period, c.pair)
        for c in find_candidates(LEAD + body, meta)
        if c.kind == "figure" and c.unit == "USD"
    ]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        (
            "Colombian exports to the Asian country totalled US$90 million in 2025.",
            "trade.imports",
        ),
        (
            "Colombia's exports to the Southeast Asian nation rose to US$41 million in 2024.",
            "trade.imports",
        ),
        (
            "Colombian imports from the ASEAN member reached US$350 million in 2024.",
            "trade.exports",
        ),
        # Việt Nam owns the flow: the described end is the partner, the flow stays Việt Nam's
        (
            "Vietnam's exports to the Andean country reached US$350 million in 2024.",
            "trade.exports",
        ),
    ],
)
def test_the_described_side_is_the_other_side_of_the_pair(sentence: str, metric: str) -> None:
    found = _money(sentence)
    assert [(m, p) for m, _, _, p in found] == [(metric, "VN-CO")]


def test_a_country_own_flow_with_no_counterpart_stays_out() -> None:
    assert _money("Colombia's exports grew to US$50 billion in 2024.") == []
    # (a lower-case "the whole country" names no counterpart)
    assert _money("Colombia's exports across the whole country reached US$2 billion.") == []
