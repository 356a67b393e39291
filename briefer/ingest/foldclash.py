"""Words that fold into a verb of travel: "sáng tạo" (creative), "đền" (temple), "thẩm định"
(appraisal) lose their tone marks in :func:`briefer.domain.folded.pattern_fold` and read as
"sang" (go over to), "đến" (come to), "thăm" (visit).

The visit rules match folded text, so "Bộ Kinh tế, Văn hóa và Đổi mới sáng tạo Albania"
became a visit "sang … Albania" and turned an incoming delegation round. Such words are
masked before the rules look; a verb written as the verb is left alone (so is unaccented
text, where the tone marks are missing for every word alike).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# The verbs of travel the folded rules look for, as they are spelled.
_VERBS: Final = frozenset({"sang", "đến", "thăm"})
_FOLDED: Final = frozenset({"sang", "den", "tham"})
_WORD: Final = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])")


def _fold(word: str) -> str:
    bare = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def mask_clashes(text: str) -> str:
    """``text`` with every word that folds to "sang", "den" or "tham" but is spelled
    otherwise (with other tone marks) replaced by as many "x" (same length)."""

    def mask(m: re.Match[str]) -> str:
        word = m.group()
        if (
            word.isascii()
            or word.casefold() in _VERBS
            or _fold(word) not in ("sang", "den", "tham")
        ):
            return word
        return "x" * len(word)

    return _WORD.sub(mask, text)
