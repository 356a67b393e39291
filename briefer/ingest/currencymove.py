"""A sentence about a currency's own rate or value is market news, no fact of the pair (pure).

"Đồng rand dao động quanh mức 17,4 rand đổi 1 USD.", "Ethiopia đang thả nổi tỷ giá đồng birr
từ tháng 7/2024; đồng birr đã mất giá hơn 50% so với USD", "The rupee weakened to 84 per
dollar", "The country's currency has lost 30% against the euro since March": the subject is a
currency (or its exchange rate) and the news is what it trades at or how it moved. Its
amount is a price of money, its date the day a rate was freed, its clause no claim of the
pair. Only a sentence led by the currency counts: "bilateral trade reached US$58 million, or
N$1 billion at current exchange rates" is the pair's trade, converted.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import WORD_END, WORD_START

# (an opening phrase before the subject: "Tuy nhiên, ", "Theo Ngân hàng X, ", "Since March, ")
_LEAD: Final = r"^\s*(?:[^,.;]{1,60},\s*)?"
# "đồng rand", "đồng bảng Ai Cập" (the name in lower case: "Đồng Nai" is a province), "đồng
# nội tệ", "tỷ giá (hối đoái)", "Ethiopia đang (trong quá trình) thả nổi tỷ giá": a currency,
# or a country freeing, pegging or devaluing its own
_VI: Final = re.compile(
    _LEAD
    + r"(?:(?:[Đđ]ồng\s+(?:tiền\s+)?(?:nội\s+tệ|[a-zà-ỹđ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,2})"
    r"|[Tt]ỷ\s+giá(?:\s+hối\s+đoái)?(?:\s+(?:của\s+)?đồng\s+[^\W\d_]+)?)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:mất\s+giá|lên\s+giá|tăng\s+giá|giảm\s+giá|phá\s+giá|dao\s+động"
    r"|biến\s+động|được\s+neo|neo|ở\s+mức|tương\s+đương)"
    r"|[A-ZĐÀ-Ỹ][^\s,]*(?:\s[A-ZĐÀ-Ỹ][^\s,]*){0,2}\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?:thả\s+nổi|phá\s+giá|neo)\s+(?:tỷ\s+giá|đồng))(?![^\W\d_])"
)
# "The rupee weakened …", "Kenya's currency has lost …", "The exchange rate stood at …"
_EN: Final = re.compile(
    _LEAD + r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}(?:[\w'’]+['’]s\s+)?"
    r"(?:(?:local|national|country['’]s)\s+)?(?:currency|exchange\s+rate|rand|birr|rupee|peso"
    r"|shilling|naira|cedi|kwacha|dirham|riyal|ringgit|baht|rupiah|won|yen|yuan|lira|real"
    r"|kyat|taka|dinar|pound|franc|dollar|euro)s?\s+(?:has\s+|had\s+|was\s+|is\s+)?"
    r"(?:depreciated|devalued|weakened|strengthened|appreciated|lost|gained|slid|slumped"
    r"|plunged|traded|hovered|floated|pegged|stood|fell|rose)(?![\w])"
)
# "17,4 rand đổi 1 USD", "84 rupees per dollar": a rate of exchange
_RATE: Final = re.compile(
    r"\d[\d.,]*\s+[^\W\d_]+\s+(?:đổi|ăn)\s+(?:1|một)\s+(?:USD|đô|euro|EUR)"
    r"|\d[\d.,]*\s+[^\W\d_]+\s+(?:per|to\s+the|to\s+one|against\s+the)\s+(?:US\s+)?(?:dollar|euro)"
)

# (the pair's trade or investment named in the sentence: a rate there converts its amount)
_PAIR_NEWS: Final = re.compile(
    rf"{WORD_START}(?:kim\s+ngạch|thương\s+mại|xuất\s+khẩu|nhập\s+khẩu|trade|exports?"
    rf"|imports?|invest\w*|đầu\s+tư){WORD_END}",
    re.IGNORECASE,
)


def currency_move(text: str) -> bool:
    """Whether the sentence ``text`` reports a currency's own rate or move as its subject."""
    if _VI.match(text) or _EN.match(text):
        return True
    # (a rate of exchange is its own news when the sentence is about nothing else: led by
    # the rate's currency, "Đồng rand dao động quanh mức 17,4 rand đổi 1 USD")
    found = _RATE.search(text)
    return found is not None and found.start() < 80 and not _PAIR_NEWS.search(text)


__all__ = ["currency_move"]
