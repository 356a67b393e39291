"""Noticing that the store changed under the window: the command line (or another Briefer, or
a sync) imported, approved or retired facts while the app stayed open on the same store.

Checked when the window becomes active again — the officer comes back from the terminal —
by the audit trail's last entry (one indexed read, through the window's runner like every
store call of the window). A change refreshes what the window shows (pairs, the fact
browser, the open brief's "changed since export" notice) through ``facts_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class StoreWatch(QObject):
    """Watches one main window's store; ``saw`` records a mark the window refreshed for."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._seen: int | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ActivationChange and self._window.isActiveWindow():
            self.check()
        return False

    def check(self) -> None:
        """Compare the store's last change with the one the window last showed."""
        runner = self._window.runner
        if runner.busy:
            return  # the window's own work refreshes when it ends; the next activation checks
        runner.run(self._window.services.last_change, self._compare, _ignore, writes=False)

    def start(self) -> None:
        """Take the mark of what the window has just loaded (asked even while the window's
        other start-up reads run: without it the first comparison would have nothing to go
        by)."""
        self._window.runner.run(self._window.services.last_change, self.saw, _ignore, writes=False)

    def saw(self, mark: int) -> None:
        self._seen = mark

    def _compare(self, mark: int) -> None:
        seen, self._seen = self._seen, mark
        if seen is not None and mark != seen:
            self._window.facts_changed()


def _ignore(_exc: BaseException) -> None:
    """A check that failed (the store busy a moment) says nothing: the next one will tell."""
