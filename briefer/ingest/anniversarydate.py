"""Whether an anniversary in an event's clause dates that event, and the date it gives.

Owns :func:`counted_anniversary` — the anniversary ("kỷ niệm 50 năm …", "the 30th
anniversary") that counts back to the milestone an event date belongs to, or ``None`` when
the date is an event's own (a founding named before it, a ceremony's or a visit's own day, a
term of years) — :func:`anniversary_date` (the founding it counts back to) and
:func:`marks` (a day of its own in an anniversary's sentence). Used by
:class:`briefer.ingest.events.EventFinder` (pure: no state).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefer.ingest import keywords as kw
from briefer.ingest.cuedmilestone import cued_before
from briefer.ingest.eventwords import ANNIVERSARY, CEREMONY, MARKED
from briefer.ingest.spans import Sentence
from briefer.text.dates import DateRef

Cues = list[tuple[int, kw.EventCue, re.Match[str]]]
Found = tuple[kw.EventCue, re.Match[str]] | None


def marks(d: DateRef, spans: list[DateRef], s: Sentence) -> bool:
    """A day of its own in an anniversary's sentence, the anniversary its occasion."""
    found = ANNIVERSARY.search(s.text)
    marked = found is not None and MARKED.search(s.text[: found.start()] + "x")
    return bool(marked) and d not in spans and d.precision == "day" and d.start == d.end


def counted_anniversary(
    text: str,
    c_start: int,
    i_end: int,
    best: DateRef,
    found: Found,
    s: Sentence,
    cues: Cues,
    parenthesised: Callable[[DateRef, Sentence], bool],
    dates: list[DateRef],
) -> re.Match[str] | None:
    """The anniversary in the item ``c_start:i_end`` that ``best`` dates, or ``None`` when
    the date is an event's own (``dates``: the item's dates)."""
    anniversary = ANNIVERSARY.search(text[c_start:i_end])
    at = best.pos - s.start
    if anniversary is not None and found is not None and found[0].name != "anniversary":
        # "kỷ niệm 55 năm quan hệ ngoại giao hôm 25/3, là Đối tác toàn diện từ tháng
        # 11/2009": an anniversary dated itself counts no milestone cued after its date
        cue = found[1].start()
        if any(
            c_start + anniversary.end() <= d.pos - s.start < cue for d in dates if d is not best
        ):
            anniversary = None
    if (
        anniversary is not None
        and found is not None
        and found[0].metric.startswith("relations.")
        and found[0].metric != "relations.established"
        and at < found[1].start() < c_start + anniversary.start()
    ):
        # "Năm 2023, hai nước nâng cấp quan hệ lên Đối tác … nhân dịp kỷ niệm 50 năm …": the
        # raising told between its date and the anniversary is dated by it; the anniversary
        # is only its occasion
        anniversary = None
    if (
        anniversary is not None
        and at < c_start + anniversary.start()
        and cued_before(text, found, c_start, at)
    ):
        # "established … on May 15, 1975, and welcomed the 50th anniversary …": a date
        # the founding names before the anniversary is the founding itself, not the
        # year it is celebrated ("Năm 2025, hai nước kỷ niệm 75 năm …" is)
        anniversary = None
    after = text[c_start + anniversary.end() : at] if anniversary is not None else ""
    if (
        after
        and best.start == best.end
        and (
            (best.precision == "day" and kw.EVENT_CUES[1].pattern.search(after))
            # (a month bracketed, never one told after the words: "kỷ niệm 30 năm thiết lập
            # quan hệ ngoại giao vào tháng 12/2022" is when it was celebrated)
            or (best.precision in ("day", "month") and parenthesised(best, s))
        )
    ):
        # "mark 32 years of relations, which were established on 22 December 1993", "kỷ
        # niệm 48 năm Ngày ký Hiệp ước … (18/7/1977)": the milestone's own day (or month:
        # "kỷ niệm 10 năm nâng cấp quan hệ … (tháng 9/2016)")
        anniversary = None
    if anniversary is not None and found is not None and found[0].name != "anniversary":
        # "kỷ niệm 50 năm … thiết lập quan hệ ngoại giao (…) và 10 năm quan hệ Đối tác
        # chiến lược được xác lập năm 2013": the anniversary counts the first milestone
        # after it; a date a later milestone's cue names is that milestone's own
        counted = [
            m.start()
            for _, cue, m in cues
            if cue.name != "anniversary" and m.start() >= c_start + anniversary.end()
        ]
        if counted and found[1].start() > min(counted):
            anniversary = None
    if (
        anniversary is not None
        and best.precision == "day"
        and at < c_start + anniversary.start()
        and CEREMONY.search(text[c_start:i_end], 0, anniversary.end())
    ):
        # "Ngày 23/11/2023, … tổ chức Lễ kỷ niệm 30 năm thành lập …", "on 4 May held a
        # ceremony to mark the 30th anniversary …": the day names the ceremony itself
        anniversary = None
    if anniversary is not None and marks(best, [], s):
        anniversary = None  # "ngày 10/5 … khai mạc triển lãm nhân dịp kỷ niệm 50 năm …"
    if (
        anniversary is not None
        and found is not None
        and found[0].name == "visit"
        and best.start[:4] == best.end[:4]
    ):
        # "thăm cấp Nhà nước … từ ngày 9 đến 11/10, dự lễ kỷ niệm 80 năm thành lập Đảng
        # …", "Nhân kỷ niệm 60 năm … (16/7/1964 - 16/7/2024), ngày 15/7/2024, đoàn … đã
        # thăm": a visit's own date is when it was, the anniversary its occasion
        anniversary = None
    years = anniversary_years(anniversary)
    span = int(best.end[:4]) - int(best.start[:4])
    day_to_day = len(best.start) == 10 and best.start[4:] == best.end[4:]  # (its day again)
    if anniversary is not None and span and abs(span - years) > 1 and not day_to_day:
        anniversary = None  # "ký … giai đoạn 2025 - 2028, nhân kỷ niệm 31 năm …": a term
    return anniversary


def anniversary_years(anniversary: re.Match[str] | None) -> int:
    """The years an anniversary counts (0 for none)."""
    return int(next(g for g in anniversary.groups() if g)) if anniversary else 0


def anniversary_date(anniversary: re.Match[str], best: DateRef) -> str:
    """The founding an anniversary counts back to: "kỷ niệm 52 năm … (21/9/1973 -
    21/9/2025)" starts where the range starts; "kỷ niệm 50 năm … trong năm 2025" counts
    back to 1975, never a founding in 2025."""
    span = int(best.end[:4]) - int(best.start[:4])
    return best.start if span else str(int(best.start[:4]) - anniversary_years(anniversary))


__all__ = ["anniversary_date", "anniversary_years", "counted_anniversary", "marks"]
