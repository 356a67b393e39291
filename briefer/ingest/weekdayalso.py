"""A weekday beside coarser dates in one sentence (pure).

"X held consultations with Y in Hanoi on Tuesday, the first such round since 2019": the
sentence holds a year, so its weekday used to go unread (weekdays were read only in a
sentence with no date at all) and the year an earlier round was held dated the talks. A
weekday names one day of the report's own week; when no date of the sentence names a day,
the weekday is read as well, so the finest date (the day) can date what was done. So is one
falling within a span of days the sentence names ("agreed on Thursday to elevate ties …,
during the official visit from November 13 to 16"): the one day of the span the thing was
done on. A weekday on a verb of telling ("paid a state visit to Vietnam in March, the
ministry said on Tuesday") dates the telling, not what is told: it is not read beside the
sentence's own date.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.saidday import SAYING
from briefer.text.dates import DateRef, weekday_dates

# A verb of telling right before the weekday: "said on Tuesday", "told reporters on Monday",
# "cho biết hôm thứ Ba".
_TOLD_ON: Final = re.compile(
    rf"(?<![^\W\d_]){SAYING}(?:\s+\S+){{0,2}}?\s+(?:on|hôm|vào)\s+$", re.IGNORECASE
)


def _one_day(d: DateRef) -> bool:
    return d.precision == "day" and d.start == d.end


def with_weekdays(found: list[DateRef], text: str, published: str) -> list[DateRef]:
    """``found`` (the dates of ``text``) and, when none of them names a day, the weekdays
    of ``text`` counted from ``published`` (an ISO day; nothing is added without one)."""
    if not found or len(published) != 10 or any(_one_day(d) for d in found):
        return found
    spans = [d for d in found if d.precision == "day"]  # (a visit's days: "from 13 to 16")
    days = [
        d
        for d in weekday_dates(text, published)
        # (a weekday inside a date already read is none of its own)
        if not any(f.pos <= d.pos < f.endpos for f in found)
        # (a weekday on a verb of telling dates the report of it)
        and not _TOLD_ON.search(text[: d.pos])
        # (beside a span of days, a weekday within it is one day of it; one outside is
        # no day the sentence tells of)
        and (not spans or any(f.start <= d.start <= f.end for f in spans))
    ]
    return sorted([*found, *days], key=lambda d: d.pos) if days else found


__all__ = ["with_weekdays"]
