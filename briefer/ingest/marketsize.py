"""A market's size or a body's holdings, no pair's figure (pure): "thị trường thực phẩm
Halal của các nước GCC ước đạt 60 tỷ USD vào năm 2030", "the regional halal market is
estimated at $60 billion", "Cơ quan Đầu tư X hiện quản lý khối tài sản ước tính trên 520 tỷ
USD", "the fund manages assets of over $500 billion", "dự trữ ngoại hối … đạt …".

How big a market is, or what a fund or a central bank holds, is told beside the pair's
trade as a reason for it; it is no trade or investment between the two. Owns that test of
a figure's clause up to its amount; :mod:`briefer.ingest.ownfigures` asks it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import WORD_END, WORD_START

# A market named by its goods or place (not "thị trường xuất khẩu", an export market of a
# side's), then the verb giving its size — or, in Vietnamese, whose market it is, the verb
# being the amount's own ("thị trường … của các nước GCC ước đạt 60 tỷ USD"). (A market "of
# 60 million people" is a count the keys hold as the partner's, kept.)
_MARKET: Final = re.compile(
    rf"{WORD_START}(?:thị\s+trường(?!\s+(?:xuất\s+khẩu|nhập\s+khẩu|Việt\s+Nam))"
    r"|(?:[\w-]+\s+)?market(?!\s+(?:share|access)))"
    r"[^,;]{0,60}?\s(?:(?:ước|dự\s+kiến|có\s+thể)\s+)?(?:đạt|trị\s+giá|quy\s+mô"
    r"|is|was|are|were|could|will)(?:\s+(?:estimated|valued|worth|expected|projected|reach"
    r"|be|at|to|khoảng|trên|gần|hơn))*\s*(?:at\s+)?[^,;\s]{0,12}\s*\Z"
    rf"|{WORD_START}thị\s+trường\s(?!xuất\s+khẩu|nhập\s+khẩu)[^,;]{{1,60}}?\scủa\s[^,;]{{1,40}}\Z",
    re.IGNORECASE,
)
# What a fund, a bank or a state holds: "quản lý khối tài sản", "foreign reserves".
_HOLDINGS: Final = re.compile(
    rf"{WORD_START}(?:(?:quản\s+lý|nắm\s+giữ|sở\s+hữu)\s+(?:khối\s+|tổng\s+)?tài\s+sản"
    r"|dự\s+trữ\s+ngoại\s+hối|assets\s+under\s+management|manag(?:es|ed|ing)\s+(?:assets"
    rf"|a\s+portfolio)|foreign(?:[-\s]exchange)?\s+reserves){WORD_END}",
    re.IGNORECASE,
)
# The pair's own words, or a flow's: a size of their trade, or exports to a market, is a
# flow's figure.
_PAIRS: Final = re.compile(
    rf"{WORD_START}(?:hai\s+nước|song\s+phương|giữa|Việt\s+Nam|Vietnam|Viet\s+Nam|bilateral"
    r"|between|xuất\s+khẩu|nhập\s+khẩu|kim\s+ngạch|thương\s+mại|exports?|imports?|trade"
    rf"|shipments?){WORD_END}",
    re.IGNORECASE,
)


def market_size(before: str) -> bool:
    """Whether ``before`` (a figure's clause up to its amount) sizes a market or tells a
    body's holdings, naming neither the pair nor Việt Nam."""
    if _PAIRS.search(before):
        return False
    return bool(_MARKET.search(before) or _HOLDINGS.search(before))


__all__ = ["market_size"]
