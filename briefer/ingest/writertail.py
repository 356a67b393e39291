"""What a byline's writer slot holds beside or instead of a person's name (pure).

Five shapes met in a page's author markup that read like a name and are not one:

- a social handle after the name and post ("Jane Roe, Foreign Editor @janeroe"): the
  writer's account, no part of the name (the post before it is cut by ``bare_name``);
- the site's address after a comma ("Jane Roe, Delfi.lt"): the outlet the writer works for,
  written as its domain; a second name after a comma ("Roe, Jane") has no dot and stays;
- an agency's credit codes joined by slashes ("VNA/VNP", "TTXVN/VNP"): short initials, one
  of them an outlet the tables know; no person at all;
- two places or more where the name would be ("Vienna/Hanoi", "Paris Lima"): the places a
  story was filed from, every part a country or a city the gazetteer knows (two cities where
  only a space parts them: "Jordan Paris" may be a person). A person whose given name is a
  city's ("Florence Moreau") has a part that is no place and stays;
- a body's name with its seat after it ("Swiss Embassy Jakarta", "Regional Office Nairobi"):
  a unit's noun, then a place; no person.

This module owns :func:`without_tail`, :func:`agency_codes`, :func:`places_only` and
:func:`unit_at_place`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import country_of_name
from briefer.ingest.metadata import UNIT_NAME
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.placename import is_place

# "@janeroe" at the end: a social account's handle.
_HANDLE: Final = re.compile(r"\s+@[\w.]+$")
# ", Delfi.lt", ", ABC.net.au": a site's address after the name (a dot, then a top domain).
_SITE_AFTER: Final = re.compile(r",\s*[^\W_][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,4}$")
_CODE: Final = re.compile(r"[^\W\d_]{2,5}")


def without_tail(name: str) -> str:
    """The name without a handle or a site's address trailing it ("Jane Roe @janeroe",
    "Jane Roe, Delfi.lt" → "Jane Roe"); any other name as given."""
    bare = " ".join(name.split())
    while True:
        cut = _SITE_AFTER.sub("", _HANDLE.sub("", bare)).rstrip(" ,")
        if cut == bare or not cut:
            return bare
        bare = cut


def agency_codes(name: str) -> bool:
    """Whether a credit is an agency's codes joined by slashes ("VNA/VNP"): each part one
    short word, one of them an outlet the tables know."""
    parts = [p.strip() for p in name.split("/")]
    return (
        len(parts) >= 2
        and all(_CODE.fullmatch(p) for p in parts)
        and any(known_outlet(p) for p in parts)
    )


def places_only(name: str) -> bool:
    """Whether a credit is two places or more and nothing else ("Vienna/Hanoi", "Paris
    Lima"): split at slashes, or else at one space between two places."""
    bare = " ".join(name.split())
    if "/" in bare:
        parts = [p.strip() for p in bare.split("/")]
        return len(parts) >= 2 and all(p and is_place(p) for p in parts)
    words = bare.split()
    # (at a space, two cities: a country's name is a given name too often — "Jordan",
    # "Georgia", "Chad" — for "Georgia Washington" to be two places)
    return any(
        all(is_place(part) and not country_of_name(part) for part in (head, tail))
        for cut in range(1, len(words))
        for head, tail in [(" ".join(words[:cut]), " ".join(words[cut:]))]
    )


_SEAT_WORDS: Final = 3


def unit_at_place(name: str) -> bool:
    """Whether a credit is a body's name with its seat after it ("Swiss Embassy Jakarta"):
    the words before the place end on a unit's noun (an embassy, an office, a ministry)."""
    words = " ".join(name.split()).split()
    return any(
        is_place(" ".join(words[-size:])) and UNIT_NAME.search(" ".join(words[:-size]))
        for size in range(1, min(_SEAT_WORDS, len(words) - 1) + 1)
    )


__all__ = ["agency_codes", "places_only", "unit_at_place", "without_tail"]
