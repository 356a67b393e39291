"""What a page break tells about the paragraphs on either side of it (pure).

A paragraph cut by a page break where a sentence happens to end at the page's last line:
on a page that spaces its paragraphs, a sentence's full stop at a line's end is no
paragraph's end by itself; across a page break there is no gap to measure, so the lines'
widths tell: a full last line on one page and a full first line on the next are one
paragraph going on (a paragraph's last line is seldom full; furniture at a page's top
— a header, a "most read" label — is short): :func:`seam_runs`.

And the converse, :func:`seam_parts`: a page's last line that left room for the next page's
first word ended its block there (a line of a paragraph going on is filled before the text
breaks to the next line, and to the next page): a "read also" headline, a tag list, a
caption, a related box's last item. Across a page break there is no gap for
:mod:`briefer.ingest.pdfblocks` to measure, and the reflow, which sees the two pages'
lines run on, would glue the furniture to the paragraph on the next page (or the
article's last paragraph to the tags under it). A tag row ("#Ireland #trade") opening a
page is a block of its own after any line.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

_FULL: Final = 0.92  # of the text's usual line width (as pdflayout's _WRAP)
_SENTENCE_END: Final = re.compile(r"[.!?…\"”’]$")
# A tag row: a "#" on a word, then more of them ("#Ireland #quan hệ Việt Nam - Ireland",
# "# Bhutan"); "#1" is a rank, no tag.
_TAG_ROW: Final = re.compile(r"#\s?[^\W\d_]")


def seam_runs(pages: list[list[str]]) -> list[tuple[str, str]]:
    """(the last line of a page, the first line of the next) where both are full lines of
    prose and the upper ends a sentence: the pairs a page break may have cut one paragraph
    between (given the pages' lines as read, headers and footers taken out)."""
    lines = [line.strip() for page in pages for line in page if line.strip()]
    lengths = sorted(len(line) for line in lines)
    if not lengths:
        return []
    width = lengths[int(0.8 * (len(lengths) - 1))]  # the text's usual line width
    pairs: list[tuple[str, str]] = []
    filled = [[line.strip() for line in page if line.strip()] for page in pages]
    for upper_page, lower_page in pairwise(filled):
        if not (upper_page and lower_page):
            continue
        upper, lower = upper_page[-1], lower_page[0]
        if (
            len(upper) >= _FULL * width
            and len(lower) >= _FULL * width
            and _SENTENCE_END.search(upper)
            and len(upper.split()) >= 6
            and len(lower.split()) >= 6
            and not upper.isupper()
            and not lower.isupper()
        ):
            pairs.append((upper, lower))
    return pairs


def seam_parts(pages: list[list[str]]) -> list[tuple[str, str]]:
    """(the last line of a page, the first line of the next) where a block ends at the page's
    foot: the upper line left room for the lower's first word, or the lower is a tag row;
    never before a line in lower case (a sentence going on whatever the room)."""
    filled = [[line.strip() for line in page if line.strip()] for page in pages]
    lengths = sorted(len(line) for page in filled for line in page)
    if not lengths:
        return []
    width = lengths[int(0.8 * (len(lengths) - 1))]  # the text's usual line width
    pairs: list[tuple[str, str]] = []
    for upper_page, lower_page in pairwise(filled):
        if not (upper_page and lower_page):
            continue
        upper, lower = upper_page[-1], lower_page[0]
        if lower[:1].islower() or lower[:1] in "-–,.;:)]":
            continue
        room = len(upper) + 1 + len(lower.split(" ", 1)[0]) < _FULL * width
        if room or _TAG_ROW.match(lower):
            pairs.append((upper, lower))
    return pairs


__all__ = ["seam_parts", "seam_runs"]
