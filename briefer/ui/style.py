"""The look: Fusion with a restrained light palette (ink, paper, one navy accent) and a
short style sheet for panel headers, the toolbar and the notice bar."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

INK = "#1f2933"
MUTED = "#52606d"
NAVY = "#1d3a5f"
LINE = "#d3d9e1"
PANEL = "#eef1f5"
PAPER = "#ffffff"
WINDOW = "#f5f6f8"
AMBER_BG = "#fff6dc"
AMBER_LINE = "#e3b54a"
QUOTE_BG = "#ffe79a"  # the quoted words in the source pane

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QToolBar#mainToolBar {{
    background: {PAPER}; border: none; border-bottom: 1px solid {LINE};
    padding: 4px 8px; spacing: 6px;
}}
QToolBar#mainToolBar QLabel {{ color: {MUTED}; padding: 0 2px 0 8px; }}
QToolBar#mainToolBar QToolButton {{ padding: 4px 8px; border-radius: 3px; }}
QToolBar#mainToolBar QToolButton:hover {{ background: {PANEL}; }}
QToolButton#primaryButton {{
    background: {NAVY}; color: white; border-radius: 3px; padding: 4px 12px;
    font-weight: 600;
}}
QToolButton#primaryButton:hover {{ background: #2a4d78; }}
QToolButton#primaryButton:disabled {{ background: #9aa8b8; }}
QPushButton#primaryPushButton {{
    background: {NAVY}; color: white; border: 1px solid {NAVY}; border-radius: 3px;
    padding: 5px 18px; font-weight: 600;
}}
QPushButton#primaryPushButton:hover {{ background: #2a4d78; }}
QPushButton#primaryPushButton:disabled {{ background: #9aa8b8; border-color: #9aa8b8; }}
QLabel#panelTitle {{
    background: {PANEL}; color: {NAVY}; font-weight: 600;
    padding: 6px 10px; border-bottom: 1px solid {LINE};
}}
QLabel#fieldLabel {{ color: {MUTED}; font-weight: 600; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#kindBadge {{
    color: {NAVY}; background: {PANEL}; border: 1px solid {LINE}; border-radius: 3px;
    padding: 1px 6px;
}}
QLabel#statement {{
    background: {PAPER}; border: 1px solid {LINE}; border-radius: 3px; padding: 8px;
}}
QFrame#noticeBar {{ background: {AMBER_BG}; border-bottom: 1px solid {AMBER_LINE}; }}
QFrame#panel {{ background: {PAPER}; border: 1px solid {LINE}; }}
QTreeView, QTableView, QListWidget, QTextBrowser, QPlainTextEdit {{
    background: {PAPER}; border: 1px solid {LINE}; selection-background-color: #d6e2f0;
    selection-color: {INK};
}}
QTreeView::item, QTableView::item {{ padding: 2px 0; }}
QHeaderView::section {{
    background: {PANEL}; color: {MUTED}; border: none; border-right: 1px solid {LINE};
    border-bottom: 1px solid {LINE}; padding: 3px 6px;
}}
QSplitter::handle {{ background: {WINDOW}; }}
QStatusBar {{ background: {PANEL}; border-top: 1px solid {LINE}; color: {MUTED}; }}
QDockWidget::title {{
    background: {PANEL}; padding: 5px 10px; border-bottom: 1px solid {LINE};
}}
QTabWidget::pane {{ border: 1px solid {LINE}; top: -1px; background: {PAPER}; }}
QTabBar::tab {{
    background: {PANEL}; border: 1px solid {LINE}; padding: 4px 12px; margin-right: 2px;
    color: {MUTED};
}}
QTabBar::tab:selected {{ background: {PAPER}; color: {INK}; border-bottom-color: {PAPER}; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 3px; background: {PAPER};
    text-align: center; height: 16px; }}
QProgressBar::chunk {{ background: {NAVY}; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (the same look on Windows, macOS and Linux) with Briefer's palette."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: PAPER,
        QPalette.ColorRole.AlternateBase: "#f7f9fb",
        QPalette.ColorRole.Text: INK,
        QPalette.ColorRole.Button: "#f0f2f5",
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.Highlight: NAVY,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#fffdf4",
        QPalette.ColorRole.ToolTipText: INK,
        QPalette.ColorRole.PlaceholderText: "#8794a3",
        QPalette.ColorRole.Link: "#1d4e89",
        QPalette.ColorRole.Mid: "#c2cad4",
        QPalette.ColorRole.Dark: "#9aa5b1",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b1"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
