"""Partial ISO dates and periods: their bounds, a canonical spelling, the date a fact is about.

"2023", "2024-05", "1971-03-25" and "2024-01..2024-09" are the dates facts carry; the
rules compare them by the first and last day they cover.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from briefer.domain.model import Fact

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@lru_cache(maxsize=4096)
def date_bounds(text: str) -> tuple[date, date] | None:
    """First and last day covered by a partial ISO date ("2023", "2024-05", "1971-03-25")."""
    match = _PARTIAL.match(text.strip())
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
    except ValueError:
        return None
    return exact, exact


@lru_cache(maxsize=4096)
def period_bounds(text: str) -> tuple[date, date] | None:
    """First and last day of a period: a partial date or ``start..end`` ("2024-01..2024-09")."""
    text = text.strip()
    if ".." in text:
        start_text, _, end_text = text.partition("..")
        start, end = date_bounds(start_text), date_bounds(end_text)
        if start is None or end is None or start[0] > end[1]:
            return None
        return start[0], end[1]
    return date_bounds(text)


def normalize_period(text: str) -> str:
    """A canonical spelling so "2023-01..2023-12" and "2023" compare equal."""
    text = text.strip()
    bounds = period_bounds(text)
    if bounds is None:
        return text
    start, end = bounds
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return f"{start.year:04d}"
    month_last = calendar.monthrange(end.year, end.month)[1]
    same_month = (start.year, start.month) == (end.year, end.month)
    if same_month and start.day == 1 and end.day == month_last:
        return f"{start.year:04d}-{start.month:02d}"
    if start == end:
        return start.isoformat()
    return text


def fact_when(fact: Fact) -> str:
    """The date text a fact is about: its period, else its as-of date, else its event date."""
    return fact.period or fact.as_of or fact.event_date


def reference_end(fact: Fact) -> date | None:
    """The last day the fact speaks for (end of its period / as-of / event date)."""
    bounds = period_bounds(fact_when(fact))
    return bounds[1] if bounds else None


def reference_start(fact: Fact) -> date | None:
    bounds = period_bounds(fact_when(fact))
    return bounds[0] if bounds else None


def add_months(day: date, months: int) -> date:
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def completed_years(since: str, on: date) -> int | None:
    """Whole years from the partial date ``since`` to ``on`` ("1971-03-25", 2026-03-25 → 55)."""
    match = _PARTIAL.match(since.strip())
    if not match or date_bounds(since) is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2) or 0)
    day = int(match.group(3) or 0)
    years = on.year - year
    if month and (on.month, on.day if day else 99) < (month, day or 0):
        years -= 1
    return years


__all__ = [
    "add_months",
    "completed_years",
    "date_bounds",
    "fact_when",
    "normalize_period",
    "period_bounds",
    "reference_end",
    "reference_start",
]
