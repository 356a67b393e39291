"""A percentage that is a rate, not a change of the trade; an amount that is a price per
quantity, not a value of the trade (pure).

"Phi-líp-pin giảm thuế nhập khẩu gạo từ 35% xuống 15%", "tăng thuế giá trị gia tăng từ 19%
lên 21%", "customs duties will be removed on about 92% of Israeli exports", "lãi suất 6%":
a duty, a tax or an interest rate, said beside the trade words. Drafted as the trade's growth
it would be stated as "grew by 35%". A percentage drafted as a growth whose nearest noun
before it is such a rate — no trade word between them — is no trade figure. (A share stays a
share: "xóa bỏ thuế đối với 92,7% số dòng thuế" is an agreement's reach, a fact of the pair.)
"""

from __future__ import annotations

import re
from typing import Final

_RATE: Final = re.compile(
    r"(?<![^\W\d_])(?:thuế(?:\s+suất)?(?:\s+(?:nhập|xuất)\s+khẩu)?|thuế\s+giá\s+trị\s+gia\s+tăng"
    r"|lãi\s+suất|(?:import\s+|export\s+|customs\s+)?(?:tariffs?|dut(?:y|ies))|VAT"
    r"|interest\s+rates?|tax(?:es)?)(?![^\W\d_])",
    re.IGNORECASE,
)
_TRADE: Final = re.compile(
    r"(?<![^\W\d_])(?:kim\s+ngạch|thương\s+mại|xuất\s+khẩu|nhập\s+khẩu|trade|exports?"
    r"|imports?)(?![^\W\d_])",
    re.IGNORECASE,
)
_NEAR: Final = 50


def is_rate(metric: str, sentence: str, at: int) -> bool:
    """Whether the percentage at ``at``, drafted as ``metric``, is a duty, tax or interest
    rate named just before it."""
    if not metric.endswith(".growth"):
        return False
    window_start = max(0, at - _NEAR)
    rates = list(_RATE.finditer(sentence, window_start, at))
    if not rates:
        return False
    between = sentence[rates[-1].end() : at]
    return _TRADE.search(between) is None


# A money amount per a quantity of goods: "12 USD/tấn", "US$80 per barrel", "3 USD một kg".
_PER_QUANTITY: Final = re.compile(
    r"\s*(?:/\s*|per\s+|a\s+|mỗi\s+|một\s+)(?:tấn|kg|tạ|lít|thùng|tonnes?|tons?|kilo\w*"
    r"|barrels?|litres?|liters?|pounds?|lb)(?![^\W\d_])",
    re.IGNORECASE,
)


def unit_price(sentence: str, end: int) -> bool:
    """Whether the money amount ending at ``end`` is a price per quantity ("rẻ hơn khoảng 12
    USD/tấn"): a price, drafted as the trade's value, would be stated as "imports of 12 USD"."""
    return _PER_QUANTITY.match(sentence, end) is not None


__all__ = ["is_rate", "unit_price"]
