"""A weekday beside coarser dates in one sentence (pure).

"X held consultations with Y in Hanoi on Tuesday, the first such round since 2019": the
sentence holds a year, so its weekday used to go unread (weekdays were read only in a
sentence with no date at all) and the year an earlier round was held dated the talks. A
weekday names one day of the report's own week; when no date of the sentence names a day,
the weekday is read as well, so the finest date (the day) can date what was done.
"""

from __future__ import annotations

from briefer.text.dates import DateRef, weekday_dates


def with_weekdays(found: list[DateRef], text: str, published: str) -> list[DateRef]:
    """``found`` (the dates of ``text``) and, when none of them names a day, the weekdays
    of ``text`` counted from ``published`` (an ISO day; nothing is added without one)."""
    if not found or len(published) != 10 or any(d.precision == "day" for d in found):
        return found
    days = [
        d
        for d in weekday_dates(text, published)
        # (a weekday inside a date already read is none of its own)
        if not any(f.pos <= d.pos < f.endpos for f in found)
    ]
    return sorted([*found, *days], key=lambda d: d.pos) if days else found


__all__ = ["with_weekdays"]
