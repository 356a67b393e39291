"""A flow of one kind of goods, and the growth of a one-way flow (pure).

"Xuất khẩu gạo của Việt Nam sang Ghana đạt 412 triệu USD", "Vietnamese imports of Bahraini
aluminium reached $48m", "rice exports to Kenya": the rice, the aluminium, not everything
Việt Nam sells or buys. Drafted as ``trade.exports`` it would be stated as "Viet Nam's exports
to Ghana reached 412 million USD" and weigh against the whole flow of the same period; it is
a ``trade.exports.goods`` (``trade.imports.goods``), whose words name the goods.

The goods are read from the words next to the flow's word, not from a list of products: in
Vietnamese the noun right after "xuất khẩu"/"nhập khẩu" (after a quantity: "nhập khẩu 385.000
tấn hạt điều"), in English a noun right before "exports"/"imports" or after "exports of".
Words that only say where the goods go, who sells them, when, or how much ("của", "sang",
"hàng hóa", "goods", "total", a country's name) are no goods.

A percentage drafted as ``trade.growth`` under a one-way flow's word ("xuất khẩu … đạt 268
triệu USD, tăng 21%") is that flow's growth, ``trade.exports.growth``: stated as "two-way
trade grew by 21%" it would be wrong.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries
from briefer.ingest.flowside import FLOW, flow_side

ONE_WAY_FLOWS: Final = ("trade.exports", "trade.imports")
GOODS_FLOWS: Final = tuple(f"{m}.goods" for m in ONE_WAY_FLOWS)

# Vietnamese words after the flow's word that say no goods: whose, where to or from, when,
# how it went, or goods in general.
_VI_NO_GOODS: Final = frozenset(
    (
        "của", "sang", "tới", "đến", "vào", "từ", "ra", "đạt", "ước", "là", "tăng", "giảm", "với",
        "cho", "và", "trong", "năm", "tháng", "quý", "này", "đó", "chung", "toàn", "hai", "chiều",
        "hàng", "hóa", "hoá", "dịch", "vụ", "chính", "ngạch", "tiểu", "trực", "tiếp", "thị",
        "trường", "nước", "các", "những", "mọi", "đã", "đang", "sẽ", "được", "có", "chỉ", "mới",
        "lên", "xuống", "khoảng", "hơn", "gần", "trên", "dưới", "chừng", "xấp", "xỉ", "riêng",
        "bình", "quân", "đi", "tổng", "kim", "giá", "trị",
    )
)  # fmt: skip
# English words before "exports"/"imports" that say no goods.
_EN_NO_GOODS_BEFORE: Final = frozenset(
    (
        "total", "two-way", "bilateral", "annual", "overall", "goods", "merchandise", "its",
        "their", "our", "his", "her", "the", "a", "an", "whose", "country's", "nation's", "non-oil",
        "combined", "direct", "net", "gross", "monthly", "yearly", "quarterly", "record", "of",
        "and", "its'", "foreign", "world", "global", "key", "main", "major",
        # words that open a clause or join one, never a product
        "while", "whereas", "with", "as", "but", "that", "which", "when", "where", "or", "for",
        "in", "on", "at", "by", "to", "from", "including", "since", "after", "before", "than",
        "also", "still", "only", "even", "so", "these", "those", "this", "there", "over",
        "under", "up", "down", "about", "around", "nearly", "almost", "per", "cent", "percent",
        "year", "years", "month", "months", "period", "first", "last", "all", "such", "whose",
        "said", "says", "led", "driven", "its", "if", "both", "each", "other", "remaining",
    )
)  # fmt: skip
_EN_NO_GOODS_AFTER: Final = frozenset(
    (
        "the", "a", "an", "its", "their", "goods", "merchandise", "products", "services", "all",
        "to", "from", "into", "reached", "were", "was", "stood", "totalled", "totaled", "rose",
        "grew", "amounted", "at", "in", "worth", "valued", "by", "hit", "climbed", "jumped", "fell",
        "came", "and", "of", "about", "around", "some", "nearly", "over", "more", "than",
    )
)  # fmt: skip
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
# A quantity between the flow's word and the goods: "385.000 tấn", "1,2 triệu tấn", "2 mn tonnes".
_QUANTITY: Final = re.compile(
    r"\s*(?:(?:khoảng|hơn|gần|trên|chừng|about|around|some|nearly|over)\s+)?\d[\d.,]*\s*"
    r"(?:(?:nghìn|ngàn|triệu|tỷ|million|billion|mn|bn)\s+)?(?:tấn|tonnes?|tons?|metric\s+tons?)\b",
    re.IGNORECASE,
)


def _goods_after_vi(rest: str) -> bool:
    quantity = _QUANTITY.match(rest)
    if quantity:
        rest = rest[quantity.end() :]
    word = _WORD.match(rest.lstrip())
    if word is None or rest[:1] not in (" ", "\u00a0"):
        return False
    first = word.group().casefold()
    if first == "hàng":
        # "hàng dệt may" names goods, "hàng hóa" all of them
        after = _WORD.match(rest.lstrip()[word.end() :].lstrip())
        return after is not None and after.group().casefold() not in _VI_NO_GOODS | {"hóa"}
    return word.group()[:1].islower() and first not in _VI_NO_GOODS


def _goods_of_en(rest: str) -> bool:
    """ "exports of rice", "imports of Bahraini aluminium" (a demonym before the goods)."""
    match = re.match(r"\s+of\s+", rest)
    if match is None:
        return False
    words = _WORD.findall(rest[match.end() : match.end() + 40])
    for word in words:
        if word[:1].isupper():
            continue  # "Vietnamese", "Bahraini", a country's name
        return word.casefold() not in _EN_NO_GOODS_AFTER
    return False


def _goods_before_en(before: str) -> bool:
    """ "rice exports", "seafood imports" — not "total exports", "Vietnam's exports"."""
    words = _WORD.findall(before[-30:])
    if not words or not before.endswith(words[-1] + " "):
        return False
    last = words[-1]
    # (capitalised only where it opens the sentence: "Rice exports …", not "Vietnamese exports")
    opens = not before[: len(before) - len(last) - 1].strip()
    if opens and (last.endswith(("'s", "’s")) or find_countries(last)):
        return False  # "Vietnam's exports", "Kenyan imports"
    return (last[:1].islower() or opens) and last.casefold() not in _EN_NO_GOODS_BEFORE


def names_goods(sentence: str, flow: re.Match[str]) -> bool:
    """Whether the flow word ``flow`` in ``sentence`` is the flow of one kind of goods."""
    rest = sentence[flow.end() : flow.end() + 60]
    before = sentence[max(0, flow.start() - 40) : flow.start()]
    word = flow.group().casefold()
    if word in ("xuất", "nhập"):
        # the bare verb, its goods before it: "lượng gạo xuất sang …", "hàng Việt Nam xuất
        # sang …" (no goods: the country's name), "cá ngừ nhập từ …"
        last = _WORD.findall(before[-20:])
        return bool(last) and last[-1][:1].islower() and last[-1].casefold() not in _VI_NO_GOODS
    if word.startswith(("xuất", "nhập")):
        return _goods_after_vi(rest)
    return _goods_of_en(rest) or _goods_before_en(before)


def goods_flow(metric: str, sentence: str, at: int) -> str:
    """``metric`` of the amount at ``at``: a one-way flow of one kind of goods becomes
    ``….goods``; a ``trade.growth`` under a one-way flow's word becomes that flow's growth."""
    if metric not in (*ONE_WAY_FLOWS, "trade.growth"):
        return metric
    flows = [
        f
        for f in FLOW.finditer(sentence, max(0, at - 120), at)
        if not sentence[: f.start()].casefold().endswith("xuất ")  # "xuất nhập khẩu": both
    ]
    if not flows:
        return metric
    flow = flows[-1]
    if metric == "trade.growth":
        between = sentence[flow.end() : at]
        if re.search(r"(?<!\w)(?:kim ngạch|thương mại|trade)(?!\w)", between, re.IGNORECASE):
            return metric  # "xuất khẩu … còn kim ngạch hai chiều tăng 9%": the total's
        side = flow_side("trade.exports" if flow.group("out") else "trade.imports", sentence, at)
        # ("xuất khẩu hạt điều … tăng 18%": the cashew's growth, not all exports')
        return f"{side}.goods.growth" if names_goods(sentence, flow) else f"{side}.growth"
    return f"{metric}.goods" if names_goods(sentence, flow) else metric


__all__ = ["GOODS_FLOWS", "ONE_WAY_FLOWS", "goods_flow", "names_goods"]
