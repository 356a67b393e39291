"""A paragraph cut by a page break where a sentence happens to end at the page's last line
(pure). On a page that spaces its paragraphs, a sentence's full stop at a line's end is no
paragraph's end by itself; across a page break there is no gap to measure, so the lines'
widths tell: a full last line on one page and a full first line on the next are one
paragraph going on (a paragraph's last line is seldom full; furniture at a page's top
— a header, a "most read" label — is short)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

_FULL: Final = 0.92  # of the text's usual line width (as pdflayout's _WRAP)
_SENTENCE_END: Final = re.compile(r"[.!?…\"”’]$")


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


__all__ = ["seam_runs"]
