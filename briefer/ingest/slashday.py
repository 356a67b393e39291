"""A page's day written with numbers and slashes, settled by the page itself (pure).

"Published: 11/6/2025" is 11 June or 6 November depending on the writer's country; the same
page often writes the day again with the month's name in its dateline ("Lima, Nov. 6 (X).").
That written day settles the order: a day read one way round that the page's own
month-named day gives the other way round is swapped. A byline's stamp written year first
with slashes ("Name • 10:46, 2025/12/09") is the page's day when nothing else dated it. This
module owns :func:`settled_day` and :func:`year_first_day`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.ymd import MONTH_EN_RX, MONTHS_EN

_HEAD_LINES: Final = 20  # the page's head: its dateline, byline and stamp lines
_MONTHS: Final = {name[:3].casefold(): i for i, name in enumerate(MONTHS_EN, 1)}
# "Nov. 6", "November 6", "6 November" (the month's name in English)
_MON: Final = rf"{MONTH_EN_RX}(?![a-z])"  # (its dot, if any, in the group)
_NAMED: Final = re.compile(
    rf"\b(?:(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})\b"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MON}))"
)
_YEAR_FIRST: Final = re.compile(
    r"(?<![\d/])(20\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d/])"
)


def _named_days(text: str) -> set[tuple[int, int]]:
    """(month, day) of every day the text's head writes with an English month's name."""
    found: set[tuple[int, int]] = set()
    for line in text.splitlines()[:_HEAD_LINES]:
        for match in _NAMED.finditer(line):
            name = (match.group("mon") or match.group("mon2") or "").casefold()
            found.add((_MONTHS[name[:3]], int(match.group("day") or match.group("day2"))))
    return found


def settled_day(day: str, text: str) -> str:
    """``day`` (ISO) with its day and month swapped when the page's head writes it the other
    way round with the month's name and never as read; ``day`` otherwise."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return day
    month, number = int(day[5:7]), int(day[8:10])
    if number > 12 or number == month:
        return day
    named = _named_days(text)
    if (number, month) in named and (month, number) not in named:
        return f"{day[:4]}-{number:02d}-{month:02d}"
    return day


def year_first_day(text: str) -> str:
    """The first day the page's head writes year first with slashes ("2025/12/09"), ISO."""
    for line in text.splitlines()[:_HEAD_LINES]:
        match = _YEAR_FIRST.search(line)
        if match:
            year, month, day = match.groups()
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return ""


__all__ = ["settled_day", "year_first_day"]
