"""The act done on a day during a visit, as an event of its own (pure).

"The upgrade was announced on May 16 during the official visit to Thailand of …", "Tuyên bố
chung được công bố ngày 3/6, trong chuyến thăm …": the day is the act's, and the visit
that held it is dated by that day's month (:mod:`briefer.ingest.actvisit`). When the act
concerns the ties or a paper between the sides but no milestone cue of the finder's names it
(an upgrade announced, a declaration issued), nothing else dates it: the act gets an event on
its day beside the visit's. A forum held or a guest received then is the visit's programme.
Run in :mod:`briefer.ingest.candidatepass` once all candidates are found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest import keywords as kw
from briefer.ingest.actvisit import act_dated
from briefer.ingest.candidate import Candidate
from briefer.text.dates import DateRef, find_dates

_MONTH: Final = re.compile(r"^\d{4}-\d{2}$")
# The act is about the ties or a paper between the sides ("The upgrade was announced",
# "Tuyên bố chung được công bố"); a forum held or a guest received during a visit is the
# visit's programme, no fact of its own.
_TIES_ACT: Final = re.compile(
    r"(?<![^\W\d_])(?:upgrade|elevation|partnership|ties|relations|agreement|deal|accord"
    r"|declaration|statement|memorandum|MoU|treaty|nâng\s+cấp|quan\s+hệ|đối\s+tác|hiệp\s+định"
    r"|thỏa\s+thuận|thoả\s+thuận|tuyên\s+bố|bản\s+ghi\s+nhớ)(?![^\W\d_])",
    re.IGNORECASE,
)


def _act_day(c: Candidate, year: int | None) -> DateRef | None:
    """The day of the act a visit candidate's month was borrowed from, or None."""
    if c.kind != "event" or not c.metric.startswith("visit.") or not _MONTH.match(c.event_date):
        return None
    dates = find_dates(c.quote, year)
    for d in dates:
        if d.precision == "day" and d.start == d.end and d.start[:7] == c.event_date:
            visit = kw.VISIT.search(c.quote, d.endpos)
            act = _TIES_ACT.search(c.quote, 0, d.pos)
            if act and visit is not None and act_dated(c.quote, d, visit, dates, 0):
                return d
    return None


def act_days(candidates: list[Candidate], year: int | None) -> list[Candidate]:
    """``candidates`` with an event for each act dated on a day during a visit that no
    other candidate of its sentence dates (``year``: the text's, for a day told without)."""
    out: list[Candidate] = []
    for c in candidates:
        day = _act_day(c, year)
        told = day is not None and any(
            o.kind == "event" and o.quote == c.quote and o.event_date.startswith(day.start)
            for o in candidates
        )
        if day is not None and not told:
            act = c.quote[: day.pos] + c.quote[day.pos :].split(",")[0]
            out.append(
                replace(
                    c,
                    topic=kw.topic_of(act) or "overview",
                    event_date=day.start,
                    metric="",
                    reasons=(f"date “{day.text}”", "an act during the visit"),
                )
            )
        out.append(c)
    return out


__all__ = ["act_days"]
