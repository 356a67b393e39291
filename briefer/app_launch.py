"""Starting the desktop app from the command line, or saying in one sentence why it cannot.

Kept apart from ``cli`` so the headless commands never import Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
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


# What Qt's X11 platform plugin (libqxcb) loads, and the Debian/Ubuntu package of each. Qt
# aborts the process with a long message when one is missing; we name the packages instead.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loadable(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb() -> bool:
    """Will Qt pick its X11 (xcb) platform on this machine?"""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def missing_xcb_packages(loadable: Callable[[str], bool] = _loadable) -> list[str]:
    """Debian/Ubuntu packages whose libraries Qt's X11 platform needs and cannot load."""
    return sorted({package for so, package in XCB_LIBRARIES.items() if not loadable(so)})


def missing_libraries_sentence(packages: list[str]) -> str:
    return (
        "The desktop app cannot start: Qt's X11 libraries are missing; install them with "
        f"`sudo apt-get install {' '.join(packages)}` and run Briefer again."
    )


def launch(store_path: Path) -> int:
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    if uses_xcb() and (packages := missing_xcb_packages()):
        print(missing_libraries_sentence(packages), file=sys.stderr)
        return 1
    try:
        from briefer.ui.app import run
    except ImportError as exc:  # Qt libraries missing on this machine (e.g. libEGL)
        print(f"The desktop app cannot start: {exc}.", file=sys.stderr)
        return 1
    return run(store_path)
