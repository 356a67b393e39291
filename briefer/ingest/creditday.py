"""The day a document's credit line under its headline gives (pure).

A bulletin, a brief or a report of an office credits who wrote it in a small line under its
headline and dates it there: "Prepared by the Trade Desk, 30 June 2025", "Issued by the
Embassy of X, 3 March 2026", "Compiled by the Research Unit – 12/11/2025". The line is the
document's imprint, so its day is the document's. Only a line among the first ones counts,
one that names the credit and ends on a full day (a credit in the body is a source's).

This module owns :func:`credit_day`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import find_dates

_HEAD_LINES: Final = 10
_MAX_WORDS: Final = 18
# "Prepared by X, <day>", "Published by X – <day>", "Issued by X on <day>".
_CREDIT: Final = re.compile(
    r"^(?:Prepared|Published|Issued|Compiled|Written|Produced|Released)\s+by\s+"
    r"(?P<who>[^,–—|]{3,90}?)\s*(?:[,–—|]|\bon\b)\s*(?P<day>[^,–—|]{6,40})\.?$",
    re.IGNORECASE,
)


def credit_day(text: str) -> str:
    """The ISO day a credit line among the document's first lines ends on ("" when none)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        match = _CREDIT.match(line)
        if match is None or len(line.split()) > _MAX_WORDS:
            continue
        days = [d for d in find_dates(match["day"]) if d.precision == "day"]
        if len(days) == 1 and len(days[0].start) == len("2025-01-01"):
            return days[0].start
    return ""


__all__ = ["credit_day"]
