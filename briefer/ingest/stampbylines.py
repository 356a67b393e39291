"""The writer's name beside the head's date stamp, and a stamp that prints no year (pure).

A page's head sets its credit as two lines, the writer's name and the stamp, above or under
the standfirst ("Eero Lindqvist" / "18.6. 14:36"). The end rules read a byline among the
text's first lines; a kicker or a standfirst above it pushes it out of their reach, and the
name stays as a paragraph. A line that reads as a byline right above or under a stamp of the
head is the credit wherever the head puts it.

A Nordic or German page stamps its article with the day and month, dotted, and the time, no
year ("18.6. 14:36", "3.11. klo 9.05", "18.6. um 14:36 Uhr"): a date stamp all the same (the
day dates the article only with a year, which the page's markup gives; this only takes the
stamp out of the text).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Found, Line
from briefer.ingest.lines import signs

_B: Final = r"[^\S\n]"
_YEARLESS: Final = re.compile(
    rf"^(?:[^\W\d_]{{2,10}}\.?,?{_B}+)?(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_B}*"
    rf"(?:(?:klo|kl\.|kello|um|at|lúc){_B}*)?\d{{1,2}}[:.]\d{{2}}(?:{_B}*Uhr)?$",
    re.IGNORECASE,
)
_HEAD_LOOK: Final = 16  # masthead, menu, kicker, headline, standfirst, credit, stamp


def yearless_stamp(text: str) -> bool:
    """A dotted day and month with a time of day and no year ("18.6. 14:36")."""
    match = _YEARLESS.match(text.strip())
    return match is not None and 1 <= int(match["day"]) <= 31 and 1 <= int(match["month"]) <= 12


def mark_stamp_bylines(lines: list[Line], found: Found) -> None:
    """Mark the head's yearless stamps, and a byline right above or under a head's stamp
    below the headline (above it, a section's label or a site's name sits beside a stamp)."""
    title = next((i for i, ln in enumerate(lines[:_HEAD_LOOK]) if ln.reason == "title"), -1)
    for index, line in enumerate(lines[:_HEAD_LOOK]):
        if line.kept and yearless_stamp(line.text):
            line.reason = "timestamp"
        if line.reason != "timestamp":
            continue
        for near in (index - 1, index + 1):
            if title < near < len(lines) and lines[near].kept and signs(lines[near], found):
                lines[near].reason = "byline"


__all__ = ["mark_stamp_bylines", "yearless_stamp"]
