"""What a trade rank's own words rank a country as, for its English sentence (pure).

The miner files every trade rank under one metric ("lớn thứ 3" of a trading partner, of a
supplier, of an export market all rank a partner), which is right for ranking and wrong for
a sentence: "nguồn cung điều thô lớn thứ 3 của Việt Nam" is no "third-largest trading
partner". This module reads the head noun the quote puts beside the rank — before it in
Vietnamese ("thị trường xuất khẩu lớn thứ 6"), after it in English ("second-largest supplier
of rice") — and says what the rank counts: a trading partner, a market, an export market, a
supplier or source of imports, a buyer. A rank of one commodity ("nguồn cung gỗ", "supplier of
rice") names its goods: the English quote's own words are kept; Vietnamese goods are not
translated here, so such a rank gets no sentence (the desk writes it) rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

# Vietnamese heads, longest first; each with the English noun it stands for.
_VI_HEADS: Final = (
    ("đối tác thương mại", "trading partner"),
    ("bạn hàng", "trading partner"),
    ("thị trường xuất khẩu", "export market"),
    ("thị trường tiêu thụ", "export market"),
    ("thị trường nhập khẩu", "source of imports"),
    ("thị trường cung cấp", "supplier"),
    ("nguồn nhập khẩu", "source of imports"),
    ("nguồn cung cấp", "supplier"),
    ("nguồn cung", "supplier"),
    ("nhà cung cấp", "supplier"),
    ("nhà xuất khẩu", "supplier"),
    ("nhà nhập khẩu", "buyer"),
    ("khách hàng", "buyer"),
    ("thị trường", "market"),
    ("đối tác", "partner"),
)
# Words that may stand between a Vietnamese head and its rank without naming goods.
_VI_FILLER: Final = frozenset(
    {"hàng", "hóa", "hoá", "các", "sản", "phẩm", "chính", "quan", "trọng", "tiềm", "năng", "điểm"}
)
# "… lớn nhất của cà phê Robusta Việt Nam", "… lớn thứ 4 của hàng hóa Việt Nam": whose goods
_VI_OWNED: Final = re.compile(r"\s+(?:của|cho)\s+(?P<goods>[^,.;]{1,40}?)\s+(?:Việt\s+Nam|VN)\b")
# "lớn thứ 3", "lớn thứ hai", "đứng thứ 3", "lớn nhất": where a Vietnamese rank is written.
_VI_RANK: Final = re.compile(r"\b(?:lớn|đứng)\s+(?:thứ\s+(?P<n>\w+)|nhất)", re.IGNORECASE)
# "second-largest", "2nd largest", "largest", "biggest", "No. 2"
_EN_RANK: Final = re.compile(
    r"\b(?:(?P<n>\w+)[- ])?(?:largest|biggest)\b|\bNo\.\s?(?P<no>\d+)\b", re.IGNORECASE
)
_EN_HEADS: Final = (
    (r"trad(?:ing|e) partners?", "trading partner"),
    (r"export (?:markets?|destinations?)", "export market"),
    (r"import (?:markets?|sources?)", "source of imports"),
    (r"destinations? (?:for|of) (?:[\w-]+ ){0,2}(?:goods|exports|products|shipments)",
     "export market"),
    (r"markets?", "market"),
    (r"suppliers?|sources? of imports|exporters?", "supplier"),
    (r"buyers?|importers?|customers?", "buyer"),
    (r"partners?", "partner"),
)  # fmt: skip
# Words that end the goods an English head names after "of" ("supplier of rice to Kenya",
# "exporters of hydroelectricity thanks to …"); a determiner opens no goods ("of the crop").
_GOODS_END: Final = frozenset(
    [
        "to",
        "for",
        "in",
        "from",
        "after",
        "among",
        "with",
        "while",
        "thanks",
        "since",
        "last",
        "this",
        "behind",
        "ahead",
        "as",
        "which",
        "that",
        "according",
        "by",
        "on",
        "at",
    ]
)
_DETERMINER: Final = frozenset({"the", "its", "their", "this", "that", "these", "those"})
_GENERIC_GOODS: Final = frozenset({"goods", "products", "merchandise", "imports", "exports"})
_GOODS_WORDS: Final = 5
_ONE_OF: Final = re.compile(r"\bone of\b|\bmột trong\b", re.IGNORECASE)
# A count before the rank's head ("ba nguồn cung lớn nhất", "the three largest suppliers",
# "top five markets"): a group of the largest, no rank of one's own.
_COUNT: Final = (
    r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|two|three|four|five|six|seven|eight|nine|ten)"
)
_VI_GROUP: Final = re.compile(rf"(?<!\w)(?:top\s+|tốp\s+|nhóm\s+)?{_COUNT}\s+$", re.IGNORECASE)
_EN_GROUP: Final = re.compile(rf"\b(?:top[- ]{_COUNT}|{_COUNT}[- ](?:largest|biggest))\b", re.I)
# "the largest supplier of tea after Kenya", "lớn nhất … chỉ sau Trung Quốc": a "largest" that
# another comes before is no first place
_AFTER: Final = re.compile(r"^[^,.;]{0,60}?\b(?:after|behind|chỉ\s+sau|sau)\s+[A-ZĐ]")
# The group a rank counts in, after it: "among the CPTPP's non-Asian members", "trong số
# các thành viên CPTPP" (a region's name the miner reads itself; the rest only the quote says).
# (a bracket inside the group is its own: "among Gulf Cooperation Council (GCC) countries")
_EN_AMONG: Final = re.compile(
    r"(?:\s+of\s+[^,.;]*?)?\s+(among\s+(?:[^,.;()]|\([^,.;()]{1,20}\)){3,70}?)\s*(?=[,.;]|$)"
)
_VI_AMONG: Final = re.compile(
    r"(?:\s+của\s+[^,.;]{1,30}?)?\s+(trong\s+(?:số|các|khối|nhóm|những)\s+[^,.;()]{3,60}?)"
    r"(?=[,.;(]|$)"
)
# Ordinals as the two languages write them, for the rank a fact holds.
_ORDINAL_WORDS: Final = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "largest": 1, "biggest": 1, "second": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class RankHead:
    """What the rank counts ("trading partner", "supplier", "export market" …) and, for
    one commodity, its goods in English ("rice"); ``known`` is False when the quote's goods
    or the group it ranks in are not English (no sentence can say them); ``among`` is the
    group an English quote names ("among the CPTPP's non-Asian members")."""

    noun: str
    goods: str = ""
    known: bool = True
    among: str = ""  # "among the CPTPP's non-Asian members": the group it ranks in


def _vietnamese_head(quote: str, rank_at: int, rank_end: int) -> RankHead | None:
    before = quote[max(0, rank_at - 80) : rank_at].casefold()
    best: tuple[int, str, str] | None = None
    for words, noun in _VI_HEADS:
        at = before.rfind(words)
        if at >= 0 and (best is None or at + len(words) > best[0] + len(best[1])):
            best = (at, words, noun)
    if best is None:
        return None
    at, words, noun = best
    if _VI_GROUP.search(before[:at]):
        return RankHead(noun, known=False)  # "là ba nguồn cung lớn nhất": top three
    between = before[at + len(words) :].split()
    goods = [w for w in between if w.strip(",") not in _VI_FILLER]
    if len(goods) > 4:  # (a head that far back heads another clause)
        return None
    # "thị trường lớn nhất của cà phê Robusta Việt Nam": goods after the rank
    owned = _VI_OWNED.match(quote, rank_end)
    if owned:
        goods += [w for w in owned.group("goods").casefold().split() if w not in _VI_FILLER]
    # "… lớn thứ 2 trong số các thành viên CPTPP": a group the caller's region may not name
    among = _VI_AMONG.match(quote, rank_end)
    return RankHead(noun, " ".join(goods), known=not goods, among=among.group(1) if among else "")


def _english_head(quote: str, rank_end: int) -> RankHead | None:
    after = quote[rank_end:].lstrip()
    # (a proper adjective may come between: "third-largest European supplier")
    after = re.sub(r"^(?:[A-Z][a-z]+(?:an|ese|ic|ish|i)|[A-Z]{2,5})\s+", "", after)
    for pattern, noun in _EN_HEADS:
        match = re.match(pattern, after, re.IGNORECASE)
        if not match:
            continue
        head = _english_goods(noun, after[match.end() :])
        among = _EN_AMONG.match(after, match.end())
        return replace(head, among=among.group(1)) if among else head
    return None


def _english_goods(noun: str, rest: str) -> RankHead:
    """The head with the goods named after it ("of rice to Kenya" → "rice")."""
    of = re.match(r"\s+of\s+", rest)
    if not of:
        return RankHead(noun)
    words: list[str] = []
    for word in rest[of.end() :].split():
        bare = word.strip(",.;:")
        if bare.casefold() in _GOODS_END or not bare:
            break
        words.append(bare)
        if bare != word:  # (punctuation ends the goods)
            break
    # ("of Ghana's raw cashew nuts": the owner is the other country of the sentence)
    if words and re.search(r"['’]s$", words[0]):
        words = words[1:]
    if not words or words[-1].casefold() in _GENERIC_GOODS:
        return RankHead(noun)
    if all(w[:1].isupper() for w in words):
        return RankHead(noun)  # ("partner of Vietnam in the Gulf": whose, no goods)
    if words[0].casefold() in _DETERMINER or len(words) > _GOODS_WORDS:
        return RankHead(noun, " ".join(words), known=False)
    return RankHead(noun, " ".join(words))


def _ordinal(match: re.Match[str]) -> int:
    """The rank a match writes: "thứ 3", "thứ hai", "second-", "2nd", "No. 2"; 1 for
    "lớn nhất", "the largest", "Vietnam's largest"."""
    number = match.groupdict().get("no")
    if number:
        return int(number)
    word = (match.group("n") or "").casefold()
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else _ORDINAL_WORDS.get(word, 1)


def rank_head(quote: str, value: int | None = None) -> RankHead | None:
    """What the rank of ``quote`` that holds ``value`` (the first rank when none does, or
    no value is given) ranks a country as; None when no head is named."""
    ranks = [(m, True) for m in _VI_RANK.finditer(quote)]
    ranks += [(m, False) for m in _EN_RANK.finditer(quote)]
    ranks.sort(key=lambda r: r[0].start())
    held = [r for r in ranks if value is not None and _ordinal(r[0]) == value]
    for match, vietnamese in held or ranks:
        if vietnamese:
            head = _vietnamese_head(quote, match.start(), match.end())
        else:
            head = _english_head(quote, match.end())
        near = quote[max(0, match.start() - 60) : match.end()]
        first = _ordinal(match) == 1 and _AFTER.match(quote[match.end() :])
        if head and (
            _ONE_OF.search(near[: -len(match.group())] or " ") or _EN_GROUP.search(near) or first
        ):
            # "one of the world's largest exporters", "một trong ba nguồn cung … lớn nhất",
            # "top three", "the largest … after Kenya": no first place of its own, so no
            # sentence that gives it one
            return RankHead(head.noun, head.goods, known=False)
        if head:
            return head
    return None


def rank_places(quote: str) -> list[tuple[int, int]]:
    """Where each rank of ``quote`` stands and the place it writes: [(start, 3), …]."""
    found = [*_VI_RANK.finditer(quote), *_EN_RANK.finditer(quote)]
    return sorted((m.start(), _ordinal(m)) for m in found)


__all__ = ["RankHead", "rank_head", "rank_places"]
