"""A country's own export earnings (what its sales to the world brought in) are no pair's."""

from briefer.ingest.ownflow import own_flow
from tests.mined import candidates


def _values(body: str) -> list[float | None]:
    return [c.value for c in candidates(body, "KE", "2025-11-23") if c.kind == "figure"]


def test_own_export_earnings_give_no_figure() -> None:
    body = "Kenya's overall export earnings fell 4.1 per cent in October, the central bank said."
    assert _values(body) == []
    clause = "Ghana's export receipts reached $17 billion last year"
    assert own_flow(clause, clause.index("$17"))


def test_earnings_from_vietnam_stay() -> None:
    assert _values("Kenya's export earnings from Vietnam rose to $30 million in 2024.") == [
        30_000_000
    ]
