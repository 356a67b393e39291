"""An aid amount's year from the day its sentence dates (pure).

A grant is given once: "Ngày 18/2, Thứ trưởng … trao khoản viện trợ trị giá 300.000 USD …",
"Trước đó, tháng 10/2023, Việt Nam đã viện trợ 200.000 USD …". The figure finder gives such
an amount no period (a day or a month beside a figure is an event's, not a period's), and two
grants of the same sum then read as one figure told twice — the later telling wins, the
earlier grant is lost. The sentence's event, dated by the event finder, is when the grant was
given: its year is the amount's period. Only when the sentence's events fall in one year (a
sentence with two years tells no one year of the grant).

This module owns :func:`dated_aid`.
"""

from __future__ import annotations

from dataclasses import replace

from briefer.ingest.candidate import Candidate


def dated_aid(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each aid amount that has no period given its sentence's event year."""
    out = []
    for c in candidates:
        if c.kind == "figure" and c.metric.startswith("aid.") and not c.period:
            years = {
                e.event_date[:4]
                for e in candidates
                if e.kind == "event" and e.event_date and e.start <= c.start and c.end <= e.end
            }
            if len(years) == 1:
                out.append(replace(c, period=years.pop(), as_of=""))
                continue
        out.append(c)
    return out


__all__ = ["dated_aid"]
