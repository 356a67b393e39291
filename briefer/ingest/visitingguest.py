"""A visit told only by its guest's "visiting" in an English report of the week (pure).

"Receiving visiting Namibian Deputy Minister X in Windhoek, the minister said trade …", "The
memorandum was signed by Minister Y and visiting Vietnamese Deputy Minister Z.": the guest's
visit is under way when the report's news happens, and the text tells that news by a day
counted from its own ("said on Tuesday", "signed … yesterday") but gives the visit no days of
its own. Like a visit known only by the day of an act done during it, it is dated by that
day's month (:mod:`briefer.ingest.actvisit`); its direction is the guest's nationality
(:func:`briefer.ingest.visitors.visitor_side`).

Owns turning such an undated visit statement into an event, and reading the reception clause
that opens a sentence of figures ("Receiving visiting …, X said trade reached …") as the
visit's event beside the figures. A guest with no nationality or title ("visiting tourists",
"visiting Namibia") and a report whose news has no day near its own are left as they are.
Run in :mod:`briefer.ingest.candidatepass`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from briefer.ingest.candidate import Candidate
from briefer.ingest.nearday import near_days
from briefer.ingest.visitors import visiting_guest, visitor_side
from briefer.text.dates import weekday_dates

# A clause that opens its sentence on the host's reception of the guest, up to its comma.
_RECEPTION: Final = re.compile(
    r"^(?:Receiving|Meeting|Welcoming|Hosting|Greeting|Meeting\s+with)\s+visiting\s[^,;.]*",
)
# How far before the report's own day its news may lie ("on Tuesday" of the week before).
_WEEK: Final = timedelta(days=7)


def _news_month(body: str, before: int, published: str) -> str:
    """The month of the first day ``body`` tells, before offset ``before``, counted from the
    report's ``published`` day ("on Tuesday", "yesterday"); "" when it tells none."""
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return ""
    lead = body[:before]
    for ref in sorted([*weekday_dates(lead, published), *near_days(lead, published)],
                      key=lambda r: r.pos):  # fmt: skip
        told = date.fromisoformat(ref.start)
        if day - _WEEK <= told <= day:
            return ref.start[:7]
    return ""


def _guest_event(c: Candidate, month: str, quote: str, metric: str) -> Candidate:
    why = f"visiting guest, in the month of the report's news ({month})"
    return replace(c, quote=quote, end=c.start + len(quote), kind="event", topic="diplomatic",
                   value=None, unit="", period="", metric=metric, event_date=month,
                   reasons=(*c.reasons, why))  # fmt: skip


def visiting_guests(body: str, candidates: list[Candidate], published: str) -> list[Candidate]:
    """``candidates`` of ``body`` with each undated visit told by its "visiting" guest made
    an event of the month of the report's news (``published``: the report's day), and such
    a reception opening a sentence of figures given an event of its own."""
    out: list[Candidate] = []
    opened: set[int] = {c.start for c in candidates if c.metric.startswith("visit.")}
    for c in candidates:
        guest = visiting_guest(c.quote)
        side = f"visit.{visitor_side(c.quote, c.pair[3:])}" if guest else ""
        side = "" if side == "visit." else side
        month = _news_month(body, c.start, published) if side else ""
        if month and c.kind == "statement" and c.metric == side:
            out.append(_guest_event(c, month, c.quote, side))
            continue
        out.append(c)
        reception = _RECEPTION.match(c.quote)
        if month and c.kind == "figure" and reception and c.start not in opened:
            opened.add(c.start)  # (one event for the sentence's several figures)
            out.append(_guest_event(c, month, reception.group(0), side))
    return out


__all__ = ["visiting_guests"]
