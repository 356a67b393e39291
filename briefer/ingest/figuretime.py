"""Whether a sentence tells a quantity, so that its bare year is the quantity's time (pure).

"Kinh tế X tăng trưởng 8,9% trong năm 2024", "X's economy shrank by 0.3% in 2024", "GDP
growth forecast for 2025 to 2%": the year (or the quarter, the run of years) dates a change
that is no figure of the pair — no event happened then. This module owns telling such a
quantity: a change in per cent. (A count is not one: "Năm 2024, liên doanh khai thác 3,1
triệu tấn dầu", "shipped 1.2 million tonnes of rice to X in 2024" are the pair's own work.)
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

_QUANTITY: Final = re.compile(
    # a change in per cent ("tăng trưởng 8,9%", "shrank by 0.3%"; a share held, "a 60% stake
    # … acquired in 2010", dates no change and leaves its year to the event)
    r"(?<![^\W\d_])(?:tăng|giảm|grow|grew|growth|shr[ai]nk|contract\w*|expand\w*|r[io]se"
    r"|fell|fall|declin\w*|increas\w*|decreas\w*)(?![^\W\d_])[^.;]{0,40}?"
    r"\d(?:[\d.,]*\d)?\s*(?:%|phần\s+trăm|per\s*cent|percent|percentage\s+points?)",
    re.IGNORECASE,
)


def tells_quantity(text: str) -> bool:
    """Whether ``text`` tells a change in per cent."""
    return _QUANTITY.search(text) is not None


def is_span_of_time(ref: DateRef) -> bool:
    """A year, or a run of months or years ("quý II/2025", "2025-2026"): the time a
    quantity is counted over, never a day an event happened on."""
    return ref.precision == "year" or (ref.start != ref.end and len(ref.start) == 7)


def bare_time(ref: DateRef, figures: bool) -> bool:
    """A date that is only a number's time when no event cue stands by it: beside the
    pair's figures a year; beside any other quantity a year or a run of months or years."""
    return ref.precision == "year" if figures else is_span_of_time(ref)


__all__ = ["bare_time", "is_span_of_time", "tells_quantity"]
