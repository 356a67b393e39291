"""A text's bare year against the day a saved page shows (pure).

The text readers may date a page by a year alone: the year a figure covers ("trade reached
US$86 million in 2025"), an outlet's founding year in its foot ("since 1995"). A saved web
page's markup showing a full day (its byline's stamp, a <time> element) dates the page
itself: a year alone is no rival to it, whatever year it names.

A year alone is also a floor: a page reporting "trade reached … in 2024" is written in 2024
or after, so a stamp's day of a later year refines it as one of that year does
(:func:`refines`).

This module owns :func:`day_over_year` and :func:`refines`.
"""

from __future__ import annotations

import re
from typing import Final

_YEAR: Final = re.compile(r"^\d{4}$")
_DAY: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def day_over_year(text_day: str, shown_day: str) -> str:
    """``shown_day`` (a full ISO day the page shows) when the text dates the page by a bare
    year only; ``text_day`` otherwise."""
    return shown_day if _YEAR.match(text_day) and _DAY.match(shown_day) else text_day


def refines(day: str, told: str) -> bool:
    """Whether a day a page's stamp gives stands over the date the text told: one of its
    year (or month), or a later full day over a bare year."""
    later = len(told) == len("2025") and len(day) == len("2025-01-01") and day[:4] > told
    return day.startswith(told) or later
