"""The day a pasted web page was published, read from the dateline under its headline.

A browser copy of a page keeps two kinds of day near its top: the site's top bar shows the
day the page was copied ("Monday, June 9, 2025 | Kingstown 29°C"), the article's dateline or
byline row under its headline the day it was published ("Name | 06:35 | 14/11/2025", "Sep 9,
2025 · 0 Comments"). The dateline is the one a few lines below the headline. This module
owns that reading; it is asked when the text's own readers found no day (or only the year),
or found the one the top bar shows above the headline.
"""

from __future__ import annotations

from briefer.ingest.pastedheadline import dated_line
from briefer.text.dates import find_dates

# Lines between a headline and its dateline: a deck, a kicker, a byline, a share bar.
_GAP = 4
_LOOK = 60
# A dateline or a byline row is short; a longer line is the lead, whose days are events'.
_ROW_WORDS = 16
# A dateline may sit right over the headline (under the section's name): no top bar.
_OVER = 1


def _day(line: str) -> str:
    if len(line.split()) > _ROW_WORDS or line.rstrip().endswith("."):
        return ""  # (a sentence of the lead or a caption: the days it names are events')
    days = [d for d in find_dates(line) if d.precision == "day"]
    return days[0].start if days else ""


def _title_at(lines: list[str], title: str) -> int:
    wanted = " ".join(title.split()).casefold()
    return next((i for i, line in enumerate(lines) if line.casefold() == wanted), -1)


def headline_day(text: str, title: str) -> str:
    """The ISO day the dateline under the headline gives, else ""."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line][:_LOOK]
    at = _title_at(lines, title) if title.strip() else -1
    if at < 0:
        return ""
    for line in lines[at + 1 : at + 1 + _GAP]:
        day = _day(line)
        if day:
            return day
    return ""


def bar_day(text: str, title: str) -> str:
    """The ISO day a top bar above the headline shows (the day the page was copied), else
    ""."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line][:_LOOK]
    at = _title_at(lines, title) if title.strip() else -1
    days = [_day(line) for line in lines[: max(at - _OVER, 0)] if dated_line(line)]
    return next((day for day in days if day), "")


def pasted_day(text: str, title: str, day: str) -> str:
    """The dateline's day over a day the text's readers gave that is none, only its year, or
    the top bar's: "" keeps theirs."""
    under = headline_day(text, title)
    if not under or under == day:
        return ""
    if len(day) < len("2025-01-01") and under.startswith(day):
        return under
    return under if day == bar_day(text, title) else ""


__all__ = ["bar_day", "headline_day", "pasted_day"]
