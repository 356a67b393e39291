"""The outline tree: sections and items, drag to reorder, keyboard moves, selection by uuid.

The model is reset after every edit (briefs are small); this view keeps what the officer
sees steady across resets: which sections are collapsed and which item is current.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from briefer.domain.brief import BriefItem, BriefSection
from briefer.ui.models.outline import OutlineModel
from briefer.ui.models.roles import OBJECT_ROLE


class OutlineView(QTreeView):
    currentItemChanged = Signal(object)  # item uuid or None

    def __init__(self, model: OutlineModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self._model = model
        self._collapsed: set[str] = set()
        self._keep: str | None = None
        self._quiet = False
        self.setModel(model)
        self.setHeaderHidden(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAutoExpandDelay(400)
        self.setIndentation(14)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OutlineModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OutlineModel.COL_SOURCES, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(OutlineModel.COL_SOURCES, 64)
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.collapsed.connect(lambda i: self._track(i, True))
        self.expanded.connect(lambda i: self._track(i, False))

    # ---- state across resets ---------------------------------------------------------

    def _track(self, index: QModelIndex, collapsed: bool) -> None:
        section = index.data(OBJECT_ROLE)
        if isinstance(section, BriefSection):
            (self._collapsed.add if collapsed else self._collapsed.discard)(section.topic)

    def _before_reset(self) -> None:
        if self._keep is None:
            self._keep = self.current_item_uuid()

    def _after_reset(self) -> None:
        collapsed = set(self._collapsed)
        for row in range(self._model.rowCount()):
            index = self._model.index(row, 0)
            self.setExpanded(index, index.data(OBJECT_ROLE).topic not in collapsed)
        self._collapsed = collapsed
        keep, self._keep = self._keep, None
        if keep:
            self.select_item(keep, emit=False)

    def keep_current(self, item_uuid: str | None) -> None:
        """The item to make current after the next reset (the one an edit was about)."""
        self._keep = item_uuid

    # ---- selection -------------------------------------------------------------------

    def current_item_uuid(self) -> str | None:
        obj = self.currentIndex().data(OBJECT_ROLE) if self.currentIndex().isValid() else None
        return obj.uuid if isinstance(obj, BriefItem) else None

    def current_section_row(self) -> int:
        index = self.currentIndex()
        if not index.isValid():
            return -1
        return self._model.position(index)[0]

    def selected_item_uuids(self) -> list[str]:
        rows = self.selectionModel().selectedRows(0)
        items = [(self._model.position(i), i.data(OBJECT_ROLE)) for i in rows]
        return [
            obj.uuid for _, obj in sorted(items, key=lambda p: p[0]) if isinstance(obj, BriefItem)
        ]

    def select_item(self, item_uuid: str, emit: bool = True) -> bool:
        index = self._model.item_index(item_uuid)
        if not index.isValid():
            return False
        self.expand(index.parent())
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self._quiet = not emit
        try:
            self.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._quiet = False
        if not self.viewport().rect().contains(self.visualRect(index)):
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        obj = current.data(OBJECT_ROLE) if current.isValid() else None
        self.currentItemChanged.emit(obj.uuid if isinstance(obj, BriefItem) else None)
