"""A foreign country's own output or sector exports are its background, no pair's fact (pure).

"Sản lượng dầu thô của X năm 2025 đạt khoảng 950.000 thùng/ngày", "Theo …, sản lượng dầu
của nước này đã phục hồi lên …", "X hiện khai thác khoảng 1,1 triệu thùng dầu mỗi ngày",
"X là nước sản xuất cà phê lớn thứ 3 thế giới, với sản lượng …", "X's crude oil production
averaged 1.68 million barrels per day", "X's cocoa output … is estimated at …": the subject is
the partner (by name or "nước này") and the news its own production. Keys count none of them
unless the sentence also names Việt Nam, one of its places or the two sides (a Vietnamese
province's harvest, a joint venture's output, what goes to Việt Nam): those are kept.

So are its exports of one good: "Xuất khẩu than của X năm 2024 đạt …", "xuất khẩu đồng của X
… đạt …, trong đó trên 70% sang Trung Quốc", "X's beef exports to China … were worth …" (its
bare exports to a third country are ``flowends.foreign_ends``'s, a flow of two foreign ends).
Its bare exports ("Trong đó, xuất khẩu của X đạt …" under the pair's trade)
go on with the pair's total and are kept; so is a flow to "the Asian country" or "thị trường
này", Việt Nam by reference.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.homeplaces import home_places
from briefer.ingest.rxparts import BOTH_SIDES, NAME_WORD

_COUNTRY: Final = rf"(?P<c>{NAME_WORD}(?:\s{NAME_WORD}){{0,3}})"
# (a fronted time or source set off by a comma, "Năm 2024, ", "Theo OPEC, "; or who tells
# it: "Đại sứ cho biết …", "the minister told the Senate that …")
_LEAD: Final = (
    r"^\s*(?:[^.;,]{1,70},\s*)?"
    r"(?:[^.;,]{0,80}?\s(?:cho\s+biết|nói|said|noted|told\s[^.;,]{1,30}?)\s+(?:that\s+|rằng\s+)?)?"
)
_OWNER: Final = r"(?:nước\s+(?P<ref>này|bạn)|" + _COUNTRY + r")"
_PATTERNS: Final = tuple(
    re.compile(_LEAD + body)
    for body in (
        # "sản lượng (khai thác|xuất khẩu) <hàng> của X … <số>"
        r"[Ss]ản\s+lượng(?:\s+[^\W\d_]+){0,5}?\s+của\s+" + _OWNER + r"[^.;]{0,80}?\d",
        # "X (hiện) khai thác (trung bình) khoảng 1,1 triệu thùng …"
        _COUNTRY + r"\s+(?:hiện\s+)?(?:khai\s+thác|sản\s+xuất)\s+(?:trung\s+bình\s+)?"
        r"(?:khoảng\s+)?\d",
        # "X là nước sản xuất <hàng> lớn …, với sản lượng …"
        _COUNTRY + r"\s+là\s+(?:nước|quốc\s+gia)\s+(?:sản\s+xuất|xuất\s+khẩu)[^.;]{0,80}?,"
        r"\s*với\s+sản\s+lượng\b",
        # "X's (own) crude oil production averaged …", "X's cocoa output … is estimated …"
        r"(?:[Tt]he\s+)?" + _COUNTRY + r"['’]s\s+(?:own\s+)?(?:[a-z-]+\s+){0,3}"
        r"(?:output|production)\b[^.;,]{0,40}?\s(?:averaged|is|was|reached|rose|fell|stood"
        r"|hit|climbed|dropped|grew)\b",
    )
)
_BOTH: Final = re.compile(BOTH_SIDES, re.IGNORECASE)

# (the flow's owner and the good named before "của")
_GOOD: Final = r"(?P<good>(?:\s+(?!của\b)[^\W\d_]+){0,3}?)"
_EXPORTS: Final = tuple(
    re.compile(_LEAD + body)
    for body in (
        # "(kim ngạch) xuất khẩu <hàng> của X|nước này … <số>"
        r"(?:[Tt]ổng\s+)?(?:[Kk]im\s+ngạch\s+)?[Xx]uất\s+khẩu"
        + _GOOD
        + r"\s+của\s+"
        + _OWNER
        + r"[^.;]{0,80}?\d",
        # "X's (own) <good> exports (to …) reached …"
        r"(?:[Tt]he\s+)?" + _COUNTRY + r"['’]s\s+(?:own\s+)?(?P<good>(?:[a-zA-Z-]+\s+){0,3})"
        r"exports[,\s][^.;]{0,80}?\d",
    )
)
# (Việt Nam by reference as a flow's end: "the Asian country", "thị trường này", "nước ta")
_HOME_BY_REFERENCE: Final = re.compile(
    r"\b(?:the\s+(?:Southeast\s+)?Asian\s+(?:country|nation)|thị\s+trường\s+này|nước\s+ta)\b"
)


# (a part of the total told above, the pair's trade: "Trong đó, xuất khẩu cà phê của X …")
_WITHIN: Final = re.compile(r"\s*(?:Trong\s+đó|Riêng|Of\s+(?:which|this|that)|In\s+particular)\b")


def _sector_exports(text: str) -> bool:
    """Whether ``text`` opens on a foreign country's exports of a good."""
    if _HOME_BY_REFERENCE.search(text) or _WITHIN.match(text):
        return False
    for pattern in _EXPORTS:
        found = pattern.match(text)
        if found is None or not _foreign(found):
            continue
        if found.group("good").strip():
            return True
    return False


def _foreign(found: re.Match[str]) -> bool:
    """Whether the match's owner is a foreign country ("nước này": the one the text is about)."""
    if found.groupdict().get("ref"):
        return True
    # ("nước Iran": a name read only after a word that introduces a country)
    named = find_countries("nước " + found.group("c"))
    return bool(named) and named[0].start <= 5 < named[0].end and named[0].code != HOME


def own_output(text: str) -> bool:
    """Whether ``text`` tells one foreign country's own production of a commodity, or its
    exports of one good, as its subject, naming neither Việt Nam, a
    Vietnamese place nor the two sides."""
    if _BOTH.search(text) or home_places().search(text):
        return False
    if any(m.code == HOME for m in find_countries(text)):
        return False  # "… phần lớn xuất khẩu sang Việt Nam": a flow of the pair's
    if _HOME_BY_REFERENCE.search(text):
        return False  # "… 2 triệu tấn được nhập khẩu vào nước ta": the pair's too
    for pattern in _PATTERNS:
        found = pattern.match(text)
        if found is not None and _foreign(found):
            return True
    return _sector_exports(text)


__all__ = ["own_output"]
