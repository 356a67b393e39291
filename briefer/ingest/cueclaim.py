"""Which event cues a date may take: a cue already claimed by a nearer date is not its.

Owns :func:`date_cue`, the cue :class:`briefer.ingest.events.EventFinder` gives a date. A
date's cue is normally the nearest one before it ("ký Hiệp định … ngày 6/12/2005"); but in
"quan hệ … được thiết lập ngày 19/8/1972 và năm 2024 hai nước đã ký Hiệp định …" the cue
before 2024 already has its own date (1972) between them, and the new clause joined on by
"và"/"and" names its own cue after its date. That cue is the date's. So when the cue's own
date stands ahead of it: "Năm 2013, hai nước nâng cấp quan hệ lên …, và năm 2023 thiết lập
Quan hệ Đối tác chiến lược xanh". Across a semicolon a
held cue is no cue of a date that names none ("… ngày 27/3/1961; tháng 9/2024, hai nước tổ
chức Kỳ họp …" is no founding in 2024).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, TypeVar

_DIGIT: Final = re.compile(r"\d")
# The date opens a clause of its own: a conjunction or a comma after the earlier date.
_JOINED: Final = re.compile(r"(?:\s(?:và|and|while|còn)\s|[,;])\D*$", re.IGNORECASE)

# Only date words between a semicolon and the date: the date opens the clause.
_OPENS: Final = re.compile(
    r"[\s,]*(?:(?:vào|trong|từ|đến|ngày|tháng|năm|on|in|by|from|since)\s+)*", re.IGNORECASE
)

# The joint of two clauses: a date after it belongs to the later one.
_JOINT: Final = re.compile(r"\s(?:và|and|while|còn)\s|;", re.IGNORECASE)

R = TypeVar("R")
CueT = TypeVar("CueT", bound=tuple[object, object, re.Match[str]])


def _dated_ahead(text: str, at: int, cue_spans: list[tuple[int, int]]) -> bool:
    """Whether the clause of the cue at ``at`` opens on its date ahead of it ("Năm 2013, hai
    nước nâng cấp …"): a date between the clause's start and the cue, no other cue before
    that date (whose date it would be: "thiết lập quan hệ ngoại giao ngày 9/4/1973, ký kết
    …")."""
    joint = max((m.end() for m in _JOINT.finditer(text, 0, at)), default=0)
    digit = _DIGIT.search(text, joint, at)
    if digit is None:
        return False
    return not any(joint <= start and end <= digit.start() for start, end in cue_spans)


def open_cues(
    cues: list[CueT], text: str, start: int, end: int, reach: int
) -> tuple[list[CueT], list[CueT]]:
    """(cues within ``reach`` before the date at ``start:end``, every cue it may take),
    without the cues before it that another date between them has claimed when a cue of
    its own follows the date in its clause."""
    before = [c for c in cues if c[2].end() <= start and start - c[2].end() <= reach]
    after = [
        c
        for c in cues
        if c[2].start() >= end
        and c[2].start() - end <= reach
        and not _DIGIT.search(text, end, c[2].start())
        and ";" not in text[end : c[2].start()]
    ]
    if not after:
        # "thiết lập quan hệ ngoại giao ngày 27/3/1961; tháng 9/2024, hai nước tổ chức Kỳ họp
        # …": a date opening a clause after a semicolon takes no cue its own date holds (a
        # list's item keeps it: "chuyến thăm … (3/2013); Chủ tịch nước X (11/2008)")
        semi = text.rfind(";", 0, start)
        opens = semi >= 0 and _OPENS.fullmatch(text, semi + 1, start) is not None
        held = [
            c
            for c in before
            if opens and c[2].end() <= semi and _DIGIT.search(text, c[2].end(), start)
        ]
        return [c for c in before if c not in held], [c for c in cues if c not in held]
    spans = [(c[2].start(), c[2].end()) for c in cues]
    claimed = [
        c
        for c in before
        if (_DIGIT.search(text, c[2].end(), start) or _dated_ahead(text, c[2].start(), spans))
        and _JOINED.search(text[c[2].end() : start])
    ]
    if not claimed:
        return before, cues
    return [c for c in before if c not in claimed], [c for c in cues if c not in claimed]


def date_cue(
    cues: list[CueT],
    text: str,
    start: int,
    end: int,
    reach: int,
    nearest: Callable[[list[CueT], int, int], R | None],
) -> R | None:
    """The cue of the date at ``start:end``: the ``nearest`` open one before it, else the
    nearest open one on either side."""
    before, mine = open_cues(cues, text, start, end, reach)
    return nearest(before, start, end) or nearest(mine, start, end)


__all__ = ["date_cue", "open_cues"]
