"""The interface language: Vietnamese or English, from Qt translation files.

English is the source language of every ``tr()`` string; ``briefer_vi.qm`` translates them.
The default follows the system locale (Vietnamese on a Vietnamese system); the choice in
View → Language is kept in the settings and applies by rebuilding the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from briefer.resources import resource
from briefer.ui.settings import UI_LANGUAGE, text_value

UI_LANGUAGES = ("vi", "en")


def system_language() -> str:
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def chosen_language(settings: QSettings) -> str:
    value = text_value(settings, UI_LANGUAGE)
    return value if value in UI_LANGUAGES else system_language()


_installed: list[QTranslator] = []  # the app's one Briefer translator (at most)


def install_language(lang: str) -> str:
    """Use ``lang`` for every ``tr()`` from now on, replacing the previous choice app-wide.

    Returns the language in use ("en" when the file for ``lang`` is missing).
    """
    app = QCoreApplication.instance()
    while _installed:
        old = _installed.pop()
        if app is not None:
            app.removeTranslator(old)
    lang = lang if lang in UI_LANGUAGES else "en"
    path = resource("translations", f"briefer_{lang}.qm")
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)):
        return "en"
    if app is not None:
        app.installTranslator(translator)
    _installed.append(translator)
    return lang
