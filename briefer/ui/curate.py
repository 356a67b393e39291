"""The editor's workspace ("Curate"): the review queue of imported drafts, the sources with
the noise the importer removed, conflicting figures and stale figures.

It is a second tab of the main window, so the officer's brief tab stays as it was; nothing
is loaded until the tab is first shown. Store work runs through the window's
:class:`~briefer.ui.ops.Runner`; ``factsChanged`` tells the window to refresh what the
officer sees (pairs, fact browser, the open brief's notices).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import Fact, Source
from briefer.domain.review import CONFLICT, Decision, DraftMatch, ReviewItem
from briefer.domain.topics import TOPIC_KEYS
from briefer.ui.fact_editor import FactEditor
from briefer.ui.fonts import text_font
from briefer.ui.labels import topic_label
from briefer.ui.models.review import DraftQueueModel, EditorFactModel, SourceListModel
from briefer.ui.models.roles import SORT_ROLE
from briefer.ui.review_pane import ReviewPane, confidence_label

if TYPE_CHECKING:
    from briefer.ui.ops import Runner


def python_offset(text: str, utf16: int) -> int:
    """A Qt (UTF-16) position in ``text`` as a Python (code point) index."""
    units = 0
    for index, ch in enumerate(text):
        if units >= utf16:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _table(parent: QWidget, model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
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
        self.table, self.proxy = _table(self, self.model, name)
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


class ReviewQueue(FactTablePanel):
    """Drafts to review beside the review pane.

    Keys in the table: A accept, R reject (the pane's reason, no dialog), E edit in the fact
    editor, J/K or the arrows move, Enter takes the English suggestion, D "same fact — add
    as second source", U or Ctrl+Z undo the last decision. The pane's fields take Ctrl+Enter
    (accept), Ctrl+R, Ctrl+J/K, Ctrl+U and Escape (back here). After a decision the next
    draft opens with the focus in its statement.
    """

    def __init__(self, workspace: CurateWorkspace) -> None:
        super().__init__(
            workspace.ui_lang,
            "reviewTable",
            QCoreApplication.translate(
                "CurateWorkspace",
                "Drafts proposed by the importer, beside their source. Accept the sound ones, "
                "edit what needs it, settle duplicates, reject the rest (kept, never deleted).",
            ),
            workspace,
        )
        self.workspace = workspace
        self.model = DraftQueueModel(workspace.ui_lang, self)
        self.proxy.setSourceModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._current(cur))
        header = self.table.horizontalHeader()
        for col, width in (
            (DraftQueueModel.COL_TOPIC, 110),
            (DraftQueueModel.COL_KIND, 70),
            (DraftQueueModel.COL_PAIR, 60),
            (DraftQueueModel.COL_VALUE, 150),
            (DraftQueueModel.COL_MATCH, 140),
            (DraftQueueModel.COL_CONFIDENCE, 80),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        hidden = (DraftQueueModel.COL_STATUS, DraftQueueModel.COL_RANK, DraftQueueModel.COL_SOURCE)
        for col in hidden:
            self.table.setColumnHidden(col, True)
        self.items: list[ReviewItem] = []
        self._want: str | None = None  # the draft to open after the next reload
        self._focus_statement = False

        # Filters beside the pair filter: topic, source (with drafts left), confidence.
        self.topic_filter = QComboBox(self)
        self.topic_filter.setObjectName("topicFilter")
        self.source_filter = QComboBox(self)
        self.source_filter.setObjectName("sourceFilter")
        self.source_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source_filter.setMaximumWidth(320)
        self.confidence_filter = QComboBox(self)
        self.confidence_filter.setObjectName("confidenceFilter")
        self.confidence_filter.addItem(self.tr("Any confidence"), "")
        for band in ("high", "medium", "low"):
            self.confidence_filter.addItem(confidence_label(band), band)
        self.topic_filter.addItem(self.tr("All topics"), "")
        for key in TOPIC_KEYS:
            self.topic_filter.addItem(topic_label(key, workspace.ui_lang), key)
        self.source_filter.addItem(self.tr("All sources"), 0)
        for combo in (self.topic_filter, self.source_filter, self.confidence_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filter())
            self.top_row.addWidget(combo)
        self.progress = QLabel(self)
        self.progress.setObjectName("pairProgress")
        self.progress.setWordWrap(True)
        self.layout().insertWidget(1, self.progress)

        self.pane = ReviewPane(workspace.services, workspace.ui_lang, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reviewSplitter")
        self.layout().replaceWidget(self.table, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 560])
        self.splitter = splitter

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.accept_action = QAction(self.tr("Accept"), self)
        self.accept_action.setShortcut(QKeySequence("A"))
        self.accept_action.setToolTip(self.tr("Approve the selected drafts for briefs"))
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setShortcut(QKeySequence("E"))
        self.edit_action.setToolTip(self.tr("Open the selected fact in the fact editor"))
        self.reject_action = QAction(self.tr("Reject"), self)
        self.reject_action.setShortcut(QKeySequence("R"))
        self.reject_action.setToolTip(self.tr("Retire the selected drafts (the pane's reason)"))
        self.undo_action = QAction(self.tr("Undo decision"), self)
        self.undo_action.setShortcut(QKeySequence("U"))
        self.undo_action.setToolTip(self.tr("Take back the last decision"))
        for action in (self.accept_action, self.edit_action, self.reject_action, self.undo_action):
            action.setShortcutContext(ctx)
        self.accept_action.triggered.connect(lambda _c=False: self.accept_selected())
        self.edit_action.triggered.connect(lambda _c=False: self.edit_selected())
        self.reject_action.triggered.connect(lambda _c=False: self.reject_selected())
        self.undo_action.triggered.connect(lambda _c=False: self.workspace.undo())
        self.add_button(self.undo_action)
        self.add_button(self.reject_action)
        self.add_button(self.edit_action)
        self.add_button(self.accept_action, primary=True)
        self.table.doubleClicked.connect(lambda _i: self.pane.focus_statement())
        self.table.installEventFilter(self)

        pane = self.pane
        pane.acceptRequested.connect(lambda fact: self.decide_accept([fact]))
        pane.rejectRequested.connect(lambda fact, reason: self.decide_reject([fact], reason))
        pane.secondSourceRequested.connect(
            lambda draft, match: self.workspace.second_source(draft, match, self._next_uuid())
        )
        pane.supersedeRequested.connect(
            lambda draft, match: self.workspace.supersede(draft, match, self._next_uuid())
        )
        pane.differentRequested.connect(self.workspace.different)
        pane.conflictRequested.connect(self.workspace.show_conflict)
        pane.sourceRequested.connect(self.workspace.open_source)
        pane.moveRequested.connect(lambda step: self.move(step, focus_statement=True))
        pane.undoRequested.connect(self.workspace.undo)
        pane.backToQueue.connect(self.table.setFocus)
        self.update_buttons()

    # ---- data ----------------------------------------------------------------------------

    def set_items(self, items: list[ReviewItem]) -> None:
        self.items = list(items)
        current = self.current_uuid()
        wanted = self._want or current
        sources: dict[int, str] = {}
        for item in items:
            if item.source_id is not None:
                sources.setdefault(item.source_id, item.source_title)
        chosen = self.source_filter.currentData()
        self.source_filter.blockSignals(True)
        self.source_filter.clear()
        self.source_filter.addItem(self.tr("All sources"), 0)
        left = {sid: sum(1 for i in items if i.source_id == sid) for sid in sources}
        totals = {p.source_id: p.drafts_total for p in self.workspace.progress.get("sources", [])}
        for sid, title in sorted(sources.items()):
            short = title if len(title) <= 48 else f"{title[:47]}…"
            label = self.tr("{0} — {1} of {2} drafts left").format(
                short, left[sid], max(left[sid], totals.get(sid, 0))
            )
            self.source_filter.addItem(label, sid)
        self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(chosen)))
        self.source_filter.blockSignals(False)
        self._want = wanted
        self.set_facts([item.fact for item in items])

    def _filter(self) -> None:
        pair = self.pair_filter.currentData()
        topic = self.topic_filter.currentData() if hasattr(self, "topic_filter") else ""
        source = self.source_filter.currentData() if hasattr(self, "source_filter") else 0
        band = self.confidence_filter.currentData() if hasattr(self, "confidence_filter") else ""
        shown = [
            item
            for item in getattr(self, "items", [])
            if (not pair or item.fact.pair == pair)
            and (not topic or item.fact.topic == topic)
            and (not source or item.source_id == source)
            and (not band or item.proposal.band == band)
        ]
        if not isinstance(self.model, DraftQueueModel):
            return
        self.model.set_items(shown)
        self.count_label.setText(self.tr("Drafts: {0} of {1}").format(len(shown), len(self.items)))
        self.workspace.show_progress(pair)
        self._reopen()
        self.update_buttons()

    def _reopen(self) -> None:
        """Open the wanted draft (or the first) in the pane after a reload."""
        wanted, self._want = self._want, None
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and self.model.rowCount() and self._focus_statement:
            row = 0
        if row < 0:
            if self.model.rowCount():
                row = 0
            else:
                self.pane.show_item(None)
                return
        self.select_uuids([self.model.fact_at(row).uuid])
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.scrollTo(index)
        self._current(index)
        if self._focus_statement:
            self._focus_statement = False
            self.pane.focus_statement()

    def _current(self, index) -> None:
        if not index.isValid():
            return
        item = self.model.item_at(self.proxy.mapToSource(index).row())
        if item is not None and (self.pane.item is None or self.pane.item.fact != item.fact
                                 or self.pane.item.matches != item.matches):  # fmt: skip
            self.pane.show_item(item)

    def current_uuid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not isinstance(self.model, DraftQueueModel):
            return None
        return self.model.fact_at(self.proxy.mapToSource(index).row()).uuid

    def _next_uuid(self, leaving: set[str] | None = None) -> str | None:
        """The draft to open once the current one (or ``leaving``) is decided."""
        gone = leaving or {u for u in [self.current_uuid()] if u}
        rows = range(self.proxy.rowCount())
        order = [self.model.fact_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).uuid
                 for r in rows]  # fmt: skip
        current = self.current_uuid()
        start = order.index(current) if current in order else 0
        for uuid in order[start:] + order[:start][::-1]:
            if uuid not in gone:
                return uuid
        return None

    def move(self, step: int, focus_statement: bool = False) -> None:
        index = self.table.currentIndex()
        row = (index.row() if index.isValid() else -1) + step
        if 0 <= row < self.proxy.rowCount():
            target = self.proxy.index(row, 0)
            self.table.setCurrentIndex(target)
            self.table.selectionModel().select(
                target,
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )
        if focus_statement:
            self.pane.focus_statement()

    def eventFilter(self, watched, event) -> bool:
        # One-key review in the table, even where a window shortcut claims the key
        # (Ctrl+Z is the brief's undo elsewhere) or the table would jump to a row by letter.
        if watched is self.table and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            plain = mods == Qt.KeyboardModifier.NoModifier
            ctrl = mods == Qt.KeyboardModifier.ControlModifier
            actions = {
                Qt.Key.Key_A: self.accept_selected,
                Qt.Key.Key_E: self.edit_selected,
                Qt.Key.Key_R: self.reject_selected,
                Qt.Key.Key_J: lambda: self.move(1),
                Qt.Key.Key_K: lambda: self.move(-1),
                Qt.Key.Key_U: self.workspace.undo,
                Qt.Key.Key_D: lambda: self.pane.run_key("same"),
                Qt.Key.Key_Return: self.pane.accept_suggestion,
                Qt.Key.Key_Enter: self.pane.accept_suggestion,
            }
            action = actions.get(key) if plain else None
            if ctrl and key == Qt.Key.Key_Z:
                action = actions[Qt.Key.Key_U]
            if action is not None:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                action()
                return True
        return super().eventFilter(watched, event)

    def update_buttons(self) -> None:
        if not hasattr(self, "undo_action"):
            return
        count = len(self.selected())
        self.accept_action.setEnabled(count > 0)
        self.reject_action.setEnabled(count > 0)
        self.edit_action.setEnabled(count == 1)
        self.undo_action.setEnabled(bool(self.workspace.decisions))

    # ---- decisions -----------------------------------------------------------------------

    def _edited(self, facts: list[Fact]) -> list[Fact]:
        """The selection, with the pane's edits for the draft it shows."""
        shown = self.pane.item.fact.uuid if self.pane.item is not None else None
        out = []
        for fact in facts:
            edited = self.pane.pending_edits(fact) or fact  # edited earlier, then left
            if fact.uuid == shown:
                with contextlib.suppress(ValueError):  # a bad value: accept as stored
                    edited = self.pane.edited_fact()
            out.append(edited)
        return out

    def accept_selected(self) -> None:
        facts = self.selected()
        if facts:
            self.decide_accept(self._edited(facts))

    def decide_accept(self, facts: list[Fact]) -> None:
        self._focus_statement = True
        self._want = self._next_uuid({f.uuid for f in facts})
        self.workspace.accept_reviewed(facts)

    def reject_selected(self, reason: str | None = None) -> None:
        facts = self.selected()
        if facts:
            self.decide_reject(facts, self.pane.reason.text() if reason is None else reason)

    def decide_reject(self, facts: list[Fact], reason: str) -> None:
        self._focus_statement = True
        self._want = self._next_uuid({f.uuid for f in facts})
        self.workspace.reject([f.uuid for f in facts], reason)

    def edit_selected(self) -> FactEditor | None:
        facts = self.selected()
        return self.workspace.edit(facts[0]) if len(facts) == 1 else None

    def expect(self, uuid: str | None) -> None:
        """Open ``uuid`` with the focus in its statement after the next reload."""
        self._want = uuid
        self._focus_statement = True


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
        self.table, self.proxy = _table(self, self.model, "sourceList")
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

        self.workspace.runner.run(lambda: services.source_noise(wanted), show)

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


class CurateWorkspace(QWidget):
    """The editors' tab: Review queue · Sources · Conflicts · Stale figures."""

    factsChanged = Signal()  # facts were accepted, edited, ranked or retired
    loaded = Signal()  # every view has its data
    englishMissing = Signal(int)  # approved facts with no English statement

    def __init__(self, services, runner: Runner, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("curateWorkspace")
        self.services = services
        self.runner = runner
        self.ui_lang = ui_lang
        self.is_loaded = False
        self.last_import: list = []
        self._loads = 0  # reloads running
        self._generation = 0  # reloads started
        self._shown: dict[str, int] = {}  # view → the reload whose answer it shows
        self._pending_conflict: tuple[Fact, list[Fact]] | None = None
        self.editor: FactEditor | None = None
        self.decisions: list[Decision] = []  # the editor's last decisions, newest last
        self._outdated: set[str] = set()  # views to reload when next shown
        self.deciding = False  # a decision is being written or the queue reloaded after it
        self.progress: dict = {}
        self._titles: dict[QWidget, str] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("curateTabs")
        self.tabs.setDocumentMode(True)
        self.review = ReviewQueue(self)
        self.sources_view = SourcesView(self)
        self.conflicts_view = ConflictsView(self)
        self.stale_view = StaleView(self)
        for widget, title in (
            (self.review, self.tr("Review queue")),
            (self.sources_view, self.tr("Sources")),
            (self.conflicts_view, self.tr("Conflicts")),
            (self.stale_view, self.tr("Stale figures")),
        ):
            self._titles[widget] = title
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)

    # ---- loading -----------------------------------------------------------------------

    def set_count(self, widget: QWidget, count: int) -> None:
        title = self._titles[widget]
        self.tabs.setTabText(self.tabs.indexOf(widget), f"{title} ({count})" if count else title)

    VIEWS = ("review", "sources", "conflicts", "stale")

    @property
    def loading(self) -> bool:
        return self._loads > 0

    def refresh(self, views: tuple[str, ...] = VIEWS) -> None:
        """Reload ``views`` from the store (in the background); the others are reloaded
        when next shown. A review decision reloads only the queue: on a big store the
        conflict and staleness scans take seconds, the queue milliseconds."""
        services = self.services
        wanted = set(views)
        self._outdated.update(set(self.VIEWS) - wanted)
        self._loads += 1
        # A reload that read the store earlier may finish later (e.g. one started before an
        # import committed): a view shows only answers newer than the one it shows.
        self._generation += 1
        generation = self._generation

        def work() -> dict[str, object]:
            loaders = {
                "review": lambda: (services.desk_queue(), services.desk_progress()),
                "sources": services.sources,
                "conflicts": services.conflicts,
                "stale": services.stale_facts,
            }
            return {name: loaders[name]() for name in self.VIEWS if name in wanted}

        def done(result: dict) -> None:
            result = {k: v for k, v in result.items() if self._shown.get(k, 0) < generation}
            self._shown.update(dict.fromkeys(result, generation))
            if "review" in result:
                queue, progress = result["review"]
                self.progress = progress
                self.englishMissing.emit(int(progress["missing_english"]))
                self.review.set_items(queue)
                self.set_count(self.review, len(queue))
            if "sources" in result:
                self.sources_view.set_sources(result["sources"])
                self.set_count(self.sources_view, len(result["sources"]))
            if "conflicts" in result:
                self.conflicts_view.set_groups(result["conflicts"])
                pending, self._pending_conflict = self._pending_conflict, None
                if pending is not None:
                    self.conflicts_view.show_draft_conflict(*pending)
            if "stale" in result:
                self.stale_view.set_facts(result["stale"])
                self.set_count(self.stale_view, len(result["stale"]))
            self._outdated -= set(result)
            self._loads -= 1
            self.deciding = False
            self.is_loaded = True
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            self._loads -= 1
            self.deciding = False
            self._failed(exc)

        self.runner.run(work, done, failed)

    def _tab_shown(self, index: int) -> None:
        """A view left behind by review decisions is reloaded when it is shown."""
        name = {
            self.review: "review",
            self.sources_view: "sources",
            self.conflicts_view: "conflicts",
            self.stale_view: "stale",
        }.get(self.tabs.widget(index))
        if name in self._outdated and self.is_loaded:
            self.refresh((name,))

    def ensure_loaded(self) -> None:
        if not self.is_loaded and not self.loading:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from briefer.ui.bugs import handle_failure

        handle_failure(self.window(), exc)

    def _changed(self, message: str, views: tuple[str, ...] = VIEWS) -> None:
        self._message(message)
        self.refresh(views)
        self.factsChanged.emit()

    def _message(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 6000)

    # ---- editing -----------------------------------------------------------------------

    def accept(self, uuids: list[str]) -> None:
        services = self.services
        self.runner.run(
            lambda: services.accept_facts(uuids),
            lambda done: self._changed(self.tr("Accepted %n fact(s).", "", len(done))),
        )

    def reject(self, uuids: list[str], reason: str = "") -> None:
        services = self.services
        self._decide(
            lambda: services.desk_reject(uuids, reason),
            lambda decision: self._decided(
                decision,
                self.tr("Rejected %n fact(s); they stay in the history.", "", len(uuids)),
            ),
        )

    def retire(self, uuids: list[str], reason: str = "") -> None:
        services = self.services
        self.runner.run(
            lambda: services.retire_facts(uuids, reason),
            lambda done: self._changed(self.tr("Retired %n fact(s).", "", len(done))),
        )

    def prefer(self, uuid: str) -> None:
        services = self.services
        self.runner.run(
            lambda: services.set_preferred(uuid),
            lambda _f: self._changed(self.tr("Briefs now show the preferred figure.")),
        )

    def deprecate(self, uuid: str, reason: str = "") -> None:
        services = self.services
        self.runner.run(
            lambda: services.deprecate(uuid, reason),
            lambda _f: self._changed(self.tr("The figure is deprecated and left out of briefs.")),
        )

    def edit(self, fact: Fact) -> FactEditor:
        """Open the fact editor on ``fact`` (window-modal, not blocking)."""
        editor = FactEditor(self.services, self.runner, fact, self.ui_lang, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _f: self._changed(self.tr("The fact is saved.")))
        self.editor = editor
        editor.open()
        return editor

    def new_fact(self, source_id: int, start: int, end: int) -> None:
        services = self.services

        def done(fact: Fact) -> None:
            self._changed(self.tr("A draft fact was made from the selection."))
            self.edit(fact)

        self.runner.run(lambda: services.new_fact_from_selection(source_id, start, end), done)

    # ---- the review desk: decisions that can be undone ----------------------------------

    def _decided(self, decision: Decision, message: str) -> None:
        self.decisions.append(decision)
        del self.decisions[:-50]
        self._changed(message, ("review",))

    def _decide(self, work, done) -> None:
        """Run one desk decision; keys pressed before the queue has reloaded are ignored
        (a second Ctrl+Enter must not decide the same draft twice)."""
        if self.deciding:
            return
        self.deciding = True

        def failed(exc: BaseException) -> None:
            self.deciding = False
            self._failed(exc)

        self.runner.run(work, done, failed)

    def accept_reviewed(self, facts: list[Fact]) -> None:
        """Approve drafts with the editor's edits; disagreeing figures open the conflicts."""
        services = self.services
        disagreeing = [
            item
            for fact in facts
            if (item := self.review.model.item_of(fact.uuid)) is not None and item.conflicts
        ]

        def done(decision: Decision) -> None:
            self._decided(decision, self.tr("Accepted %n fact(s).", "", len(facts)))
            if disagreeing:
                self.tabs.setCurrentWidget(self.conflicts_view)

        self._decide(lambda: services.desk_accept(facts), done)

    def second_source(self, draft: Fact, match: DraftMatch, next_uuid: str | None) -> None:
        services = self.services
        self.review.expect(next_uuid)
        self._decide(
            lambda: services.add_as_second_source(draft.uuid, match.fact.uuid),
            lambda d: self._decided(
                d, self.tr("The approved fact now cites this source too; the draft is closed.")
            ),
        )

    def supersede(self, draft: Fact, match: DraftMatch, next_uuid: str | None) -> None:
        services = self.services
        self.review.expect(next_uuid)
        self._decide(
            lambda: services.supersede(draft.uuid, match.fact.uuid, draft),
            lambda d: self._decided(
                d, self.tr("The draft is approved and the older fact retired.")
            ),
        )

    def different(self, draft: Fact, match: DraftMatch) -> None:
        services = self.services
        self.review.expect(draft.uuid)
        self._decide(
            lambda: services.mark_different(draft.uuid, match.fact.uuid),
            lambda d: self._decided(d, self.tr("Marked as a different fact.")),
        )

    def undo(self) -> None:
        if not self.decisions:
            self._message(self.tr("There is no decision to undo."))
            return
        if self.deciding:
            return
        decision = self.decisions.pop()
        services = self.services
        self.review.expect(decision.draft_uuids[0] if decision.draft_uuids else None)
        self._decide(
            lambda: services.undo_decision(decision),
            lambda _f: self._changed(self.tr("The last decision is undone."), ("review",)),
        )

    def show_conflict(self, item: ReviewItem) -> None:
        """The conflict view with the draft beside the approved figures it disagrees with."""
        group = (item.fact, [m.fact for m in item.matches if m.relation == CONFLICT])
        if "conflicts" not in self._outdated:
            self.conflicts_view.show_draft_conflict(*group)
            self.tabs.setCurrentWidget(self.conflicts_view)
            return
        self._pending_conflict = group  # shown once the view has reloaded
        if self.tabs.currentWidget() is self.conflicts_view:
            self.refresh(("conflicts",))
        else:
            self.tabs.setCurrentWidget(self.conflicts_view)  # reloads it

    def open_source(self, source_id: int, start: int, end: int) -> None:
        """The whole source in the Sources tab, the quote selected."""
        self.tabs.setCurrentWidget(self.sources_view)
        if self.sources_view.show_source(source_id):
            self.sources_view.select_text(start, end)
            self.sources_view.body.setFocus()
            self.sources_view.body.ensureCursorVisible()

    def show_progress(self, pair: str | None) -> None:
        """Per pair: approved facts per brief section, and the empty sections."""
        from briefer.domain.topics import topic_heading

        pairs: dict[str, dict[str, int]] = self.progress.get("pairs", {})
        shown = [pair] if pair else sorted(pairs)
        lang = "vi" if self.ui_lang == "vi" else "en"
        lines = []
        for code in shown:
            sections = pairs.get(code, {})
            filled = [f"{topic_heading(t, lang)} {n}" for t, n in sections.items() if n]
            empty = [topic_heading(t, lang) for t, n in sections.items() if not n]
            if pair:
                line = f"{code}: " + " · ".join(filled)
            else:
                line = self.tr("{0}: {1} of {2} sections have approved facts").format(
                    code, len(filled), len(sections)
                )
            if empty:
                line += " — " + self.tr("empty: {0}").format(", ".join(empty))
            lines.append(line)
        self.review.progress.setText(("\n" if pair else " · ").join(lines))
        self.review.progress.setToolTip("\n".join(lines))

    # ---- importing articles ----------------------------------------------------------------

    def choose_articles(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.txt *.html *.htm *.docx *.pdf *.md);;All files (*)"),
        )
        if paths:
            self.import_articles(paths)

    def import_articles(self, paths: list[str]) -> None:
        """Import files off the UI thread; a file that fails gets its own sentence."""
        services = self.services
        window = self.window()

        def progress(what: str, fraction: float) -> None:
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    self.tr("Importing {0}… {1}%").format(what, int(fraction * 100))
                )

        def done(reports) -> None:
            from briefer.ui.bugs import show_error

            added = sum(len(r.candidates) for r in reports if r.status == "imported")
            errors = [r.message or r.error for r in reports if r.status == "error"]
            duplicates = [r.message for r in reports if r.status == "duplicate"]
            self.tabs.setCurrentWidget(self.review)
            self._changed(
                self.tr("Imported %n file(s); ", "", len(reports) - len(errors))
                + self.tr("%n draft fact(s) to review.", "", added)
            )
            if errors or duplicates:
                show_error(self.window(), "\n".join(errors + duplicates))
            self.last_import = reports

        self.runner.run(lambda report: services.import_files(paths, report), done, None, progress)
