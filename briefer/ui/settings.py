"""The app's settings in one INI file under :func:`briefer.paths.home_dir` (tests redirect it
with ``BRIEFER_HOME``; a portable install keeps it beside the store)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from briefer.paths import home_dir

SETTINGS_FILE = "settings.ini"

# keys
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
UI_LANGUAGE = "ui/language"  # "vi" | "en" | "" (follow the system)
LAST_PAIR = "brief/last_pair"
LAST_TYPE = "brief/last_type"
LAST_LANGUAGE = "brief/last_language"
LAST_BRIEF = "brief/last_uuid"
EXPORT_FOLDER = "export/folder"
EXPORT_FORMATS = "export/formats"


def open_settings() -> QSettings:
    path = home_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def text_value(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default
