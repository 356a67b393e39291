"""The folded form of a statement that the rules' patterns are written against.

Lower case, no tone marks, đ/Đ/Ð → d, one space between words: "Thăm Đà Nẵng" and
"tham da nang" read the same to a visiting verb or a place name. For matching only, never
for display; search uses its own, character-exact fold (``briefer.text.fold``).
"""

from __future__ import annotations

import re
import unicodedata

_D_TABLE = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_SPACES = re.compile(r"\s+")


def pattern_fold(text: str) -> str:
    """Lower case, without tone marks, đ/Đ/Ð → d: for matching, never for display."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFD", text.translate(_D_TABLE)))
    return _SPACES.sub(" ", text.casefold())


__all__ = ["pattern_fold"]
