"""A figure between Việt Nam and a whole region (pure): "tổng kim ngạch thương mại Việt Nam -
châu Phi năm 2024 đạt 10,5 tỷ USD, trong đó Nigeria …", "trade between Vietnam and ASEAN",
"Vietnam-EU trade"; or a bloc of countries: "Thương mại Việt Nam - EAEU năm 2024 đạt …",
"trade between Vietnam and Mercosur". It is no pair's figure — the country named after it
(Nigeria), or the member the text is about, must not get Việt Nam's trade with all of Africa
or the whole bloc in its brief."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.regions import REGIONS
from briefer.ingest.rxparts import WORD_END, WORD_START, rx

_HOME: Final = r"(?:Việt Nam|Vietnam|Viet Nam)"
# "Việt Nam - châu Phi", "Việt Nam và ASEAN", "giữa Việt Nam với EU", "Vietnam-EU",
# "between Vietnam and Latin America" (a region right after the joining word).
_JOIN: Final = re.compile(
    _HOME + r"(?:[^\S\n]*[-–—][^\S\n]*|[^\S\n]+(?:và|với|and|with)[^\S\n]+)(?:the[^\S\n]+)?"
    # (the region as a whole named so: "với toàn khu vực Trung Á", "with the whole of Central
    # Asia", "with the entire region of …")
    r"(?:(?:toàn|cả)[^\S\n]+)?(?:(?:khu[^\S\n]+vực|vùng)[^\S\n]+)?"
    r"(?:(?:whole|entire)[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?)?"
)


# Trade and customs blocs, as a whole (a member's name is a country, not one of these).
_BLOCS: Final = rx(
    r"(?:EAEU|Eurasian Economic Union|Liên minh Kinh tế Á ?- ?Âu|Mercosur|MERCOSUR|CARICOM|GCC"
    r"|Gulf Cooperation Council|ECOWAS|SACU|EFTA|Pacific Alliance|Liên minh Thái Bình Dương)"
    rf"{WORD_END}"
)

# The flow right before a bloc's pair: "Thương mại Việt Nam - EAEU …", "kim ngạch giữa Việt
# Nam và …", "trade between Vietnam and Mercosur reached …" (never "a free trade agreement
# between Vietnam and Mercosur, … 270 million people": the agreement's, no flow's).
_FLOW_RIGHT_BEFORE: Final = rx(
    rf"{WORD_START}(?:[Tt]hương mại|[Kk]im ngạch(?: thương mại)?(?: hai chiều)?|[Tt]rade"
    r"|[Tt]urnover)(?: (?:giữa|between))? $"
)


def region_sided(clause: str) -> bool:
    """Whether ``clause`` (the words before a figure) pairs Việt Nam with a region."""
    for join in _JOIN.finditer(clause):
        rest = clause[join.end() :]
        if _BLOCS.match(rest) and _FLOW_RIGHT_BEFORE.search(clause, 0, join.start()):
            return True  # ("Thương mại Việt Nam - EAEU", "trade between Vietnam and Mercosur")
        for region, pattern in REGIONS:
            found = pattern.match(rest)
            if found and region != "world":
                return True
    return False


__all__ = ["region_sided"]
