"""The time of a visit known only by an act done during it (pure).

"Hiệp định … được ký ngày 28/10/2024, nhân chuyến thăm chính thức … của Thủ tướng …", "Quan
hệ hai nước được nâng lên … ngày 7/10/2024, trong chuyến thăm …", "The agreement was signed
on 28 October 2024 during the visit of …": the day is the signing's or the upgrade's; the
visit that held it lasted days the sentence never gives. The visit is dated by the act's
month (a brief then says "tháng 10/2024", true, not a start day nobody wrote). A visit whose
own days are written ("thăm … từ ngày 27 đến 29/10", "a visit on 28 October") keeps them:
its date is its own cue's, never this module's.

Owns :func:`borrowed_time`, used by :class:`briefer.ingest.events.EventFinder` for a visit
named as the occasion of a dated milestone.
"""

from __future__ import annotations

from briefer.text.dates import DateRef


def borrowed_time(act: DateRef) -> str:
    """The time of a visit whose only date is ``act``'s, the day of something done during
    it: that day's month; a month, a year or a span of the act's own stays as written."""
    if act.precision == "day" and act.start == act.end:
        return act.start[:7]
    return act.iso


__all__ = ["borrowed_time"]
