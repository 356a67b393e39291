"""A diplomatic mission's name placed by the cell beside it (pure): "Embassy of X | Hanoi" is
the "Embassy of X in Hanoi".

A mission is named by the state it serves and the place it sits in; a bulletin's or a
page's top row often sets the two in cells of their own ("Embassy of X  |  City",
"Đại sứ quán X | Hà Nội"). When the first cell is a mission's name that says no place and the
other cell is a city the gazetteer knows and nothing more, the two are one name. A site's
name that runs the two together, the state's adjective first ("X-ian Embassy Viet Nam", "X-ese
Consulate-General Osaka"), is the same name with its "in" left out. Owns :func:`mission_at`
and :func:`mission_in`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import country_of_name
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


# "Australian Embassy Viet Nam", "Korean Consulate-General Da Nang": the sending state's
# adjective, the mission's kind, then its place with no "in" before it.
_RUN_ON: Final = re.compile(
    r"^(?P<name>(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Embassy|High\s+Commission"
    r"|Consulate(?:[\s-]+General)?|Trade\s+Office|Trade\s+Commission))\s+(?P<place>[A-Z].*)$"
)


def mission_in(name: str) -> str:
    """ "Australian Embassy Viet Nam" → "Australian Embassy in Viet Nam": a mission named with
    its place run on (a country or a city the tables know, nothing more); "" otherwise."""
    match = _RUN_ON.match(" ".join(name.split()))
    if match is None:
        return ""
    place = match["place"]
    if len(place.split()) > _PLACE_WORDS or not (country_of_name(place) or is_city(place)):
        return ""
    return f"{match['name']} in {place}"


__all__ = ["mission_at", "mission_in"]
