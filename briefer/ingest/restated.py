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
# A figure told again needs fewer words: its reading (pair, metric, period, value) is the
# same too, and all its words must be in the fuller sentence.
_MIN_FIGURE_WORDS: Final = 4


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


def restated_figures(spans: Sequence[tuple[int, int, str, object]]) -> set[int]:
    """The indexes of the figures among ``spans`` (start, end, quote, reading: pair, metric,
    period, value; None for no figure) that a longer quote elsewhere with the same reading
    tells again in all its words: a standfirst's "Bilateral trade reached $86 million in
    2025." above "X noted that bilateral trade between A and B reached $86 million in 2025,
    …". The same figure is kept once, and the fuller telling names the pair."""
    words = [_words(quote) for _, _, quote, _ in spans]
    dropped: set[int] = set()
    for i, (start, end, quote, reading) in enumerate(spans):
        if reading is None or len(words[i]) < _MIN_FIGURE_WORDS:
            continue
        for j, (other_start, other_end, other, again) in enumerate(spans):
            if j == i or again != reading or len(other) <= len(quote):
                continue
            if not (other_start < end and start < other_end) and words[i] <= words[j]:
                dropped.add(i)
                break
    return dropped


__all__ = ["restated", "restated_figures"]
