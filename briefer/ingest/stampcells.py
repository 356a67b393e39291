"""A publication day in one cell of a head row (pure).

A bulletin or report prints who issued it and when on one row near its top, the cells
set apart by bars ("Phòng X - Đơn vị Y | Phát hành ngày 24/11/2025", "Research Desk ·
Published 3 March 2026"). The line is no stamp as a whole (a unit's name shares it), so the
stamp reader passes it by; the cell labelled as the day of publication dates the document.
Only a labelled cell counts: a bare day in a site's top row is the day it was printed or
viewed, not published.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur

_CELLS: Final = re.compile(r"\s+[|·•]\s+")
# The labels of a day of publication, in Vietnamese and English.
_PUBLISHED: Final = re.compile(
    r"^(?:Phát\s+hành|Ngày\s+phát\s+hành|Xuất\s+bản|Ngày\s+xuất\s+bản|Ngày\s+đăng|Đăng\s+ngày"
    r"|Published|Posted|Released|Issued|Date\s+of\s+(?:issue|publication))\b",
    re.IGNORECASE,
)
_HEAD_LINES: Final = 15  # the head's lines, blank ones aside


def head_cell_day(text: str) -> str:
    """The ISO day a labelled publication cell of a head row gives ("" when none does)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_HEAD_LINES]
    for line in lines:
        cells = _CELLS.split(line)
        if len(cells) < 2:
            continue
        for cell in cells:
            if _PUBLISHED.match(cell):
                day = fur.timestamp(cell)[1]
                if len(day) == len("2025-01-01"):
                    return day
    return ""


__all__ = ["head_cell_day"]
