"""The date reader's Vietnamese month names written as words: "15 Tháng Mười Một 2025",
"ngày 3 tháng Giêng năm 2026", "Thứ Hai, 1 tháng Chạp, 2025" (a page's stamp in the
calendar's spelled-out form, as some CMSs localise it).

Owns these patterns only; :mod:`briefer.text.datepatterns` registers them with the others.
A month word is read only between a day and a year, since "tháng hai" and "ba tháng" are
as often counts of months ("hai tháng đầu năm") as names of one.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dateparts import DAY as _DAY
from briefer.text.dateparts import VI_NUMBERS, Atom, Pattern, registrar, word_alternation
from briefer.text.dateparts import YEAR as _YEAR
from briefer.text.dateparts import B as _B
from briefer.text.dateparts import L as _L
from briefer.text.dateparts import R as _R
from briefer.text.dateparts import int_group as _int
from briefer.text.dateparts import single as _single

# The months' names: the numbers as words, and "giêng" (January) and "chạp" (December);
# "năm" (May) is left to the form with "năm YYYY" after it, since "9 tháng năm 2024" is the
# first nine months of 2024 (read by the count pattern).
_VI_MONTH_WORDS: Final[dict[str, int]] = {**VI_NUMBERS, "giêng": 1, "chạp": 12}
_WORD: Final = word_alternation(_VI_MONTH_WORDS)

VI_WORD_PATTERNS: list[Pattern] = []
_pattern = registrar(VI_WORD_PATTERNS)


@_pattern(
    rf"{_L}(?:ngày{_B}+)?(?P<d>{_DAY}){_B}+tháng{_B}+(?P<m>{_WORD})(?![^\W\d_])"
    rf"(?:(?P<nam>{_B}+năm{_B}+)|{_B}*,{_B}*|{_B}+)(?P<y>{_YEAR}){_R}",
    ("tháng",),
)
def _day_month_word_year(match: re.Match[str], text: str) -> Atom | None:
    word = " ".join(match.group("m").casefold().split())
    if word == "năm" and not match.group("nam"):
        return None
    return _single(match, (_int(match, "y"), _VI_MONTH_WORDS[word], _int(match, "d")))


__all__ = ["VI_WORD_PATTERNS"]
