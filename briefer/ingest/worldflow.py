"""A flow to or from the whole world, no pair's (pure): "Năm 2024, tỉnh Đồng Nai xuất khẩu
1,2 triệu tấn gạo, trị giá 745 triệu USD, sang hơn 40 thị trường", "Globally, Danish
companies invested a record USD 38 billion overseas in 2025", "đầu tư ra nước ngoài 1 tỷ
USD", "Chile's trade surplus with the world".

A figure whose clause sends goods or money to many markets, abroad or worldwide, and names
one country at most (the side whose flow it is), is that side's own total — no figure of
the pair with the partner.
Owns that test; :mod:`briefer.ingest.ownfigures` asks it of a figure's clause.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries

# Nouns of a flow: only a flow "with the world" is one ("Chile's trade surplus with the
# world", "thâm hụt thương mại của Ấn Độ với thế giới"), not a tie ("connect with the
# world", "hội nhập với thế giới").
_FLOW = (
    r"(?:trade|surplus|deficit|balance|exports?|imports?|thương\s+mại|thâm\s+hụt|thặng\s+dư"
    r"|xuất\s+khẩu|nhập\s+khẩu|buôn\s+bán)"
)
_WORLD: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:sang|tới|đến|vào|từ)\s+(?:hơn\s+|trên\s+|gần\s+)?\d+\s+(?:thị\s+trường"
    r"|quốc\s+gia|nước)|ra\s+nước\s+ngoài|ra\s+thế\s+giới|toàn\s+cầu"
    r"|(?:to|from|in)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d+\s+(?:markets|countries)"
    # a side's balance or trade "with the world" ("… deficit with the world", "thâm hụt
    # thương mại với thế giới")
    rf"|{_FLOW}(?:\s+(?:của|of)(?:\s+[^\W\d_]+){{1,3}})?\s+(?:(?:with|to|from)\s+the\s+(?:rest\s+of\s+the\s+)?world"
    r"|với\s+(?:toàn\s+)?thế\s+giới)"
    r"|overseas|abroad|globally|worldwide)(?![^\W\d_])",
    re.IGNORECASE,
)
# The pair named as one ("hai nước", "bilateral"): the figure is theirs, whatever the world
# phrase beside it ("…, giúp Chile kết nối với thế giới"). Not "two-way"/"hai chiều": a
# direction, said of trade with the world too.
_PAIR: Final = re.compile(
    r"(?<![^\W\d_])(?:hai\s+nước|hai\s+bên|song\s+phương|bilateral"
    r"|the\s+two\s+(?:countries|sides|nations)|both\s+(?:countries|sides))(?![^\W\d_])",
    re.IGNORECASE,
)


def world_flow(clause: str, comma_clause: tuple[int, int]) -> bool:
    """Whether the amount of ``clause`` (a figure's clause; ``comma_clause`` the part of it
    between commas that holds the amount) tells a flow with the whole world.

    The world phrase is in the amount's part, in a part before it ("Chile's surplus with the
    world, by contrast, reached …") or opens the part right after it ("…, trị giá 745 triệu
    USD, sang hơn 40 thị trường"); the text from the world phrase's part to the amount's part
    names one country at most (the side whose flow it is) and not the pair as one. A part
    joined on after the amount ("…, while Chile's trade with the world hit …") is another
    statement's."""
    c_start, c_end = comma_clause
    world = None
    for match in _WORLD.finditer(clause, 0, c_end):
        world = match  # the nearest before or in the amount's part
    after = _WORLD.match(clause, _next_part(clause, c_end))
    if world is not None:
        start = clause.rfind(",", 0, world.start()) + 1
        span = clause[min(start, c_start) : c_end]
    elif after is not None:
        span = clause[c_start : after.end()]
    else:
        return False
    if _PAIR.search(span):
        return False
    return len({m.code for m in find_countries(span)}) <= 1


def _next_part(clause: str, end: int) -> int:
    """Where the comma part after ``end`` opens (past the comma and spaces)."""
    if not clause.startswith(",", end):
        return len(clause)
    return len(clause) - len(clause[end + 1 :].lstrip())


__all__ = ["world_flow"]
