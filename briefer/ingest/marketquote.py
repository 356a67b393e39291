"""A market quote: a sentence that tells where a commodity's price stood on an exchange.

"Giá dầu Brent sáng 3/12 giao dịch quanh mức 63 USD/thùng.", "Giá cà phê Robusta trên sàn
London … đóng cửa ngày 31/10 ở mức 4.520 USD/tấn.", "Brent crude prices closed at $63 a
barrel on Tuesday." A market report in a newsletter or a trade office's bulletin quotes such
prices for its readers; the price belongs to the world market, not to the pair, and the day in
it is the day of the quote, never an event's. The subject is the price itself ("Giá <goods>",
"<goods> price(s)", "The price of …") and the amount is one per unit ("/tấn", "a barrel").
All three are needed: "Giá trị …" (a flow's worth) is no price.

A sentence that tells only prices or exchange rates is no fact of the pair either, market
words or not ("Giá cao su xuất khẩu … đạt bình quân 1.720 USD/tấn.", "Tỷ giá ringgit … quanh
4,2 RM/USD.", "the rupee held at about 298 LKR/USD"): it names a price or a rate, and every sum
of money in it is one per unit ("/tấn", "/USD", "a barrel") or a rate's "1 USD = 4.100 peso".
Its month is the quote's, no event's; a pair's flow told beside a price ("xuất khẩu … đạt 1,2
tỷ USD, giá bình quân 520 USD/tấn") keeps the sentence, and a yield ("4,5 tấn/ha") or a
schedule ("3 chuyến/tuần") holds no money and no price.
"""

from __future__ import annotations

import re
from typing import Final

# The sentence opens with the price as its subject (after a short time adverbial at most).
_PRICE_SUBJECT: Final = re.compile(
    r"^\s*(?:(?:Sáng|Chiều|Trưa|Tối|Phiên|Hôm nay|On \w+|Trong tuần qua),?\s+)?"
    r"(?:[Gg]iá(?!\s+trị)\s+\S+"
    r"|(?:The\s+)?(?:[Pp]rice|[Pp]rices)\s+of\s"
    r"|(?:\S+\s+){1,3}(?:futures\s+)?prices?\s)",
)
# A per-unit amount: "63 USD/thùng", "4.520 USD/tấn", "$63 a barrel", "USD 2,300 per tonne".
_PER_UNIT: Final = re.compile(
    r"\d\s*(?:USD|US\$|\$|đồng|VND|EUR|€|¢|cents?)?\s*(?:/\s*[^\W\d_]+"
    r"|(?:a|per|mỗi|một)\s+(?:barrel|tonne|ton|pound|lb|kg|bushel|ounce|thùng|tấn|kg))",
    re.IGNORECASE,
)
# A market's words: a price trades, closes, hovers, at a level on an exchange.
_MARKET: Final = re.compile(
    r"(?<!\w)(?:giao\s+dịch|đóng\s+cửa|mở\s+cửa|dao\s+động|sàn|kỳ\s+hạn|ở\s+mức|quanh\s+mức"
    r"|traded?|trading|closed|settled|hovered|futures|exchange|benchmark|stood\s+at)(?!\w)",
    re.IGNORECASE,
)


# A price or a rate named: "giá …" (not "giá trị", "đánh giá"), "tỷ giá", "price(s)",
# "exchange rate(s)".
_PRICE_WORD: Final = re.compile(
    r"(?<!\w)(?<!đánh )(?:giá(?!\s+trị)|prices?|exchange\s+rates?)(?!\w)", re.IGNORECASE
)
_MONEY: Final = (
    r"(?:USD|US\$|\$|đồng|VND|EUR|€|cents?|[A-Z]{2,3}|ringgit|peso|rupees?|baht|yuan|rúp)"
)
_SUM: Final = r"\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?"
# A sum of money per unit, or a rate: "1.720 USD/tấn", "58.000 - 60.000 đồng/kg", "4,2
# RM/USD", "$63 a barrel", "1 USD = 4.100 peso" (a yield's "4,5 tấn/ha" holds no money).
_MONEY_PER_UNIT: Final = re.compile(
    rf"(?:(?:US\$|\$)\s*{_SUM}|{_SUM}\s*{_MONEY})\s*"
    r"(?:/\s*[^\W\d_]+|(?:a|per|mỗi|một)\s+(?:barrel|tonne|ton|pound|lb|kg|bushel|ounce"
    r"|thùng|tấn)(?!\w))"
    rf"|\d\s*{_MONEY}\s*=\s*\d[\d.,]*\s*\S+",
)
# A rate written as one currency per another names itself: "298 LKR/USD".
_RATE: Final = re.compile(rf"\d\s*{_MONEY}\s*/\s*{_MONEY}(?!\w)")
# Any other sum of money: a flow's "1,2 tỷ USD", "US$58 million".
_MONEY_SUM: Final = re.compile(
    rf"(?:US\$|\$|€)\s*\d|\d[\d.,]*\s*(?:tỷ|triệu|nghìn|billion|million|bn)?\s*"
    rf"(?<!\w){_MONEY}(?!\w)",
)


# A flow as a subject of its own ("Xuất khẩu gạo … tăng 15%", "rice exports rose 20%"), not
# the goods a price is of ("giá cao su xuất khẩu"): no price word just before it.
_FLOW: Final = re.compile(
    r"(?<!\w)(?:xuất\s+khẩu|nhập\s+khẩu|kim\s+ngạch|thương\s+mại|exports?|imports?|trade)(?!\w)",
    re.IGNORECASE,
)
# A change told in percent ("tăng 15%", "rose 20%"), not a grade ("gạo 5% tấm").
_PERCENT: Final = re.compile(
    r"(?<!\w)(?:tăng|giảm|rose|fell|grew|increased|decreased|jumped|up|down)\s+"
    r"(?:[^\W\d_]+\s+){0,2}\d[\d.,]*\s*(?:%|phần\s+trăm|per\s*cent)",
    re.IGNORECASE,
)


def _own_flow(sentence: str) -> bool:
    """A flow told with its own change beside the price: a change in percent, and a flow word that
    is no price's goods (review of session 25: "Xuất khẩu gạo … tăng 15% nhờ giá tăng lên
    620 USD/tấn" is the pair's growth)."""
    return bool(_PERCENT.search(sentence)) and any(
        not _PRICE_WORD.search(sentence[max(0, m.start() - 25) : m.start()])
        for m in _FLOW.finditer(sentence)
    )


def _only_prices(sentence: str) -> bool:
    """A price or rate named, money per unit in it, no other sum of money and no flow's own
    change."""
    named = _PRICE_WORD.search(sentence) or _RATE.search(sentence)
    if not (named and _MONEY_PER_UNIT.search(sentence)):
        return False
    if _own_flow(sentence):
        return False
    return not _MONEY_SUM.search(_MONEY_PER_UNIT.sub(" ", sentence))


def market_quote(sentence: str) -> bool:
    """Whether ``sentence`` quotes a commodity's market price, or tells only prices or
    exchange rates (no fact of the pair)."""
    market = _PRICE_SUBJECT.match(sentence) and _PER_UNIT.search(sentence)
    return bool(market and _MARKET.search(sentence)) or _only_prices(sentence)


__all__ = ["market_quote"]
