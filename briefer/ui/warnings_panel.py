"""The warnings dock: stale figures, conflicting figures, untranslated facts, uncited text.
Double-clicking (or Enter on) a warning asks the window to show the item it is about."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.brief import Warning
from briefer.ui.delegates import WrappedTextDelegate
from briefer.ui.models.roles import OBJECT_ROLE
from briefer.ui.models.warnings import WarningsModel


class WarningsPanel(QWidget):
    jumpRequested = Signal(object)  # Warning

    def __init__(self, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsPanel")
        self.model = WarningsModel(self)
        self.model.set_language(ui_lang)
        self.table = QTableView(self)
        self.table.setObjectName("warningsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(
            WarningsModel.COL_MESSAGE, WrappedTextDelegate(self.table, 2)
        )
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * line + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(WarningsModel.COL_CODE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WarningsModel.COL_CODE, 190)
        header.setSectionResizeMode(WarningsModel.COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        # activated: a double-click (or Enter) with Fusion, a single click where styles say so
        self.table.activated.connect(self._activated)

        self.empty = QLabel(
            self.tr("No warnings: every figure is current, translated and cited."), self
        )
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_warnings(
        self, warnings: tuple[Warning, ...] | list[Warning], brief_open: bool = True
    ) -> None:
        self.model.set_rows(warnings)
        if not brief_open:
            self.empty.setText(self.tr("Warnings about the open brief appear here."))
        else:
            self.empty.setText(
                self.tr("No warnings: every figure is current, translated and cited.")
            )
        self.stack.setCurrentWidget(self.table if warnings else self.empty)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jumpRequested.emit(index.data(OBJECT_ROLE))
