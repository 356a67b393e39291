"""The day a pasted web page was published, read from the dateline under its headline.

A browser copy of a page keeps two kinds of day near its top: the site's top bar shows the
day the page was copied ("Monday, June 9, 2025 | Kingstown 29°C"), the article's dateline or
byline row under its headline the day it was published ("Name | 06:35 | 14/11/2025", "Sep 9,
2025 · 0 Comments"). The dateline is the one a few lines below the headline. This module
owns that reading; it is asked when the text's own readers found no day (or only the year),
or found the one the top bar shows above the headline.
"""

from __future__ import annotations

import re

from briefer.ingest.datedlinks import dated_link
from briefer.ingest.mastheads import masthead_name
from briefer.ingest.pastedheadline import GAP, dated_line, head_lines
from briefer.ingest.typesize import unmarked
from briefer.ingest.yearday import refines
from briefer.text.dates import find_dates
from briefer.text.ymd import MONTHS_EN, valid_ymd

# (the lines between a headline and its dateline, and the page's head the headline is sought
# in, are pastedheadline's: GAP, head_lines)
# A dateline or a byline row is short; a longer line is the lead, whose days are events'.
_ROW_WORDS = 16
# A dateline may sit right over the headline (under the section's name): no top bar.
_OVER = 1
# A dateline's label before its day ("Date: 03-Feb-2026", "Ngày đăng: 14/11/2025"): a top bar
# writes the bare day.
_LABELLED = re.compile(r"^[^\W\d_][^\d:]{1,30}:\s*\S")
# A dateline that writes the month's name, then the day and the year as figures parted by a
# slash ("March, 17/2025 - 08:31"): the month in words, so the figures can only be day and
# year.
_NAMED_MONTH_ROW = re.compile(
    rf"\b(?P<month>{'|'.join(MONTHS_EN)})\.?,?\s+(?P<day>\d{{1,2}})\s*/\s*(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)


def _named_month_day(line: str) -> str:
    match = _NAMED_MONTH_ROW.search(line)
    if match is None:
        return ""
    month = [m.casefold() for m in MONTHS_EN].index(match.group("month").casefold()) + 1
    year, day = int(match.group("year")), int(match.group("day"))
    return f"{year:04d}-{month:02d}-{day:02d}" if valid_ymd((year, month, day)) else ""


def _day(line: str) -> str:
    if len(line.split()) > _ROW_WORDS or line.rstrip().endswith("."):
        return ""  # (a sentence of the lead or a caption: the days it names are events')
    days = [d for d in find_dates(line) if d.precision == "day"]
    return days[0].start if days else _named_month_day(line)


def _title_at(lines: list[str], title: str) -> int:
    if not title.strip():
        return -1
    wanted = " ".join(title.split()).casefold()
    # (a printed page's line carries its type size's mark before the headline)
    return next((i for i, line in enumerate(lines) if unmarked(line).casefold() == wanted), -1)


# The PDF reader's private marks of a line's type size.


def _under(lines: list[str], at: int) -> str:
    """The day of the dateline under the headline at ``at``, else ""."""
    if at < 0:
        return ""
    return next((day for day in map(_day, lines[at + 1 : at + 1 + GAP]) if day), "")


def _right_over(lines: list[str], at: int) -> str:
    """The day of a dateline set right over the headline at ``at`` (under the section's
    name, below the top bar: "Date: 14-Nov-2025" over a release's title), else "". A
    sidebar's dated link is no dateline; nor is the page's top bar, its first line or the
    first under the masthead alone ("Báo Miền Tây" / "Thứ Năm, 05/03/2026" / headline)
    unless a label names its day."""
    if at - 1 < _OVER or dated_link(lines, at - 1):
        return ""
    line = lines[at - 1]
    if not _LABELLED.match(line) and all(masthead_name(above) for above in lines[: at - 1]):
        return ""  # (the day the page was copied)
    return _day(line)


def _over(lines: list[str], at: int) -> str:
    """The day of a top bar above the headline at ``at``, else ""."""
    bars = (line for line in lines[: max(at - _OVER, 0)] if dated_line(line))
    return next((day for day in map(_day, bars) if day), "")


def headline_day(text: str, title: str) -> str:
    """The ISO day the dateline under the headline gives, else ""."""
    lines = head_lines(text)
    return _under(lines, _title_at(lines, title))


def bar_day(text: str, title: str) -> str:
    """The ISO day a top bar above the headline shows (the day the page was copied), else
    ""."""
    lines = head_lines(text)
    return _over(lines, _title_at(lines, title))


def pasted_day(text: str, title: str, day: str) -> str:
    """The dateline's day over a day the text's readers gave that is none, only its year, or
    the top bar's: "" keeps theirs."""
    lines = head_lines(text)
    at = _title_at(lines, title)
    under = _under(lines, at) or _right_over(lines, at)
    if not under or under == day:
        return ""
    # (a year the text's vote gives is a floor, not the day: a page reporting "reached … in
    # 2024" is written in 2024 or after, so its own stamp of a later year stands)
    if len(day) < len("2025-01-01") and refines(under, day):
        return under
    return under if day == _over(lines, at) else ""


__all__ = ["bar_day", "headline_day", "pasted_day"]
