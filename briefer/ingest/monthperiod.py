"""A flow counted over one month (pure): "In January 2025 alone, two-way trade stood at …",
"Trong tháng 1/2025, kim ngạch thương mại hai chiều đạt …", "Kim ngạch tháng 10/2025 đạt …".

A single month is no period of its own to :func:`candidateparts.is_period` (a month beside
a figure is often an event's: "ký Hiệp định tháng 3/2025"), so the candidate finder asks this
module only for a trade figure that found no year, run of months or count to a day. The month
must lie outside brackets and in a clause that names no event ("normalized relations in July
1995, and trade has grown to …" keeps July 1995 for the ties); the choice among the rest is
the figure's own period rule (:func:`spans.period_for`). The period reads "2025-01..2025-01".
"""

from __future__ import annotations

from briefer.ingest import keywords as kw
from briefer.ingest.spans import Sentence, clauses, in_parentheses, period_for
from briefer.text.dates import DateRef


def _months(s: Sentence, dates: list[DateRef]) -> list[DateRef]:
    """The sentence's single months outside brackets whose clause names no event."""
    parts = clauses(s.text)
    return [
        d
        for d in dates
        if d.precision == "month"
        and d.start == d.end
        and not in_parentheses(s.text, d.pos - s.start, d.endpos - s.start)
        for a, b in parts
        if a <= d.pos - s.start < b
        and not any(cue.pattern.search(s.text, a, b) for cue in kw.EVENT_CUES)
    ]


def flow_month(
    s: Sentence, dates: list[DateRef], clause: tuple[int, int], at: int, q_start: int, end: int
) -> DateRef | None:
    """The month the trade figure at ``at`` (sentence offsets; ``clause`` its own, in the
    part of the sentence from ``q_start``; ``end``, where it ends in the body) is counted
    over, or None."""
    return period_for(_months(s, dates), s, clause[0], clause[1], at, q_start, end - s.start)


__all__ = ["flow_month"]
