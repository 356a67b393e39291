"""A market quote: a sentence that tells where a commodity's price stood on an exchange.

"Giá dầu Brent sáng 3/12 giao dịch quanh mức 63 USD/thùng.", "Giá cà phê Robusta trên sàn
London … đóng cửa ngày 31/10 ở mức 4.520 USD/tấn.", "Brent crude prices closed at $63 a
barrel on Tuesday." A market report in a newsletter or a trade office's bulletin quotes such
prices for its readers; the price belongs to the world market, not to the pair, and the day in
it is the day of the quote, never an event's. The subject is the price itself ("Giá <goods>",
"<goods> price(s)", "The price of …") and the amount is one per unit ("/tấn", "a barrel").
All three are needed: "Giá trị …" (a flow's worth) is no price, and a per-unit price told
without a market's words ("giá xuất khẩu bình quân 500 USD/tấn") is left to the miner.
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


def market_quote(sentence: str) -> bool:
    """Whether ``sentence`` quotes a commodity's market price (no fact of the pair)."""
    return bool(
        _PRICE_SUBJECT.match(sentence) and _PER_UNIT.search(sentence) and _MARKET.search(sentence)
    )


__all__ = ["market_quote"]
