"""Small steps the GUI tests share: make a brief through the toolbar, read exported files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def new_brief(window, qtbot, pair: str = "VN-PE", kind: str = "state-visit", lang: str = "vi"):
    window.pair_combo.setCurrentIndex(window.pair_combo.findData(pair))
    window.type_combo.setCurrentIndex(window.type_combo.findData(kind))
    window.lang_combo.setCurrentIndex(window.lang_combo.findData(lang))
    before = window.session.brief_uuid
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.session.brief is not None and window.session.brief_uuid != before,
        timeout=10_000,
    )
    return window.session.brief


def order(brief) -> list[list[str]]:
    return [[item.uuid for item in section.items] for section in brief.sections]


def wait_saved(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.session.dirty and not window.session.saving, timeout=10_000)


def docx_text(path: Path) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def type_text(widget, text: str) -> None:
    """Type like a Vietnamese input method does: each word arrives as a committed string
    (QTest.keyClicks only knows ASCII keys)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    words = text.split(" ")
    for index, word in enumerate(words):
        event = QInputMethodEvent()
        event.setCommitString(word + (" " if index < len(words) - 1 else ""))
        QApplication.sendEvent(widget, event)
