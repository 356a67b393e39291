"""The time of a visit known only by an act done during it (pure).

"Hiệp định … được ký ngày 28/10/2024, nhân chuyến thăm chính thức … của Thủ tướng …", "Quan
hệ hai nước được nâng lên … ngày 7/10/2024, trong chuyến thăm …", "The agreement was signed
on 28 October 2024 during the visit of …": the day is the signing's or the upgrade's; the
visit that held it lasted days the sentence never gives. The visit is dated by the act's
month (a brief then says "tháng 10/2024", true, not a start day nobody wrote). A visit whose
own days are written ("thăm … từ ngày 27 đến 29/10", "a visit on 28 October") keeps them:
its date is its own cue's, never this module's.

The day may also fall to the visit's own cue when the act is no milestone: "Diễn đàn … tổ
chức ngày 1/12 tại Hà Nội, nhân chuyến thăm Việt Nam của Bộ trưởng …", "The deal was
announced in Hanoi on 3 June during the minister's official visit": the date stands before the
occasion mark that brings the visit in, so it is the forum's or the announcement's, and the
visit is dated by its month all the same (:func:`act_dated`).

Owns :func:`borrowed_time`, used by :class:`briefer.ingest.events.EventFinder` for a visit
named as the occasion of a dated milestone, and :func:`act_dated` for a visit cue whose date
is an earlier act's.
"""

from __future__ import annotations

import re

from briefer.ingest.eventwords import OCCASION
from briefer.text.dates import DateRef


def borrowed_time(act: DateRef) -> str:
    """The time of a visit whose only date is ``act``'s, the day of something done during
    it: that day's month; a month, a year or a span of the act's own stays as written."""
    if act.precision == "day" and act.start == act.end:
        return act.start[:7]
    return act.iso


def act_dated(text: str, act: DateRef, visit: re.Match[str], dates: list[DateRef], at: int) -> bool:
    """Whether the date ``act`` a visit cue ``visit`` of ``text`` claims is another act's:
    the cue lies in an occasion mark ("nhân chuyến thăm", "during X's visit") opened after
    the date, and none of ``dates`` stands after the mark (the visit's own days, "từ ngày 15
    đến 17/1", keep the visit). ``at`` is where ``text`` starts in the dates' source."""
    end = act.endpos - at
    for occasion in OCCASION.finditer(text, end):
        if occasion.start() <= visit.start() < occasion.end():
            return not any(d.pos - at >= occasion.start() for d in dates)
    return False


__all__ = ["act_dated", "borrowed_time"]
