"""Plain text broken into lines of one width (an OCR'd scan, a mail wrapped at 72 columns).

A text file normally holds a paragraph on one line; a scanned page run through OCR, or a
mail client that wraps, breaks every paragraph into lines of about the same width, so
each line would be read as a paragraph of its own and a sentence cut at each line's end.
:func:`unwrap` joins them again, and only in a text whose shape is that of a wrapped text:
its long lines are all about one width (a text of whole paragraphs has lines of every
length) and many of them stop in the middle of a sentence with the next line right under
them. A line is joined to the next when it fills the width and stops mid-sentence, or when
the next one starts in lower case; a short line (a heading, a name) stays a line of its
own, and so does a labelled field under a line ("Từ khóa: …", "Received: …").

An OCR engine may also break a scan's lines where the page's lines broke, at every width
(an indented line, a justified one, a line that ends before a figure): no one width then,
yet the text is as plainly wrapped, for many of its lines stop mid-sentence and the line
under them goes on with a word in lower case, which no paragraph or heading of a text of
whole paragraphs does. In such a ragged text a long line that stops mid-sentence is joined
to the next (not a heading in capitals, an item, a field or a gapped running head).
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from typing import Final

_LONG: Final = 25  # a line this long may be wrapped text; shorter ones are headings, names
_RUNS: Final = 6  # lines stopped mid-sentence over a text line, for a text to be wrapped
_SPREAD: Final = 1.25  # the long lines' 90th percentile width against their median
_FULL: Final = 0.7  # a line this share of the width filled it (its last word would not fit)
_SHORT_RUNS: Final = 3  # full lines stopped mid-sentence, for a short text to be wrapped
_SHORT_SPREAD: Final = 0.8  # a short wrapped text's full lines against its widest
_ENDS: Final = re.compile(r"[.!?…:;\"”’)\]]$")
_FIELD: Final = re.compile(r"^[^\W\d_][\w()]*(?:\s[\w()]+){0,3}\s*:\s")
_BROKEN_WORD: Final = re.compile(r"[^\W\d_]{2}-$")  # a word hyphenated at the line's end
_GAP: Final = re.compile(r"\S\s{3,}\S")
_ITEM: Final = re.compile(r"^(?:[-–•*+]\s|\d{1,2}[.)]\s|[IVX]{1,4}\.\s|[a-zđ]\)\s)")


def _width(text: str) -> int:
    return len(" ".join(text.split()))


def _top_width(long: list[int]) -> int:
    """The 90th percentile of the long lines' widths (``long``, sorted)."""
    return long[min(len(long) - 1, int(len(long) * 0.9))]


def _wrapped_width(lines: list[str], widths: list[int]) -> int:
    """The width a wrapped text's lines (their ``widths``) are broken at, or 0 when the text
    is not wrapped."""
    long = sorted(w for w in widths if w >= _LONG)
    if len(long) < _RUNS:
        return 0
    median = statistics.median(long)
    top = _top_width(long)
    if top > median * _SPREAD:
        return 0  # (lines of every length: paragraphs on lines of their own)
    runs = sum(
        1
        for (line, width), (below, _) in itertools.pairwise(zip(lines, widths, strict=True))
        if width >= _LONG and below.strip() and not _ENDS.search(line.rstrip())
    )
    return top if runs >= _RUNS else 0


def _short_wrapped_width(lines: list[str], widths: list[int]) -> int:
    """The width a short wrapped text (a wire brief, a mail of a few paragraphs) is broken at,
    or 0: too few lines for one width to show among them all, yet its paragraphs' inner lines
    (those with a line right under them) stop mid-sentence about one width, each so full that
    the next line's first word would not have fitted (how a wrap breaks), in blocks that end
    a sentence (a paragraph does; a list of headlines under each other does not)."""
    inner: list[tuple[int, str]] = []
    block: list[tuple[str, int]] = []
    for line, width in [*zip(lines, widths, strict=True), ("", 0)]:
        if line.strip():
            block.append((line, width))
            continue
        if block and _ENDS.search(block[-1][0].rstrip()):
            inner += [
                (w, below)
                for (above, w), (below, _) in itertools.pairwise(block)
                if w >= _LONG and not _ENDS.search(above.rstrip())
            ]
        block = []
    if len(inner) < _SHORT_RUNS:
        return 0
    top = max(width for width, _ in inner)
    full = [
        width
        for width, below in inner
        if width >= top * _SHORT_SPREAD and width + 1 + len(below.split()[0]) > top
    ]
    return top if len(full) >= _SHORT_RUNS and len(full) * 4 >= len(inner) * 3 else 0


def _goes_on(line: str) -> bool:
    """A line of prose opening with a lower-case word (no lone "www.site.vn" or "pgh/jcm")."""
    parts = unicodedata.normalize("NFC", line).split()  # (a decomposed "ngày" is a word too)
    return len(parts) >= 2 and parts[0].isalpha() and parts[0].islower()


def _ragged(lines: list[str], widths: list[int]) -> bool:
    """Whether ``lines`` are wrapped at no one width (an OCR'd scan): many long lines stop
    mid-sentence and the line under each goes on with a lower-case word."""
    goes_on = sum(
        1
        for (line, width), (below, _) in itertools.pairwise(zip(lines, widths, strict=True))
        if width >= _LONG and not _ENDS.search(line.rstrip()) and _goes_on(below)
    )
    return goes_on >= _RUNS


def unwrap(text: str) -> str:
    """``text`` with a wrapped text's lines joined into its paragraphs (unchanged when it
    is not wrapped)."""
    lines = text.split("\n")
    widths = [_width(line) for line in lines]
    width = _wrapped_width(lines, widths) or _short_wrapped_width(lines, widths)
    # (ragged: a long line going on in lower case was broken, whatever its width; one going
    # on with a capital was, when it is about as wide as the scan's widest lines, and not a
    # heading in sentence case over its paragraph)
    capital_width = 0
    if not width:
        if not _ragged(lines, widths):
            return text
        width = round(_LONG / _FULL)
        capital_width = _top_width(sorted(w for w in widths if w >= _LONG))
    out: list[str] = []
    previous = ""  # (the line above as printed: a joined paragraph is wider than any line)
    previous_width = 0
    for line, line_width in zip(lines, widths, strict=True):
        stripped = line.strip()
        joined = (
            previous
            and stripped
            and not _GAP.search(previous)  # (a running head: its title, a gap, the page)
            and not stripped.isupper()  # (a heading in capitals starts a block)
            and not previous.isupper()  # (… and stands on its own)
            and not _FIELD.match(stripped)
            and not _ITEM.match(stripped)
            and previous_width >= width * _FULL
            and (not _ENDS.search(previous) or stripped[:1].islower())
            and (stripped[:1].islower() or previous_width >= capital_width * _FULL)
        )
        if joined and _BROKEN_WORD.search(previous) and stripped[:1].islower():
            out[-1] = f"{out[-1].rstrip()[:-1]}{stripped}"  # ("coop-" "eration": one word)
        elif joined:
            out[-1] = f"{out[-1].rstrip()} {stripped}"
        else:
            out.append(line)
        previous, previous_width = stripped, line_width
    return "\n".join(out)


__all__ = ["unwrap"]
