"""A header row that names the publishing body twice: in its own language in capitals, then
in English ("NARODNA BANKA X | National Bank of X", "KAMER X | Chamber of Commerce of X").

Owns the test for such a row and the name it gives: the English cell, the name an English
text goes by (the first cell is the same body in a language the text is not written in).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur

# An English body's name: capitalised words around a kind of body and "of" ("Chamber of
# Commerce and Industry of X", "Ministry of Economy", "X Investment Agency").
_BODY_EN: Final = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'-]*\s+(?:(?:and|of|for|the|&)\s+)*){0,6}?"
    r"(?:Chamber|Ministry|Agency|Office|Council|Institute|Association|Federation|Bureau"
    r"|Authority|Commission|Department|Bank|Union)"
    r"(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-Z][\w'-]*)*$"
)
_MAX_WORDS: Final = 12


def english_body(first: str, second: str) -> str:
    """``second`` when a row's two cells are one body's name in capitals, then its English
    name; else ""."""
    first, second = " ".join(first.split()), " ".join(second.split())
    if not fur.is_upper(first) or len(first.split()) < 2 or re.search(r"\d", first + second):
        return ""
    if fur.is_upper(second) or len(second.split()) > _MAX_WORDS:
        return ""
    return second if _BODY_EN.match(second) else ""


__all__ = ["english_body"]
