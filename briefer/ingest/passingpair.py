"""Việt Nam's trade with a third country, named in passing in another pair's text (pure).

A note on Việt Nam and Pakistan compares: "Kim ngạch xuất khẩu của Việt Nam sang Ấn Độ 10
tháng năm 2025 đạt 6,9 tỷ USD."; a story on Qatar adds "Trade between Vietnam and the UAE
alone topped $6 billion last year."; one on Argentina "Riêng Brazil, kim ngạch với Việt Nam
năm ngoái vượt 7,7 tỷ USD.". The third country is named once or twice in the whole text,
never in its title, while the text's partner runs through it: the figure measures the
partner against a neighbour, no fact the brief of the third pair would be built from. A
text that covers two partners (a bulletin on Mozambique and Angola, a trip to South Africa
and Tanzania) names the second one often, or in its title, and keeps its figures.

Only a trade amount, its growth or a rank that names Việt Nam beside the third country, or
the third country alone ("Cùng kỳ, xuất khẩu sang Ấn Độ đạt …" in a text on Việt Nam's
trade), is dropped ("Singapore remained the largest foreign investor in Vietnam, followed by
South Korea and Japan" in a story on US investors); a place's own exports by destination
("Bình Định xuất khẩu …, chủ yếu sang Mỹ") are the other rules'.
"""

from __future__ import annotations

from collections import Counter

from briefer.ingest.candidate import Candidate
from briefer.ingest.countries import HOME, count_countries, find_countries
from briefer.text.amountwords import CURRENCIES

# How often the third country may be named in the body to be a passing one, and how often
# the text's partner must be named for the text to be its.
_PASSING: int = 2
_MAIN_AT_LEAST: int = 4


def _passing(c: Candidate, counts: Counter[str], in_title: Counter[str], main: str) -> bool:
    code = c.pair.rpartition("-")[2]
    # (its rank or its growth too: "Mỹ vẫn là thị trường xuất khẩu lớn nhất của Việt Nam",
    # "xuất khẩu … sang Ả-rập Xê-út đạt 2,1 tỷ USD, tăng 15%": the third pair's, told in passing)
    if c.kind != "figure" or c.unit not in (*CURRENCIES, "rank", "%") or code in (main, HOME):
        return False
    if counts[code] > _PASSING or in_title[code] or counts[main] < _MAIN_AT_LEAST:
        return False
    named = {m.code for m in find_countries(c.quote)}
    # (Việt Nam may go unsaid in a text on its trade: "Cùng kỳ, xuất khẩu sang Ba Lan đạt …"
    # names the destination alone, the drafter's VN pair is the text's own voice)
    # (the partner may be named after it, as what the figure is compared with: "…, gấp ba so
    # với [the partner]", :mod:`briefer.ingest.thirdend`)
    # (or several passing third countries ranked together: "Singapore led with $12.1 billion,
    # while South Korea registered $6.2 billion" in a story on Japan's investment in Việt Nam)
    others = named - {HOME, main}
    ranked = len(others) >= 2 and all(counts[o] <= _PASSING and not in_title[o] for o in others)
    return code in named and (HOME in named or named <= {code, main} or ranked)


def passing_pairs(body: str, candidates: list[Candidate], title: str, main: str) -> list[Candidate]:
    """``candidates`` less the trade figures of Việt Nam with a third country that ``body``
    (titled ``title``, on the pair with ``main``) names only in passing."""
    counts, in_title = count_countries(body), count_countries(title)
    return [c for c in candidates if not _passing(c, counts, in_title, main)]


__all__ = ["passing_pairs"]
