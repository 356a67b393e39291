"""A figure a standfirst tells and the story tells again (pure): an outlet's lead paragraph
sums up ("Two-way trade hit $11.6 billion in ten months, …"; "Kim ngạch … 5 tháng đầu năm
đạt 4,1 tỷ USD, …") what a paragraph below tells in full, with its source, year and the
rest of the sentence. The same reading (pair, metric, period, value) told in the body's
first paragraph and again in a later one: the later telling is the one to cite."""

from __future__ import annotations

from collections.abc import Sequence


def lead_restatements(lead_end: int, figures: Sequence[tuple[int, object]]) -> set[int]:
    """The indexes among ``figures`` (start offset, reading or None) that lie before
    ``lead_end`` (the end of the body's first paragraph) and whose reading a figure after it
    tells again."""
    if lead_end <= 0:
        return set()
    later = {r for start, r in figures if r is not None and start >= lead_end}
    return {
        i
        for i, (start, reading) in enumerate(figures)
        if reading is not None and start < lead_end and reading in later
    }


__all__ = ["lead_restatements"]
