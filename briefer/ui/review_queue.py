"""The review queue of the Curate tab: imported drafts in a table beside the review pane,
with keys for a fast pass (accept, reject, edit, next) and the decisions they start.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
)

from briefer.domain.model import Fact
from briefer.domain.review import ReviewItem
from briefer.domain.topics import TOPIC_KEYS
from briefer.ui.curate_table import FactTablePanel
from briefer.ui.fact_editor import FactEditor
from briefer.ui.labels import topic_label
from briefer.ui.models.review import DraftQueueModel
from briefer.ui.review_labels import confidence_label
from briefer.ui.review_pane import ReviewPane

if TYPE_CHECKING:
    from briefer.ui.curate import CurateWorkspace


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
