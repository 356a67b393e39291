"""More of one economy's own gauges, told on their own (pure): no figure of a pair.

Beside inflation and a province's GRDP (:mod:`briefer.ingest.indicators`), background gives:
- a country's total trade, by a possessive ("Malaysia's total trade rose …", "X's own exports
  to the world", "X's total seafood exports amounted to …") or with the world ("tổng kim
  ngạch xuất nhập khẩu của X với toàn thế giới", "two-way trade with the world");
- what it sells to many countries at once ("xuất khẩu rượu vang tới hơn 70 quốc gia",
  "exports to more than 100 markets");
- a province's or a city's own trade total or output ("kim ngạch xuất nhập khẩu của Thành phố
  … đạt 102 tỷ USD", "giá trị xuất khẩu của (toàn) tỉnh …", "chỉ số sản xuất công nghiệp",
  "giá trị sản xuất thủy sản của tỉnh …")
  and the foreign investment it draws from all countries ("tỉnh thu hút 2.900 dự án FDI");
- income per head, a sector's share of GDP ("GDP bình quân đầu người", "chiếm 13% GDP",
  "accounts for 8% of GDP"), and the partner's tourists from the whole world ("X đón 7,4
  triệu lượt khách quốc tế", "international arrivals"; a place of Việt Nam's named makes
  them the home side's).
Each is a gauge of one side; :func:`briefer.ingest.indicators.own_indicators` still keeps the
sentence when it names a flow toward a second country or the two sides.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.homeplaces import home_places
from briefer.text.cuescan import Cued

_WORLD_TOTAL: Final = re.compile(
    # a possessive total: "X's total trade", "its own exports", "the country's overall imports"
    r"(?:'s|’s|\bits)\s+(?:(?:own|total|overall)\s+)+(?:[\w-]+\s+){0,2}?"
    r"(?:trade|exports|imports|shipments)\b"
    r"|\b(?:trade|exports|imports)\s+(?:with|to|from)\s+the\s+(?:rest\s+of\s+the\s+)?world\b"
    r"|(?<![^\W\d_])(?:với|ra|sang)\s+(?:toàn\s+|các\s+nước\s+trên\s+)?thế\s+giới(?![^\W\d_])"
    # sold to many countries at once
    r"|(?<![^\W\d_])(?:tới|sang|đến|ra)\s+(?:hơn|trên|khoảng|gần)?\s*\d+\s+(?:quốc\s+gia"
    r"|nước|thị\s+trường)(?![^\W\d_])"
    r"|\bto\s+(?:more\s+than|over|some|around|about)?\s*\d+\s+(?:countries|markets)\b",
    re.IGNORECASE,
)
_OWN_GAUGE: Final = re.compile(
    # a province's or a city's own total, and its output index
    r"(?<![^\W\d_])(?:kim\s+ngạch|giá\s+trị)\s+(?:xuất\s+nhập\s+khẩu|xuất\s+khẩu|nhập\s+khẩu)"
    r"(?:\s+hàng\s+hóa)?\s+của\s+(?:toàn\s+)?(?:tỉnh|[Tt]hành\s+phố|TP\.?)(?![^\W\d_])"
    # the foreign investment it holds from all countries: "tỉnh thu hút hơn 2.900 dự án FDI"
    r"|(?<![^\W\d_])(?:tỉnh|[Tt]hành\s+phố)\s+(?:đã\s+)?thu\s+hút\s+(?:hơn\s+|trên\s+|gần\s+"
    r"|khoảng\s+)?[\d.,]+\s+dự\s+án\s+(?:FDI|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)"
    r"|(?<![^\W\d_])chỉ\s+số\s+sản\s+xuất\s+công\s+nghiệp(?![^\W\d_])|\bindustrial\s+production\b"
    # its own output: "giá trị sản xuất thủy sản của tỉnh … ước đạt …", "sản lượng lúa của
    # thành phố …" (what the place makes, for every buyer)
    r"|(?<![^\W\d_])(?:giá\s+trị\s+sản\s+xuất|sản\s+lượng)(?:\s+[^\W\d_]+){0,3}?\s+của"
    r"\s+(?:toàn\s+)?(?:tỉnh|[Tt]hành\s+phố|TP\.?)(?![^\W\d_])"
    # income per head; a sector's share of the economy
    r"|(?<![^\W\d_])(?:GDP|thu\s+nhập)\s+bình\s+quân\s+đầu\s+người(?![^\W\d_])"
    r"|\b(?:GDP|income)\s+per\s+capita\b|\bper\s+capita\s+(?:GDP|income)\b"
    r"|(?<![^\W\d_])(?:chiếm|đóng\s+góp)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d,.]+\s*%\s+GDP"
    r"|\b[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+(?:country's|nation's)\s+|its\s+)?GDP\b",
    re.IGNORECASE,
)
# Tourists from the whole world: the partner's own gauge only where the partner is named and
# no place of Việt Nam's ("Khánh Hòa đón 4,1 triệu lượt khách quốc tế" is the home side's).
_ARRIVALS: Final = re.compile(
    r"(?<![^\W\d_])(?:lượt\s+)?khách\s+(?:du\s+lịch\s+)?quốc\s+tế(?![^\W\d_])"
    r"|\b(?:international|foreign)\s+(?:tourist\s+|visitor\s+)?arrivals\b",
    re.IGNORECASE,
)
# The partner written as "this market" or "the friend country": a flow of the pair.
_THE_PAIR: Final = re.compile(
    r"(?<![^\W\d_])(?:thị\s+trường\s+này|nước\s+bạn|phía\s+bạn|this\s+market)(?![^\W\d_])",
    re.IGNORECASE,
)

# (behind a scan for their literal words: cuescan.py, the same answers)
_OWN_GAUGE_CUED: Final = Cued(_OWN_GAUGE)
_ARRIVALS_CUED: Final = Cued(_ARRIVALS)


def world_total(sentence: str) -> bool:
    """Whether ``sentence`` tells a country's trade with the whole world (a possessive total,
    "with the world", "to more than 70 countries")."""
    return _WORLD_TOTAL.search(sentence) is not None


def world_total_spans(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` names a trade with the whole world (see :func:`world_total`)."""
    return [m.span() for m in _WORLD_TOTAL.finditer(sentence)]


def own_gauge(sentence: str) -> bool:
    """Whether ``sentence`` tells one of the gauges above (and not the pair's flow by a
    pronoun of the partner)."""
    if _THE_PAIR.search(sentence):
        return False
    if _OWN_GAUGE_CUED.search(sentence):
        return True
    if _ARRIVALS_CUED.search(sentence) is None or home_places().search(sentence):
        return False
    return any(m.code != HOME for m in find_countries(sentence))


__all__ = ["own_gauge", "world_total", "world_total_spans"]
