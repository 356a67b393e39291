"""A foreign country's own exports, with no counterpart (pure): "Oman's non-oil exports grew
by 12.4% last year", "Qatar xuất khẩu khoảng 80 tỷ USD khí đốt" — the one country named
is the flow's owner, and nothing names Việt Nam, the two countries or a destination. What it
sells the whole world is no figure of the pair. (Its imports stay: "Yemen nhập khẩu khoảng
90% lương thực" is the market Việt Nam's exporters sell to, a fact the keys keep.)"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

# The owner then its exports: "Oman's (non-oil) exports", "Qatar (hiện) xuất khẩu".
_FLOW_AFTER: Final = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:exports|(?:hiện\s+)?xuất\s+khẩu)\b",
    re.IGNORECASE,
)
# Any word of the pair or of a counterpart: then it is no country's own trade.
_PAIRED: Final = re.compile(
    r"\b(?:Vi[eệ]t\s?Nam|Vietnam(?:ese)?|hai\s+(?:nước|bên|chiều)|song\s+phương|two[- ]way"
    r"|bilateral|two\s+countries|both\s+sides|(?:the|our)\s+country|nước\s+(?:ta|này|bạn))\b",
    re.IGNORECASE,
)


def own_flow(clause: str, at: int) -> bool:
    """Whether the amount at ``at`` of ``clause`` is one foreign country's own exports: the
    clause names that country alone, as the owner of the exports before it."""
    mentions = find_countries(clause)
    if len({m.code for m in mentions}) != 1 or mentions[0].code == HOME:
        return False
    owner = mentions[0]
    if owner.start > at or not _FLOW_AFTER.match(clause, owner.end):
        return False
    return not _PAIRED.search(clause)


__all__ = ["own_flow"]
