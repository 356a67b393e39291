"""An organisation's name, then its street address, on one line (pure): a publisher's imprint.

A page's foot (a pasted page's last lines, a printed bulletin's back) often names who
publishes it and where it sits: "Northshore Information Bureau. 14b Harbour View Road,
Port Elin 3.", "Institut X, 12 rue des Lilas, 75011 Paris, tel. …". Such a line is no
article text, and its name is a claim of the outlet. An article sentence that mentions an
address reads on in words of its own before it ("The talks took place at the Ministry, 5
Main Street"): the name must be a name alone, every word capitalised but its joining words
(or a Vietnamese body's name, its kind first).

This module owns :func:`addressed_name`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outlet_table import BODY_KIND

# Where a name may end: a stop, a comma or a dash, then a space.
_END: Final = re.compile(r"(?:\.|,|\s[–—-])\s+")
_NAME_CHARS: Final = 90
# "58a Half Way Tree Road", "No. 5 Kim Ma Street", "P.O. Box 1204", "Số 12 phố Y": a house
# number (or a post box) then capitalised words: the street.
_STREET: Final = re.compile(
    r"^(?:(?:No\.?|Số)\s*)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?,?\s+(?:phố\s+|đường\s+)?"
    r"[^\W\d_]|^P\.?\s?O\.?\s+Box\s+\d",
    re.IGNORECASE,
)
# A name's joining words, in lower case inside it (English, French, Spanish, Portuguese).
_JOINERS: Final = "of and the for in on at to de du des la le les et y del da do dos das e"
_JOINING: Final = frozenset(re.findall(r"\w+", _JOINERS))
_JOINING_MARKS: Final = _JOINING | {"&", "+"}
_STREET_WORDS: Final = _JOINING | {"no", "số", "phố", "đường", "rue", "calle", "avenida", "via"}
# A building's name opening an address ("Wisma X, No. 28, Jalan Y", "Tower Z, 5 …"): where
# the body sits, not the body.
_BUILDING: Final = re.compile(
    r"^(?:Wisma|Menara|Tòa\s+nhà|Toà\s+nhà|Edificio|Immeuble)\b"
    r"|\b(?:Tower|Building|Bldg\.?|House|Plaza|Complex)$",
    re.IGNORECASE,
)
_NAME_WORDS: Final = 12
_REST_PARTS: Final = 2  # (a street, then its town: "…, Kingston 10")


def _name_shape(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= _NAME_WORDS or any(ch.isdigit() for ch in name):
        return False
    if BODY_KIND.match(name.upper()):  # ("Cục Xúc tiến thương mại": a Vietnamese body, kind first)
        return True
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _JOINING_MARKS for w in words)


def _address(rest: str) -> bool:
    """A street address: a house number and street, then the town (capitalised words and
    numbers, perhaps a contact field after them)."""
    if not _STREET.match(rest):
        return False
    parts = [p.strip() for p in rest.rstrip(". ").split(",") if p.strip()]
    street_town = parts[:_REST_PARTS]
    return len(parts) >= _REST_PARTS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower().strip(".") in _STREET_WORDS
        for p in street_town
        for w in p.split()
    )


def addressed_name(line: str) -> str:
    """The organisation a line names before its street address ("" for any other line)."""
    text = " ".join(line.split())
    if not text[:1].isalpha():
        return ""
    for end in _END.finditer(text[: _NAME_CHARS + 3]):
        name, rest = text[: end.start()].strip(), text[end.end() :]
        if _name_shape(name) and _address(rest):
            return "" if _BUILDING.search(name) else name
    return ""


__all__ = ["addressed_name"]
