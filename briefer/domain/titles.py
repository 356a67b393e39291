"""The titles a visitor is named by, and the names the two sides of a visit go by (pure).

Kept apart from :mod:`briefer.domain.english` (which re-exports them) so that a caller that
needs only the titles — the assembler's "latest high-level visit" test
(:mod:`briefer.domain.visitlevel`) — does not load the English wording's whole chain at an
export's start-up.
"""

from __future__ import annotations

from typing import Final

from briefer.domain.model import Country, Fact

# (Vietnamese, English): the titles a visitor is named by (longest first where one contains
# another). Only these name a visitor: "Đối tác toàn diện" before "… của Chủ tịch nước X" is
# a partnership, not a person's title.
TITLE_TERMS: Final[tuple[tuple[str, str], ...]] = (
    ("Tổng Bí thư", "General Secretary"),
    ("Chủ tịch nước", "President"),
    ("Phó Chủ tịch nước", "Vice President"),
    ("Chủ tịch Quốc hội", "Chairman of the National Assembly"),
    ("Phó Chủ tịch Quốc hội", "Vice Chairman of the National Assembly"),
    ("Thủ tướng Chính phủ", "Prime Minister"),
    ("Thủ tướng", "Prime Minister"),
    ("Phó Thủ tướng", "Deputy Prime Minister"),
    ("Bộ trưởng Ngoại giao", "Minister of Foreign Affairs"),
    ("Bộ trưởng Bộ Ngoại giao", "Minister of Foreign Affairs"),
    ("Bộ trưởng Công Thương", "Minister of Industry and Trade"),
    ("Bộ trưởng", "Minister"),
    ("Thứ trưởng Ngoại giao", "Deputy Minister of Foreign Affairs"),
    ("Thứ trưởng", "Deputy Minister"),
    ("Tổng thống", "President"),
    ("Phó Tổng thống", "Vice President"),
    ("Chủ tịch Thượng viện", "President of the Senate"),
    ("Chủ tịch Hạ viện", "President of the Chamber of Deputies"),
    ("Chủ tịch Quốc hội Peru", "President of the Congress of Peru"),
    ("Đại sứ", "Ambassador"),
    ("Ngoại trưởng", "Foreign Minister"),
)  # fmt: skip
HOME_NAMES: Final = ("Việt Nam", "Viet Nam", "Vietnam")  # (the first: Vietnamese's)


def visit_names(
    fact: Fact, home: Country | None, partner: Country | None
) -> tuple[list[str], list[str]]:
    """Every name the two countries go by (to tell them from a visitor's name), and the
    visiting side's (its visitor's title is followed by them)."""
    names = [n for c in (home, partner) if c for n in (c.name_vi, c.name_en)] + [*HOME_NAMES]
    outbound = fact.metric == "visit.outbound"
    side = home if outbound else partner
    visiting = [side.name_vi, side.name_en] if side else []
    return names, [*visiting, *(HOME_NAMES if outbound else ())]


__all__ = ["HOME_NAMES", "TITLE_TERMS", "visit_names"]
