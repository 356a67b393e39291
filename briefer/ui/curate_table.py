"""The table the Curate views share: a sortable, filterable table of facts with a search
box and a row of buttons (:class:`FactTablePanel`), and the Qt-to-Python text offsets the
source views need.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import Fact
from briefer.ui.models.review import EditorFactModel
from briefer.ui.models.roles import SORT_ROLE


def python_offset(text: str, utf16: int) -> int:
    """A Qt (UTF-16) position in ``text`` as a Python (code point) index."""
    units = 0
    for index, ch in enumerate(text):
        if units >= utf16:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def sorted_table(parent: QWidget, model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    return table, proxy


class FactTablePanel(QWidget):
    """A table of facts with a pair filter, a hint and a row of action buttons."""

    def __init__(self, ui_lang: str, name: str, hint: str, parent=None) -> None:
        super().__init__(parent)
        self.model = EditorFactModel(ui_lang, self)
        self.table, self.proxy = sorted_table(self, self.model, name)
        header = self.table.horizontalHeader()
        for col, width in (
            (EditorFactModel.COL_TOPIC, 130),
            (EditorFactModel.COL_KIND, 80),
            (EditorFactModel.COL_PAIR, 64),
            (EditorFactModel.COL_VALUE, 180),
            (EditorFactModel.COL_RANK, 80),
            (EditorFactModel.COL_STATUS, 80),
            (EditorFactModel.COL_SOURCE, 200),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.pair_filter = QComboBox(self)
        self.pair_filter.addItem(self.tr("All pairs"), "")
        self.pair_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_filter.currentIndexChanged.connect(lambda _i: self._filter())
        top.addWidget(self.hint, 1)
        top.addWidget(self.pair_filter)
        self.top_row = top
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.buttons.addWidget(self.count_label, 1)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self._all: list[Fact] = []
        self._groups: dict[str, int] = {}

    def add_button(self, action: QAction, primary: bool = False) -> QPushButton:
        button = QPushButton(action.text(), self)
        if primary:
            button.setObjectName("primaryPushButton")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.toolTip()} ({shortcut})" if shortcut else action.toolTip())
        button.clicked.connect(lambda _c=False: action.trigger())
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.buttons.addWidget(button)
        self.table.addAction(action)
        return button

    def set_facts(self, facts: list[Fact], groups: dict[str, int] | None = None) -> None:
        self._all = list(facts)
        self._groups = dict(groups or {})
        pairs = sorted({f.pair for f in facts})
        wanted = self.pair_filter.currentData()
        self.pair_filter.blockSignals(True)
        self.pair_filter.clear()
        self.pair_filter.addItem(self.tr("All pairs"), "")
        for pair in pairs:
            self.pair_filter.addItem(pair, pair)
        self.pair_filter.setCurrentIndex(max(0, self.pair_filter.findData(wanted)))
        self.pair_filter.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        pair = self.pair_filter.currentData()
        shown = [f for f in self._all if not pair or f.pair == pair]
        self.model.set_rows(shown, self._groups)
        self.count_label.setText(self.tr("Facts: {0}").format(len(shown)))
        self.update_buttons()

    def selected(self) -> list[Fact]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectedIndexes()})
        return [self.model.fact_at(r) for r in rows]

    def select_uuids(self, uuids: list[str]) -> None:
        self.table.clearSelection()
        flags = (
            self.table.selectionModel().SelectionFlag.Select
            | self.table.selectionModel().SelectionFlag.Rows
        )
        for uuid in uuids:
            row = self.model.row_of(uuid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectionModel().select(index, flags)
                self.table.selectionModel().setCurrentIndex(
                    index, self.table.selectionModel().SelectionFlag.NoUpdate
                )

    def update_buttons(self) -> None:
        """Overridden by the panels that own actions."""
