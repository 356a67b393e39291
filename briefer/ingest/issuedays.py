"""The day a document's surroundings give it (pure): a printed paper's running head
("PETROTIMES · Thứ Năm, 19/6/2025 · Trang 1") and a page's address with its day in the path
("…/2023/09/11/joint-statement/"). Each is a fallback for a text that dates itself nowhere."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from briefer.ingest.printmarks import issue_header
from briefer.text.dates import find_dates

# "/2023/09/11/", "/2025-06-19/": a year, a month and a day as the path's own segments
_PATH_DAY: Final = re.compile(
    r"/((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def issue_day(edges: list[str]) -> str:
    """The ISO day a printed paper's running head dates the issue with, or "". A browser's
    print header ("9/12/23, 10:05 AM Title | Site") dates the print, not the issue: it has
    no issue number or page and is no paper's running head."""
    for edge in edges:
        paper, issued = issue_header(edge)
        if not paper:
            continue
        days = [d for d in find_dates(issued) if d.precision == "day" and len(d.start) == 10]
        if days:
            return days[0].start
    return ""


def url_day(url: str) -> str:
    """The ISO day a page's address carries in its path ("…/2023/09/11/…"), or ""."""
    match = _PATH_DAY.search(url.split("?", maxsplit=1)[0])
    if match is None:
        return ""
    year, _, month, day = match.groups()
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # ("/2025/02/30/": no such day)
        return ""


__all__ = ["issue_day", "url_day"]
