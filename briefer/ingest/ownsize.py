"""A country's own size told on its own: no fact of the pair (pure).

Background on the partner often sums it up by its size: its population, its area, its GDP
("X có dân số khoảng 3 triệu người, GDP năm 2024 đạt khoảng 13 tỷ USD", "diện tích 51.100
km2, dân số khoảng 5 triệu người", "the economy, with a GDP of about $50 billion", a fact
sheet's "Dân số (2024): khoảng 10 triệu người"). The older keys hold none of these as a
fact: they describe one side, not something between the two. Such a sentence yields no
candidate when every figure in it is one of those size gauges (a year aside) and it names
neither Việt Nam nor the two sides nor any trade, investment or flow — "… có dân số 800.000
người nhưng nhập khẩu gần như toàn bộ hàng tiêu dùng" ties the size to the trade and is
kept, and a count of people helped or served ("cấp nước cho 60.000 người dân") is no size.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.rxparts import BOTH_SIDES, NAME_WORD, WORD_END, WORD_START

# An amount: digits, then a scale word.
_NUM: Final = r"\d[\d.,]*(?:\s*(?:triệu|tỷ|nghìn|ngàn|million|billion|trillion))?"
# Hedges and verbs between a gauge and its amount: "ước đạt khoảng", "of about".
_HEDGE: Final = (
    r"(?:(?:khoảng|hơn|trên|gần|chỉ|ước|đạt|ước\s+tính|about|around|some|nearly|over"
    r"|more\s+than|of|at|was|is|reached|stood\s+at)\s+)*"
)
# The gauge's year, bare or in brackets: "GDP năm 2024", "Dân số (2024)", "(năm 2025)".
_YEAR: Final = r"(?:\s*\(?(?:năm\s+|in\s+)?(?:19|20)\d\d\)?)?"
_SIZE: Final = re.compile(
    # population: "dân số khoảng 1,6 triệu người", "a population of about 330,000"
    rf"{WORD_START}(?:(?:quy\s+mô\s+)?dân\s+số(?-i:\s+(?:của\s+)?{NAME_WORD}(?:[\s-]{NAME_WORD}){{0,3}})?"
    rf"|population){_YEAR}\s*:?\s*{_HEDGE}{_NUM}"
    rf"(?:\s*(?:người|dân|inhabitants|people))?{_YEAR}"
    # GDP's level (and its growth told right after it): "GDP năm 2024 đạt khoảng 47 tỷ USD,
    # tăng trưởng 6,7%", "quy mô GDP khoảng 50 tỷ USD", "GDP của X năm 2024 …"
    rf"|{WORD_START}(?:quy\s+mô\s+)?(?:GDP|tổng\s+sản\s+phẩm\s+quốc\s+nội(?:\s+\(GDP\))?)"
    rf"(?:\s+của\s+[^\W\d_][^,.;\d]{{0,30}}?)?{_YEAR}\s*:?\s*{_HEDGE}(?:US\$|\$)?\s*{_NUM}"
    rf"\s*(?:USD|đô\s+la\s+Mỹ|US\s+dollars|dollars)?{_YEAR}"
    rf"(?:\s*[,;]\s*tăng\s+trưởng\s+{_HEDGE}[\d.,]+\s*%)?"
    # area: "diện tích 9.251 km²", "an area of 51,100 square kilometres"
    rf"|{WORD_START}(?:diện\s+tích|area)\s*:?\s*{_HEDGE}{_NUM}\s*(?:km2|km²|km\s+vuông"
    r"|square\s+kilomet(?:re|er)s)",
    re.IGNORECASE,
)
# Its rank beside its size: "nền kinh tế lớn thứ 3 châu Phi với dân số …", "…; là nước sản
# xuất urani lớn thứ 3 thế giới" (read only beside a size: "thị trường khách lớn thứ 3 của
# tỉnh" alone is the pair's).
_RANK: Final = re.compile(rf"{WORD_START}(?:lớn|đông\s+dân)\s+thứ\s+\d+{WORD_END}")
# What ties a size to the pair: the two sides, or any trade, investment or flow.
_TIES: Final = re.compile(
    rf"{WORD_START}(?:{BOTH_SIDES}|xuất\s+khẩu|nhập\s+khẩu|kim\s+ngạch|thương\s+mại|đầu\s+tư"
    rf"|exports?|imports?|trade|invest\w*|shipments?){WORD_END}",
    re.IGNORECASE,
)
_YEAR_ONLY: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def own_size(text: str) -> bool:
    """Whether ``text`` tells only a country's own population, area or GDP level, with
    nothing that ties it to the pair."""
    if _TIES.search(text) or not _SIZE.search(text):
        return False
    if any(m.code == HOME for m in find_countries(text)):
        return False
    rest = _YEAR_ONLY.sub(" ", _RANK.sub(" ", _SIZE.sub(" ", text)))
    return not any(ch.isdigit() for ch in rest)  # (every figure a size gauge's)


__all__ = ["own_size"]
