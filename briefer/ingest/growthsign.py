"""The sign of a change: a fall is a negative growth (pure).

"… đạt 21,4 triệu USD, giảm 58% so với cùng kỳ", "trade fell 8% to …", "down 3 per cent",
"a 12% decline": the percentage is a change downwards. Kept as +58 it would be suggested as
"grew by 58%"; a growth figure carries its sign, read from the change word right before the
percentage ("giảm", "fell", "down", "declined by", "a drop of") or right after it ("8% lower",
"a 12% fall").
"""

from __future__ import annotations

import re
from typing import Final

_FALL_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:sụt\s+)?giảm|sụt|fell|falls?|falling|fallen|down|declined?|declining"
    r"|decreased?|decreasing|dropped|drops?|shrank|shrinks?|shrunk|slid|slipped|contracted"
    r"|plunged|tumbled|(?:a|the)\s+(?:drop|fall|decline|decrease|contraction)\s+of)"
    r"(?:\s+(?:by|khoảng|gần|hơn|tới|đến|some|about|around|nearly|almost|over|more\s+than))*"
    r"\s*\Z",
    re.IGNORECASE,
)
_FALL_AFTER: Final = re.compile(
    r"\A\s*(?:lower|less|(?:year-on-year\s+)?(?:drop|fall|decline|decrease|contraction))\b",
    re.IGNORECASE,
)


def signed_growth(
    metric: str, value: float | None, sentence: str, start: int, end: int
) -> float | None:
    """``value`` of the percentage at ``sentence[start:end]``, negative when ``metric`` is a
    growth told as a fall."""
    if value is None or not metric.endswith(".growth"):
        return value
    before = sentence[max(0, start - 40) : start]
    after = sentence[end : end + 30]
    if _FALL_BEFORE.search(before) or _FALL_AFTER.match(after):
        return -abs(value)
    return value


__all__ = ["signed_growth"]
