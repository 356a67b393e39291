"""The year "that year" points back to when the sentence before names one (pure).

"Ngày 12/7/1996, hai nước ký hiệp định hàng không. Cũng trong năm đó, kim ngạch … chỉ đạt
300 triệu USD", "Ties were set up in 1994. That same year, trade came to $20 million": the
figure's year is the one the sentence just before tells (an event's), not the period of a
figure further back. The figure finder asks only when no figure of that sentence was dated.
"""

from __future__ import annotations

import re
from typing import Final

# the words that point back to a year (not a span: "the same period" is the last figure's)
_THAT_YEAR: Final = re.compile(
    r"(?<![^\W\d_])(?:năm\s+(?:đó|này|ấy)|cùng\s+năm|(?:that(?:\s+same)?|the\s+same)\s+year)(?![^\W\d_])",
    re.IGNORECASE,
)
# a year, alone or closing a date ("12/7/1995", "12.2.1981"); no amount's digits ("1.995")
_YEAR: Final = re.compile(r"(?<![\d,])(?<!\d\.\d{3})(?:19|20)\d\d(?!\d|[.,]\d)")
# where a sentence ends: its stop and a space, or a line break
_STOP: Final = re.compile(r"[.!?]\s|\n")


def sentence_before(body: str, start: int) -> tuple[int, str]:
    """(where it starts, its text): the sentence just before offset ``start`` of ``body``."""
    end = len(body[:start].rstrip())
    stops = [m.end() for m in _STOP.finditer(body, 0, max(0, end - 1))]
    begin = stops[-1] if stops else 0
    return begin, body[begin:end]


def year_told_before(body: str, start: int, clause: str, last_dated: int) -> str:
    """The year the sentence before offset ``start`` names, when ``clause`` points back to
    "that year" and no dated figure (ending at ``last_dated``, body offset) lies in that
    sentence; else ""."""
    if not _THAT_YEAR.search(clause):
        return ""
    begin, before = sentence_before(body, start)
    if last_dated > begin:
        return ""  # (the figure just before is in that sentence: its period is the year)
    years = _YEAR.findall(before)
    return years[-1] if years else ""


__all__ = ["sentence_before", "year_told_before"]
