"""A mission's name with the state's full style cut to the country's name (pure).

A letterhead names a Vietnamese mission abroad with the state's full style, and often the
host's too: "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI NHÀ NƯỚC QATAR". The
style adds words, not a body: the mission is the "Đại sứ quán Việt Nam tại …" the outlets
name, and its name is no longer than any other body's once the style is cut. This module
owns :func:`without_state_style`.
"""

from __future__ import annotations

import re
from typing import Final

# "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "the Socialist Republic of Viet Nam".
_STYLE: Final = re.compile(
    r"\b(?:NƯỚC\s+)?(?:CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|CHXHCN)\s+(?=VIỆT\s+NAM\b)"
    r"|\bTHE\s+SOCIALIST\s+REPUBLIC\s+OF\s+(?=VIET\s*NAM\b)",
    re.IGNORECASE,
)


def without_state_style(name: str) -> str:
    """ "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI X" → "ĐẠI SỨ QUÁN VIỆT NAM
    TẠI X"; the state's own motto line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" alone) and any
    other name as given."""
    match = _STYLE.search(name)
    if not match or not name[: match.start()].strip():
        return name  # (the style opening the line is the state's own name, the motto's)
    return " ".join(_STYLE.sub("", name).split())


__all__ = ["without_state_style"]
