"""A trade amount whose flow its own clause tells after it (pure).

The miner reads a figure's metric from the nearest trade word before it, or after it when
none comes before. Two shapes put the deciding words after the amount, and there the nearest
word misleads:

- the whole before its part: "con số này là 92 triệu USD, trong đó xuất khẩu … đạt 85
  triệu USD", "it reached US$12.7 million, with Vietnam's exports … at US$12.1 million" —
  the first amount is the two-way total the exports are part of, not an export figure;
- a relative clause naming who bought or sold: "most of the US$58 million Sierra Leone
  imported from Vietnam", "khoảng 9 triệu USD mà Kiribati nhập khẩu từ Việt Nam" — a flow
  whose side its verb and its "from/to Việt Nam" tell, whatever trade word came before.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.flowside import FLOW

# Words of trade or of a flow before the amount: when there is one, the nearest-cue reading
# stands (the whole-and-part rule is only for an amount nothing before it names).
# (a flow's own words are flowside's FLOW; these name the trade as a whole)
_TRADE_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:kim\s+ngạch|thương\s+mại|trade|sales)(?![^\W\d_])", re.IGNORECASE
)
# ", trong đó xuất khẩu …", ", with Vietnam's exports …", ", of which exports …": a part
# of the amount before, named right after it (a period or a place may come between).
_PART_AFTER: Final = re.compile(
    r"\A[^,.;:]{0,40}?,?\s*(?:trong\s+đó|of\s+which|with|in\s+which|including|bao\s+gồm)\s"
    r"[^,.;]{0,40}?(?:xuất\s+khẩu|nhập\s+khẩu|exports?|imports?)(?![^\W\d_])",
    re.IGNORECASE,
)
# "the US$58 million Sierra Leone imported from Vietnam", "… mà Kiribati nhập khẩu từ Việt
# Nam": a subject (capitalised words) and a flow verb right after the amount.
_RELATIVE: Final = re.compile(
    r"\A\s+(?:(?:that|which|mà)\s+)?(?P<subject>[A-ZĐ][\w'’-]*(?:\s+[A-ZĐ][\w'’-]*){0,3})\s+"
    r"(?:(?P<in>imported|bought|purchased|nhập\s+khẩu|mua)|(?P<out>exported|sold|shipped"
    r"|xuất\s+khẩu|bán))\s+(?:(?:goods\s+|hàng\s+hóa\s+)?(?P<dir>from|to|into|từ|sang|cho)\s+"
    r"(?P<end>[^,.;]{2,40}))?",
)
_CURRENCY_ONLY: Final = frozenset({"", "%"})


def _is_home(words: str) -> bool:
    found = find_countries(words)
    return bool(found) and found[0].code == HOME


def clause_flow(text: str, at: int, end: int, metric: str, unit: str) -> str:
    """The metric the amount at ``text[at:end]`` takes from the words after it, or "" when
    they decide nothing (``metric`` is what the nearest trade word said)."""
    if unit in _CURRENCY_ONLY or not metric.startswith("trade."):
        return ""
    after = text[end : end + 120]
    relative = _RELATIVE.match(after)
    if relative:
        subject_home = _is_home(relative.group("subject"))
        end_home = bool(relative.group("end")) and _is_home(relative.group("end"))
        bought = bool(relative.group("in"))
        # Việt Nam buys (or the partner sells to Việt Nam): an import; else an export
        if subject_home:
            return "trade.imports" if bought else "trade.exports"
        if relative.group("dir") and end_home:
            return "trade.exports" if bought else "trade.imports"
        return ""
    if metric in ("trade.exports", "trade.imports") and _PART_AFTER.match(after):
        before = text[max(0, at - 200) : at]
        cut = max(before.rfind(". "), before.rfind(";"))
        words = before[cut + 1 :]
        if not (_TRADE_BEFORE.search(words) or FLOW.search(words)):
            return "trade.total"
    return ""


__all__ = ["clause_flow"]
