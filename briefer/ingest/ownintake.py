"""What a place took in from everywhere is its own figure, no pair's (pure).

- The foreign investment it attracted, told as money with no investor named: "Năm 2025, tỉnh
  X thu hút hơn 2 tỷ USD vốn FDI", "the city attracted $1.5 billion in foreign direct
  investment", "Vietnam attracted $30 billion in registered FDI", the projects it drew and
  their money ("thu hút 900 dự án FDI với tổng vốn 12 tỷ USD"), a foreign country's own
  inflows ("Panama's FDI inflows reached $3 billion"). The pair's figure names
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

from briefer.ingest.countries import HOME, find_countries

# The verb that takes the money in, right before the amount ("thu hút hơn", "attracted").
_ATTRACTED: Final = re.compile(
    r"(?<![^\W\d_])(?:thu\s+hút|attract(?:ed|s)?|drew|draws)(?:\s+(?:thêm|được|mới))*"
    r"(?:\s+(?:hơn|khoảng|gần|trên|more\s+than|about|nearly|over|some|around|almost))?"
    r"\s*(?:[A-Z]{0,2}\$|€|£)?\s*\Z",
    re.IGNORECASE,
)
_ATTRACTED_WORD: Final = re.compile(
    r"(?<![^\W\d_])(?:thu\s+hút|attract(?:ed|s)?|drew|draws)(?![^\W\d_])", re.IGNORECASE
)
# Foreign investment just after the amount ("… USD vốn FDI", "… in registered FDI").
_FOREIGN_MONEY: Final = re.compile(
    r"(?:[^,;]|,(?=\d)){0,24}?(?<![^\W\d_])(?:vốn\s+(?:FDI|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)"
    r"|(?:in|of)\s+(?:(?:registered|new|fresh|total)\s+)*(?:FDI|foreign\s+(?:direct\s+)?"
    r"investments?))(?![^\W\d_])",
    re.IGNORECASE,
)
# The projects it attracted, or their money after them: "thu hút hơn 1.600 dự án FDI", "…
# dự án FDI với tổng vốn đăng ký khoảng 35 tỷ USD", "attracted 300 FDI projects".
_PROJECTS: Final = re.compile(
    r"(?:[^,;]|,(?=\d)){0,24}?(?<![^\W\d_])(?:dự\s+án\s+(?:FDI|(?:có\s+)?vốn\s+(?:đầu\s+tư\s+)?"
    r"nước\s+ngoài|đầu\s+tư\s+nước\s+ngoài)|(?:FDI|foreign(?:-invested)?)\s+projects?)(?![^\W\d_])",
    re.IGNORECASE,
)
_PROJECT_MONEY: Final = re.compile(
    r"(?<![^\W\d_])(?:với|có)\s+(?:tổng\s+)?(?:số\s+)?vốn(?:\s+(?:đầu\s+tư|đăng\s+ký))*"
    r"(?:\s+(?:hơn|khoảng|gần|trên|đạt))*\s*\Z|(?:with|worth)\s+(?:a\s+)?(?:total\s+)?"
    r"(?:(?:registered|investment)\s+)*(?:capital\s+)?(?:of\s+)?(?:more\s+than|about|nearly|over)?"
    r"\s*(?:[A-Z]{0,2}\$)?\s*\Z",
    re.IGNORECASE,
)
# A foreign country's own inflows before the amount: "X's FDI inflows hit …".
_INFLOWS: Final = re.compile(
    r"['’]s?\s+(?:(?:net|total|annual)\s+)?(?:FDI|foreign\s+(?:direct\s+)?investment)"
    r"\s+inflows?(?![^\W\d_])",
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
    if verb is not None and (
        _FOREIGN_MONEY.match(clause, at) is not None or _PROJECTS.match(clause, at) is not None
    ):
        return not find_countries(clause[verb.start() :])
    # ("thu hút 1.600 dự án FDI với tổng vốn 35 tỷ USD": the money of the projects it drew)
    money = _PROJECT_MONEY.search(clause, 0, at)
    if money is not None:
        projects = _PROJECTS.search(clause, 0, money.start())
        verb = _ATTRACTED_WORD.search(clause, 0, money.start())
        if projects is not None and verb is not None and verb.end() < projects.end():
            return not find_countries(clause[verb.start() :])
    # ("Costa Rica's FDI inflows hit $5 billion": a foreign country's intake from everywhere)
    inflows = _INFLOWS.search(clause, 0, at)
    if inflows is not None:
        named = find_countries(clause)
        return bool(named) and all(m.code != HOME for m in named)
    return False


def own_visitors(before: str) -> bool:
    """Whether ``before`` (a figure's comma clause up to its amount) counts the visitors to a
    place, or what tourism earned it, naming no country as theirs."""
    # (the words between "khách" and "đến" are kinds of visitor only, so none is a
    # nationality; a place after "đến" is where they went, Việt Nam's total too)
    return bool(_VISITORS_TO.search(before) or _TOURISM_TAKE.search(before))


__all__ = ["own_investment", "own_visitors"]
