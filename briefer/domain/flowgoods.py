"""The goods a one-way flow's amount is of, read from its quote for the English sentence
(pure).

"with Vietnam importing raw cashew nuts worth about US$870 million" is the cashew Việt Nam
buys, not all it buys: stated "Viet Nam's imports from Ghana reached about USD 870 million"
it would be wrong. :func:`flow_goods` finds the fact's amount in its quote and reads the
words that tie it to goods — in English "importing <goods> worth <amount>", "<amount> worth
of <goods>", "<goods> exports …", "exports of <goods> …"; in Vietnamese "trong đó <goods> đạt
<amount>", "<quantity> tấn <goods>, trị giá <amount>", "<amount> <goods>" ("3,5 tỷ USD dầu
cọ", "48 triệu USD sản phẩm …"). As :mod:`~briefer.domain.rankwords` does for a rank of one
commodity, English goods are kept in the quote's own words; Vietnamese goods are not
translated here, so such a flow gets no sentence (the desk writes it) rather than a wrong one.

:func:`flow_seller` reads who sells in the flow word nearest before the amount ("Myanmar
exporting US$148 million worth of goods to Viet Nam", "Pakistan's exports to Vietnam …",
"xuất khẩu của Việt Nam sang …"): a flow drafted as Viet Nam's exports whose words say the
partner sells is no sentence's to state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from briefer.text.numbers import find_amounts

# Words that stand where goods would and name none: goods in general, a measure, a determiner.
_GENERIC: Final = frozenset(
    [
        "goods",
        "merchandise",
        "products",
        "commodities",
        "items",
        "things",
        "shipments",
        "exports",
        "imports",
        "the",
        "a",
        "an",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "total",
        "some",
        "all",
        "value",
        "worth",
        "two-way",
        "bilateral",
        "annual",
        "overall",
        "combined",
        "non-oil",
        "foreign",
        "direct",
        "net",
        "gross",
        "monthly",
        "yearly",
        "record",
        "main",
        "key",
        "major",
        "while",
        "whereas",
        "with",
        "and",
        "as",
        "but",
        "or",
        "including",
        "also",
        "only",
        "which",
        "when",
    ]
)
# Vietnamese words that may follow an amount without naming goods.
_VI_AFTER: Final = frozenset(
    [
        "tăng",
        "giảm",
        "so",
        "và",
        "trong",
        "năm",
        "vào",
        "chiếm",
        "chủ",
        "tập",
        "gồm",
        "với",
        "từ",
        "sang",
        "mỗi",
        "một",
        "là",
        "của",
        "cho",
        "thì",
        "nhưng",
        "còn",
        "kim",
        "để",
        "được",
        "đã",
        "sẽ",
        "ra",
        "theo",
        "bằng",
        "tương",
        "đứng",
        "xếp",
        "trên",
        "dưới",
        "hơn",
        "khi",
        "nhờ",
        "do",
        "tính",
        "đến",
        "tại",
        "nên",
        "mà",
        "vượt",
        "bình",
        "ước",
        "hàng",
    ]
)
_VI_GENERAL: Final = frozenset({"hóa", "hoá"})  # "hàng hóa": all goods
# Words of a Vietnamese subject that name the flow itself, not goods ("trong đó xuất khẩu đạt").
_VI_FLOW: Final = re.compile(
    r"(?<!\w)(?:xuất|nhập|kim ngạch|thương mại|hàng hóa|hàng hoá|tổng|giá trị|riêng|chiều)(?!\w)",
    re.IGNORECASE,
)
_EN_VERB: Final = r"(?:import|export|buy|bought|purchas|ship|sell|sold|sourc)\w*"
_EN_QTY: Final = (
    r"(?:[\d.,]+\s*(?:million\s+|billion\s+|thousand\s+)?(?:metric\s+)?(?:tonnes|tons)\s+of\s+)?"
)
_EN_WORTH: Final = r"(?:worth|valued\s+at|totall?ing|amounting\s+to)"
# "importing raw cashew nuts worth", "exported 3.1 million tonnes of rice valued at"
_EN_BEFORE: Final = re.compile(
    rf"\b{_EN_VERB}\s+{_EN_QTY}(?P<goods>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,3}})\s+{_EN_WORTH}\s*$"
)
# "<amount> worth of furniture"
_EN_AFTER: Final = re.compile(r"^\s+worth\s+of\s+(?P<goods>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})")
# "rice exports to …", "exports of rice to …" — the flow's word with its goods, before the amount
# (a capitalised first word is left alone: "Copper imports" and "French imports" look alike)
_EN_NOUN_BEFORE: Final = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|while|with)\s+)(?P<goods>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+"
    r"(?:exports|imports|shipments|sales)\b[^,;]*$"
)
_EN_OF: Final = re.compile(
    r"\b(?:exports|imports|shipments|sales)\s+of\s+(?:[A-Z]\w+\s+)?"
    r"(?P<goods>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:to|from|into|reached|were|was|stood|"
    r"rose|grew|amounted|totall?ed|came|hit)\b[^,;]*$"
)
# "trong đó gạo đạt", "riêng cà phê đạt": a part of the total before it
_VI_PART: Final = re.compile(
    r"(?:trong\s+đó|riêng|riêng\s+mặt\s+hàng)\s*,?\s+(?P<subject>[^,;:]{1,40}?)\s+"
    r"(?:ước\s+)?(?:đạt|là|trị\s+giá|có\s+giá\s+trị)\s*$",
    re.IGNORECASE,
)
# "612 nghìn tấn gạo, trị giá": a quantity of goods, then its value
_VI_QUANTITY: Final = re.compile(
    r"\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu)\s+)?tấn\s+(?P<goods>[^,;]{1,40}?)\s*,?\s*"
    r"(?:với\s+)?(?:trị\s+giá|kim\s+ngạch|giá\s+trị)(?:\s+đạt)?\s*$"
)

# A letter of Vietnamese (the quote is read as Vietnamese then).
_VI_LETTER: Final = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


@dataclass(frozen=True, slots=True)
class FlowGoods:
    """The goods a flow's amount is of: ``goods`` in English when ``known``, else the
    quote's Vietnamese words (no sentence can say them)."""

    goods: str
    known: bool = True


