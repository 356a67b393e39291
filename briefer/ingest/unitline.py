"""A ministry and its unit on one line in capitals (pure): "BỘ CÔNG THƯƠNG - THƯƠNG VỤ VIỆT
NAM TẠI X", "BỘ NGOẠI GIAO - VỤ CHÂU MỸ", the head of a unit's page or bulletin, never a
writer's byline. Owns the line's shape (:func:`ministry_parts`); naming the unit under its
parent is :func:`briefer.ingest.unithead.ministry_unit`'s (this module reads no letterhead,
so the line readers may ask it)."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outletnames import known_outlet

# A ministry's unit that issues its own pages: a mission or trade office abroad, a department.
UNIT_ABROAD: Final = re.compile(
    r"^(?:THƯƠNG\s+VỤ|(?:TỔNG\s+)?LÃNH\s+SỰ\s+QUÁN|ĐẠI\s+SỨ\s+QUÁN|PHÁI\s+ĐOÀN|VỤ|CỤC"
    r"|TỔNG\s+CỤC)\s+\S"
)


def capitals(line: str) -> bool:
    """A line of letters all in capitals, without figures."""
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and not re.search(r"\d", line)


def ministry_parts(text: str) -> list[str]:
    """The body and its unit a line in capitals names ("BỘ X - VỤ Y": a body the table knows,
    then its unit), or [] for any other line."""
    parts = re.split(r"\s+[-–|:·]\s+", text)
    if len(parts) != 2 or not capitals(text) or not known_outlet(parts[0]):
        return []
    return parts if UNIT_ABROAD.match(parts[1]) else []


__all__ = ["UNIT_ABROAD", "capitals", "ministry_parts"]
