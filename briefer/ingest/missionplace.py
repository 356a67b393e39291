"""A diplomatic mission's name placed by the cell beside it (pure): "Embassy of X | Hanoi" is
the "Embassy of X in Hanoi".

A mission is named by the state it serves and the place it sits in; a bulletin's or a
page's top row often sets the two in cells of their own ("Embassy of X  |  City",
"Đại sứ quán X | Hà Nội"). When the first cell is a mission's name that says no place and the
other cell is a city the gazetteer knows and nothing more, the two are one name. Owns
:func:`mission_at`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import is_city

# "Embassy of X", "Consulate General of X", "Đại sứ quán X", "Tổng Lãnh sự quán X": a mission.
_MISSION: Final = re.compile(
    r"^(?:(?:The\s+)?(?:Embassy|Consulate(?:[\s-]+General)?|Permanent\s+Mission)\s+of\s"
    r"|(?:Tổng\s+)?(?:Đại\s+sứ|Lãnh\s+sự)\s+quán\s)",
    re.IGNORECASE,
)
# A place already in the name: "… in Hanoi", "… tại Hà Nội", "…, Viet Nam".
_PLACED: Final = re.compile(r"\s(?:in|to|at|tại|ở)\s|,", re.IGNORECASE)
_NAME_WORDS: Final = 8
_PLACE_WORDS: Final = 4


def mission_at(first: str, second: str) -> str:
    """ "Embassy of X" and "Hanoi" → "Embassy of X in Hanoi" ("tại" after a Vietnamese
    name); "" unless the first is a mission's name without a place and the second a city."""
    first, second = " ".join(first.split()), " ".join(second.split())
    if (
        not _MISSION.match(first)
        or _PLACED.search(first)
        or len(first.split()) > _NAME_WORDS
        or not second
        or len(second.split()) > _PLACE_WORDS
        or not is_city(second)
    ):
        return ""
    # (an English name takes "in", a Vietnamese one "tại")
    joint = "in" if re.match(r"^[A-Za-z][A-Za-z\s-]*\sof\s", first) else "tại"
    return f"{first} {joint} {second}"


__all__ = ["mission_at"]
