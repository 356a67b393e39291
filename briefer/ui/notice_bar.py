"""A slim bar above the work area for news the officer should not miss, such as facts that
changed since the brief was last exported."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from briefer.ui.icons import icon


class NoticeBar(QFrame):
    actionClicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        glyph = QLabel(self)
        glyph.setPixmap(icon("warning").pixmap(16, 16))
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self.actionClicked)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(glyph)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_notice(self, text: str, action: str = "") -> None:
        self.label.setText(text)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.show()
