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

_WORLD: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:sang|tới|đến|vào|từ)\s+(?:hơn\s+|trên\s+|gần\s+)?\d+\s+(?:thị\s+trường"
    r"|quốc\s+gia|nước)|ra\s+nước\s+ngoài|ra\s+thế\s+giới|toàn\s+cầu"
    r"|(?:to|from|in)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d+\s+(?:markets|countries)"
    # a side's balance or trade "with the world" ("… deficit with the world", "thâm hụt
    # thương mại với thế giới")
    r"|(?:with|to|from)\s+the\s+(?:rest\s+of\s+the\s+)?world|với\s+(?:toàn\s+)?thế\s+giới"
    r"|overseas|abroad|globally|worldwide)(?![^\W\d_])",
    re.IGNORECASE,
)


# A clause joined on after a comma ("…, and China remains …", "…, còn …"): another
# statement, whose countries are not the flow's.
_JOINED: Final = re.compile(r",\s+(?:and|but|while|whereas|và|còn|nhưng)\s", re.IGNORECASE)


def world_flow(clause: str) -> bool:
    """Whether ``clause`` (a figure's clause) tells a flow with the whole world, naming one
    country at most (the side whose flow it is) up to a clause joined on after it."""
    world = _WORLD.search(clause)
    if world is None:
        return False
    joined = _JOINED.search(clause, world.end())
    own = clause[: joined.start()] if joined else clause
    return len({m.code for m in find_countries(own)}) <= 1


__all__ = ["world_flow"]
