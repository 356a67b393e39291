"""Which telling of a figure told twice to keep (pure): a lead's "Two-way trade hit $1.6b
last year" and, below, "Two-way trade between A and B reached $1.6 billion in 2024, …" read
the same (pair, metric, period, value). The one to cite is the telling that names the
partner itself; the other leans on the headline or the paragraph around it for the pair."""

from __future__ import annotations

from collections.abc import Sequence

from briefer.ingest.countries import find_countries


def _names_partner(quote: str, pair: str) -> bool:
    partner = pair.rsplit("-", maxsplit=1)[-1]
    return any(m.code == partner for m in find_countries(quote))


def preferred_tellings(figures: Sequence[tuple[str, object]]) -> set[int]:
    """The indexes among ``figures`` (quote, reading: pair first, or None for no figure)
    that lose to another telling of the same reading: a telling that does not name the
    partner country, where a later one of the same reading does. Otherwise none is dropped
    here (the first telling wins, as before)."""
    readings = [r if isinstance(r, tuple) and r else None for _, r in figures]
    naming = [
        r is not None and _names_partner(q, str(r[0]))
        for (q, _), r in zip(figures, readings, strict=True)
    ]
    first_naming: dict[tuple[object, ...], int] = {}
    for i, reading in enumerate(readings):
        if reading is not None and naming[i]:
            first_naming.setdefault(reading, i)
    dropped: set[int] = set()
    for i, reading in enumerate(readings):
        if reading is not None and not naming[i] and reading in first_naming:
            dropped.add(i)
    return dropped


__all__ = ["preferred_tellings"]
