"""A publication day in one cell of a head row (pure).

A bulletin or report prints who issued it and when on one row near its top, the cells
set apart by bars ("Phòng X - Đơn vị Y | Phát hành ngày 24/11/2025", "Research Desk ·
Published 3 March 2026"). The line is no stamp as a whole (a unit's name shares it), so the
stamp reader passes it by; the cell labelled as the day of publication dates the document.
A bulletin's issue row counts too: a cell numbering the issue ("Issue No. 227", "Số 245")
beside a cell that is a day ("Hanoi, November 28, 2025") dates that issue. Otherwise only a
labelled cell counts: a bare day in a site's top row is the day it was printed or
viewed, not published — unless a cell labelled as the last update follows it in the same row
("Desk · City · Nov 2, 2024 4:12 pm · Last Update: Nov 2, 2024 6:40 pm"): a page shows when
it came out beside when it was changed, so the bare stamp before the update is the day of
publication (:func:`day_before_update`, for the line reader: the row is a stamp's row).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import stamplines
from briefer.text.dates import find_dates

_CELLS: Final = re.compile(r"\s+[|·•]\s+")
# A stamp row's cells: a bar or bullet, spaced or glued ("Name |09.07.2025"), or a spaced
# dash before the update's cell ("… 09.07.2025 - Update : 09.07.2025").
_ROW_CELLS: Final = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+(?=(?:Last\s+)?Updat|Cập\s+nhật)", re.I)
# The labels of a day of publication, in Vietnamese and English.
_PUBLISHED: Final = re.compile(
    r"^(?:Phát\s+hành|Ngày\s+phát\s+hành|Xuất\s+bản|Ngày\s+xuất\s+bản|Ngày\s+đăng|Đăng\s+ngày"
    r"|Published|Posted|Released|Issued|Date\s+of\s+(?:issue|publication))\b"
    r"|^Ngày(?=\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$)",  # ("Section | Ngày 15/12/2025": its stamp)
    re.IGNORECASE,
)
_UPDATE: Final = re.compile(
    r"^(?:Last\s+)?(?:Updated?|Modified|Edited|Cập\s+nhật|Sửa\s+lúc|Chỉnh\s+sửa)\b", re.IGNORECASE
)
# A cell numbering a periodical's issue: "Issue No. 227", "Số 245", "No. 12", "Vol. 3".
_ISSUE: Final = re.compile(r"^(?:Issue|Số|No\.?|Vol\.?|Volume)\s*(?:No\.?\s*)?\d{1,5}$", re.I)
_DAY_CELL_WORDS: Final = 8  # a dateline's cell: a place and a day
_CELL_WORDS: Final = 5  # a row's other cells: a desk, a credit, a place — a few words each
_ROW: Final = 160  # a row of cells, no paragraph
_HEAD_LINES: Final = 15  # the head's lines, blank ones aside


def head_cell_day(text: str) -> str:
    """The ISO day a labelled publication cell of a head row gives ("" when none does)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_HEAD_LINES]
    for line in lines:
        cells = _CELLS.split(line)
        if len(cells) < 2:
            continue
        if any(_ISSUE.match(cell) for cell in cells):
            # (the issue's number beside a dateline's cell: the day of that issue)
            days = {
                d.start
                for cell in cells
                if len(cell.split()) <= _DAY_CELL_WORDS and not _ISSUE.match(cell)
                for d in find_dates(cell)
                if d.precision == "day"
            }
            if len(days) == 1:
                return days.pop()
        for cell in cells:
            if _PUBLISHED.match(cell):
                day = stamplines.timestamp(cell)[1]
                if len(day) == len("2025-01-01"):
                    return day
    return ""


def day_before_update(line: str) -> str:
    """The ISO day of a row's bare stamp (a day alone in its cell, no label) when a cell
    labelled as the update follows it and the row's other cells are a few words each; ""
    otherwise."""
    if len(line) > _ROW:
        return ""
    cells = [cell.strip() for cell in _ROW_CELLS.split(line.strip())]
    updated = [
        at for at, cell in enumerate(cells) if _UPDATE.match(cell) and stamplines.timestamp(cell)[0]
    ]
    if not updated or len(cells) < 2:
        return ""
    day = ""
    for cell in cells[: updated[0]]:
        kind, iso = stamplines.timestamp(cell)
        if kind and len(iso) == len("2025-01-01") and not _PUBLISHED.match(cell):
            day = day or iso
        elif len(cell.split()) > _CELL_WORDS or not cell or cell[-1:] in ".!?":
            return ""  # (a sentence, or a long cell: no stamp's row)
    return day


def dated_update_row(line: str) -> bool:
    """A row that tells when its story came out and then, in a cell of its own, when it was
    updated ("By A Posted : 2025-11-19 16:42 | Updated : 2025-11-19 17:01"): a row of a
    page's head, labelled or not, with a day before its update's cell."""
    if len(line) > _ROW:
        return False
    cells = [cell.strip() for cell in _ROW_CELLS.split(line.strip())]
    for at, cell in enumerate(cells):
        if at and _UPDATE.match(cell) and stamplines.timestamp(cell)[0]:
            return any(len(stamplines.timestamp(c)[1]) == len("2025-01-01") for c in cells[:at])
    return False


__all__ = ["dated_update_row", "day_before_update", "head_cell_day"]
