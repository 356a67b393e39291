"""A diplomatic mission's name placed by the cell beside it (pure): "Embassy of X | Hanoi" is
the "Embassy of X in Hanoi".

A mission is named by the state it serves and the place it sits in; a bulletin's or a
page's top row often sets the two in cells of their own ("Embassy of X  |  City",
"Đại sứ quán X | Hà Nội"). When the first cell is a mission's name that says no place and the
other cell is a city the gazetteer knows and nothing more, the two are one name. A site's
name that runs the two together, the state's adjective first ("X-ian Embassy Viet Nam", "X-ese
Consulate-General Osaka"), is the same name with its "in" left out; one that sets the city
after a comma, the state in its full style ("EMBASSY OF THE FEDERAL REPUBLIC OF X, HANOI"),
is the "Embassy of X in Hanoi" too; a letterhead that sets the host under the mission's name
in capitals, on a line of its own opening on "in" ("EMBASSY OF X" / "in the Republic of Y"),
names one mission on two lines. Owns :func:`mission_at`, :func:`mission_in`,
:func:`mission_comma` and :func:`mission_below`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import country_of_name
from briefer.ingest.found import is_city
from briefer.ingest.rxparts import SMALL_WORDS

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


# "the Islamic Republic of ", "the Federal Democratic Republic of ": a state's full style
# before its name (an adjective at least: "the Republic of Korea" is the name itself).
_STATE_STYLE: Final = re.compile(
    r"^the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Republic|Kingdom|Federation|Sultanate|State)\s+of\s+",
    re.IGNORECASE,
)


def _title_case(text: str) -> str:
    """ "EMBASSY OF THE X" → "Embassy of the X"; a name in mixed case stays as written."""
    if text != text.upper():
        return text
    words = text.lower().split()
    return " ".join(
        w if w in SMALL_WORDS and k else "-".join(p.capitalize() for p in w.split("-"))
        for k, w in enumerate(words)
    )


def mission_comma(cell: str) -> str:
    """ "EMBASSY OF THE ISLAMIC REPUBLIC OF X, HANOI" → "Embassy of X in Hanoi": a mission's
    name, a comma and the city it sits in (the state's full style cut to its name, a name
    in capitals cased as names are); "" for any other cell."""
    name, comma, place = " ".join(cell.split()).rpartition(",")
    if not comma or not name or "," in name:
        return ""
    name, place = _title_case(name.strip()), _title_case(place.strip())
    match = _MISSION.match(name)
    if match:
        state = name[match.end() :]
        bare = _STATE_STYLE.sub("", state)
        # (the style names the same state, when the tables know it in full: "the Islamic
        # Republic of X" is X)
        styled = country_of_name(re.sub(r"^the\s+", "", state, flags=re.IGNORECASE))
        if bare != state and country_of_name(bare) and styled in ("", country_of_name(bare)):
            name = name[: match.end()] + bare
    return mission_at(name, place)


__all__ = ["mission_at", "mission_comma", "mission_in"]


# "in the Republic of Y", "IN THE KINGDOM OF Y", "tại Cộng hòa Y": a line naming the host
_HOST_LINE: Final = re.compile(r"^(?:in|tại)\s+(?P<place>\S.*)$", re.IGNORECASE)


def mission_below(first: str, second: str) -> str:
    """ "EMBASSY OF X" over "in the Republic of Y" → "Embassy of X in the Republic of Y": a
    letterhead's mission in capitals, no place in it, and the line under it naming the
    country it sits in (one the tables know, with or without its style); "" otherwise."""
    first, second = " ".join(first.split()), " ".join(second.split())
    host = _HOST_LINE.match(second)
    if not host or not first.isupper() or not _MISSION.match(first) or _PLACED.search(first):
        return ""
    place = _title_case(host["place"]) if host["place"].isupper() else host["place"]
    bare = re.sub(r"^the\s+", "", _STATE_STYLE.sub("", place), flags=re.IGNORECASE)
    if not country_of_name(bare) or len(first.split()) + len(place.split()) > 2 * _NAME_WORDS:
        return ""
    name = _title_case(first)
    joint = "in" if re.match(r"^[A-Za-z][A-Za-z\s-]*\sof\s", name) else "tại"
    return f"{name} {joint} {place}"
