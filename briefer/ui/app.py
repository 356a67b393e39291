"""Starting the desktop app: the QApplication, bundled fonts, style, translations, settings,
and the window (:func:`run`, called by ``briefer.app_launch``).

The window appears before the store is touched; pairs and recent briefs load in the
background (:meth:`MainWindow.start`). :func:`build_main_window` builds a window without
showing it or starting the event loop, for tests and for the start-up benchmark.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefer.ui import refguard
from briefer.ui import settings as keys
from briefer.ui.bugs import install_excepthook, setup_logging
from briefer.ui.fonts import load_bundled_fonts, ui_font
from briefer.ui.i18n import chosen_language, install_language
from briefer.ui.icons import icon
from briefer.ui.main_window import MainWindow
from briefer.ui.settings import open_settings
from briefer.ui.style import apply_style

if TYPE_CHECKING:
    from briefer.services import Services


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created (and given Briefer's fonts and look) if needed."""
    refguard.install()  # before anything emits signals: see briefer.ui.refguard
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if not app.property("brieferStyled"):
        app.setApplicationName("Briefer")
        app.setOrganizationName("Briefer")
        app.setApplicationDisplayName("Briefer")
        app.setWindowIcon(icon("briefer"))
        load_bundled_fonts()
        app.setFont(ui_font())
        apply_style(app)
        app.setProperty("brieferStyled", True)
    return app  # type: ignore[return-value]


class Controller(QObject):
    """Owns the services, settings and translator, and the (one) main window.

    Switching the interface language builds a fresh window in the new language with the
    same brief open; the old one saves and closes. No restart is needed.
    """

    def __init__(self, store_path: Path | None, services: Services | None = None) -> None:
        from briefer.services import Services

        super().__init__()
        self.app = ensure_application()
        # The store itself is opened on first use, by the window's first background load.
        self.services: Services = services or Services(store_path)
        self.settings = open_settings()
        self.ui_lang = install_language(chosen_language(self.settings))
        self.window: MainWindow | None = None

    def build_window(self) -> MainWindow:
        window = MainWindow(self.services, self.settings, self.ui_lang)
        window.setWindowIcon(icon("briefer"))
        window.controller = self  # keeps the controller alive as long as the window
        window.languageChangeRequested.connect(self.switch_language)
        window.live_language_switch = True
        self.window = window
        return window

    def switch_language(self, lang: str) -> MainWindow | None:
        old = self.window
        if old is None or not old.shutdown():
            return None
        brief_uuid = old.session.brief_uuid
        self.settings.setValue(keys.UI_LANGUAGE, lang)
        if brief_uuid:
            self.settings.setValue(keys.LAST_BRIEF, brief_uuid)
        self.ui_lang = install_language(lang)
        new = self.build_window()
        new.restoreGeometry(old.saveGeometry())
        new.restoreState(old.saveState())
        new.splitter.restoreState(old.splitter.saveState())
        new.show()
        new.start()  # reopens the brief that was open (settings LAST_BRIEF)
        old.hide()
        old.languageChangeRequested.disconnect(self.switch_language)
        old.deleteLater()
        return new

    def shutdown(self) -> None:
        """Close the store connections (after the window has saved and its workers ended)."""
        close_services(self.services)


def close_services(services: Services) -> None:
    """ADAPTER: ``Services.close()`` raises if a worker thread opened a connection (sqlite3
    refuses to close another thread's connection); those are released at exit instead."""
    import sqlite3

    with contextlib.suppress(sqlite3.ProgrammingError):
        services.close()


def build_main_window(store_path: Path | None = None) -> MainWindow:
    """A ready-to-show main window on ``store_path`` (creates the QApplication if none exists).

    Nothing reads the store here: call ``window.show()`` then ``window.start()``; the window
    emits ``ready`` once the pairs are loaded.
    """
    return Controller(store_path).build_window()


def _quit_on_signals(app: QApplication) -> None:
    """SIGINT/SIGTERM quit through Qt (so the brief is saved), not by killing the process."""
    import signal

    def handler(_signum, _frame) -> None:
        app.quit()

    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):  # not the main thread / unsupported
            signal.signal(signum, handler)
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(lambda: None)
    timer.start()


def run(store_path: Path) -> int:
    """The desktop app's main loop; returns the process exit code."""
    setup_logging()
    app = ensure_application(sys.argv[:1])
    # Backups never hold up the window or quitting (docs/reliability.md, "Backups"): a small
    # store is copied in a thread, a large one by a detached `briefer backup --auto` process.
    from briefer.services import reliability

    on_problem = logging.getLogger("briefer.backup").warning
    before = reliability.start_app_backups(store_path, on_problem=on_problem)
    controller = Controller(store_path)
    install_excepthook(lambda: controller.window)
    window = controller.build_window()
    window.show()
    window.start()
    _quit_on_signals(app)
    # Quitting by any path (last window closed, Ctrl+C, logout) saves the open brief first.
    app.aboutToQuit.connect(lambda: controller.window and controller.window.shutdown())
    code = app.exec()
    controller.shutdown()
    QCoreApplication.processEvents()
    # Quitting waits at most a second for the backup of the app's changes.
    reliability.finish_app_backups(store_path, before, timeout=1)
    window = controller.window
    if window is not None and shiboken6.isValid(window) and window.runner.left_running():
        # Work abandoned at quitting (a read, or a write the officer stopped that would not
        # end) still runs: end the process now rather than wait for it when the thread pool
        # is destroyed. Nothing is lost: its results were to be ignored, and SQLite rolls
        # back a transaction left open when the store is next opened.
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(code))
    return int(code)
