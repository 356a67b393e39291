"""Search hits (facts and sources) as a table: title, snippet with highlights, kind, score."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from briefer.text.fold import fold
from briefer.ui.models.base import RowTableModel
from briefer.ui.models.roles import HIGHLIGHT_ROLE

if TYPE_CHECKING:
    from briefer.services import SearchHit


class SearchHitModel(RowTableModel["SearchHit"]):
    COL_TITLE = 0
    COL_SNIPPET = 1
    COL_KIND = 2
    COL_SCORE = 3
    COLUMNS = 4

    def hit_at(self, row: int) -> SearchHit:
        return self.row_object(row)

    def headers(self) -> dict[int, str]:
        return {
            self.COL_TITLE: self.tr("Title"),
            self.COL_SNIPPET: self.tr("Where it matches"),
            self.COL_KIND: self.tr("Kind"),
            self.COL_SCORE: self.tr("Relevance"),
        }

    def display(self, hit: SearchHit, col: int) -> str | None:
        if col == self.COL_TITLE:
            return hit.title
        if col == self.COL_SNIPPET:
            return hit.snippet
        if col == self.COL_KIND:
            return self.tr("Source") if hit.kind == "source" else self.tr("Fact")
        if col == self.COL_SCORE:
            return f"{hit.score:.2f}"  # higher is a better match
        return None

    def sort_value(self, hit: SearchHit, col: int) -> object:
        return {
            self.COL_TITLE: fold(hit.title),
            self.COL_SNIPPET: fold(hit.snippet),
            self.COL_KIND: hit.kind,
            self.COL_SCORE: hit.score,
        }.get(col)

    def role_data(self, hit: SearchHit, col: int, role: int) -> object:
        if role == HIGHLIGHT_ROLE and col == self.COL_SNIPPET:
            return hit.highlights
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.snippet}"
        return None
