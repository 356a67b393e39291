"""The Curate tab's other views: conflicting figures, stale figures, and the sources with
the noise the importer removed (where a new fact can be cut from a selection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import Fact, Source
from briefer.ui.curate_table import FactTablePanel, python_offset, sorted_table
from briefer.ui.fonts import text_font
from briefer.ui.models.review import SourceListModel

if TYPE_CHECKING:
    from briefer.ui.curate import CurateWorkspace


class ConflictsView(FactTablePanel):
    """Approved figures of one metric and period that disagree, group by group."""

    def __init__(self, workspace: CurateWorkspace) -> None:
        super().__init__(
            workspace.ui_lang,
            "conflictTable",
            QCoreApplication.translate(
                "CurateWorkspace",
                "Approved figures for the same metric and period that disagree, shown group by "
                "group. Prefer the one briefs should use, or deprecate the wrong one.",
            ),
            workspace,
        )
        self.workspace = workspace
        self.table.setSortingEnabled(False)  # groups stay together
        self.prefer_action = QAction(self.tr("Prefer this"), self)
        self.prefer_action.setToolTip(self.tr("Briefs show this figure for its metric and period"))
        self.deprecate_action = QAction(self.tr("Deprecate…"), self)
        self.deprecate_action.setToolTip(self.tr("Never show this figure in a brief"))
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.prefer_action.triggered.connect(lambda _c=False: self.prefer_selected())
        self.deprecate_action.triggered.connect(lambda _c=False: self.deprecate_selected())
        self.edit_action.triggered.connect(lambda _c=False: self._edit())
        self.add_button(self.edit_action)
        self.add_button(self.deprecate_action)
        self.add_button(self.prefer_action, primary=True)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.update_buttons()

    def set_groups(self, groups: list[list[Fact]]) -> None:
        facts = [f for g in groups for f in g]
        self.set_facts(facts, {f.uuid: n for n, g in enumerate(groups) for f in g})
        self.workspace.set_count(self, len(groups))

    def show_draft_conflict(self, draft: Fact, approved: list[Fact]) -> None:
        """Put ``draft`` and the approved figures it disagrees with first, and select it."""
        rest = [f for f in self._all if f.uuid not in {a.uuid for a in approved}]
        group = [*approved, draft]
        groups = {f.uuid: 0 for f in group}
        groups.update({f.uuid: n + 1 for f, n in ((f, self._groups.get(f.uuid, 0)) for f in rest)})
        self.set_facts([*group, *rest], groups)
        self.select_uuids([draft.uuid])

    def update_buttons(self) -> None:
        if not hasattr(self, "prefer_action"):
            return
        one = len(self.selected()) == 1
        for action in (self.prefer_action, self.deprecate_action, self.edit_action):
            action.setEnabled(one)

    def prefer_selected(self) -> None:
        facts = self.selected()
        if len(facts) == 1:
            self.workspace.prefer(facts[0].uuid)

    def deprecate_selected(self, reason: str | None = None) -> None:
        facts = self.selected()
        if len(facts) != 1:
            return
        if reason is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Deprecate figure"), self.tr("Why is this figure wrong? (optional)")
            )
            if not ok:
                return
            reason = text
        self.workspace.deprecate(facts[0].uuid, reason)

    def _edit(self) -> None:
        facts = self.selected()
        if len(facts) == 1:
            self.workspace.edit(facts[0])


class StaleView(FactTablePanel):
    """Approved figures past their staleness limit: retire them or edit them."""

    def __init__(self, workspace: CurateWorkspace) -> None:
        super().__init__(
            workspace.ui_lang,
            "staleTable",
            QCoreApplication.translate(
                "CurateWorkspace",
                "Approved figures older than their staleness limit (trade after 18 months, "
                "other figures after 24). Update them from a newer source, or retire them.",
            ),
            workspace,
        )
        self.workspace = workspace
        self.retire_action = QAction(self.tr("Retire…"), self)
        self.retire_action.setToolTip(self.tr("Take the selected figures out of briefs"))
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.retire_action.triggered.connect(lambda _c=False: self.retire_selected())
        self.edit_action.triggered.connect(lambda _c=False: self._edit())
        self.add_button(self.edit_action)
        self.add_button(self.retire_action)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.update_buttons()

    def update_buttons(self) -> None:
        if not hasattr(self, "retire_action"):
            return
        count = len(self.selected())
        self.retire_action.setEnabled(count > 0)
        self.edit_action.setEnabled(count == 1)

    def retire_selected(self, reason: str | None = None) -> None:
        facts = self.selected()
        if not facts:
            return
        if reason is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Retire figures"), self.tr("Why retire them? (optional)")
            )
            if not ok:
                return
            reason = text
        self.workspace.retire([f.uuid for f in facts], reason)

    def _edit(self) -> None:
        facts = self.selected()
        if len(facts) == 1:
            self.workspace.edit(facts[0])


class SourcesView(QWidget):
    """Sources, the cleaned text, the noise removed on import, and new facts from a selection."""

    def __init__(self, workspace: CurateWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.source: Source | None = None
        self.model = SourceListModel(self)
        self.table, self.proxy = sorted_table(self, self.model, "sourceList")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().resizeSection(SourceListModel.COL_OUTLET, 110)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen(cur))

        self.title = QLabel(self.tr("Choose a source"), self)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("curateSourceBody")
        self.body.setReadOnly(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setFont(text_font(11))
        self.body.selectionChanged.connect(self._update_buttons)

        self.noise = QTableWidget(0, 2, self)
        self.noise.setObjectName("noiseTable")
        self.noise.setHorizontalHeaderLabels([self.tr("Removed text"), self.tr("Why")])
        self.noise.verticalHeader().hide()
        self.noise.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.noise.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.noise.horizontalHeader().resizeSection(1, 160)
        self.noise.hide()

        self.noise_button = QPushButton(self.tr("Show removed noise"), self)
        self.noise_button.setObjectName("noiseToggle")
        self.noise_button.setCheckable(True)
        self.noise_button.setToolTip(
            self.tr("What the importer dropped from this article (players, captions, sidebars…)")
        )
        self.noise_button.toggled.connect(self._toggle_noise)
        self.new_fact_button = QPushButton(self.tr("New fact from selection"), self)
        self.new_fact_button.setObjectName("primaryPushButton")
        self.new_fact_button.setToolTip(
            self.tr("Select the words a fact rests on, then make a draft fact citing them")
        )
        self.new_fact_button.clicked.connect(lambda _c=False: self.new_fact_from_selection())
        self.import_button = QPushButton(self.tr("Import articles…"), self)
        self.import_button.clicked.connect(lambda _c=False: self.workspace.choose_articles())

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.body, 3)
        column.addWidget(self.noise, 1)
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        row.addWidget(self.import_button)
        row.addWidget(self.noise_button)
        row.addStretch(1)
        row.addWidget(self.new_fact_button)
        column.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    def set_sources(self, sources: list[Source]) -> None:
        current = self.source.id if self.source else None
        self.model.set_rows(sources)
        if current is not None:
            self.show_source(current)

    def show_source(self, source_id: int) -> bool:
        row = self.model.row_of(source_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _chosen(self, current) -> None:
        if not current.isValid():
            return
        source = self.model.source_at(self.proxy.mapToSource(current).row())
        self.source = source
        self.title.setText(source.title or self.tr("(untitled source)"))
        self.body.setPlainText(source.body)
        self._update_buttons()
        if self.noise_button.isChecked():
            self._load_noise()

    def _toggle_noise(self, on: bool) -> None:
        self.noise.setVisible(on)
        self.noise_button.setText(
            self.tr("Hide removed noise") if on else self.tr("Show removed noise")
        )
        if on:
            self._load_noise()

    def _load_noise(self) -> None:
        source = self.source
        if source is None:
            return
        services = self.workspace.services
        wanted = source.id

        def show(rows: list[tuple[str, str]]) -> None:
            if self.source is None or self.source.id != wanted:
                return
            self.noise.setRowCount(0)
            for text, reason in rows:
                at = self.noise.rowCount()
                self.noise.insertRow(at)
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                self.noise.setItem(at, 0, item)
                self.noise.setItem(at, 1, QTableWidgetItem(reason))
            if not rows:
                self.noise.insertRow(0)
                self.noise.setItem(0, 0, QTableWidgetItem(self.tr("Nothing was removed.")))

        self.workspace.runner.run(lambda: services.source_noise(wanted), show, writes=False)

    def selection(self) -> tuple[int, int] | None:
        """The selected words as Python offsets into the source body."""
        cursor = self.body.textCursor()
        if self.source is None or not cursor.hasSelection():
            return None
        body = self.source.body
        start = python_offset(body, cursor.selectionStart())
        end = python_offset(body, cursor.selectionEnd())
        return (start, end) if body[start:end].strip() else None

    def select_text(self, start: int, end: int) -> None:
        """Select ``body[start:end]`` (Python offsets), as a mouse drag would."""
        from briefer.ui.source_pane import utf16_offset

        body = self.source.body if self.source else ""
        cursor = self.body.textCursor()
        cursor.setPosition(utf16_offset(body, start))
        cursor.setPosition(utf16_offset(body, end), QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)

    def _update_buttons(self) -> None:
        self.new_fact_button.setEnabled(self.selection() is not None)
        self.noise_button.setEnabled(self.source is not None)

    def new_fact_from_selection(self) -> None:
        chosen = self.selection()
        if self.source is None or chosen is None:
            return
        self.workspace.new_fact(int(self.source.id or 0), *chosen)
