"""The warnings of the open brief, one row each: what kind, and the sentence in the UI language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.domain.brief import WARNING_CODES, Warning
from briefer.ui.labels import warning_label
from briefer.ui.models.base import RowTableModel


class WarningsModel(RowTableModel[Warning]):
    COL_CODE = 0
    COL_MESSAGE = 1
    COLUMNS = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lang = "vi"

    def set_language(self, lang: str) -> None:
        self.beginResetModel()
        self._lang = lang
        self.endResetModel()

    def warning_at(self, row: int) -> Warning:
        return self.row_object(row)

    def headers(self) -> dict[int, str]:
        return {self.COL_CODE: self.tr("Check"), self.COL_MESSAGE: self.tr("What to look at")}

    def display(self, warning: Warning, col: int) -> str | None:
        if col == self.COL_CODE:
            return warning_label(warning.code)
        if col == self.COL_MESSAGE:
            return warning.message(self._lang)
        return None

    def sort_value(self, warning: Warning, col: int) -> object:
        if col == self.COL_CODE:
            order = WARNING_CODES
            return order.index(warning.code) if warning.code in order else len(order)
        return self.display(warning, col)

    def role_data(self, warning: Warning, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return warning.message(self._lang)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_CODE:
            from briefer.ui.icons import icon

            return icon("warning")
        return None
