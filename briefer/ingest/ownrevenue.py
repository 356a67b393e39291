"""What a foreign country or its own firm earned is its own figure, no pair's (pure).

Background on a partner tells its earnings: "Kênh đào Suez mang lại cho Ai Cập khoảng 4 tỷ
USD doanh thu", "Năm tài khóa 2025, Kênh đào Panama mang lại doanh thu gần 5,7 tỷ USD cho
ngân sách nước này", "Tập đoàn OCP của Maroc … đạt doanh thu khoảng 9,1 tỷ USD", "Morocco's
phosphate group OCP reported revenue of MAD 48 billion". The amount's clause tells a revenue
(the amount itself, or its companions: the year before's level "so với mức hơn 9 tỷ USD", the
ships that paid it "với hơn 13.000 lượt tàu"), the sentence names a foreign country and
neither Việt Nam nor the two sides: no figure of the pair.

Kept: a revenue with no country named ("Vietsovpetro … đem lại doanh thu hơn 86 tỷ USD", a
joint venture of the pair), one a firm earns in a country ("doanh thu của X tại Mozambique":
maybe a Vietnamese investor's, told by place), and any sentence naming Việt Nam.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.rxparts import BOTH_SIDES, HOME_NAME, WORD_END, WORD_START

_REVENUE: Final = re.compile(
    r"(?<![^\W\d_])(?:doanh\s+thu|nguồn\s+thu|revenues?)(?![^\W\d_])", re.IGNORECASE
)
# The home side, the two sides, or a place where someone earns: then it may be the pair's.
_PAIRED: Final = re.compile(
    rf"{WORD_START}(?:{HOME_NAME}|{BOTH_SIDES}|(?:doanh\s+thu|revenues?)\s+(?:tại|ở|in)"
    rf"|(?:tại|ở)\s+thị\s+trường){WORD_END}",
    re.IGNORECASE,
)
# A country named as the place of the takings: "… tại Peru", "… in Peru".
_AT_PLACE: Final = re.compile(r"(?<![^\W\d_])(?:tại|ở|in)\s+$", re.IGNORECASE)


def own_revenue(sentence: str, clause: tuple[int, int]) -> bool:
    """Whether ``clause`` (an amount's clause, between semicolons) of ``sentence`` tells a
    revenue, in a sentence naming a foreign country and nothing of the pair."""
    start, end = clause
    if _REVENUE.search(sentence, start, end) is None or _PAIRED.search(sentence):
        return False
    named = find_countries(sentence)
    if any(_AT_PLACE.search(sentence, 0, m.start) for m in named):
        return False  # (earned in a country: a firm's takings there, maybe a Vietnamese one's)
    return bool(named) and all(m.code != HOME for m in named)


__all__ = ["own_revenue"]
