"""Paragraphs a PDF sets apart by space (pure): where a sentence ends at the end of a line,
the space under the line tells whether the paragraph ends there.

Many documents put extra space between their paragraphs and none between the lines of one.
Where a sentence happens to end at a line's end and the next sentence opens the next line,
the reflow (:mod:`briefer.ingest.pdflayout`), which sees only the text, takes the break for
a paragraph's end (a full stop, then a capital); the positions on the page tell it is none.

:func:`spaced_runs` reads one page's printed cells (the column a cell starts at, its height
on the page and its type size) and gives the pairs of lines — one ending a sentence, the
next line of its column opening one — set at the line spacing, in a document that shows
wider gaps between its paragraphs; :func:`join_runs` joins the paragraphs the reflow split
between such a pair. A page without paragraph spacing gives no pairs: nothing changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

Cell = tuple[int, float, float, str]  # (the column it starts at, its y, type height, text)

_SPACED: Final = 1.25  # a gap this much wider than the line spacing parts two paragraphs
_WIDEST: Final = 3.0  # (wider still: a block apart, a box, a page's foot: no paragraph gap)
_SAME: Final = 1.1  # a gap at most this much wider is the line spacing itself
_SPACED_MIN: Final = 2  # paragraph gaps a type size shows before it counts as spaced
_SIZE: Final = 0.5  # points of type height within which two lines are one size
_STOP: Final = re.compile(r"[.!?…][\"”’)]?$")


def spaced_runs(cells: Sequence[Cell]) -> list[tuple[str, str]]:
    """The (line, next line) pairs of one page that continue one paragraph although the
    first ends a sentence (see the module); cells in the order printed, top to bottom."""
    columns: dict[int, list[Cell]] = {}
    for cell in cells:
        columns.setdefault(cell[0], []).append(cell)
    # (type height, gap, upper line, lower line) of each two lines one under the other
    steps = [
        (round(upper[2], 1), abs(upper[1] - lower[1]), upper[3], lower[3])
        for column in columns.values()
        for upper, lower in pairwise(column)
        if abs(upper[2] - lower[2]) <= _SIZE  # (a size changes: a heading, a caption)
    ]
    runs: list[tuple[str, str]] = []
    for height in {step[0] for step in steps}:
        gaps = [gap for h, gap, _, _ in steps if h == height]
        leading = line_spacing(gaps)
        if leading <= 0:
            continue
        spaced = sum(_SPACED * leading <= gap <= _WIDEST * leading for gap in gaps)
        if spaced < _SPACED_MIN:
            continue  # (paragraphs not set apart by space: the text alone tells)
        runs += [
            (upper, lower)
            for h, gap, upper, lower in steps
            if h == height
            and gap <= _SAME * leading
            and _STOP.search(upper) is not None
            # (a quotation's or a bracket's mark before the capital: '"That won't …"')
            and lower.lstrip("\"“‘'(")[:1].isupper()
        ]
    return runs


def line_spacing(gaps: Sequence[float]) -> int:
    """The line spacing among one type size's gaps (0 when none shows): the narrowest gap
    seen twice, not the commonest: a page of many one-line blocks (a menu's items, a
    printed page's short lines) shows the gap between blocks more often than it."""
    seen = Counter(round(gap) for gap in gaps)
    return min((gap for gap, n in seen.items() if n >= 2 and gap > 0), default=0)


def join_runs(text: str, runs: Sequence[tuple[str, str]]) -> str:
    """``text`` (paragraphs apart by blank lines) with each two paragraphs joined whose break
    falls between the lines of a pair of ``runs``."""
    if not runs:
        return text
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        if out and any(
            (out[-1] == upper or out[-1].endswith(" " + upper))
            and (paragraph == lower or paragraph.startswith(lower + " "))
            for upper, lower in runs
        ):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return "\n\n".join(out)


__all__ = ["Cell", "join_runs", "line_spacing", "spaced_runs"]
