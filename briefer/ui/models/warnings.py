"""The warnings of the open brief, one row each: what kind, and the sentence in the UI language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from briefer.domain.brief import WARNING_CODES, Warning
from briefer.ui.labels import warning_label
from briefer.ui.models.roles import OBJECT_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class WarningsModel(QAbstractTableModel):
    COL_CODE = 0
    COL_MESSAGE = 1
    COLUMNS = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Warning] = []
        self._lang = "vi"
        self._icon = None

    def set_rows(self, warnings: Sequence[Warning]) -> None:
        self.beginResetModel()
        self._rows = list(warnings)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.beginResetModel()
        self._lang = lang
        self.endResetModel()

    def warning_at(self, row: int) -> Warning:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.COL_CODE: self.tr("Check"), self.COL_MESSAGE: self.tr("What to look at")}.get(
            section
        )

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
        warning = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return warning
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_CODE:
                return warning_label(warning.code)
            if col == self.COL_MESSAGE:
                return warning.message(self._lang)
            return None
        if role == SORT_ROLE:
            if col == self.COL_CODE:
                order = WARNING_CODES
                return order.index(warning.code) if warning.code in order else len(order)
            if col == self.COL_MESSAGE:
                return warning.message(self._lang)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return warning.message(self._lang)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_CODE:
            from briefer.ui.icons import icon

            return icon("warning")
        return None
