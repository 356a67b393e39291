"""A figure one party owns alone, told beside the pair's (pure): no fact of the pair.

- one side's own total, with no other end: "tổng kim ngạch xuất khẩu của tỉnh X đạt 1,5 tỷ
  USD", "Bangladesh's total export earnings rose to US$48.3 billion" (a province's or a
  country's trade with the whole world; its trade with the partner is told apart: "…; xuất
  khẩu của tỉnh sang Kazakhstan …");
- the whole country's or province's total, named as the whole: "Tổng kim ngạch xuất nhập
  khẩu cả nước 9 tháng đạt …", "kim ngạch xuất khẩu toàn tỉnh ước đạt …" (no end but the
  world, whatever partner the article is about);
- a foreign investor's stake in a third country: "Spanish direct investment in Mexico
  exceeds EUR 70 billion" (the investor named, the place invested in foreign too).

Filing either under the article's pair would put a world or a third country's figure in the
pair's brief.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.flowside import FROM, TOWARD

# "tổng kim ngạch xuất khẩu của tỉnh X đạt", "Bangladesh's total export earnings rose to":
# a total, then whose, then the verb that gives it (the words up to the amount).
_OWN_TOTAL: Final = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+(?:kim\s+ngạch\s+|giá\s+trị\s+)?(?:xuất\s+khẩu|nhập\s+khẩu"
    r"|xuất\s+nhập\s+khẩu|thương\s+mại\s+quốc\s+tế|ngoại\s+thương)(?:\s+hàng\s+hóa)?\s+của"
    r"\s+[^,;]{2,50}?"
    r"|[A-Z][\w'’ -]{1,40}?['’]s\s+total\s+(?:merchandise\s+|goods\s+)?(?:export|import)s?"
    r"(?:\s+(?:earnings|revenues?|receipts|turnover))?"
    # (a country's trade with the world: "Turkmenistan's foreign trade turnover in the first
    # nine months of 2025 exceeded …", "X's non-oil foreign trade hit …", "tổng kim ngạch
    # thương mại quốc tế của X …": international, foreign, the world's the other end)
    r"|[A-Z][\w'’ -]{1,40}?['’]s\s+(?:total\s+)?(?:non-[\w-]+\s+)?(?:foreign|external"
    r"|overall)\s+trade"
    r"(?:\s+(?:turnover|volume))?(?:\s+in\s+[^,;]{3,40}?)?)"
    r"\s+(?:(?:đã|ước|năm\s+\d{4})\s+)*(?:đạt|là|tăng|giảm|rose|fell|reached|stood|totall?ed"
    r"|grew|hit|climbed|amounted|were|was|exceeded|topped|surpassed)\b[^,;]{0,30}\Z",
    re.IGNORECASE,
)
# "Tổng kim ngạch xuất nhập khẩu cả nước 10 tháng đạt", "kim ngạch xuất khẩu toàn tỉnh ước
# đạt": the owner is the whole itself (a period may stand before the verb; the amount's
# own text may begin at "ước đạt").
_WHOLE_TOTAL: Final = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+)?(?:kim\s+ngạch|giá\s+trị)\s+(?:xuất\s+khẩu|nhập\s+khẩu"
    r"|xuất\s+nhập\s+khẩu)(?:\s+hàng\s+hóa)?\s+(?:của\s+)?(?:cả\s+nước|toàn\s+(?:quốc|tỉnh"
    r"|thành\s+phố))(?![^\W\d_])(?:[^,;]{0,30}?\s(?:đạt|là|tăng|giảm)\b[^,;]{0,30}?)?\s*\Z",
    re.IGNORECASE,
)
_RESTATED: Final = re.compile(r"\d[^,;()\d]{0,40}\(\s*\Z")
# (a flow's other end or a pair in the words: "… của Việt Nam sang Chile", "with Chile")
_OTHER_END: Final = re.compile(
    r"(?<![^\W\d_])(?:với|giữa|hai\s+nước|song\s+phương|with|between|bilateral)(?![^\W\d_])",
    re.IGNORECASE,
)
# "Spanish direct investment in Mexico", "Japanese investments in Thailand"
_INVESTED_IN: Final = re.compile(
    r"(?P<investor>[A-Z][\w'’-]+)\s+(?:(?:foreign\s+)?direct\s+|total\s+)?investments?"
    r"\s+(?:in|into)\s+(?P<place>[A-Z][\w'’ -]{1,30}?)\s+(?:\w+\s+){0,2}?\Z"
)


def own_total(before: str) -> bool:
    """Whether ``before`` (a figure's clause up to its amount) gives one side's own total
    trade, with no other end named."""
    # (an amount told again in brackets, in another currency, is the total's own: "… hit a
    # record 1.7 trillion dirhams ($463 billion)")
    before = _RESTATED.sub("", before)
    if not (_OWN_TOTAL.search(before) or _WHOLE_TOTAL.search(before)):
        return False
    if _OTHER_END.search(before):
        return False
    # (a country the flow goes to or comes from: "… của tỉnh sang Kazakhstan")
    return not any(
        TOWARD.search(before[: m.start]) or FROM.search(before[: m.start])
        for m in find_countries(before)
    )


def third_country_stake(before: str) -> bool:
    """Whether ``before`` gives a foreign investor's investment in another foreign country."""
    found = _INVESTED_IN.search(before)
    if found is None:
        return False
    investor = find_countries(found.group("investor"))
    place = find_countries(found.group("place"))
    if not investor or not place:
        return False
    codes = {investor[0].code, place[0].code}
    return HOME not in codes and len(codes) == 2


def owned_alone(before: str) -> bool:
    """Either kind of figure no pair owns."""
    return own_total(before) or third_country_stake(before)


__all__ = ["own_total", "owned_alone", "third_country_stake"]
