"""The clause an event's cue stands in: "Năm 2024, Chủ tịch Quốc hội X đã thăm chính thức Việt
Nam, và năm nay hai nước vừa họp … vào tháng 6/2025" tells a visit of 2024 and, after ", và",
another matter of June 2025.

Of a sentence's dates, the finest used to date the visit; a date across a coordinating break
(", và", ", còn", ", and", ", while", ";") from the cue belongs to the other clause. Dates in
the cue's own clause are preferred when there are any; and, after a fronted date, a clause
joined on by ", và" / ", and" that runs on to a date of its own is an item (an event) of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from briefer.text.dates import DateRef

# (a relative clause set off by a comma is a clause of its own too: "… a conference in Hanoi
# on Monday to review the strategy, which was reinforced when … in March 2024")
_BREAK: Final = re.compile(
    r"[,;]\s*(?:và|còn|song|nhưng|and|while|but|which|whose)\s|;", re.IGNORECASE
)


def same_clause(text: str, at: int, cue_at: int) -> bool:
    """No coordinating break lies between offsets ``at`` and ``cue_at`` of ``text``."""
    low, high = sorted((at, cue_at))
    return _BREAK.search(text, low, high) is None


def in_cue_clause(
    text: str,
    dates: Sequence[DateRef],
    cue_of: Callable[[DateRef], tuple[object, re.Match[str]] | None],
    offset: int,
) -> list[DateRef]:
    """Those of ``dates`` (body offsets; ``text`` starts at ``offset``) in the same clause as
    their cue (``cue_of`` gives a date's cue and its match in ``text``), else all of them."""
    own = [
        d
        for d in dates
        for found in [cue_of(d)]
        if found is not None and same_clause(text, d.pos - offset, found[1].start())
    ]
    return own or list(dates)


# ", và năm nay hai nước vừa tổ chức … vào tháng 6/2025": a new clause, its words running on
# to its own date (a bare list item, ", and June 6", ", và Y ngày 6/6", is no clause).
_JOINED: Final = re.compile(r",\s*(?:và|and)\s+(?P<own>(?:\S+\s+){4,})", re.IGNORECASE)


# A date opening its clause, set off by a comma: "Năm 2024, …", "In 2023, …", "Vào ngày 5/9, …"
_OPENER: Final = re.compile(r"\s*(?:(?:[A-Za-zÀ-ỹĐđ]+\s+){0,2})?\Z")


def joined_clause(text: str, item_start: int, first: tuple[int, int], gap_end: int) -> int | None:
    """Where a clause joined on after a fronted date (``text[first[0]:first[1]]``, opening the
    item at ``item_start``: "Năm 2024, …") and before the next date (at ``gap_end``) starts,
    or None. Parallel clauses each open with their time ("Năm 2024, X đã thăm …, và năm nay
    … vào tháng 6/2025"); a date told in passing ("…, and the forum has met since 2004")
    joins no clause of its own."""
    at, end = first
    if not text.startswith(",", end) or _OPENER.match(text, item_start, at) is None:
        return None
    found = _JOINED.search(text, end, gap_end)
    return found.start("own") if found is not None else None
