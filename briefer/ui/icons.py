"""Briefer's own SVG icons from ``resources/icons``, loaded once each."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from briefer.resources import resource


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (an empty icon when the file is missing: never an error)."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
