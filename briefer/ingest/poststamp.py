"""The day a social-media post saved as text was posted (pure).

A post copied out of a page's feed opens on its poster's name and, on the next line, the
stamp the feed prints under it: a day and a month with the time of posting, the year left
out for a post of the current year ("12 tháng 10 lúc 09:14 · 🌏", "12 October at 09:14",
"October 12 at 9:14 AM"). That stamp is the post's publication day. Its year is the one the
post's own text dates its news in (the first full date it writes, "Ngày 10/10/2025"): a post
reports what happened shortly before it, so a stamp earlier in the year than that date
belongs to the next year. This module owns reading that stamp (:func:`post_day`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from briefer.text.dates import find_dates
from briefer.text.ymd import MONTHS_EN

_MONTH_EN: Final = "|".join(MONTHS_EN)
_AT: Final = r"\s+(?:lúc|at)\s+\d{1,2}[:.]\d{2}\b"
# The stamp's day and month (a year only for an older post), then the time it was posted.
_STAMPS: Final = (
    re.compile(rf"^(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?{_AT}"),
    re.compile(rf"^(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH_EN})(?:,?\s+(?P<y>\d{{4}}))?{_AT}", re.I),
    re.compile(rf"^(?P<mn>{_MONTH_EN})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?{_AT}", re.I),
)
_TOP: Final = 3  # the poster's name, then the stamp: the post's first lines


def _month(match: re.Match[str]) -> int:
    named = match.groupdict().get("mn")
    if named:
        return [m.casefold() for m in MONTHS_EN].index(named.casefold()) + 1
    return int(match.group("m"))


def _text_day(text: str) -> date | None:
    """The first full date (day, month and year) the text writes."""
    for ref in find_dates(text):
        if ref.precision == "day" and len(ref.start) == len("2025-01-01"):
            try:
                return date.fromisoformat(ref.start)
            except ValueError:
                continue
    return None


def post_day(text: str) -> str:
    """The ISO day a feed's stamp at the text's top gives its post ("" when it has none, or
    the year is neither printed nor told by the text)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_TOP]
    for line in lines:
        match = next((m for p in _STAMPS if (m := p.match(line))), None)
        if match is None:
            continue
        day, month = int(match.group("d")), _month(match)
        if match.group("y"):
            year = int(match.group("y"))
        else:
            told = _text_day(text[text.find(line) + len(line) :])  # (the post under its stamp)
            if told is None:
                return ""
            year = told.year + ((month, day) < (told.month, told.day))
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return ""
    return ""


__all__ = ["post_day"]
