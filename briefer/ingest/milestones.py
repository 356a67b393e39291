"""A round sum the figure passed is a mark, not the figure (pure).

"Năm 2024, thương mại song phương đạt 5,2 tỷ USD, lần đầu vượt mốc 5 tỷ USD", "lần đầu tiên
vượt ngưỡng 500 triệu USD", "trade topped the $2 billion mark": the mark is a milestone the
flow passed, its value no measure of it. Read with the flow's metric it would stand beside
the real total of the same period as a second value (a conflict that is none), or alone as a
total it never was ("dậm chân quanh mốc 800 triệu USD"). The figure keeps its words and its
amount, without a metric. (A flow told only as what it exceeded — "trade exceeded $510
million in ten months", "con số này đã vượt 14 tỷ USD" — names no mark: the keys take the
sum as the figure, and so does this. An aim to pass a mark, "phấn đấu vượt mốc 1 tỷ USD vào
năm 2030", stays a target.)"""

from __future__ import annotations

import re
from typing import Final

_MARK_BEFORE: Final = re.compile(r"(?<![^\W\d_])(?:cột\s+)?(?:mốc|ngưỡng)\s*\Z", re.IGNORECASE)
_MARK_AFTER: Final = re.compile(r"\s*(?:mark|milestone|threshold|level)\b", re.IGNORECASE)


def milestone(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` is a mark the figure passed."""
    return bool(_MARK_BEFORE.search(text, 0, start) or _MARK_AFTER.match(text, end))


__all__ = ["milestone"]
