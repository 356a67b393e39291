"""The centre panel: one brief item, its wording (Vietnamese and English), and its sources.

A fact item's wording can be changed for this brief while the fact, and so its citations,
stay attached and visible below. The officer's own paragraphs and talking points cite
facts chosen in the fact browser. Every change is emitted as a request; the window makes
it an undoable command, and the new brief comes back through :meth:`ItemEditor.refresh`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.domain import brief_edits as editing
from briefer.domain.brief import Brief, BriefItem
from briefer.domain.itemline import default_wording
from briefer.domain.model import Citation, Fact
from briefer.text.normalize import normalize
from briefer.ui.fonts import text_font
from briefer.ui.icons import icon
from briefer.ui.labels import date_label, item_kind_label, language_name

CITATION_ROLE = Qt.ItemDataRole.UserRole + 10


class WordingEdit(QPlainTextEdit):
    """A plain text box whose Ctrl+Z / Ctrl+Shift+Z reach the brief's undo stack."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()  # let the window's Undo/Redo actions take it
            return True
        return super().event(event)


class ItemEditor(QWidget):
    textEdited = Signal(str, str, str)  # item uuid, lang, text ("" = the fact's own words)
    citeRequested = Signal(str)  # item uuid: cite the fact selected in the browser
    uncite = Signal(str, str)  # item uuid, fact uuid
    citationChosen = Signal(object, object)  # Fact, Citation: show it in the source pane

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("itemEditor")
        self.item_uuid: str | None = None
        self._brief: Brief | None = None
        self._facts: Mapping[str, Fact] = {}
        self._loading = False
        self._build()
        self.show_item(None, None, {})

    # ---- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.stack.addWidget(self.placeholder)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.kind_badge = QLabel(page)
        self.kind_badge.setObjectName("kindBadge")
        self.section_label = QLabel(page)
        self.section_label.setObjectName("hint")
        top.addWidget(self.kind_badge)
        top.addWidget(self.section_label, 1)
        layout.addLayout(top)

        self.statement_title = QLabel(self.tr("The fact, as the store has it"), page)
        self.statement_title.setObjectName("fieldLabel")
        self.statement = QLabel(page)
        self.statement.setObjectName("statement")
        self.statement.setWordWrap(True)
        self.statement.setFont(text_font(12))
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.statement_title)
        layout.addWidget(self.statement)

        wording_row = QHBoxLayout()
        self.wording_title = QLabel(page)
        self.wording_title.setObjectName("fieldLabel")
        self.restore_button = QPushButton(self.tr("Use the fact's wording"), page)
        self.restore_button.setToolTip(
            self.tr("Drop this brief's own wording and show the fact's statement again.")
        )
        self.restore_button.clicked.connect(self._restore)
        wording_row.addWidget(self.wording_title, 1)
        wording_row.addWidget(self.restore_button)
        layout.addLayout(wording_row)

        # An item edited in one language: the other one is marked until it is updated.
        self.needs_update_note = QLabel(page)
        self.needs_update_note.setObjectName("needsUpdate")
        self.needs_update_note.setWordWrap(True)
        self.needs_update_note.setStyleSheet("color: #9a5b00; font-weight: 600;")
        self.needs_update_note.hide()
        layout.addWidget(self.needs_update_note)

        self.tabs = QTabWidget(page)
        self.tabs.setDocumentMode(False)
        self.edits: dict[str, WordingEdit] = {}
        for lang in ("vi", "en"):
            edit = WordingEdit(page)
            edit.setObjectName(f"wording_{lang}")
            edit.setFont(text_font(12))
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(lambda lang=lang: self._typed(lang))
            self.edits[lang] = edit
        layout.addWidget(self.tabs, 2)

        cites_row = QHBoxLayout()
        self.cites_title = QLabel(self.tr("Sources cited"), page)
        self.cites_title.setObjectName("fieldLabel")
        self.cite_button = QPushButton(icon("cite"), self.tr("Cite selected fact"), page)
        self.cite_button.setToolTip(
            self.tr("Cite the fact selected in the fact browser as a source of this item.")
        )
        self.cite_button.clicked.connect(self._cite)
        self.uncite_button = QPushButton(self.tr("Remove citation"), page)
        self.uncite_button.clicked.connect(self._uncite)
        cites_row.addWidget(self.cites_title, 1)
        cites_row.addWidget(self.cite_button)
        cites_row.addWidget(self.uncite_button)
        layout.addLayout(cites_row)

        self.citations = QListWidget(page)
        self.citations.setObjectName("citations")
        self.citations.setWordWrap(True)
        self.citations.setAlternatingRowColors(True)
        self.citations.setSpacing(2)
        self.citations.currentItemChanged.connect(self._citation_selected)
        self.citations.itemActivated.connect(lambda it: self._citation_selected(it, None))
        layout.addWidget(self.citations, 2)
        self.stack.addWidget(page)
        self.page = page

    # ---- showing -------------------------------------------------------------------------

    def show_item(
        self, item_uuid: str | None, brief: Brief | None, facts: Mapping[str, Fact]
    ) -> None:
        self.item_uuid = item_uuid
        self.refresh(brief, facts)

    def refresh(self, brief: Brief | None, facts: Mapping[str, Fact]) -> None:
        """Show the current item as it is in ``brief`` (after an edit, undo or redo)."""
        self._brief, self._facts = brief, facts
        item = editing.find_item(brief, self.item_uuid) if brief and self.item_uuid else None
        if item is None:
            self.item_uuid = None
            self.placeholder.setText(
                self.tr("Select an item in the outline to edit its wording and sources.")
                if brief
                else self.tr(
                    "Pick a country pair and a brief type in the toolbar, then press "
                    "“New brief” — or open a saved brief from File → Open recent."
                )
            )
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.stack.setCurrentWidget(self.page)
        self._loading = True
        try:
            self._fill(brief, item, facts)
        finally:
            self._loading = False

    def _fill(self, brief: Brief, item: BriefItem, facts: Mapping[str, Fact]) -> None:
        where = editing.locate(brief, item.uuid)
        self.kind_badge.setText(item_kind_label(item.kind))
        self.section_label.setText(brief.sections[where[0]].heading if where else "")
        fact = facts.get(item.fact_uuid or "")
        shows_fact = item.kind in ("fact", "computed")
        self.statement_title.setVisible(shows_fact)
        self.statement.setVisible(shows_fact)
        if shows_fact:
            self.statement.setText(
                fact.statement(brief.language)
                if fact
                else self.tr("(This fact is no longer in the store.)")
            )
        self.restore_button.setVisible(item.kind in ("fact", "computed"))
        # (an item saying its machine line is not edited: nothing of the officer's to drop)
        self.restore_button.setEnabled(item.edited())
        if item.kind == "computed":  # its line is derived, not the fact's statement
            self.restore_button.setText(self.tr("Use the computed line"))
            self.restore_button.setToolTip(
                self.tr(
                    "Drop this brief's own wording and show the line computed from the "
                    "current facts again."
                )
            )
        else:
            self.restore_button.setText(self.tr("Use the fact's wording"))
            self.restore_button.setToolTip(
                self.tr("Drop this brief's own wording and show the fact's statement again.")
            )
        self.wording_title.setText(
            self.tr("Wording in this brief") if item.kind != "text" else self.tr("Your text")
        )
        order = [brief.language] + [x for x in ("vi", "en") if x != brief.language]
        if [self.tabs.widget(i) for i in range(self.tabs.count())] != [
            self.edits[x] for x in order
        ]:
            current = self.tabs.currentWidget()
            self.tabs.clear()
            for lang in order:
                self.tabs.addTab(self.edits[lang], language_name(lang))
            if current is not None:
                self.tabs.setCurrentWidget(current)
        for index in range(self.tabs.count()):
            lang = next(x for x, e in self.edits.items() if e is self.tabs.widget(index))
            name = language_name(lang)
            if item.needs_update == lang:
                name = self.tr("{0} — needs update").format(name)
            self.tabs.setTabText(index, name)
        if item.needs_update in self.edits:
            self.needs_update_note.setText(
                self.tr(
                    "The {0} wording needs an update: the item was edited in the other "
                    "language since."
                ).format(language_name(item.needs_update))
            )
        self.needs_update_note.setVisible(item.needs_update in self.edits)
        for lang, edit in self.edits.items():
            wanted = self._wording(brief, item, facts, lang)
            if normalize(edit.toPlainText()) != wanted:
                edit.setPlainText(wanted)
                edit.moveCursor(edit.textCursor().MoveOperation.End)
            edit.setPlaceholderText(self._placeholder(item, lang))
        self._fill_citations(item, facts)

    @staticmethod
    def _wording(brief: Brief, item: BriefItem, facts: Mapping[str, Fact], lang: str) -> str:
        """The officer's wording in ``lang``, else what the item says without it (its
        machine line or computed line from the current facts, or its fact's statement)."""
        own = item.own_text(lang)
        if own or item.kind == "text":
            return own
        return default_wording(item, facts, brief.home, brief.partner, lang, brief.brief_date)

    def _placeholder(self, item: BriefItem, lang: str) -> str:
        if item.kind == "text":
            return (
                self.tr("Type the paragraph or talking point in Vietnamese.")
                if lang == "vi"
                else self.tr("Type the paragraph or talking point in English.")
            )
        if item.kind == "computed":  # (empty only when no cited fact gives the line now)
            return self.tr(
                "Nothing to compute this line from: its facts were retired or no longer say "
                "it. Type the line here, or remove the item."
            )
        return (
            self.tr("No Vietnamese wording yet.")
            if lang == "vi"
            else self.tr(
                "No English wording yet: type it here. An English brief never prints the "
                "Vietnamese in its place; it warns “no English”."
            )
        )

    def _fill_citations(self, item: BriefItem, facts: Mapping[str, Fact]) -> None:
        previous = self.citations.currentRow()
        self.citations.blockSignals(True)
        self.citations.clear()
        lang = self._brief.language if self._brief else "vi"
        for number, fact_uuid in enumerate(item.cited_fact_uuids(), start=1):
            fact = facts.get(fact_uuid)
            if fact is None:
                entry = QListWidgetItem(
                    self.tr("[{0}] A cited fact is missing from the store.").format(number)
                )
                entry.setData(CITATION_ROLE, (fact_uuid, None, None))
                self.citations.addItem(entry)
                continue
            if not fact.citations:
                entry = QListWidgetItem(
                    self.tr("[{0}] {1}\nThis fact has no source.").format(
                        number, _short(fact.statement(lang))
                    )
                )
                entry.setIcon(icon("warning"))
                entry.setData(CITATION_ROLE, (fact_uuid, fact, None))
                self.citations.addItem(entry)
                continue
            for cite in fact.citations:
                when = date_label(cite.source_published_on, lang)
                head = " · ".join(p for p in (cite.source_outlet, cite.source_title, when) if p)
                entry = QListWidgetItem(f"[{number}] {head}\n“{_short(cite.quote, 260)}”")
                entry.setToolTip(cite.source_url or cite.source_title)
                entry.setData(CITATION_ROLE, (fact_uuid, fact, cite))
                self.citations.addItem(entry)
        self.citations.blockSignals(False)
        if self.citations.count():
            self.citations.setCurrentRow(min(max(previous, 0), self.citations.count() - 1))
        self.uncite_button.setEnabled(bool(item.cites))
        self.cites_title.setText(self.tr("Sources cited ({0})").format(self.citations.count()))

    # ---- requests ------------------------------------------------------------------------

    def _current_item(self) -> BriefItem | None:
        if self._brief is None or self.item_uuid is None:
            return None
        return editing.find_item(self._brief, self.item_uuid)

    def _typed(self, lang: str) -> None:
        if self._loading or self.item_uuid is None:
            return
        item = self._current_item()
        if item is None:
            return
        text = normalize(self.edits[lang].toPlainText())
        if item.kind != "text" and self._brief is not None:
            brief = self._brief
            said = default_wording(
                item, self._facts, brief.home, brief.partner, lang, brief.brief_date
            )
            if said and text == said:
                text = ""  # what the item says anyway (its line or its fact's): nothing to keep
        current = item.own_text(lang)
        if text != current:
            self.textEdited.emit(self.item_uuid, lang, text)

    def _restore(self) -> None:
        item = self._current_item()
        if item is None:
            return
        lang = next((x for x, e in self.edits.items() if e is self.tabs.currentWidget()), "vi")
        if not item.own_text(lang):
            lang = "en" if lang == "vi" else "vi"
        self.textEdited.emit(item.uuid, lang, "")

    def _cite(self) -> None:
        if self.item_uuid:
            self.citeRequested.emit(self.item_uuid)

    def _uncite(self) -> None:
        entry = self.citations.currentItem()
        item = self._current_item()
        if entry is None or item is None:
            return
        fact_uuid = entry.data(CITATION_ROLE)[0]
        if fact_uuid in item.cites:
            self.uncite.emit(item.uuid, fact_uuid)

    def _citation_selected(self, entry: QListWidgetItem | None, _previous) -> None:
        item = self._current_item()
        if entry is None or item is None:
            return
        fact_uuid, fact, cite = entry.data(CITATION_ROLE)
        self.uncite_button.setEnabled(fact_uuid in item.cites)
        if fact is not None and isinstance(cite, Citation):
            self.citationChosen.emit(fact, cite)


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
