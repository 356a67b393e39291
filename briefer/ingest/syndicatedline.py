"""An aggregator's line over a story it carries (pure): "(PUBLISHER- Source) 11/25/2025 10:41 AM".

A financial-news aggregator reprints other papers' stories under its own masthead and opens
each with a line of its own: in brackets its own name, a dash and the paper the story came
from, then the day and hour it was posted, written the American way (month first, a 12-hour
clock). The line is furniture. It dates the page (the aggregator's posting) and names the
aggregator, who publishes the page; the paper after the dash is the story's source — neither
the page's outlet nor its writer, though the markup may declare it as the page's author.

This module owns :func:`syndicated_line` (the line's parts) and :func:`carried_source` (the
source such a line names on a saved page, for the writer reader to set aside).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

import lxml.html

from briefer.ingest.rxparts import BLANK as _B
from briefer.text.dates import find_dates

# "(PUBLISHER- Source)": the aggregator's name in capitals or capitalised words (a dash glued
# to it or spaced), then the source's capitalised name; nothing but the stamp after it.
_LINE: Final = re.compile(
    rf"^\({_B}*(?P<publisher>[A-Z][\w.&']*(?:{_B}[A-Z][\w.&']*){{0,3}}){_B}*[-–—]{_B}+"
    rf"(?P<source>[A-Z][^()]{{1,60}}?){_B}*\){_B}+(?P<stamp>\S.{{5,40}})$"
)
# The stamp: a day with slashes and a clock ("11/25/2025 10:41 AM"), or any day the date
# reader knows ("Nov 25, 2025"); a clock, weekday or zone may follow.
_SLASHED: Final = re.compile(
    rf"^(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>(?:19|20)\d{{2}})"
    rf"(?:,?{_B}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_B}*(?P<half>[AaPp]\.?[Mm]\.?))?)?"
    rf"(?:{_B}+\S+)?$"
)
_ROW_MAX: Final = 140  # (a line of its own: longer text is prose)


class Syndicated(NamedTuple):
    publisher: str
    source: str
    day: str  # ISO, "" if the stamp is no day


def _slashed_day(stamp: str) -> str:
    """ "11/25/2025 10:41 AM": the day, month first where the numbers allow it or a 12-hour
    clock follows (the American way), day first where only that order is a date."""
    match = _SLASHED.match(stamp)
    if not match:
        return ""
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    if b > 12 or (a <= 12 and match["half"]):
        month, day = a, b  # "11/25/2025", "3/4/2025 9:05 PM": month first
    else:
        day, month = a, b  # "25/11/2025": only a day first is a date
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def syndicated_line(text: str) -> Syndicated | None:
    """The parts of an aggregator's line "(PUBLISHER- Source) stamp", None if ``text`` is
    not one (its stamp must be a day)."""
    match = _LINE.match(" ".join(text.split()))
    if not match:
        return None
    stamp = match["stamp"]
    day = _slashed_day(stamp)
    if not day and "/" not in stamp:
        dated = [d for d in find_dates(stamp) if d.precision == "day" and d.pos == 0]
        day = dated[0].start if dated else ""
    if not day:
        return None
    return Syndicated(match["publisher"], match["source"].strip(), day)


def carried_source(root: lxml.html.HtmlElement) -> str:
    """The source a saved page's aggregator line names ("" if the page has none)."""
    for node in root.xpath("//body//*[not(*)]"):
        text = " ".join(node.text_content().split())
        if len(text) <= _ROW_MAX and text.startswith("("):
            found = syndicated_line(text)
            if found:
                return found.source
    return ""


__all__ = ["Syndicated", "carried_source", "syndicated_line"]
