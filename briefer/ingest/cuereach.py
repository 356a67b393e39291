"""Where a date's event cue sits and whether it is within reach (pure).

A date becomes an event by a cue near it ("thăm … từ ngày 20 đến 22/8", "signed … on
May 5"). This module owns the geometry the event finder (:mod:`briefer.ingest.events`) asks
about: the cue nearest a date, a visit's cue right after a date, whether a cue stands
before a date, and how far the nearest cue is. Cues are ``(order, cue, match)`` with
sentence offsets; dates are read in the same offsets.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import keywords as kw
from briefer.ingest.spans import Sentence
from briefer.text.dates import DateRef

EVENT_REACH: Final = 150  # characters between a date and the cue that makes it an event
Cues = list[tuple[int, kw.EventCue, re.Match[str]]]


def nearest_cue(cues: Cues, start: int, end: int) -> tuple[kw.EventCue, re.Match[str]] | None:
    """The cue nearest to the date at ``start:end`` (the earlier-listed cue on a tie)."""
    best: tuple[int, int, kw.EventCue, re.Match[str]] | None = None
    for order, cue, match in cues:
        if match.end() <= start:
            distance = start - match.end()
        elif match.start() >= end:
            distance = match.start() - end
        else:
            distance = 0
        if distance > EVENT_REACH:
            continue
        if best is None or (distance, order) < best[:2]:
            best = (distance, order, cue, match)
    return (best[2], best[3]) if best else None


def visit_cue_after(
    cues: Cues, ref: DateRef, s: Sentence
) -> tuple[kw.EventCue, re.Match[str]] | None:
    """A visit's cue within reach after the date ("ngày 15/7/2024, đoàn … đã thăm")."""
    end = ref.endpos - s.start
    after = [
        (cue, m)
        for _, cue, m in cues
        if cue.name == "visit" and 0 <= m.start() - end <= EVENT_REACH
    ]
    return after[0] if after else None


def cue_before(cues: Cues, ref: DateRef, s: Sentence) -> bool:
    """A cue within reach before the date (a cue names its date after it: "thăm … từ
    ngày 20 đến 22/8" outranks "ngày 21/8, trong khuôn khổ chuyến thăm")."""
    start = ref.pos - s.start
    return any(m.end() <= start and start - m.end() <= EVENT_REACH for _, _, m in cues)


def cue_distance(cues: Cues, ref: DateRef, s: Sentence) -> int:
    """Characters between the date and the nearest cue (0 when none or overlapping)."""
    start, end = ref.pos - s.start, ref.endpos - s.start
    distances = [
        start - m.end() if m.end() <= start else max(0, m.start() - end) for _, _, m in cues
    ]
    return min(distances, default=0)


__all__ = ["EVENT_REACH", "Cues", "cue_before", "cue_distance", "nearest_cue", "visit_cue_after"]
