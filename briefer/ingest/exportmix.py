"""A foreign country's own export mix: a good's share of what that country sells (pure).

Background on a partner tells what its economy lives on: "Dầu mỏ vẫn chiếm hơn 60% kim ngạch
xuất khẩu của Gabon", "chè và cà phê … chiếm khoảng 60% kim ngạch xuất khẩu của nước này",
"Kinh tế X phụ thuộc vào khai thác vàng, chiếm khoảng 80% kim ngạch xuất khẩu", "oil accounts
for about 90% of Azerbaijan's exports". The share is of the foreign country's whole trade
with the world, no end of it named: no figure of the pair.

The pair's own mix is kept: a clause naming Việt Nam or the two sides ("gạo chiếm hơn 60% kim
ngạch xuất khẩu của Việt Nam sang Senegal"), a share whose trade has an end after it ("… tổng
kim ngạch nhập khẩu từ thị trường Đông Phi"), and a share with no country in its clause at all
("Điện thoại và linh kiện chiếm gần 60% kim ngạch xuất khẩu": the article's flow).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.rxparts import BOTH_SIDES, HOME_NAME, WORD_END, WORD_START

_HEDGE: Final = (
    r"(?:(?:khoảng|gần|hơn|trên|tới|xấp\s+xỉ|about|around|nearly|almost|over|some|roughly"
    r"|more\s+than|up\s+to)\s+)?"
)
# "chiếm khoảng 80% (tổng) kim ngạch xuất khẩu (chè)", then "của X" or nothing at the end.
_MIX_VI: Final = re.compile(
    r"chiếm\s+" + _HEDGE + r"(?P<n>\d[\d.,]*\s*%)\s+(?:tổng\s+)?(?:kim\s+ngạch|giá\s+trị)\s+"
    r"(?:xuất|nhập)\s+khẩu(?:\s+(?!của\b|sang\b|từ\b|vào\b|tới\b|đến\b)[^\W\d][\w-]*){0,2}"
    r"(?P<owner>\s+của\s+(?:nước\s+này|[^\W\d][^,;.()]{0,40}?))?\s*(?=[,;.)]|$)",
    re.IGNORECASE,
)
# "accounts for about 90% of Azerbaijan's (total) exports", "of its exports".
_MIX_EN: Final = re.compile(
    r"account(?:s|ed|ing)?\s+for\s+" + _HEDGE + r"(?P<n>\d[\d.,]*\s*(?:%|per\s*cent))\s+of\s+"
    r"(?P<owner>its|the\s+country's|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|’s))\s+(?:total\s+)?"
    r"(?:exports|imports|export\s+earnings)\s*(?=[,;.)]|$)",
)
# Words that put the home side or both sides in the clause: then the mix is the pair's.
_PAIRED: Final = re.compile(
    rf"{WORD_START}(?:{HOME_NAME}|{BOTH_SIDES}|nước\s+ta|cả\s+nước|sang|từ){WORD_END}",
    re.IGNORECASE,
)


def export_mix(sentence: str, at: int) -> bool:
    """Whether the amount at ``at`` of ``sentence`` is a good's share of one foreign
    country's own exports or imports, with no end of that trade named. The whole sentence is
    asked for the owner and the pair: a fact sheet's "X là …; GDP …, trong đó dầu khí chiếm
    …" names its country before the semicolon."""
    for rx in (_MIX_VI, _MIX_EN):
        for m in rx.finditer(sentence):
            if not m.start() <= at < m.end("n"):
                continue
            if _PAIRED.search(sentence):
                return False
            owners = {c.code for c in find_countries(sentence)}
            by_reference = (m.group("owner") or "").strip().casefold() in ("của nước này", "its")
            return HOME not in owners and (bool(owners) or by_reference)
    return False


__all__ = ["export_mix"]
