"""Noticing that the store changed under the window: the command line (or another Briefer, or
a sync) imported, approved or retired facts while the app stayed open on the same store.

Checked when the window becomes active again — the officer comes back from the terminal —
and every few seconds while the window is shown, because an officer often keeps the
terminal beside the window and never clicks back into it (or a background sync lands).
The check is the audit trail's last entry (one indexed read, through the window's runner
like every store call of the window). A change refreshes what the window shows (pairs, the
fact browser, the open brief's "changed since export" notice) through ``facts_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer


class StoreWatch(QObject):
    """Watches one main window's store; ``saw`` records a mark the window refreshed for."""

    #: How often a shown window looks for changes made elsewhere: one indexed read, so a few
    #: seconds costs nothing and is soon enough for an officer who looks across.
    INTERVAL_MS = 4000

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._seen: int | None = None
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

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
        by), then look again every few seconds."""
        self._window.runner.run(self._window.services.last_change, self.saw, _ignore, writes=False)
        self.timer.start()

    def _tick(self) -> None:
        window = self._window
        # A hidden or minimised window shows nothing to refresh; activation checks on return.
        if (
            self._seen is not None
            and window.isVisible()
            and not (window.windowState() & Qt.WindowState.WindowMinimized)
        ):
            self.check()

    def saw(self, mark: int) -> None:
        self._seen = mark

    def _compare(self, mark: int) -> None:
        seen, self._seen = self._seen, mark
        if seen is not None and mark != seen:
            self._window.facts_changed()


def _ignore(_exc: BaseException) -> None:
    """A check that failed (the store busy a moment) says nothing: the next one will tell."""
