"""The source pane: a source's cleaned text with the quoted words highlighted and in view.

Citations point into ``Source.body`` by character offsets. If the words at those offsets
are not the quote any more, the pane says so instead of guessing where the quote went.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import Citation, Source
from briefer.ui.fonts import text_font
from briefer.ui.labels import date_label
from briefer.ui.ops import Runner
from briefer.ui.style import QUOTE_BG

if TYPE_CHECKING:
    from briefer.services import Services


def utf16_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 units; Python counts code points (they differ past the BMP)."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


class SourcePane(QWidget):
    sourceEdited = Signal(int)  # source id: its outlet/URL/date changed (warnings may clear)

    def __init__(self, services: Services, runner: Runner, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self._services = services
        self._runner = runner
        self._ui_lang = ui_lang
        self._cache: dict[int, Source] = {}
        self._wanted: tuple[int, Citation | None, tuple[int, int] | None] | None = None
        self.source: Source | None = None
        self.citation: Citation | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.title = QLabel(self.tr("Source"), self)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("hint")
        self.meta.setWordWrap(True)
        self.meta.setOpenExternalLinks(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.meta.setContentsMargins(10, 4, 10, 4)
        self.body = QTextBrowser(self)
        self.body.setObjectName("sourceBody")
        self.body.setFont(text_font(11))
        self.body.setOpenExternalLinks(False)
        self.body.setPlaceholderText(
            self.tr("Select a fact or a citation to read its source here.")
        )
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 6, 0)
        title_row.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("Edit details…"), self)
        self.edit_button.setObjectName("editSource")
        self.edit_button.setToolTip(
            self.tr("Fill in or correct the outlet, author, web address and date of this source.")
        )
        self.edit_button.clicked.connect(self.edit_source)
        self.edit_button.hide()
        title_row.addWidget(self.edit_button)
        layout.addLayout(title_row)
        layout.addWidget(self.meta)
        layout.addWidget(self.body, 1)
        self.meta.hide()

    def show_citation(self, citation: Citation) -> None:
        """Show the source of ``citation`` (loaded in the background once) with the quote lit."""
        self._request(citation.source_id, citation)

    def show_source(self, source_id: int) -> None:
        """Show a whole source (a search hit), from its beginning."""
        self._request(source_id, None)

    def show_passage(self, source_id: int, start: int, end: int) -> None:
        """Show a source with one passage (a search hit) lit and in view."""
        self._request(source_id, None, (start, end))

    def _request(
        self, source_id: int, citation: Citation | None, span: tuple[int, int] | None = None
    ) -> None:
        source = self._cache.get(source_id)
        if source is not None:
            self._display(source, citation, span)
            return
        self._wanted = (source_id, citation, span)
        services = self._services

        def work() -> Source | None:
            return services.source(source_id)

        def done(found: Source | None) -> None:
            if found is not None:
                self._cache[source_id] = found
            if self._wanted == (source_id, citation, span):
                self._wanted = None
                if found is None:
                    self.clear(self.tr("The source of this citation is missing from the store."))
                else:
                    self._display(found, citation, span)

        self._runner.run(work, done, writes=False)

    def edit_source(self) -> None:
        """Open the source editor on the shown source; save what the editor changed."""
        from briefer.errors import InputError
        from briefer.ui.source_editor import SourceEditor

        source = self.source
        if source is None or source.id is None:
            return
        dialog = SourceEditor(source, self)
        while dialog.exec() == SourceEditor.DialogCode.Accepted:
            changes = dialog.changes()
            if not changes:
                return
            try:
                updated = self._services.update_source(source.id, **changes)
            except InputError as err:
                dialog.show_error(str(err))
                continue
            self._cache[source.id] = updated
            self.source = None  # re-render the text too
            self._display(updated, self.citation)
            self.sourceEdited.emit(updated.id)
            return

    def clear(self, message: str = "") -> None:
        self.edit_button.hide()
        self.source = None
        self.citation = None
        self.title.setText(self.tr("Source"))
        self.meta.setText(message)
        self.meta.setVisible(bool(message))
        self.body.clear()

    def _display(
        self, source: Source, citation: Citation | None, span: tuple[int, int] | None = None
    ) -> None:
        if self.source is not source:
            self.body.setPlainText(source.body)
        self.source = source
        self.citation = citation
        self.title.setText(source.title)
        self.edit_button.show()
        parts = [
            html.escape(p)
            for p in (source.outlet, date_label(source.published_on, self._ui_lang))
            if p
        ]
        if source.url:
            link_text = html.escape(self.tr("Open the original"))
            parts.append(f'<a href="{html.escape(source.url, quote=True)}">{link_text}</a>')
        found = (
            citation is not None and source.body[citation.start : citation.end] == citation.quote
        )
        if citation is not None and not found:
            parts.append(
                "<b>"
                + html.escape(
                    self.tr(
                        "The quoted words are no longer at their place in this source; "
                        "check the citation."
                    )
                )
                + "</b>"
            )
        self.meta.setText(" · ".join(parts))
        self.meta.show()
        if citation is not None and found:
            span = (citation.start, citation.end)
        elif citation is not None:
            span = None
        if span is not None and 0 <= span[0] < span[1] <= len(source.body):
            self.body.setExtraSelections([self._selection(source, *span)])
            self._scroll_to(source, span[0])
        else:
            self.body.setExtraSelections([])
            self.body.verticalScrollBar().setValue(0)

    def _selection(self, source: Source, start: int, end: int) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(utf16_offset(source.body, start))
        cursor.setPosition(utf16_offset(source.body, end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(QUOTE_BG))
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _scroll_to(self, source: Source, start: int) -> None:
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(utf16_offset(source.body, start))
        self.body.setTextCursor(cursor)
        rect = self.body.cursorRect(cursor)
        bar = self.body.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.body.viewport().height() // 4)

    def highlighted_text(self) -> str:
        """The words currently lit (what a test or a reader checks against the quote)."""
        selections = self.body.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
