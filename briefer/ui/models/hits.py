"""Search hits (facts and sources) as a table: title, snippet with highlights, kind, score."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from briefer.text.fold import fold
from briefer.ui.models.roles import HIGHLIGHT_ROLE, OBJECT_ROLE, SORT_ROLE

if TYPE_CHECKING:
    from briefer.store.search import SearchHit


Index = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractTableModel):
    COL_TITLE = 0
    COL_SNIPPET = 1
    COL_KIND = 2
    COL_SCORE = 3
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SearchHit] = []

    def set_rows(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_TITLE: self.tr("Title"),
            self.COL_SNIPPET: self.tr("Where it matches"),
            self.COL_KIND: self.tr("Kind"),
            self.COL_SCORE: self.tr("Relevance"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TITLE:
                return hit.title
            if col == self.COL_SNIPPET:
                return hit.snippet
            if col == self.COL_KIND:
                return self.tr("Source") if hit.kind == "source" else self.tr("Fact")
            if col == self.COL_SCORE:
                return f"{-hit.score:.2f}"  # bm25: lower is better; show higher = better
            return None
        if role == SORT_ROLE:
            return {
                self.COL_TITLE: fold(hit.title),
                self.COL_SNIPPET: fold(hit.snippet),
                self.COL_KIND: hit.kind,
                self.COL_SCORE: hit.score,
            }.get(col)
        if role == HIGHLIGHT_ROLE and col == self.COL_SNIPPET:
            return hit.highlights
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.snippet}"
        return None
