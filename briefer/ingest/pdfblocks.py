"""Where a PDF's printed block ends (pure): the space under a line tells what the text alone
cannot.

The reflow (:mod:`briefer.ingest.pdflayout`) sees only the laid-out text: a line without a
final stop (a menu item, a date line, a caption, a "see also" link) over the next paragraph,
or a paragraph's last line over such a line, reads to it as one sentence going on, and the
two are glued into one paragraph. Whole-paragraph rules then either drop the glued article
sentence with the furniture or keep the furniture with the sentence. A page printed from a
browser, like many documents, sets its blocks apart by space: between two blocks the gap is
wider than the line spacing within one. :mod:`briefer.ingest.pdfspacing` reads that space to
join a paragraph the text parts; this module reads it the other way:

- :func:`spaced_breaks` gives the pairs of lines (a line, the next line of its column, in one
  type size) with a block's gap between them, on a page whose type size shows both its line
  spacing and wider gaps (the same evidence :func:`~briefer.ingest.pdfspacing.spaced_runs`
  needs); a page without paragraph spacing gives none;
- :func:`split_breaks` parts each paragraph of the reflowed text where such a pair meets
  inside it. A line opening in lower case goes on with the sentence above whatever the
  gap (a figure or a column break between them), so it is never parted from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from briefer.ingest.pdfspacing import Cell, line_spacing

_SPACED: Final = 1.25  # (as pdfspacing) a gap this much wider than the line spacing parts blocks
_WIDEST: Final = 3.0  # (wider: a page's foot, a box, a figure: the text alone decides)
_SPACED_MIN: Final = 2  # block gaps a type size shows before it counts as spaced
_SIZE: Final = 0.5  # points of type height within which two lines are one size
_SAME: Final = 1.1  # a gap at most this much wider is the line spacing itself
_STOP: Final = re.compile(r"[.!?…][\"”’)\]]?$")
_ITEM: Final = re.compile(r"[•\-–—*·▪●■+]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s")  # a list's next item


def spaced_breaks(cells: Sequence[Cell]) -> list[tuple[str, str]]:
    """The (line, next line) pairs of one page with a block's gap between them (see the
    module); cells in the order printed, top to bottom."""
    return _pairs(cells)[1]


def held_runs(cells: Sequence[Cell]) -> list[tuple[str, str]]:
    """The (line, next line) pairs of one page set at its line spacing, the first without
    a final stop, the second opening no list item: one block, though the text alone may
    part them (a range's dash at a line's end over the day that closes it, "từ ngày 25 -" /
    "27/2/2025."). A line ending a sentence is :mod:`briefer.ingest.pdfspacing`'s."""
    return _pairs(cells)[0]


def _pairs(cells: Sequence[Cell]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    columns: dict[int, list[Cell]] = {}
    for cell in cells:
        columns.setdefault(cell[0], []).append(cell)
    steps = [
        (round(upper[2], 1), abs(upper[1] - lower[1]), upper[3].strip(), lower[3].strip())
        for column in columns.values()
        for upper, lower in pairwise(column)
        if abs(upper[2] - lower[2]) <= _SIZE  # (a size changes: the type tells already)
    ]
    breaks: list[tuple[str, str]] = []
    held: list[tuple[str, str]] = []
    for height in {step[0] for step in steps}:
        gaps = [gap for h, gap, _, _ in steps if h == height]
        leading = line_spacing(gaps)
        if leading <= 0:
            continue
        spaced = [_SPACED * leading <= gap <= _WIDEST * leading for gap in gaps]
        # (both the line spacing and the wider gap must show: a page of one-line blocks
        # has no line spacing to measure against, its commonest gap is the block's)
        if sum(spaced) < _SPACED_MIN or all(spaced):
            continue
        breaks += [
            (upper, lower)
            for h, gap, upper, lower in steps
            if h == height
            and _SPACED * leading <= gap <= _WIDEST * leading
            and upper
            and lower
            and not lower[:1].islower()
        ]
        held += [
            (upper, lower)
            for h, gap, upper, lower in steps
            if h == height
            and gap <= _SAME * leading
            and upper
            and lower
            and _STOP.search(upper) is None
            and _ITEM.match(lower) is None
        ]
    return held, breaks


def split_breaks(text: str, breaks: Sequence[tuple[str, str]]) -> str:
    """``text`` (paragraphs apart by blank lines) with each paragraph parted where the two
    lines of a pair of ``breaks`` meet inside it."""
    if not breaks:
        return text
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        out += _parted(paragraph, breaks)
    return "\n\n".join(out)


def _parted(paragraph: str, breaks: Sequence[tuple[str, str]]) -> list[str]:
    for upper, lower in breaks:
        seam = f"{upper} {lower}"
        at = paragraph.find(seam)
        while at >= 0:
            end = at + len(upper)
            whole = (at == 0 or paragraph[at - 1] == " ") and (
                at + len(seam) == len(paragraph) or paragraph[at + len(seam)] == " "
            )
            if whole:
                return [paragraph[:end], *_parted(paragraph[end + 1 :], breaks)]
            at = paragraph.find(seam, at + 1)
    return [paragraph]


__all__ = ["spaced_breaks", "split_breaks"]
