"""The day a printed document's running foot carries beside its page number (pure).

A booklet's or a proceedings' PDF often prints the place and day of the event or issue in
its running foot with the page's number ("Thái Nguyên, 15/10/2025 – Trang 1", "Nairobi,
3/11/2025 | Page 2"): that is the document's day when its text dates none. This module owns
reading it; a foot without a page number (a line of prose naming a day) is left alone.
"""

from __future__ import annotations

import re
from typing import Final

_FOOT: Final = re.compile(
    r"^\W?[^\d,]{2,40},\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"\s*[-–|·•]\s*(?:Trang|Page|Tr\.)\s*\d+(?:\s*/\s*\d+)?\s*$",
    re.IGNORECASE,
)


def foot_day(text: str) -> str:
    """The ISO day of the running foot the text's pages repeat, else ""."""
    for line in text.split("\n"):
        match = _FOOT.match(" ".join(line.split()))
        if match:
            day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
            if 1 <= day <= 31 and 1 <= month <= 12:  # (a calendar's bounds)
                return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


__all__ = ["foot_day"]
