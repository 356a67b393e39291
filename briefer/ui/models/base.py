"""The shape every table model here shares: a thin adapter over a list of domain objects.

After Vorta's table models: ``COL_*`` constants and ``COLUMNS`` on the subclass, ``set_rows()``
wrapping the model reset, ``OBJECT_ROLE`` returning the domain object, ``SORT_ROLE`` a native
value for the sort proxy. A subclass says what its columns are called (``headers``), shows
(``display``) and sorts by (``sort_value``), and answers any other role in ``role_data``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from briefer.ui.models.roles import OBJECT_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    COLUMNS: ClassVar[int] = 0
    DRAGGABLE: ClassVar[bool] = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # ---- what a subclass provides ------------------------------------------------------

    def headers(self) -> dict[int, str]:
        return {}

    def display(self, row: Row, col: int) -> Any:
        return None

    def sort_value(self, row: Row, col: int) -> Any:
        return self.display(row, col)

    def role_data(self, row: Row, col: int, role: int) -> Any:
        return None

    # ---- feeding -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Row:
        return self._rows[row]

    def refresh_all(self) -> None:
        """Every cell may read differently (e.g. the language changed); the rows did not."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    # ---- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers().get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.DRAGGABLE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == SORT_ROLE:
            return self.sort_value(row, col)
        return self.role_data(row, col, role)
