"""Where a visit went, told by its noun (pure): "Chuyến công tác Nhật Bản của Phó thủ tướng
…" (a trip named with its destination right after it, no visiting verb), and "The visit,
…, is the first by a Czech head of government to Vietnam" (an ordinal's "by <who> to
<where>" the words after "to" name). The visit's direction for
:mod:`briefer.ingest.visitdirection` when no verb of visiting names a country."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

# A trip's noun, its destination written right after it ("chuyến công tác Nhật Bản",
# "cuộc công du châu Âu và Pháp" is a region first: no country right after, no reading).
_TRIP_NOUN: Final = re.compile(
    r"(?<![^\W\d_])(?:chuyến|cuộc)\s+(?:công\s+tác|công\s+du|thăm)"
    r"(?:\s+(?:chính\s+thức|cấp\s+nhà\s+nước|làm\s+việc))*\s+(?=[A-ZĐ])",
    re.IGNORECASE,
)
# "the first by a Czech head of government to Vietnam", "the second visit by … to …": the
# visitor after "by", where to after "to" (never across a sentence's clause end).
_ORDINAL_BY: Final = re.compile(
    r"\b(?:first|second|third|fourth|fifth|latest|last|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:official\s+|state\s+|working\s+)?(?:visit|trip|one)\s+)?by\s+[^.;]{1,80}?\s+to\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def _side(code: str, partner: str) -> str:
    return "outbound" if code == partner else "inbound" if code == HOME else ""


def trip_side(text: str, partner: str) -> str:
    """ "outbound" / "inbound" when a trip's noun or an ordinal's "by … to" names the pair's
    country it went to, else ""."""
    for pattern in (_TRIP_NOUN, _ORDINAL_BY):
        for match in pattern.finditer(text):
            for mention in find_countries(text[match.end() : match.end() + 60]):
                if mention.start == 0:
                    side = _side(mention.code, partner)
                    if side:
                        return side
                break
    return ""


__all__ = ["trip_side"]
