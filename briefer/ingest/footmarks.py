"""Footnote marks glued to a figure: "đạt 96,5 triệu USD³.", "USD 1.2 billion²,".

A journal or a report numbers its sources with superscript digits right after the word they
source; read as part of the amount, the mark hides its currency ("USD³" is no unit). Marks
are blanked to spaces, so every offset into the text still holds. A superscript after a unit
of length or after a ten is an exponent, not a mark ("120 m²", "5 km²", "10⁹"), and stays.
"""

from __future__ import annotations

import re
from typing import Final

# (not after "m", "km", "cm", "mm", "dm" standing as a unit, an area's or a volume's exponent,
# nor after "10", a power: "10⁹")
_MARK: Final = re.compile(r"(?<!\bm)(?<!\b[kcmd]m)(?<!\b10)[¹²³⁰⁴⁵⁶⁷⁸⁹]+")


def unmark(text: str) -> str:
    """``text`` with footnote marks blanked (same length, same offsets)."""
    return _MARK.sub(lambda m: " " * len(m.group()), text)
