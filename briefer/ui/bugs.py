"""What the user sees when something goes wrong, and the log that keeps the details.

Errors a user can cause (:class:`briefer.errors.BrieferError`) are one sentence, shown as
it is. Anything else is a bug: the traceback goes to ``briefer.log`` in
:func:`briefer.paths.logs_dir`, and a dialog asks the user to report it with that file.
Dialogs open window-modal without blocking (``open()``), so background work keeps going.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from briefer.errors import BrieferError
from briefer.paths import logs_dir

log = logging.getLogger("briefer.ui")
LOG_NAME = "briefer.log"


def log_path() -> Path:
    return logs_dir() / LOG_NAME


def setup_logging() -> None:
    """A rotating log file for the app (only when the app runs, not in tests)."""
    try:
        folder = logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the app from starting
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("Bugs", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setObjectName("messageBox")
    return box


def show_error(parent: QWidget | None, message: str) -> QMessageBox:
    """One clear sentence about something the user can fix."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Bugs", "Briefer"),
        message,
    )
    box.open()
    return box


def report_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Log the traceback and tell the user this is a bug worth reporting."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error (a bug):\n%s", details)
    _write_bug_to_log(details)
    text = QCoreApplication.translate(
        "Bugs",
        "Briefer ran into a bug and could not finish what you asked. Your brief is saved. "
        "Please report this to the Briefer team and attach the log file:\n{0}",
    ).format(log_path())
    box = _box(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("Bugs", "Bug"), text)
    box.setDetailedText(details)
    box.open()
    return box


def _write_bug_to_log(details: str) -> None:
    """Also append to the log file when logging was not set up (tests, embedded use)."""
    path = log_path()
    if any(
        isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path
        for h in logging.getLogger().handlers
    ):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(details + "\n")
    except OSError:
        pass


def handle_failure(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A failed operation: a user error's sentence, or the bug dialog."""
    if isinstance(exc, BrieferError):
        return show_error(parent, str(exc))
    return report_bug(parent, exc)


def install_excepthook(parent_getter) -> None:
    """Uncaught exceptions in Qt callbacks become the bug dialog instead of a silent abort."""

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        report_bug(parent_getter(), exc)

    sys.excepthook = hook
