"""One economy's own indicators told on their own (pure): no fact of a pair.

Background on the partner or on the reporting province often comes as the economy's own
gauges — its inflation and its central bank's rate ("lạm phát tháng 9/2025 ở mức 2,1%",
"inflation eased to 3.1%"), a province's GRDP ("GRDP của tỉnh tăng 8,6%"), a forecast of how
the economy will grow ("kinh tế X dự kiến tăng trưởng 6,3% năm 2025", "the Commission
expects the economy to expand by 3.3% in 2026"). Such a sentence is a gauge of one side,
not something between the two: when it names no second country and no bilateral words, it
yields no candidate. So is one side's trade with the whole world ("Pakistan's overall
exports rose 7.4% to $32.3 billion", "coffee exports to all destinations") when it does not
name Việt Nam. (An economy's past growth — "GDP tăng 40%" — is left to the editor; its size
alone — "GDP khoảng 113 tỷ USD" — is :mod:`briefer.ingest.ownsize`'s.)
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.owngauges import own_gauge, world_total, world_total_spans
from briefer.ingest.rxparts import BOTH_SIDES, WORD_END, WORD_START
from briefer.text.cuescan import Cued

# Price and rate gauges: inflation, consumer prices, a central bank's policy rate (and its
# foreign reserves).
_PRICES: Final = re.compile(
    r"(?<![^\W\d_])(?:lạm\s+phát|chỉ\s+số\s+giá\s+tiêu\s+dùng|CPIF?|inflation"
    r"|consumer\s+prices|lãi\s+suất\s+(?:điều\s+hành|cơ\s+bản|chính\s+sách)"
    r"|(?:policy|benchmark|key)\s+(?:interest\s+)?rate"
    r"|dự\s+trữ\s+ngoại\s+hối|foreign(?:[\s-]+exchange)?\s+reserves)(?![^\W\d_])",
    re.IGNORECASE,
)
# A province's own output: "GRDP", "tổng sản phẩm trên địa bàn".
_GRDP: Final = re.compile(r"(?<![^\W\d_])(?:GRDP|tổng\s+sản\s+phẩm\s+trên\s+địa\s+bàn)(?![^\W\d_])")
# A forecast of the economy's growth: "kinh tế X dự kiến tăng trưởng", "expects the economy
# to expand", "expects growth of", "GDP is forecast to grow".
_FORECAST: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:nền\s+)?kinh\s+tế|GDP)(?:\s+\S+){0,3}?\s+(?:dự\s+kiến|dự\s+báo|được\s+dự"
    r"\s+báo)\s+(?:sẽ\s+)?tăng\s+trưởng"
    r"|\b(?:expects?|expected|forecasts?|projects?|sees)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:economy|GDP)\s+to\s+(?:grow|expand)|\bexpects?\s+(?:economic\s+)?growth\s+of"
    # (the forecaster told between: "is projected by the Bank of X to grow"; "the economy as a
    # whole is expected to grow")
    r"|\b(?:economy|GDP)(?:\s+as\s+a\s+whole)?\s+is\s+(?:expected|forecast|projected)"
    r"(?:\s+by\s+[^.;,]{1,60}?)?\s+to\s+(?:grow|expand)"
    # growth foretold or aimed at: "Tăng trưởng kinh tế X năm 2025 được ADB dự báo đạt 1,7%",
    # "đặt mục tiêu tăng trưởng GDP 3,2%", "a growth target of 5%"
    r"|(?<![^\W\d_])tăng\s+trưởng\s+(?:kinh\s+tế|GDP)(?:\s+\S+){0,3}?\s+(?:được\s+[^.;,]{1,60}?\s+)?"
    r"(?:dự\s+kiến|dự\s+báo)|(?<![^\W\d_])mục\s+tiêu\s+tăng\s+trưởng\s+(?:kinh\s+tế|GDP)"
    r"|\b(?:growth|GDP)\s+target"
    # the forecaster fronted: "theo dự báo của Viện …, GDP của X chỉ tăng 0,3%", "according
    # to the IMF's forecast, the economy will grow 2%"
    r"|(?<![^\W\d_])(?:theo\s+dự\s+báo|according\s+to\s+(?:[\w'’-]+\s+){0,4}?forecasts?)"
    r"[^.;]{0,100}?,\s*(?:(?:the\s+)?(?:GDP|economy|economic\s+growth)|(?:nền\s+)?kinh\s+tế"
    r"|GDP|tăng\s+trưởng\s+(?:kinh\s+tế|GDP))(?![^\W\d_])",  # ("…, tăng trưởng GDP của X …")
    re.IGNORECASE,
)
# One side's trade with the whole world: "overall exports", "exports as a whole", "to all
# destinations", "xuất khẩu ra thế giới", a rank among the world's exporters (the partner's
# own total, no flow of the pair).
_WORLD: Final = re.compile(
    r"\boverall\s+(?:exports|imports|trade\s+(?:deficit|surplus))\b|\b(?:exports|imports|trade)\s+as\s+a\s+whole\b"
    r"|\b(?:to|from)\s+all\s+(?:destinations|markets|sources|countries)\b"
    r"|(?<![^\W\d_])(?:xuất\s+khẩu\s+ra|nhập\s+khẩu\s+từ)\s+(?:toàn\s+)?thế\s+giới(?![^\W\d_])"
    # a country ranked among the world's traders: "the world's largest beef exporter", "one
    # of the world's top exporters", "nước xuất khẩu thịt bò lớn thứ 8 thế giới", "… hàng đầu
    # thế giới"
    r"|\bworld'?s\s+(?:[\w-]+\s+){0,3}?(?:exporter|importer|producer|supplier|buyer)s?\b"
    r"|(?<![^\W\d_])(?:nước|quốc\s+gia|nhà)\s+(?:xuất|nhập)\s+khẩu(?:\s+[^\W\d_]+){0,4}?\s+"
    r"(?:lớn|hàng\s+đầu)(?:\s+(?:nhất|thứ\s+\S+))?\s+(?:trên\s+)?thế\s+giới(?![^\W\d_])",
    re.IGNORECASE,
)
# A foreign country's total trade, its owner named after it: "Tổng kim ngạch xuất khẩu dầu
# mỏ của Iran …", "total exports of Chile" (its trade with the world, no flow of the pair).
_TOTAL_OF: Final = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+(?:kim\s+ngạch\s+)?(?:xuất|nhập)\s+khẩu(?:\s+[^\W\d_]+){0,3}?"
    r"\s+của|total\s+(?:[\w-]+\s+){0,2}?(?:exports|imports)\s+of)\s+",
    re.IGNORECASE,
)


# Words that make a sentence the pair's: "hai nước", "song phương", "bilateral", "two-way".
_BETWEEN: Final = re.compile(rf"{WORD_START}{BOTH_SIDES}{WORD_END}", re.IGNORECASE)

# A country a flow goes to or comes from: "sang Hàn Quốc", "từ Peru", "with Kenya".
_TOWARD: Final = re.compile(
    r"(?<![^\W\d_])(?:sang|từ|với|vào|to|from|with|into)\s+(?:thị\s+trường\s+|the\s+)?\Z",
    re.IGNORECASE,
)

# The slowest searches behind a scan for their literal words (cuescan.py: the same answers,
# the pattern run only on a sentence that holds one of them).
_WORLD_CUED: Final = Cued(_WORLD)
_GRDP_CUED: Final = Cued(_GRDP)
_FORECAST_CUED: Final = Cued(_FORECAST)


def own_indicators(sentence: str) -> bool:
    """Whether ``sentence`` tells an economy's own gauge (inflation, a policy rate, a
    province's GRDP, a growth forecast) and nothing between two countries."""
    world = _WORLD_CUED.search(sentence) or _foreign_total(sentence) or world_total(sentence)
    gauge = bool(
        _PRICES.search(sentence) or _GRDP_CUED.search(sentence) or _FORECAST_CUED.search(sentence)
    )
    gauge = gauge or own_gauge(sentence)  # (a city's total, income per head, tourists …)
    if not (world or gauge):
        return False  # (as below, without the scan for bilateral words: most sentences)
    # ("Chile's total two-way trade with the world": "two-way" inside a world total
    # is that total's, no bilateral word)
    spans = world_total_spans(sentence)
    between = [
        m for m in _BETWEEN.finditer(sentence) if not any(a <= m.start() < b for a, b in spans)
    ]
    if between:
        return False
    named = find_countries(sentence)
    if world and not gauge:
        # (whose trade is named; it names other buyers freely: "… fell 2.7%, weighed down by
        # lower shipments to the United States"; Việt Nam named is the pair's)
        return bool(named) and not any(m.code == HOME for m in named)
    if any(_TOWARD.search(sentence[max(0, m.start - 30) : m.start]) for m in named):
        return False  # "…; xuất khẩu sang Peru đạt …": a flow of the pair beside the gauge
    return len({m.code for m in named}) < 2


def _foreign_total(sentence: str) -> bool:
    """A total of trade owned by a country other than Việt Nam ("… của Iran")."""
    totals = list(_TOTAL_OF.finditer(sentence))
    if not totals:
        return False  # (no total named: no owner to look for among the countries)
    starts = {m.start: m.code for m in find_countries(sentence)}
    return any(starts.get(m.end(), HOME) != HOME for m in totals)


__all__ = ["own_indicators"]
