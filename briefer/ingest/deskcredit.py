"""A desk's credit that signs a story in its outlet's name (pure): "<Outlet> report" — "Saudi
Gazette report", "FE REPORT", "Daily Mirror Report".

A paper's staff story carries no writer's name: the desk signs it "<the paper> report", in
whatever letter case the page sets it, and the keys take that credit for the author (as
they take "Star Business Report", "Recorder Report"). It is known by its name part: the
page's own outlet, an outlet the table knows, or a paper's initials ("FE", "TBS"). A
"Market report" or an "Annual Report" names a kind of document, no desk, and is no credit.

This module owns :func:`desk_report`, :func:`desk_name` and :func:`writer_cell` (a head
row's cell that credits the story, by a writer's label or a desk's report).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.metachoice import same_outlet
from briefer.ingest.outletnames import known_outlet

_REPORT: Final = re.compile(r"^(?P<name>[^\W\d_][\w&'.-]*(?:\s+[\w&'.-]+){0,3})\s+report$", re.I)
_INITIALS: Final = re.compile(r"^[A-Z]{2,5}$")
# A credit cell that names the writer: "Bài: X - Ảnh: Y", "Tin, ảnh: X", "By X".
_WRITER_CELL: Final = re.compile(r"^(?:Bài|Tin|Tác\s+giả|By|Text|Story)\b", re.IGNORECASE)


def desk_name(cell: str) -> str:
    """The name part of a "<Name> report" cell whose words are capitalised, or ""."""
    found = _REPORT.match(" ".join(cell.split()))
    name = found.group("name") if found else ""
    # ("Saudi trade report": a phrase, not a name)
    return name if all(word[:1].isupper() for word in name.split()) else ""


def desk_report(cell: str, outlet: str) -> bool:
    """Whether ``cell`` is a desk's "<Outlet> report" credit (``outlet``: the page's own)."""
    name = desk_name(cell)
    return bool(
        name
        and ((outlet and same_outlet(name, outlet)) or known_outlet(name) or _INITIALS.match(name))
    )


def writer_cell(cell: str, outlet: str) -> bool:
    """A head row's cell that credits the story: a writer's label ("Bài: X", "By X") or a
    desk's "<Outlet> report"."""
    return bool(_WRITER_CELL.match(cell)) or desk_report(cell, outlet)


__all__ = ["desk_name", "desk_report", "writer_cell"]
