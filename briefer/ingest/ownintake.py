"""What a place took in from everywhere is its own figure, no pair's (pure).

- The foreign investment it attracted, told as money with no investor named: "Năm 2025, tỉnh
  X thu hút hơn 2 tỷ USD vốn FDI", "the city attracted $1.5 billion in foreign direct
  investment", "Vietnam attracted $30 billion in registered FDI". The pair's figure names
  whose money it is ("… vốn FDI từ Hàn Quốc", "… 27 dự án mới của Hàn Quốc với tổng vốn …").
- The visitors who came to it with no nationality on them, and what tourism earned it:
  "tổng lượng khách du lịch quốc tế đến thành phố ước đạt 5 triệu lượt", "tổng lượt khách
  lưu trú tại X đạt …", "doanh thu du lịch ước đạt 4.000 tỷ đồng". The pair's count names
  the visitors ("lượng khách Hàn Quốc đến Việt Nam đạt …", "khách du lịch Ấn Độ đến X"), and
  :mod:`briefer.ingest.ownarrivals` owns the "X đón N lượt khách" form.

A province's or a country's intake from the whole world, told in an article about one
partner, would otherwise be filed as that partner's figure.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries

# The verb that takes the money in, right before the amount ("thu hút hơn", "attracted").
_ATTRACTED: Final = re.compile(
    r"(?<![^\W\d_])(?:thu\s+hút|attract(?:ed|s)?|drew|draws)(?:\s+(?:thêm|được|mới))*"
    r"(?:\s+(?:hơn|khoảng|gần|trên|more\s+than|about|nearly|over|some|around|almost))?"
    r"\s*(?:[A-Z]{0,2}\$|€|£)?\s*\Z",
    re.IGNORECASE,
)
# Foreign investment just after the amount ("… USD vốn FDI", "… in registered FDI").
_FOREIGN_MONEY: Final = re.compile(
    r"(?:[^,;]|,(?=\d)){0,24}?(?<![^\W\d_])(?:vốn\s+(?:FDI|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)"
    r"|(?:in|of)\s+(?:(?:registered|new|fresh|total)\s+)*(?:FDI|foreign\s+(?:direct\s+)?"
    r"investments?))(?![^\W\d_])",
    re.IGNORECASE,
)
# A count of visitors to a place, the words between "khách" and "đến" only kinds of visitor
# (no nationality): "tổng lượng khách du lịch quốc tế đến X ước đạt".
_VISITORS_TO: Final = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+)?(?:lượng|lượt|số(?:\s+lượt)?)\s+(?:du\s+)?khách"
    r"(?:\s+(?:du\s+lịch|quốc\s+tế|nội\s+địa|lưu\s+trú))*\s+(?:đến|tới|tại|về)\s+[^,;]{1,40}?"
    r"(?:\s+(?:(?:đã|ước|năm\s+\d{4})\s+)*(?:đạt|là|tăng)[^,;]{0,20}?)?\s*\Z",
    re.IGNORECASE,
)
# What tourism earned, no visitors named: "tổng thu du lịch đạt", "doanh thu du lịch ước đạt".
_TOURISM_TAKE: Final = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+(?:doanh\s+)?thu|doanh\s+thu)\s+(?:từ\s+)?(?:ngành\s+)?du\s+lịch"
    r"(?:\s+(?:của|toàn)\s+[^,;]{1,30}?)?(?:\s+(?:(?:đã|ước)\s+)*(?:đạt|là|tăng)[^,;]{0,20}?)?"
    r"\s*\Z",
    re.IGNORECASE,
)


def own_investment(clause: str, at: int) -> bool:
    """Whether the amount at ``clause[at:]`` (``clause`` its comma clause) is foreign
    investment a place attracted, with no investor country named after the verb."""
    verb = _ATTRACTED.search(clause[:at])
    if verb is None or _FOREIGN_MONEY.match(clause, at) is None:
        return False
    return not find_countries(clause[verb.start() :])


def own_visitors(before: str) -> bool:
    """Whether ``before`` (a figure's comma clause up to its amount) counts the visitors to a
    place, or what tourism earned it, naming no country as theirs."""
    # (the words between "khách" and "đến" are kinds of visitor only, so none is a
    # nationality; a place after "đến" is where they went, Việt Nam's total too)
    return bool(_VISITORS_TO.search(before) or _TOURISM_TAKE.search(before))


__all__ = ["own_investment", "own_visitors"]
