"""Starting the desktop app from the command line, or saying in one sentence why it cannot.

Kept apart from ``cli`` so the headless commands never import Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NO_DISPLAY = (
    "No display is available, so the desktop app cannot open; "
    "use `briefer export` to make a brief from the command line."
)


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have a session display when a user runs the app


def launch(store_path: Path) -> int:
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    try:
        from briefer.ui.app import run
    except ImportError as exc:  # Qt libraries missing on this machine (e.g. libEGL)
        print(f"The desktop app cannot start: {exc}.", file=sys.stderr)
        return 1
    return run(store_path)
