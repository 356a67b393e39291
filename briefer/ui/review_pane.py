"""The review pane beside the editor's queue: one draft, its source and its neighbours.

It shows the source paragraph with the quote highlighted (and a button to the whole
source), why the importer proposed the draft and how sure it was, the parsed fields as
controls, the English suggestion and the terms it needs, the fact as a brief will print it
in Vietnamese and English, and the approved facts it repeats or contradicts with the three
verdicts ("same fact — add as second source", "newer figure — supersede", "different").

The pane decides nothing itself: it emits what the editor asked for, with the draft as
edited, and the queue (:mod:`briefer.ui.curate`) runs it through the services. Keys in the
pane's fields: Enter takes the English suggestion, Ctrl+Enter accepts, Ctrl+R rejects,
Ctrl+J / Ctrl+K go to the next / previous draft, Ctrl+U undoes the last decision, Escape
goes back to the queue. Window shortcuts on the same keys are overridden while a field of
the pane has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QListWidgetItem,
    QTextEdit,
    QWidget,
)

from briefer.domain.model import Fact
from briefer.domain.review import CONFLICT, OLDER, SAME, DraftMatch, ReviewItem
from briefer.ui.fact_fields import edited_fact
from briefer.ui.models.review import value_text
from briefer.ui.review_labels import confidence_label, reason_label, relation_label
from briefer.ui.review_pane_layout import setup_review_pane
from briefer.ui.source_pane import utf16_offset

HIGHLIGHT = QColor("#ffe58a")


class ReviewPane(QWidget):
    """One draft beside its source; emits the editor's verdicts."""

    acceptRequested = Signal(object)  # the draft as edited
    rejectRequested = Signal(object, str)  # the draft, the reason
    secondSourceRequested = Signal(object, object)  # draft (as edited), DraftMatch
    supersedeRequested = Signal(object, object)
    differentRequested = Signal(object, object)
    conflictRequested = Signal(object)  # the ReviewItem
    sourceRequested = Signal(int, int, int)  # source id, quote start, quote end
    moveRequested = Signal(int)  # +1 next draft, -1 previous
    undoRequested = Signal()
    backToQueue = Signal()

    def __init__(self, services, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPane")
        self.services = services
        self.ui_lang = ui_lang
        self.item: ReviewItem | None = None
        self.suggestion_text = ""
        self.source_id: int | None = None
        self._quote_span: tuple[int, int] = (0, 0)
        self._filling = False
        self._edits: dict[str, Fact] = {}  # draft uuid → unsaved edits
        setup_review_pane(self)
        self._connect()
        self.show_item(None)

    # ---- wiring ------------------------------------------------------------------------

    def _connect(self) -> None:
        self.source_button.clicked.connect(lambda _c=False: self._open_source())
        for button, signal in (
            (self.second_source, self.secondSourceRequested),
            (self.supersede, self.supersedeRequested),
            (self.different, self.differentRequested),
        ):
            button.clicked.connect(lambda _c=False, s=signal: self._verdict(s))
        self.conflict_button.clicked.connect(
            lambda _c=False: self.item is not None and self.conflictRequested.emit(self.item)
        )
        self.matches.currentRowChanged.connect(lambda _r: self._update_verdicts())
        self.use_suggestion.clicked.connect(lambda _c=False: self.accept_suggestion())
        self.direction.currentIndexChanged.connect(lambda _i: self._direction_changed())
        for widget in self.fields:
            widget.installEventFilter(self)
        for edit in (self.statement_vi, self.statement_en):
            edit.textChanged.connect(self._update_preview)
        for line in (
            self.value,
            self.unit,
            self.period,
            self.as_of,
            self.event_date,
            self.metric_edit,
        ):
            line.textChanged.connect(lambda _t: self._update_preview())
        for combo in (self.qualifier, self.direction, self.topic, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self._update_preview())

    # ---- showing a draft -----------------------------------------------------------------

    def show_item(self, item: ReviewItem | None) -> None:
        self._keep_edits()
        self.item = item
        self._filling = True
        try:
            self._fill(item)
        finally:
            self._filling = False
        self._update_preview()

    def _fill(self, item: ReviewItem | None) -> None:
        for widget in self.fields:
            widget.setEnabled(item is not None)
        self.source_button.setEnabled(item is not None and item.source_id is not None)
        if item is None:
            self.source_label.setText(self.tr("Choose a draft in the queue"))
            self.paragraph.clear()
            self.reasons.clear()
            for edit in (self.statement_vi, self.statement_en):
                edit.clear()
            self.matches.clear()
            self.suggestion.clear()
            self.terms.clear()
            self.suggestion_text = ""
            self._update_verdicts()
            return
        self._show_paragraph(item.fact)
        self._show_reasons(item)
        fact = self.pending_edits(item.fact) or item.fact
        self.statement_vi.setPlainText(fact.statement_vi)
        self.statement_en.setPlainText(fact.statement_en)
        value = fact.value
        self.value.setText(
            "" if value is None else (str(int(value)) if value == int(value) else str(value))
        )
        self.unit.setText(fact.unit)
        self.period.setText(fact.period)
        self.as_of.setText(fact.as_of)
        self.event_date.setText(fact.event_date)
        self.pair.setText(fact.pair)
        self.metric_edit.setText(fact.metric)
        direction = fact.metric.removeprefix("visit.") if fact.metric.startswith("visit.") else ""
        self.direction.setCurrentIndex(max(0, self.direction.findData(direction)))
        for combo, key in ((self.qualifier, fact.qualifier), (self.topic, fact.topic),
                           (self.kind, fact.kind)):  # fmt: skip
            index = combo.findData(key)
            if index < 0:
                combo.addItem(key, key)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.reason.clear()
        self._show_suggestion(fact)
        self.matches.clear()
        for match in item.matches:
            self.matches.addItem(self._match_item(match))
        if item.matches:
            self.matches.setCurrentRow(0)
        self._update_verdicts()

    def _match_item(self, match: DraftMatch) -> QListWidgetItem:
        fact = match.fact
        figure = value_text(fact)
        text = f"{relation_label(match.relation)}: {' '.join(fact.statement_vi.split())}"
        if figure:
            text += f"  [{figure}]"
        entry = QListWidgetItem(text)
        entry.setToolTip(f"{match.why} · {len(fact.citations)} source(s)")
        entry.setData(Qt.ItemDataRole.UserRole, match)
        if match.relation == CONFLICT:
            entry.setForeground(QColor("#a4262c"))
        return entry

    def _show_paragraph(self, fact: Fact) -> None:
        self.paragraph.clear()
        self.source_id = None
        found = self.services.paragraph_of(fact)
        if found is None:
            self.source_label.setText(self.tr("This draft cites no source."))
            return
        source, start, end = found
        cite = fact.citations[0]
        self.source_id = int(source.id or 0)
        self._quote_span = (cite.start, cite.end)
        parts = [source.title, source.outlet, source.published_on]
        self.source_label.setText(" · ".join(p for p in parts if p))
        paragraph = source.body[start:end]
        self.paragraph.setPlainText(paragraph)
        q_start, q_end = cite.start - start, cite.end - start
        cursor = QTextCursor(self.paragraph.document())
        cursor.setPosition(utf16_offset(paragraph, q_start))
        cursor.setPosition(utf16_offset(paragraph, q_end), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        mark.format = fmt
        self.paragraph.setExtraSelections([mark])
        visible = QTextCursor(cursor)
        visible.setPosition(cursor.selectionStart())
        self.paragraph.setTextCursor(visible)
        self.paragraph.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """The words highlighted in the paragraph (what the citation quotes)."""
        marks = self.paragraph.extraSelections()
        return marks[0].cursor.selectedText() if marks else ""

    def _show_reasons(self, item: ReviewItem) -> None:
        proposal = item.proposal
        if proposal.reasons:
            self.reasons.setText(
                self.tr("Proposed because: {0} — confidence {1} ({2} %)").format(
                    " · ".join(reason_label(r) for r in proposal.reasons),
                    confidence_label(proposal.band),
                    round(proposal.confidence * 100),
                )
            )
        else:
            self.reasons.setText(self.tr("Not proposed by the importer (made by hand or earlier)."))

    # ---- editing -----------------------------------------------------------------------

    def _keep_edits(self) -> None:
        """Moving to another draft keeps this one's unsaved edits for when it comes back."""
        if self.item is None or self._filling:
            return
        uuid = self.item.fact.uuid
        try:
            edited = self.edited_fact()
        except ValueError:
            return  # a value that is not a number: nothing sound to keep
        if edited != self.item.fact:
            self._edits[uuid] = edited
        else:
            self._edits.pop(uuid, None)

    def pending_edits(self, fact: Fact) -> Fact | None:
        """Unsaved edits of ``fact`` made earlier in the pane (None if it changed since)."""
        edited = self._edits.get(fact.uuid)
        return edited if edited is not None and edited.revision == fact.revision else None

    def edited_fact(self) -> Fact:
        """The draft as the pane now says (ValueError when the value is not a number)."""
        assert self.item is not None
        fact = self.item.fact
        return edited_fact(fact, self, pair=self.pair.text().strip().upper() or fact.pair)

    def _update_preview(self) -> None:
        if self._filling:
            return
        if self.item is None:
            self.preview_vi.clear()
            self.preview_en.clear()
            return
        try:
            fact = self.edited_fact()
        except ValueError:
            self.preview_vi.setText(self.tr("The value must be a number, such as 1300000000."))
            self.preview_en.clear()
            return
        self._show_suggestion(fact)
        self.preview_vi.setText(f"VI  {self.services.brief_line(fact, 'vi')}")
        english = self.services.brief_line(fact, "en")
        self.preview_en.setText(
            f"EN  {english}"
            if english
            else self.tr("EN  (no English yet: an English brief would warn and leave it out)")
        )

    def _show_suggestion(self, fact: Fact) -> None:
        """The English suggestion for the fields as they now are, and the terms."""
        suggestion = self.services.suggest_english(fact)
        self.suggestion_text = suggestion.text
        if suggestion.text:
            self.suggestion.setText(self.tr("Suggested: {0}").format(suggestion.text))
        else:
            self.suggestion.setText(self.tr("No suggestion for this kind of fact; see the terms."))
        self.use_suggestion.setEnabled(bool(suggestion.text))
        self.terms.setText(
            self.tr("Terms: {0}").format(" · ".join(f"{vi} → {en}" for vi, en in suggestion.terms))
            if suggestion.terms
            else ""
        )

    def _direction_changed(self) -> None:
        """A visit's direction is its metric ("visit.inbound"); other metrics stay."""
        if self._filling:
            return
        direction = self.direction.currentData()
        current = self.metric_edit.text().strip()
        if direction:
            self.metric_edit.setText(f"visit.{direction}")
        elif current.startswith("visit."):
            self.metric_edit.clear()

    def accept_suggestion(self) -> None:
        if self.item is not None and self.suggestion_text:
            self.statement_en.setPlainText(self.suggestion_text)

    def focus_statement(self) -> None:
        self.statement_vi.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.statement_vi.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.statement_vi.setTextCursor(cursor)

    def current_match(self) -> DraftMatch | None:
        entry = self.matches.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _update_verdicts(self) -> None:
        match = self.current_match()
        relation = match.relation if match is not None else ""
        self.second_source.setEnabled(relation == SAME)
        self.supersede.setEnabled(relation in (OLDER, CONFLICT, SAME))
        self.different.setEnabled(match is not None)
        has_conflict = self.item is not None and bool(self.item.conflicts)
        self.conflict_button.setVisible(has_conflict)
        count = len(self.item.matches) if self.item is not None else 0
        self.matches_title.setText(
            self.tr("Approved facts that say the same or disagree: {0}").format(count)
            if count
            else self.tr("No approved fact says the same.")
        )

    def _verdict(self, signal) -> None:
        match = self.current_match()
        if self.item is None or match is None:
            return
        try:
            draft = self.edited_fact()
        except ValueError:
            draft = self.item.fact
        signal.emit(draft, match)

    def _open_source(self) -> None:
        if self.source_id is not None:
            self.sourceRequested.emit(self.source_id, *self._quote_span)

    # ---- keys --------------------------------------------------------------------------

    def _key_action(self, event) -> str:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and mods == ctrl:
            return "accept"
        if enter and mods == Qt.KeyboardModifier.NoModifier:
            return "suggest"
        if mods == ctrl:
            return {
                Qt.Key.Key_R: "reject",
                Qt.Key.Key_J: "next",
                Qt.Key.Key_Down: "next",
                Qt.Key.Key_K: "previous",
                Qt.Key.Key_Up: "previous",
                Qt.Key.Key_U: "undo",
                Qt.Key.Key_D: "same",
            }.get(Qt.Key(key), "")
        if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            return "queue"
        return ""

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        action = self._key_action(event)
        if not action:
            return super().eventFilter(watched, event)
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not the window's Ctrl+Return / Ctrl+Z
            return True
        self.run_key(action)
        return True

    def run_key(self, action: str) -> None:
        if action == "suggest":
            self.accept_suggestion()
        elif action == "accept" and self.item is not None:
            try:
                self.acceptRequested.emit(self.edited_fact())
            except ValueError:
                self.value.setFocus()
        elif action == "reject" and self.item is not None:
            self.rejectRequested.emit(self.item.fact, self.reason.text())
        elif action == "next":
            self.moveRequested.emit(1)
        elif action == "previous":
            self.moveRequested.emit(-1)
        elif action == "undo":
            self.undoRequested.emit()
        elif action == "same":
            self._verdict(self.secondSourceRequested)
        elif action == "queue":
            self.backToQueue.emit()


__all__ = ["ReviewPane", "confidence_label", "relation_label"]
