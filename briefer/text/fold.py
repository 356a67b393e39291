"""Search folding: the accent-insensitive, đ-aware form that the FTS5 shadow columns hold.

Owns: :func:`fold` (case, tone marks, vowel marks, đ/Đ/Ð/ð → d, compatibility forms),
:func:`fold_with_map` (the same, with a map back to the original text for highlighting)
and :func:`tokens` (the folded words of a query).

The fold is defined one character at a time, so ``fold(a + b) == fold(a) + fold(b)``
(apart from ``"\\r\\n"``, which folds to one ``"\\n"`` as :func:`~briefer.text.normalize.normalize`
does). That is what makes :func:`fold_with_map` exact, and ``fold(normalize(x)) == fold(x)``
hold: NFC only composes characters whose marks the fold drops anyway.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from briefer.text.normalize import PRE_MAP

# Letters that carry no decomposition in Unicode but are "a letter plus a stroke" to a
# reader: people type them without it. đ is the one that matters (SQLite's unicode61
# leaves it alone); the others keep names like "Ørsted" or "Łódź" findable the same way.
_EXTRA: Final[dict[str, str]] = {
    "đ": "d",
    "ð": "d",  # eth, the look-alike seed 000 uses for đ
    "ɖ": "d",
    "ø": "o",
    "ł": "l",
    "ħ": "h",
    "ŧ": "t",
    "ı": "i",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
}
_MAX_ROUNDS: Final = 4


def _is_mark(char: str) -> bool:
    # Nonspacing and enclosing marks are the accents; anything with a nonzero combining
    # class is positioned over its base too. Spacing marks (Mc: Indic vowel signs) are
    # part of the letter and stay.
    return unicodedata.combining(char) != 0 or unicodedata.category(char) in ("Mn", "Me")


def _fold_step(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not _is_mark(c)).casefold()
    return "".join(_EXTRA.get(c, c) for c in bare)


def fold_char(char: str) -> str:
    """The folded form of one character (may be empty or longer than one character)."""
    folded = PRE_MAP.get(ord(char), char)
    if char == "\r":
        folded = "\n"
    # casefold() can yield a fresh combining mark ("İ" → "i" + U+0307), so repeat until
    # nothing changes: every character of the result then folds to itself, which is what
    # makes fold() idempotent.
    for _ in range(_MAX_ROUNDS):
        step = _fold_step(folded)
        if step == folded:
            break
        folded = step
    return folded


class _FoldTable(dict[int, str]):
    """A str.translate() table that fills itself: each character is folded on first sight."""

    def __missing__(self, key: int) -> str:
        value = fold_char(chr(key))
        self[key] = value
        return value


# Filled as characters are met (each folded once per process): building the common blocks
# up front (~1,000 characters) cost every process that loads this module ~2 ms, and most
# (`pairs`, `facts`, exports) never fold anything.
_TABLE: Final = _FoldTable()
_WORD: Final = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Fold ``text`` for search: ``fold("Ðoàn Lương Cường") == "doan luong cuong"``.

    Lower case (full case folding: "ß" → "ss"), every combining mark removed (tone marks and
    vowel marks alike: "ừ" → "u", "ộ" → "o"), đ/Đ/Ð/ð → "d", compatibility characters
    replaced (NFKD: "ﬁ" → "fi", "²" → "2"), invisible characters dropped, odd spaces made
    plain and line ends made ``\\n``. The output may be shorter or longer than the input;
    use :func:`fold_with_map` to map positions back.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if text.isascii():
        # Fast path for English and for already-folded text; translate() maps "\r" too.
        return text.lower() if "\r" not in text else text.translate(_TABLE)
    return text.translate(_TABLE)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index in ``text`` it came from.

    A match ``folded[a:b]`` covers ``text[index[a] : index[b - 1] + 1]`` in the original.
    """
    table = _TABLE
    parts: list[str] = []
    index: list[int] = []
    last = len(text) - 1
    for i, char in enumerate(text):
        if char == "\r" and i < last and text[i + 1] == "\n":
            continue  # "\r\n" folds to the "\n" alone
        folded = table[ord(char)]
        if len(folded) == 1:
            parts.append(folded)
            index.append(i)
        elif folded:
            parts.append(folded)
            index.extend([i] * len(folded))
    return "".join(parts), index


def tokens(text: str) -> list[str]:
    """The folded words of ``text`` (runs of letters and digits), e.g. to build an FTS query.

    Everything else separates words, as in SQLite's unicode61 tokenizer: "Việt Nam-Chile"
    gives ``["viet", "nam", "chile"]`` and "1,3" gives ``["1", "3"]``.
    """
    return _WORD.findall(fold(text))


__all__ = ["fold", "fold_char", "fold_with_map", "tokens"]