def amount_at(quote: str, value: float, unit: str) -> tuple[int, int] | None:
    """Where the amount ``value`` ``unit`` stands in ``quote`` (its first mention), or None."""
    for amount in find_amounts(quote):
        if amount.unit == unit and value and abs(amount.value - value) <= abs(value) * 1e-6:
            return amount.start, amount.end
    return None


def clause_before(quote: str, at: int, window: int) -> str:
    """Up to ``window`` characters before ``at`` in ``quote``, from its sentence's start (an
    earlier sentence's words are not the amount's)."""
    return re.split(r"[.;!?](?:\s|$)", quote[max(0, at - window) : at])[-1]


# Words that end the goods ("fish meal from Peru", "rice to Cuba").
_GOODS_END: Final = frozenset(["from", "to", "into", "for", "in", "at", "by", "on", "with"])


def _english(goods: str) -> FlowGoods | None:
    words = goods.split()
    ends = [i for i, word in enumerate(words) if word in _GOODS_END]
    words = words[: ends[0]] if ends else words
    goods = " ".join(words)
    if not words or words[0] in _GENERIC or words[-1] in _GENERIC:
        return None
    return FlowGoods(goods)


def _vietnamese(before: str, after: str) -> FlowGoods | None:
    part = _VI_PART.search(before)
    if part:
        subject = part.group("subject")
        # (a name or the flow's own word is no goods: "trong đó Việt Nam xuất khẩu …")
        if subject[:1].islower() and not _VI_FLOW.search(subject):
            return FlowGoods(subject, known=False)
    quantity = _VI_QUANTITY.search(before)
    if quantity:
        return FlowGoods(quantity.group("goods"), known=False)
    words = re.findall(r"[^\W\d_]+|[^\w\s]", after[:30])
    if words and words[0][:1].islower() and words[0].casefold() not in _VI_AFTER:
        return FlowGoods(" ".join(words[:3]), known=False)
    if words[:1] == ["hàng"] and len(words) > 1 and words[1].casefold() not in _VI_GENERAL:
        return FlowGoods(" ".join(words[:3]), known=False)
    return None


def flow_goods(quote: str, value: float, unit: str) -> FlowGoods | None:
    """The goods ``quote`` ties the amount ``value`` ``unit`` to; None when it is the flow
    of everything (or the amount is not found)."""
    span = amount_at(quote, value, unit)
    if span is None:
        return None
    before, after = quote[max(0, span[0] - 120) : span[0]], quote[span[1] :]
    if _VI_LETTER.search(quote.casefold()):
        return _vietnamese(before, after)
    for match in (_EN_BEFORE.search(before), _EN_AFTER.match(after)):
        if match:
            return _english(match.group("goods"))
    for match in (_EN_OF.search(before), _EN_NOUN_BEFORE.search(before)):
        if match:
            return _english(match.group("goods"))
    return None


_SELL: Final = r"(?:export\w*|xuất\s+khẩu|sells?|sold|shipped)"
# A new clause between a flow word and the amount: the word is another amount's.
_NEW_CLAUSE: Final = re.compile(
    r"\b(?:while|whereas|but)\b|,\s*(?:còn|trong\s+khi|with|and)\b|;", re.IGNORECASE
)
_BUY: Final = r"(?:import\w*|nhập\s+khẩu|buys?|bought)"


def flow_seller(quote: str, value: float, unit: str, sides: dict[str, list[str]]) -> str:
    """Which of ``sides`` ("home"/"partner" → its names) the words nearest before the amount
    say sells ("Myanmar exporting …", "Pakistan's exports …", "xuất khẩu của Việt Nam", "Việt
    Nam nhập khẩu từ …" → the other side); "" when they name no seller."""
    span = amount_at(quote, value, unit)
    if span is None:
        return ""
    before = clause_before(quote, span[0], 120)
    flows = list(re.finditer(rf"{_SELL}|{_BUY}", before, re.IGNORECASE))
    if not flows:
        return ""
    last = flows[-1].start()  # (the flow word nearest the amount is the amount's)
    if _NEW_CLAUSE.search(before, flows[-1].end()):
        return ""
    for side, names in sides.items():
        other = next(s for s in sides if s != side)
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
        if not alternation:
            continue
        country = rf"(?:{alternation})(?:['’]s)?"
        for pattern, seller in (
            (rf"{country}\s+(?:\w+\s+)?{_SELL}", side),  # "Myanmar exporting"
            (rf"{_SELL}\s+(?:của|of)\s+{country}", side),  # "xuất khẩu của Việt Nam"
            (rf"{_BUY}\s+(?:từ|from)\s+{country}", side),  # "imports from Israel"
            (rf"{country}\s+(?:\w+\s+)?{_BUY}", other),  # "Việt Nam nhập khẩu từ"
            (rf"{_BUY}\s+(?:của|of)\s+{country}", other),
            (rf"{_SELL}\s+(?:sang|tới|to)\s+{country}", other),  # "exports to Vietnam"
        ):
            for match in re.finditer(pattern, before, re.IGNORECASE):
                if match.start() <= last < match.end():
                    return seller
    return ""


__all__ = ["FlowGoods", "amount_at", "clause_before", "flow_goods", "flow_seller"]
