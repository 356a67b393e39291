"""A place's own count of visitors is no figure of the pair (pure).

"Belize đón khoảng 1,5 triệu lượt khách quốc tế mỗi năm", "thành phố đón khoảng 3,9 triệu
lượt khách", "Barbados welcomed around 700,000 stay-over visitors last year": a country, a
province or a city receiving visitors from everywhere tells its own tourism, whoever
reports it. The pair's figure names whose visitors they are — "Maldives đón khoảng 21.000
lượt khách Việt Nam", "Việt Nam đón 412.000 lượt khách Thái Lan", "visitors from Vietnam"
— so a count with no country after it in its clause is the place's own."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries

# A host receiving them before the count ("đón", "thu hút", "welcomed", "received" …).
# (or a part of such a count after it: "…, trong đó có 4,6 triệu lượt khách quốc tế", "…,
# of which 200,000 were international visitors")
_RECEIVED: Final = re.compile(
    r"(?<![^\W\d_])(?:đón(?:\s+tiếp)?|thu\s+hút|tiếp\s+nhận|welcom\w*|receiv\w*|attract\w*"
    r"|recorded|hosted|trong\s+đó(?:\s+có)?|of\s+which|of\s+whom|including)(?![^\W\d_])[^.;,]{0,24}$",
    re.IGNORECASE,
)
# The count and the visitors it is of ("gần 11 triệu lượt khách", "700,000 visitors"; the
# amount's own text may hold the words or stop before them).
_VISITORS: Final = re.compile(
    r"\D{0,12}?\d[\d.,]*\s*(?:(?:triệu|nghìn|ngàn|vạn|million|thousand)\s+)?(?:lượt\s+)?"
    r"(?:du\s+khách|khách"
    r"|(?:[\w-]+\s+){0,2}?(?:visitors|tourists|arrivals))(?![^\W\d_])",
    re.IGNORECASE,
)


# Whose visitors they are, right after them: a nationality or a country by its capital letter
# ("lượt du khách Áo", "khách từ Áo", "visitors from Vietnam"), or the two sides ("lượt
# khách của hai bên").
_WHOSE: Final = re.compile(
    r"\s*(?:(?:du\s+lịch|quốc\s+tế|lưu\s+trú|international)\s+)?"
    r"(?:(?:(?:đến\s+)?từ|của|from|of)\s+)?(?:[A-ZĐÀ-Ỹ]|hai\s+(?:bên|nước)|both\b)"
)


def own_arrivals(clause: str, start: int) -> bool:
    """Whether the amount at ``clause[start:]`` counts the visitors a place received with no
    country named as theirs after it (in ``clause``, the figure's own clause)."""
    if _RECEIVED.search(clause[:start]) is None:
        return False
    visitors = _VISITORS.match(clause, start)
    if visitors is None or _WHOSE.match(clause, visitors.end()):
        return False
    return not find_countries(clause[visitors.end() :])


__all__ = ["own_arrivals"]
