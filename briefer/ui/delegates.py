"""Item delegates: wrapped text with the search matches highlighted."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefer.ui.models.roles import HIGHLIGHT_ROLE
from briefer.ui.style import QUOTE_BG

PADDING = 4


def highlighted_html(text: str, spans) -> str:
    """``text`` as HTML with the ``[start, end)`` spans marked."""
    out: list[str] = []
    done = 0
    for start, end in sorted(spans or ()):
        if start < done or end <= start:
            continue
        out.append(html.escape(text[done:start]))
        out.append(f'<span style="background:{QUOTE_BG};">{html.escape(text[start:end])}</span>')
        done = end
    out.append(html.escape(text[done:]))
    return "".join(out)


class WrappedTextDelegate(QStyledItemDelegate):
    """Draws the display text wrapped to the cell (as many lines as fit), with highlights."""

    def __init__(self, parent=None, lines: int = 2) -> None:
        super().__init__(parent)
        self.lines = lines

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setHtml(highlighted_html(text, index.data(HIGHLIGHT_ROLE)))
        doc.setTextWidth(max(10, option.rect.width() - 2 * PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING - 1)
        line = option.fontMetrics.lineSpacing()
        whole_lines = max(1, (option.rect.height() - PADDING) // line) * line  # no half lines
        clip = QRectF(0, 0, option.rect.width() - 2 * PADDING, whole_lines + 1)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        colour = option.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * self.lines + 2 * PADDING)
