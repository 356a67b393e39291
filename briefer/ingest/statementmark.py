"""The outlet's mark that opens a lead, taken off a draft's statement (pure).

An outlet marks its own stories by opening the lead with its name and a dash ("<Name>
Online - Chiều 2/12, …", "<Name> điện tử - …", "(<Name>) - …", "AGENCY - …"). When the mark
is not bracketed the body keeps it (the lead's words as the page prints them), and so does
a candidate's quote, which must stay the source's exact words. The draft's statement is the
fact said plainly, though, and the mark is no part of the fact: this module owns
:func:`without_outlet_mark`, which gives the statement's text without it.

A mark is told by its shape, never by a list of the corpus's outlets: a name the outlet table
knows, a name followed by "Online" / "điện tử" / a web domain's ending, a short tag in
brackets, or a short word in capitals (an agency's initials, "ABC -"; a dispatch's place set
so, "CITY —", is the same label of the report, no part of the fact, and so is a city the
gazetteer knows in any case: "Rabat - Minister …", "Hà Nội – Chiều 2/12, …"); then a dash and
the sentence, which opens on a capital or a figure. "A - B" between two states, groups or
cities ("EU - Việt Nam …", "Hà Nội - Viêng Chăn …") is a pair, not a mark.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import count_countries
from briefer.ingest.found import is_city
from briefer.ingest.outletnames import known_outlet

_NAME_WORD: Final = r"[^\W\d_][\w.&+'’]*"
# the mark, a dash (spaced), then the sentence's first letter or figure
_MARK: Final = re.compile(
    rf"^(?P<mark>\((?P<tag>[^()]{{2,40}})\)|(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,5}}))"
    r"\s*[-–—]\s+(?=[^\W_a-zđ]|[\"“‘'])"
)
# "<Name> Online", "<Name> điện tử", "<Name>.vn", "<Name> News": how a site writes its name
_SITE_NAME: Final = re.compile(
    r"(?:\s(?:online|điện\s+tử|news|plus)|\.(?:vn|com|net|org|info)(?:\.\w{2})?)$", re.IGNORECASE
)
_INITIALS: Final = re.compile(r"^[A-ZĐ][A-ZĐ&.+]{1,9}$")  # "ABC", "KH&ĐS", "CITY"
_TAG_WORDS: Final = 4  # "(Tạp chí Kinh tế)": a bracketed tag is a name, no clause


def _outlet_shaped(name: str, bracketed: bool, rest: str) -> bool:
    if known_outlet(name) or _SITE_NAME.search(name):
        return True
    if count_countries(name):
        return False  # ("EU - …", "(Lào) - …": a state or a group of states, not an outlet)
    if is_city(name):
        # ("Hà Nội - Viêng Chăn …": a route or a pair of cities, not a dispatch's place)
        # (a state after it, city-state or not, is the sentence's subject: "HANOI — Singapore
        # and Vietnam …")
        heads = [" ".join(rest.split()[:n]) for n in (1, 2, 3)]
        return not any(is_city(h) and not count_countries(h) for h in heads)
    if _INITIALS.match(name):
        # ("ABC - Lào …": a pair's second side after the dash makes the first one a side)
        return not count_countries(" ".join(rest.split()[:3]))
    words = name.split()
    return bracketed and len(words) <= _TAG_WORDS and all(w[:1].isupper() for w in words)


def without_outlet_mark(text: str) -> str:
    """``text`` without the outlet's mark and dash that open it ("QĐND Online - Chiều 2/12,
    …" → "Chiều 2/12, …"); ``text`` itself when it opens on no such mark."""
    match = _MARK.match(text)
    if match is None:
        return text
    bracketed = match.group("tag") is not None
    name = " ".join((match.group("tag") or match.group("name")).split())
    rest = text[match.end() :]
    return rest if _outlet_shaped(name, bracketed, rest) else text


__all__ = ["without_outlet_mark"]
