"""The writer's name beside the head's date stamp, and a stamp that prints no year (pure).

A page's head sets its credit as two lines, the writer's name and the stamp, above or under
the standfirst ("Eero Lindqvist" / "18.6. 14:36"). The end rules read a byline among the
text's first lines; a kicker or a standfirst above it pushes it out of their reach, and the
name stays as a paragraph. A line that reads as a byline right above or under a stamp of the
head is the credit wherever the head puts it.

A page may set the name and the stamp on one line ("Thu Trang 06:45 | 27/10/2025", "X |
13/08/2025 09:15 Thu Trang", "Lan Anh - Quốc Bảo Thứ Ba, 12/3/2025 08:10"): the capitalised
words (co-writers joined by a dash) before the stamp's weekday or first figure, or
after its last one at the line's end, are the writer when they read as a byline
(a weekday opening a date bar, "Thứ Hai, 27/10/2025", is no name). A name written with its
initial run on ("B.Khuder", "N.Hà") next to the stamp is the writer too.

A Nordic or German page stamps its article with the day and month, dotted, and the time, no
year ("18.6. 14:36", "3.11. klo 9.05", "18.6. um 14:36 Uhr"): a date stamp all the same (the
day dates the article only with a year, which the page's markup gives; this only takes the
stamp out of the text).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Found, Line
from briefer.ingest.lines import byline, signs
from briefer.ingest.rxparts import CAPITAL, WEEKDAY
from briefer.ingest.stampwriter import initialled
from briefer.text.dates import find_dates

_B: Final = r"[^\S\n]"
_YEARLESS: Final = re.compile(
    rf"^(?:[^\W\d_]{{2,10}}\.?,?{_B}+)?(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_B}*"
    rf"(?:(?:klo|kl\.|kello|um|at|lúc){_B}*)?\d{{1,2}}[:.]\d{{2}}(?:{_B}*Uhr)?$",
    re.IGNORECASE,
)
_HEAD_LOOK: Final = 16  # masthead, menu, kicker, headline, standfirst, credit, stamp
# A writer's name before the stamp on its line: capitalised words, then the first figure.
_NAME: Final = rf"[{CAPITAL}][^\W\d_]*(?:{_B}+[{CAPITAL}][^\W\d_]*){{1,3}}"
_NAME_STAMP: Final = re.compile(
    # (co-writers joined by a spaced dash: "Lan Anh - Quốc Bảo 08:10 12/3/2025")
    rf"^(?P<name>{_NAME}(?:{_B}+[-–]{_B}+{_NAME}){{0,2}})"
    # (the writer's part in brackets: "Name (thực hiện)", "Name (interview)")
    rf"(?:{_B}*\([^\W\d_][^()\d]{{0,20}}\))?{_B}+"
    # (the stamp may open on its weekday: "Name Thứ Ba, 12/3/2025 08:10")
    rf"(?:(?i:{WEEKDAY}),?{_B}+)?\d"
)
_WEEKDAY: Final = re.compile(rf"^{WEEKDAY}", re.IGNORECASE)
# …or after its last figure, at the line's end: "TG&VN | 13/08/2025 09:15 Thu Trang".
_STAMP_NAME: Final = re.compile(
    rf"\d{_B}+(?P<name>[{CAPITAL}][^\W\d_]*(?:{_B}+[{CAPITAL}][^\W\d_]*){{1,3}})$"
)
# A stamp: a day and a time of day ("13/08/2025 09:15", "06:45 | 27/10/2025").
_DAY_CLOCK: Final = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.*\d{1,2}:\d{2}|\d{1,2}:\d{2}.*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
)
_UNDER: Final = 2  # (lines under the headline where its credit line sits)
# What a box's rules may have taken a byline next to the stamp for.
_TAKEN: Final = frozenset(("related headline",))


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
        # (a stamp right under the headline that a menu's rule took for its bar, "X | 13/08/2025
        # 09:15 Name": still the article's credit line)
        under = 0 <= title < index <= title + _UNDER and bool(_DAY_CLOCK.search(line.text))
        if (line.reason == "timestamp" or under) and index > title and not found.author:
            _offer_stamped_name(line.text, found)
        if line.reason != "timestamp":
            continue
        for near in (index - 1, index + 1):
            if not title < near < len(lines):
                continue
            if lines[near].kept and signs(lines[near], found):
                lines[near].reason = "byline"
            elif (
                (lines[near].kept or lines[near].reason in _TAKEN)
                and not found.author
                and initialled(lines[near].text)
            ):
                found.offer_author(lines[near].text.strip())
                lines[near].reason = "byline"


def _offer_stamped_name(text: str, found: Found) -> None:
    """The writer named before the stamp on its line ("Thu Trang 06:45 | 27/10/2025") or after it
    ("X | 13/08/2025 09:15 Thu Trang")."""
    name = stamped_writer(text)
    if name:
        found.offer_author(name)


def stamped_writer(text: str) -> str:
    """The writer a line names beside its stamp (see :func:`_offer_stamped_name`), or ""."""
    text = text.strip()
    match = _NAME_STAMP.match(text) or _STAMP_NAME.search(text)
    # (no day's words: "Tue Oct 28 2025 - 05:00" opens on its weekday and month)
    dated = (
        any(match.start("name") <= d.pos < match.end("name") for d in find_dates(text))
        if match
        else False
    )
    if match and not dated and not _WEEKDAY.match(match["name"]) and byline(match["name"], Found()):
        return match["name"]
    return ""


__all__ = ["mark_stamp_bylines", "stamped_writer", "yearless_stamp"]
