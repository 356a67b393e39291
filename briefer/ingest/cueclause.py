"""The clause an event's cue stands in: "Năm 2024, Chủ tịch Quốc hội X đã thăm chính thức Việt
Nam, và năm nay hai nước vừa họp … vào tháng 6/2025" tells a visit of 2024 and, after ", và",
another matter of June 2025.

Of a sentence's dates, the finest used to date the visit; a date across a coordinating break
(", và", ", còn", ", and", ", while", ";") from the cue belongs to the other clause. Dates in
the cue's own clause are preferred when there are any; and a clause joined on by ", và" /
", and" that runs on to a date of its own is an item (an event) of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from briefer.text.dates import DateRef

_BREAK: Final = re.compile(r"[,;]\s*(?:và|còn|song|nhưng|and|while|but)\s|;", re.IGNORECASE)


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


def joined_clause(text: str, gap_start: int, gap_end: int) -> int | None:
    """Where a clause joined on between two dates (``text[gap_start:gap_end]``, the words up to
    the second date) starts, or None."""
    found = _JOINED.search(text, gap_start, gap_end)
    return found.start("own") if found is not None else None
