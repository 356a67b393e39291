"""Bundled fonts (resources/fonts, SIL OFL): the interface never depends on the host's fonts,
so Vietnamese letters look the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from briefer.resources import fonts_dir

UI_FAMILY = "Liberation Sans"
TEXT_FAMILY = "Liberation Serif"  # brief text: the family the exported documents use
UI_POINT_SIZE = 10

_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register every bundled .ttf once; return the families now available."""
    if _loaded:
        return list(_loaded)
    families: set[str] = set()
    try:
        paths = sorted(fonts_dir().glob("*.ttf"))
    except FileNotFoundError:
        paths = []
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded.extend(sorted(families))
    return list(_loaded)


def ui_font() -> QFont:
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def text_font(point_size: int = 12) -> QFont:
    font = QFont(TEXT_FAMILY, point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font
