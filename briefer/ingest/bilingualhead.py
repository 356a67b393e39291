"""A header row that names the publishing body twice: in its own language in capitals, then
in English ("NARODNA BANKA X | National Bank of X", "KAMER X | Chamber of Commerce of X"),
or names it and then its parent, both in English ("X TRADE OFFICE IN Y | Ministry of Z"), or
a masthead in capitals giving the body's own name, a dash, then its English name in capitals
("THƯƠNG VỤ X TẠI Y - TRADE OFFICE OF X IN Y").

Owns the test for such a row and the name it gives: the English cell, the name an English
text goes by (the first cell is the same body in a language the text is not written in);
for a unit and its parent, the unit (:func:`unit_before_parent`); for a masthead in two
languages, its own name, the first (:func:`own_before_english`).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.rxparts import SMALL_WORDS

# An English body's name: capitalised words around a kind of body and "of" ("Chamber of
# Commerce and Industry of X", "Ministry of Economy", "X Investment Agency").
_BODY_EN: Final = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'-]*\s+(?:(?:and|of|for|the|&)\s+)*){0,6}?"
    r"(?:Chamber|Ministry|Agency|Office|Council|Institute|Association|Federation|Bureau"
    r"|Authority|Commission|Department|Bank|Union)"
    r"(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-Z][\w'-]*)*$"
)
_MAX_WORDS: Final = 12
# (the kinds of body above, as a capitals cell writes them)
_KIND_EN: Final = re.compile(
    r"\b(?:CHAMBER|MINISTRY|AGENCY|OFFICE|COUNCIL|INSTITUTE|ASSOCIATION|FEDERATION|BUREAU"
    r"|AUTHORITY|COMMISSION|DEPARTMENT|BANK|UNION)\b"
)


def english_body(first: str, second: str) -> str:
    """``second`` when a row's two cells are one body's name in capitals, then its English
    name; else ""."""
    first, second = " ".join(first.split()), " ".join(second.split())
    if not fur.is_upper(first) or len(first.split()) < 2 or re.search(r"\d", first + second):
        return ""
    if fur.is_upper(second) or len(second.split()) > _MAX_WORDS:
        return ""
    if _KIND_EN.search(first):
        # ("X TRADE OFFICE IN Y | Ministry of Z": a first cell naming an English kind of
        # body is no name in another language but another body, a unit before its parent)
        return ""
    return second if _BODY_EN.match(second) else ""


def unit_before_parent(first: str, second: str) -> str:
    """The first cell, cased as a name, when a row's two cells are an English unit in
    capitals ("X TRADE OFFICE IN Y") and then the English body it belongs to ("Ministry of
    Z"): the unit issues the page, as a department under its ministry does; else ""."""
    first, second = " ".join(first.split()), " ".join(second.split())
    if not fur.is_upper(first) or not _KIND_EN.search(first) or re.search(r"\d", first):
        return ""
    if fur.is_upper(second) or len(second.split()) > _MAX_WORDS or not _BODY_EN.match(second):
        return ""
    words = first.split()
    return " ".join(
        w.lower() if i and w.lower() in SMALL_WORDS else w[:1] + w[1:].lower()
        for i, w in enumerate(words)
    )


_NOT_ENGLISH: Final = re.compile(r"[^\x00-\x7f]")  # (a letter no English name spells)


def own_before_english(first: str, second: str) -> str:
    """The first half when a masthead's two halves in capitals are a body's own name in its
    language (a letter English has not, no English kind of body) and then its English name
    ("… OFFICE OF X IN Y"); else "" (a unit over its parent names two bodies, not one)."""
    first, second = " ".join(first.split()), " ".join(second.split())
    if not (fur.is_upper(first) and fur.is_upper(second)) or re.search(r"\d", first + second):
        return ""
    if _KIND_EN.search(first) or not _NOT_ENGLISH.search(first) or _NOT_ENGLISH.search(second):
        return ""
    words = len(first.split()), len(second.split())
    return first if _KIND_EN.search(second) and max(words) <= _MAX_WORDS and min(words) > 1 else ""


__all__ = ["english_body", "own_before_english", "unit_before_parent"]
