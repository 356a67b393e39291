"""One country's own public finances and its standing among its region's producers (pure).

Background on the partner often gives its state's books and its place among its neighbours:
a budget deficit or public debt ("thâm hụt ngân sách … khoảng 8,4% GDP", "a fiscal deficit
of 5%"), a domestic tax changed ("tăng thuế giá trị gia tăng từ 19% lên 21%", "raised VAT to
16%"), or a rank among its continent's producers ("nước xuất khẩu cà phê lớn nhất châu Phi",
"Africa's second-largest cocoa producer"). Such a sentence is a gauge of one side. It is no
fact of the pair when it names neither Việt Nam nor a place of Việt Nam's, nor the two sides
(as :mod:`briefer.ingest.indicators` treats inflation and a growth forecast).

A province's own exports with no market named ("niên vụ 2024 - 2025, tỉnh Đắk Lắk xuất khẩu
268.000 tấn cà phê nhân, kim ngạch đạt 1,38 tỷ USD") are its total to the world, a gauge of
the home side: no country named, no "sang"/"to" a market after the verb.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.homeplaces import home_places
from briefer.ingest.rxparts import BOTH_SIDES, WORD_END, WORD_START

_PUBLIC_FINANCE: Final = re.compile(
    r"(?<![^\W\d_])(?:thâm\s+hụt\s+ngân\s+sách|bội\s+chi\s+ngân\s+sách|nợ\s+công"
    r"|thuế\s+(?:giá\s+trị\s+gia\s+tăng|GTGT|VAT|thu\s+nhập\s+doanh\s+nghiệp|thu\s+nhập\s+cá\s+nhân)"
    r"|(?:budget|fiscal)\s+deficits?|public\s+debt|value[\s-]+added\s+tax|VAT|sales\s+tax"
    r"|corporate\s+(?:income\s+)?tax)(?![^\W\d_])",
    re.IGNORECASE,
)
_REGION: Final = (
    r"(?:châu\s+(?:Phi|Á|Âu|Mỹ|Đại\s+Dương)|Mỹ\s+La(?:tinh|-tinh)|Trung\s+Đông|Đông\s+Nam\s+Á"
    r"|Nam\s+Mỹ|Bắc\s+Phi|Tây\s+Phi|Đông\s+Phi|Nam\s+Á|Trung\s+Á|khu\s+vực)"
)
_REGION_EN: Final = (
    r"(?:Africa|Asia|Europe|Latin\s+America|South\s+America|the\s+Middle\s+East|the\s+Gulf"
    r"|the\s+region|Southeast\s+Asia|West\s+Africa|East\s+Africa|Central\s+America)"
)
_PRODUCER_RANK: Final = re.compile(
    r"(?<![^\W\d_])(?:nước|quốc\s+gia|nhà)\s+(?:sản\s+xuất|xuất\s+khẩu|nhập\s+khẩu)(?:\s+[^\W\d_]+)"
    rf"{{0,4}}?\s+(?:(?:lớn|hàng\s+đầu)(?:\s+(?:nhất|thứ\s+\S+))?|đứng\s+thứ\s+\S+)\s+(?:tại\s+"
    rf"|ở\s+|của\s+)?{_REGION}(?![^\W\d_])"
    rf"|\b{_REGION_EN}['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:exporter|producer|importer|grower)s?\b"
    r"|\b(?:largest|biggest|top|leading|[\w]+-largest)\s+(?:[\w-]+\s+){0,3}?(?:exporter|producer"
    rf"|importer|grower)s?\s+in\s+{_REGION_EN}\b",
    re.IGNORECASE,
)
_BOTH: Final = re.compile(rf"{WORD_START}{BOTH_SIDES}{WORD_END}", re.IGNORECASE)


# A province (or city) as the subject of its exports or imports: "tỉnh Đắk Lắk xuất khẩu".
_PROVINCE_TRADES: Final = re.compile(
    r"(?<![^\W\d_])(?:tỉnh|thành\s+phố|TP\.?)\s+(?:[A-ZĐÀ-Ỹ][\w.-]*\s+){1,3}(?:đã\s+|đạt\s+)?"
    r"(?:xuất|nhập)\s+khẩu(?![^\W\d_])"
)
# The province told of by its bare noun, its holdings then its exports: "năm 2025 tỉnh có
# 84.000 ha cây ăn trái, giá trị xuất khẩu rau quả ước đạt …".
_PROVINCE_HOLDS: Final = re.compile(
    r"(?<![^\W\d_])(?:tỉnh|thành\s+phố)\s+(?:có|đạt|ghi\s+nhận)(?![^\W\d_])(?:[^.;]|\.\d)*?"
    r"(?:giá\s+trị|kim\s+ngạch)\s+(?:xuất|nhập)\s+khẩu(?![^\W\d_])"
)
# The partner's own exports or imports, named by reference, rising or falling: "doanh thu xuất
# khẩu của nước này giảm gần 70%" (all its trade with the world, no market named; a share of
# them, "chiếm 60% kim ngạch xuất khẩu của nước này", tells what it sells: kept).
_REFERRED_FLOW: Final = re.compile(
    r"(?<![^\W\d_])(?:doanh\s+thu|kim\s+ngạch|giá\s+trị)\s+(?:xuất|nhập)\s+khẩu\s+của\s+nước\s+"
    r"(?:này|bạn)\s+(?:đã\s+|chỉ\s+)?(?:giảm|tăng|sụt\s+giảm|lao\s+dốc)(?![^\W\d_])"
)
_MARKET: Final = re.compile(
    r"(?<![^\W\d_])(?:sang|tới|vào|từ|thị\s+trường|to|from|into)(?![^\W\d_])", re.IGNORECASE
)


def province_total(sentence: str) -> bool:
    """Whether ``sentence`` tells a province's own exports or imports with no market named."""
    found = _PROVINCE_TRADES.search(sentence) or _PROVINCE_HOLDS.search(sentence)
    if found is None or find_countries(sentence):
        return False
    return not _MARKET.search(sentence, found.end())


def own_books(sentence: str) -> bool:
    """Whether ``sentence`` tells one country's public finances or regional producer rank and
    nothing of Việt Nam's or between the two sides."""
    if province_total(sentence):
        return True
    flow = _REFERRED_FLOW.search(sentence)
    if flow and not _MARKET.search(sentence, flow.end()) and not home_places().search(sentence):
        return True
    if not (_PUBLIC_FINANCE.search(sentence) or _PRODUCER_RANK.search(sentence)):
        return False
    if _BOTH.search(sentence) or home_places().search(sentence):
        return False
    named = {m.code for m in find_countries(sentence)}
    return HOME not in named and len(named) <= 1


__all__ = ["own_books", "province_total"]
