"""A visit "to the country": the destination told by a pronoun-like noun, not a name.

Owns :func:`anaphor_side`. "Portugal's foreign minister …, on an official visit to the
country, …" names the host only as "the country" — the one the sentence's subject is not
from. The visitor is read from the sentence's first clause (its subject: "Portugal's
foreign minister", "The Vietnamese delegation"); when that clause names exactly one of the
two sides, the visit went to the other one. Pure; :mod:`briefer.ingest.visitdirection`
asks it last, when nothing names the destination.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.rules import INBOUND, OUTBOUND
from briefer.ingest.countries import HOME, find_countries

# A visit, trip or tour "to the country" / "to this country" (the host unnamed).
_TO_THE_COUNTRY: Final = re.compile(
    r"(?<![^\W\d_])(?:visit|trip|tour|mission)s?\s+to\s+(?:the|this)\s+country(?![^\W\d_])",
    re.IGNORECASE,
)
# The first clause: up to the first comma, semicolon or "said"/"told" (the subject's end).
_FIRST_CLAUSE: Final = re.compile(r"^[^,;:]*?(?=,|;|:|\s(?:said|says|told)\b|$)")


def anaphor_side(text: str, partner: str) -> str:
    """ "inbound" / "outbound" for a visit "to the country" whose subject names one side."""
    visit = _TO_THE_COUNTRY.search(text)
    if visit is None:
        return ""
    clause = _FIRST_CLAUSE.match(text[: visit.start()])
    named = {m.code for m in find_countries(clause.group())} if clause else set()
    if named == {partner}:
        return INBOUND
    if named == {HOME}:
        return OUTBOUND
    return ""


__all__ = ["anaphor_side"]
