"""Whose date a date is when a milestone and an anniversary share a sentence (pure).

"The two countries upgraded their ties to a Comprehensive Strategic Partnership in March
2025, …, and are marking the 52nd anniversary of diplomatic relations": the milestone's cue
("upgraded … Partnership", "ký Hiệp định", "established …") names the date right after it,
and the anniversary, in a later clause, counts another milestone. The date is the cued
milestone's own, never the year the anniversary is celebrated (which would date the
founding 52 years back). A date before its cue ("Năm 2025, quan hệ … kỷ niệm 10 năm") is
the anniversary's year, as before.
"""

from __future__ import annotations

import re

from briefer.ingest.keywords import EVENT_CUES, EventCue


def cued_before(
    text: str, found: tuple[EventCue, re.Match[str]] | None, c_start: int, at: int
) -> bool:
    """Whether a milestone's cue stands in the clause from ``c_start`` ahead of the date at
    ``at``: a founding's ("established … on May 15, 1975, and welcomed the 50th anniversary"),
    or the cue ``found`` for the date (matched in ``text``): the date is that milestone's own."""
    if EVENT_CUES[1].pattern.search(text[c_start:at]):
        return True
    if found is None or found[0].name == "anniversary":
        return False
    cue = found[1]
    return c_start <= cue.start() and cue.end() <= at
