"""Claims told twice (pure): a lead or a summary that restates, in fewer words, a sentence
found elsewhere in the same text ("Đại sứ X mong muốn kết nối A với B." above "Đại sứ X
cho biết …, đồng thời mong muốn thúc đẩy kết nối giữa A và B - …"). The fuller telling is
the one to cite; the shorter adds nothing a brief would use."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

_WORD: Final = re.compile(r"[^\W\d_]+")
# A restatement is a sentence, not a phrase: fewer words share too much by chance.
_MIN_WORDS: Final = 8
# The share of a statement's words the fuller sentence must hold (an outlet's tag, a
# joining word or two may differ).
_SHARED: Final = 0.85


def _words(quote: str) -> frozenset[str]:
    return frozenset(_WORD.findall(quote.casefold()))


def restated(spans: Sequence[tuple[int, int, str, bool]]) -> set[int]:
    """The indexes of the statements among ``spans`` (start, end, quote, is a statement)
    whose words another, longer quote elsewhere in the text (not overlapping) holds."""
    words = [_words(quote) for _, _, quote, _ in spans]
    dropped: set[int] = set()
    for i, (start, end, quote, statement) in enumerate(spans):
        if not statement or len(words[i]) < _MIN_WORDS:
            continue
        for j, (other_start, other_end, other, _) in enumerate(spans):
            if j == i or len(other) <= len(quote) or (other_start < end and start < other_end):
                continue
            if len(words[i] & words[j]) >= _SHARED * len(words[i]):
                dropped.add(i)
                break
    return dropped


__all__ = ["restated"]
