"""The publication day in the outlet's own time zone when the markup declares it in UTC (pure).

A page's meta tag often carries the moment of publication in UTC ("2025-11-13T16:32:00+00:00")
while the page shows its readers the local day and hour ("November 14, 2025 | 12:32 am" in
Manila, UTC+8). The UTC day is then a day off the day the outlet published on. This module
owns that one reconciliation: a declared UTC moment and a shown day one day apart, which some
real zone offset (UTC-12 to UTC+14) joins, give the shown day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Final

import lxml.html

# A declared moment in UTC: a day, an hour and minute, and "Z" or a zero offset.
_UTC_STAMP: Final = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$"
)
# The zones in use lie between 12 hours behind UTC and 14 ahead.
_BEHIND: Final = timedelta(hours=12)
_AHEAD: Final = timedelta(hours=14)


def _declared_stamps(root: lxml.html.HtmlElement) -> list[str]:
    names = ("article:published_time", "og:published_time", "pubdate", "publishdate")
    stamps = [
        node.get("content") or ""
        for node in root.xpath("//meta[@property or @name]")
        if (node.get("property") or node.get("name") or "").lower() in names
    ]
    return [s.strip() for s in stamps if s.strip()]


def local_day(stamp: str, shown: str) -> str:
    """The shown day (ISO) when ``stamp``, a UTC moment, falls on it in some real zone and
    the two days differ (by one day at most); else ""."""
    match = _UTC_STAMP.match(stamp.strip())
    if not match or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", shown) or match.group(1) == shown:
        return ""
    moment = datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}:{match.group(3)}")
    day = date.fromisoformat(shown)
    # (some offset puts the moment on the shown day: its earliest and latest local days)
    if (moment - _BEHIND).date() <= day <= (moment + _AHEAD).date():
        return shown
    return ""


def zoned_declared_day(root: lxml.html.HtmlElement, declared: str, shown: str) -> str:
    """The page's declared day, read in the outlet's zone: the day the page shows when the
    declaration is a UTC moment a zone offset carries onto it; else the declared day."""
    for stamp in _declared_stamps(root):
        if stamp.startswith(declared):
            return local_day(stamp, shown) or declared
    return declared
