"""The Qt check: the app's own QApplication started offscreen in a child process (a broken
platform plugin aborts the process it loads in), which renders the icon and loads the
translations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from briefer.selftest.outcome import (
    QT_PROBE_TIMEOUT_S,
    QT_PROBE_UNAVAILABLE,
    CheckFailed,
    Skipped,
)

# ---- Qt ----------------------------------------------------------------------------------------


def qt_probe() -> int:
    """Run in the child: start the app's own QApplication offscreen (fonts, style, icon) and
    load its translations, through ``briefer.ui`` as the app does. Prints one JSON line.

    Qt is reached only through ``briefer.ui`` (the core never imports Qt itself), in a child
    process: a platform plugin that fails to load aborts the process it is loaded in.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from briefer.ui.app import ensure_application
        from briefer.ui.fonts import load_bundled_fonts
        from briefer.ui.i18n import UI_LANGUAGES, install_language
        from briefer.ui.icons import icon
    except ImportError as exc:
        ours = (getattr(exc, "name", None) or "").startswith("briefer")
        print(
            json.dumps({"error": f"{'the desktop UI' if ours else 'Qt'} cannot be imported: {exc}"})
        )
        return 1 if ours else QT_PROBE_UNAVAILABLE
    from briefer.resources import resource

    app = ensure_application(["briefer-selftest"])
    pyside = sys.modules.get("PySide6")
    result: dict[str, Any] = {
        "qt": getattr(pyside, "__version__", "?"),
        "platform": app.platformName(),
        "fonts": sorted(load_bundled_fonts()),
    }
    if resource("icons", "briefer.svg").is_file():
        image = icon("briefer").pixmap(64, 64).toImage()
        result["icon"] = not image.isNull() and image.pixelColor(32, 32).alpha() > 0
    shipped = [
        lang for lang in UI_LANGUAGES if resource("translations", f"briefer_{lang}.qm").is_file()
    ]
    result["translations"] = [lang for lang in shipped if install_language(lang) == lang]
    result["bad_translations"] = [
        f"briefer_{lang}.qm" for lang in shipped if lang not in result["translations"]
    ]
    print(json.dumps(result))
    return 0


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "selftest", "--qt-probe"]
    return [sys.executable, "-m", "briefer", "selftest", "--qt-probe"]


def check_qt() -> str:
    import importlib.util

    if importlib.util.find_spec("PySide6") is None:
        raise Skipped("PySide6 is not installed (headless installation)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            _probe_command(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=QT_PROBE_TIMEOUT_S,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"Qt did not start within {QT_PROBE_TIMEOUT_S} s") from None
    last = (done.stdout.strip().splitlines() or [""])[-1]
    try:
        report = json.loads(last)
    except json.JSONDecodeError:
        report = {}
    if done.returncode == QT_PROBE_UNAVAILABLE:
        raise Skipped(f"{report.get('error', 'Qt unavailable')} (no display libraries?)")
    if "error" in report:
        raise CheckFailed(report["error"])
    if done.returncode != 0 or "platform" not in report:
        tail = " ".join(done.stderr.strip().splitlines()[-2:])
        raise CheckFailed(f"the offscreen platform plugin failed (exit {done.returncode}): {tail}")
    if report.get("icon") is False:
        raise CheckFailed("the SVG application icon did not render (iconengines/imageformats)")
    if report.get("bad_translations"):
        raise CheckFailed(f"Qt cannot load {', '.join(report['bad_translations'])}")
    icon = ", SVG icon rendered" if report.get("icon") else ""
    loaded = report.get("translations") or []
    translations = f", translations {'+'.join(loaded)} loaded" if loaded else ""
    fonts = f", fonts {', '.join(report['fonts'])}" if report.get("fonts") else ""
    return f"Qt {report['qt']}, platform {report['platform']}{icon}{translations}{fonts}"
