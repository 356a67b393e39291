"""Where a PDF's printed block ends (pure): the space under a line tells what the text alone
cannot.

The reflow (:mod:`briefer.ingest.pdflayout`) sees only the laid-out text: a line without a
final stop (a menu item, a date line, a caption, a "see also" link) over the next paragraph,
or a paragraph's last line over such a line, reads to it as one sentence going on, and the
two are glued into one paragraph; whole-paragraph rules then either drop the glued article
sentence with the furniture or keep the furniture with the sentence. And a line ending on a
stop ("… Mr." / "Villafuerte told …") or on a dash ("từ ngày 25 -" / "27/2/2025.") reads to it
as a paragraph's end. A page printed from a browser, like many documents, sets its blocks
apart by space: between two blocks the gap is wider than the line spacing within one.

:func:`block_pairs` reads every page's printed cells (the column a cell starts at, its height
on the page, its type size, its text) and, for each type size whose line spacing and a wider
block gap both show in the document (the line spacing is the document's, not a page's: a
page's last lines may show only block gaps), gives:

- the pairs of lines (a line, the next line of its column) set at the line spacing, the
  second opening no list item: one block, whatever the text says;
- the pairs with a block's gap between them (up to three line spacings: wider is a box, a
  figure, a page's foot, and the text alone decides), the second not in lower case (a line in
  lower case goes on with the sentence above whatever the gap): two blocks.

:func:`split_breaks` parts each reflowed paragraph where the second kind of pair meets inside
it; :func:`briefer.ingest.pdfspacing.join_runs` joins the paragraphs the first kind spans.
A document without block spacing gives no pairs: nothing changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from briefer.ingest.pdfspacing import Cell, line_spacing

Pair = tuple[str, str]

_SPACED: Final = 1.25  # (as pdfspacing) a gap this much wider than the line spacing parts blocks
_WIDEST: Final = 3.0  # (wider: a page's foot, a box, a figure: the text alone decides)
_SAME: Final = 1.1  # a gap at most this much wider is the line spacing itself
_SPACED_MIN: Final = 2  # block gaps a type size shows before it counts as spaced
_SIZE: Final = 0.5  # points of type height within which two lines are one size
# a list's next item: a bullet, a dash, a number or a letter and its mark
_FINISHED: Final = re.compile(r"[.!?…][”\"’)]?$")
_ITEM: Final = re.compile(r"[•\-–—*·▪●■+]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s")


def block_pairs(pages: Sequence[Sequence[Cell]]) -> tuple[list[Pair], list[Pair]]:
    """(the pairs of lines one block holds, the pairs two blocks part) over the document's
    pages, each page's cells in the order printed, top to bottom (see the module)."""
    steps: list[tuple[float, float, str, str]] = []  # (type height, gap, upper, lower)
    sizes: list[Pair] = []  # (line, next line) in two type sizes
    lowered: list[tuple[float, float, str, str]] = []  # (as steps) the next in lower case
    for cells in pages:
        columns: dict[int, list[Cell]] = {}
        for cell in cells:
            columns.setdefault(cell[0], []).append(cell)
        for column in columns.values():
            for top, bottom in pairwise(column):
                above, below = top[3].strip(), bottom[3].strip()
                if not (above and below):
                    continue
                if abs(top[2] - bottom[2]) <= _SIZE:
                    steps.append((round(top[2], 1), abs(top[1] - bottom[1]), above, below))
                elif not below[:1].islower():
                    # a line in another type size is another block: a headline under a
                    # kicker or a promotion's line, the byline under the headline
                    sizes.append((above, below))
                else:
                    # (in lower case, only across a block's gap: "by Name …" under the
                    # headline; a row at the line spacing goes on with the sentence)
                    lowered.append((round(bottom[2], 1), abs(top[1] - bottom[1]), above, below))
    held: list[Pair] = []
    breaks: list[Pair] = []
    for height in {step[0] for step in steps}:
        sized = [step for step in steps if step[0] == height]
        leading = line_spacing([gap for _, gap, _, _ in sized])
        if leading <= 0:
            continue
        sizes += [
            (upper, lower)
            for size, gap, upper, lower in lowered
            if size == height and gap >= _SPACED * leading
        ]
        spaced = [_SPACED * leading <= gap <= _WIDEST * leading for _, gap, _, _ in sized]
        # (both must show: a document of one-line blocks has no line spacing to measure by)
        if sum(spaced) < _SPACED_MIN or all(spaced):
            continue
        for (_, gap, upper, lower), apart in zip(sized, spaced, strict=True):
            # (a line in lower case under a finished sentence, a block's gap between: the
            # page's next block, a row of tags in lower case, not the sentence going on)
            if apart and (not lower[:1].islower() or _FINISHED.search(upper)):
                breaks.append((upper, lower))
            elif gap <= _SAME * leading and _ITEM.match(lower) is None:
                held.append((upper, lower))
    # (the sizes count where the document spaces its blocks: the same evidence as above)
    return held, (breaks + sizes if breaks or held else [])


def split_breaks(text: str, breaks: Sequence[Pair]) -> str:
    """``text`` (paragraphs apart by blank lines) parted where the two lines of a pair of
    ``breaks`` meet inside a paragraph.

    A pair is one place on the page: it parts the text as often as the page showed it, at its
    first meetings in reading order — a meeting the reflow already parted (the two lines in
    two paragraphs) counts too. The same words met again further on are not that place: a
    masthead's "European and International" / "Affairs" leaves the title written out in an
    article sentence whole.
    """
    if not breaks:
        return text
    cuts: set[int] = set()
    for (upper, lower), seen in Counter(breaks).items():
        meetings = sorted(
            (at, sep) for sep in (" ", "\n\n") for at in _meetings(text, f"{upper}{sep}{lower}")
        )
        cuts.update(at + len(upper) for at, sep in meetings[:seen] if sep == " ")
    if not cuts:
        return text
    parts, last = [], 0
    for cut in sorted(cuts):
        parts.append(text[last:cut])
        last = cut + 1  # (the space where the two lines met)
    parts.append(text[last:])
    return "\n\n".join(parts)


def _meetings(text: str, seam: str) -> list[int]:
    """Where ``seam`` stands in ``text`` as whole words."""
    found: list[int] = []
    at = text.find(seam)
    while at >= 0:
        end = at + len(seam)
        if (at == 0 or text[at - 1] in " \n") and (end == len(text) or text[end] in " \n"):
            found.append(at)
        at = text.find(seam, at + 1)
    return found


__all__ = ["Pair", "block_pairs", "split_breaks"]
