"""Other stories a page lists inside or after its article, told by what sits beside each
headline in a pasted copy (pure, over a page's lines).

A list of stories gives each headline its day on the next line ("Headline" / "12/09/2025
Xem thêm"; a feed's "Headline" / "Mon, 11 Aug 2025 16:40:00 +0700" / "Teaser cut short…"),
and an embedded video gives its title over its running time ("Title" / "02:47"). Below the
article's first sentence, two or more headlines over a day each are such a list: the headlines
and their cut teasers are no article text; a headline-shaped line over a bare running time is
a video's title. The article's own title over its day sits above its first sentence and stays
the title readers'.

A table of contents lists the article's own headings, numbered, above the text ("1. Lần đầu
vượt 1 tỷ USD" over the heading "Lần đầu vượt 1 tỷ USD" further down): the numbered copies
are the box's.

A box of related stories set inside the article gives its headlines one a line between two of
its paragraphs, no day beside them ("Thị trường X: Dư địa lớn …" / "Y mở cửa cho …"): two or
more headlines in a row between two paragraphs are such a box — an article's own heading
stands alone over the paragraph it heads, and a list of the article's points is numbered,
bulleted or led in by a sentence ending in a colon.

This module owns :func:`mark_story_lists`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A listed story's day alone on its line, with its time, its zone, its "read more" link.
_DAY_LINE: Final = re.compile(
    rf"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:[+-]\d{4}|GMT|UTC))?"
    r"(?:\s+(?:Xem\s+thêm|Chi\s+tiết|Read\s+more|More))?$",
    re.IGNORECASE,
)
_RUNNING_TIME: Final = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_CUT: Final = re.compile(r"(?:\.\.\.|…)$")
_HEADLINE_WORDS: Final = 25
_MIN_ITEMS: Final = 2


def _headline_shaped(text: str) -> bool:
    """A headline: a short line with no sentence's final stop (a question may end it)."""
    return len(text.split()) <= _HEADLINE_WORDS and not re.search(r"[.!:;,…]$", text)


def _prose(text: str) -> bool:
    return len(text.split()) >= 8 and bool(re.search(r"[.!?…\"”»)]$", text))


_NUMBERED: Final = re.compile(r"^\d{1,2}[.)]\s+(\S.{2,150})$")


def _mark_contents(lines: list[Line]) -> None:
    """A table of contents: two or more numbered lines ("1. Lần đầu vượt 1 tỷ USD") whose
    words come back further down as headings of their own: the numbered copies are the box's."""
    last = {ln.text.strip().casefold(): i for i, ln in enumerate(lines)}  # (each text's last line)
    entries = []
    for i, line in enumerate(lines):
        match = _NUMBERED.match(line.text.strip())
        if line.kept and match and last.get(match.group(1).casefold(), -1) > i:
            entries.append(line)
    if len(entries) >= _MIN_ITEMS:
        for line in entries:
            line.reason = "contents"


_RUN_LEAST_WORDS: Final = 5
_RUN_MOST: Final = 5
_ITEM_MARK: Final = re.compile(r"^(?:[-–—•*+·>]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}[.)])\s*")


def _run_headline(line: Line) -> bool:
    text = line.text.strip()
    return (
        line.kept
        and _headline_shaped(text)
        and not text.endswith("?")
        and len(text.split()) >= _RUN_LEAST_WORDS
        and not text.isupper()
        and not _ITEM_MARK.match(text)
    )


def _mark_headline_runs(lines: list[Line], first: int) -> None:
    """Two or more headlines in a row between two of the article's paragraphs, the first of
    them under no lead-in ending in a colon: an inline box of related stories."""
    i = first + 1
    while i < len(lines):
        j = i
        while j < len(lines) and _run_headline(lines[j]):
            j += 1
        above, below = lines[i - 1], lines[j] if j < len(lines) else None
        if (
            _MIN_ITEMS <= j - i <= _RUN_MOST
            and above.kept and _prose(above.text) and not above.text.rstrip().endswith(":")
            and below is not None and below.kept and _prose(below.text)
        ):  # fmt: skip
            for line in lines[i:j]:
                line.reason = "related headline"
        i = max(j, i + 1)


def mark_story_lists(lines: list[Line]) -> None:
    """Mark listed stories' headlines and teasers and videos' titles "related headline", and a
    table of contents' entries "contents"."""
    _mark_contents(lines)
    first = next((i for i, ln in enumerate(lines) if ln.kept and _prose(ln.text)), len(lines))
    _mark_headline_runs(lines, first)
    items: list[int] = []
    days: list[int] = []
    for i in range(first + 1, len(lines)):
        above = lines[i - 1]  # (kept or not: another rule may have taken a listed headline)
        if not _headline_shaped(above.text) or i - 1 <= first:
            continue
        text = lines[i].text.strip()
        if _RUNNING_TIME.match(text):
            above.reason = above.reason or "related headline"  # (a video's title over its time)
        elif _DAY_LINE.match(text):
            items.append(i - 1)
            days.append(i)  # (its day, with the list's "Read more" when it has one)
            after = lines[i + 1] if i + 1 < len(lines) else None
            if after is not None and after.kept and _CUT.search(after.text):
                items.append(i + 1)  # (the listed story's teaser, cut short by the site)
    if len([i for i in items if not _CUT.search(lines[i].text)]) < _MIN_ITEMS:
        return
    for i in items:
        lines[i].reason = lines[i].reason or "related headline"
    for i in days:
        lines[i].reason = lines[i].reason or "timestamp"


__all__ = ["mark_story_lists"]
