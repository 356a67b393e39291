"""A text's bare year against the day a saved page shows (pure).

The text readers may date a page by a year alone: the year a figure covers ("trade reached
US$86 million in 2025"), an outlet's founding year in its foot ("since 1995"). A saved web
page's markup showing a full day (its byline's stamp, a <time> element) dates the page
itself: a year alone is no rival to it, whatever year it names.

This module owns :func:`day_over_year`.
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
