"""Background operations (Anki's ``aqt/operations`` habit): store work runs in a thread pool,
and its result, failure or progress comes back as a signal handled on the UI thread.

The rule that keeps this safe: the function given to :meth:`Runner.run` never touches a
widget. It gets plain arguments (and, if it asks, a ``progress(what, fraction)`` callable)
and returns plain data; the callbacks, which run on the UI thread, update the widgets.

Quitting (:meth:`Runner.settle_for_quit`) never waits long: work that only reads is
abandoned (its store statement interrupted, its result ignored); work that writes may finish
if it can within ``quit_grace`` seconds, else the officer is asked whether to stop it (its
transaction rolls back) or keep working.
"""

from __future__ import annotations

import inspect
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# While a worker runs Python, every Python call the UI thread makes (a model's data() for
# each painted row, a slot) must first win the GIL, and CPython hands it over only every
# "switch interval" (5 ms by default). Painting a 300-row outline makes thousands of such
# calls, so a busy worker turned one repaint into half a second of frozen window
# (measured with py-spy: the UI thread waiting in Shiboken::GilState::acquire). A shorter
# interval costs the worker little and keeps the window live.
GIL_SWITCH_INTERVAL = 0.0005

# How long quitting lets running writes finish before asking whether to stop them.
QUIT_GRACE = 1.0
# Stopping a write interrupts its statement; if it goes on to another statement (an
# interrupt only ends the running one), it is interrupted again every few milliseconds
# until it returns, for at most this long (then the process ends and SQLite rolls its
# open transaction back when the store is next opened).
STOP_LIMIT = 10.0
# Abandoned reads get this long to unwind after their interrupt (an export writing its
# file ends its write: a temporary file is never left half-written), then are left.
UNWIND = 0.25


class Stopped(BaseException):
    """Raised in a worker, at its next progress report, when its operation was stopped or
    abandoned. A BaseException: ``except Exception`` in the work must not swallow it."""


class Op(QObject):
    """One running operation. It lives on the UI thread: the worker emits its private
    signals, and Qt queues them to the slots below, which call the callbacks there."""

    _succeeded = Signal(object)
    _failed = Signal(object)  # the exception (its __traceback__ intact)
    _progressed = Signal(str, float)
    _finished = Signal()

    def __init__(
        self,
        parent: QObject,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[str, float], None] | None,
        on_done: Callable[[Op], None],
        *,
        writes: bool = True,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.writes = writes  # False: a read, abandoned at quitting
        self.name = name  # what the officer is told is running ("An import")
        self.abandoned = False  # its callbacks are no longer called
        self.stopped = threading.Event()  # set from the UI thread: stop at the next report
        self.returned = threading.Event()  # set by the worker when the function returned
        # The worker thread while the function runs (None before and after), under _lock:
        # an interrupt must reach this operation's statement, never a later task's.
        self._lock = threading.Lock()
        self._thread: int | None = None
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_done = on_done
        queued = Qt.ConnectionType.QueuedConnection
        self._succeeded.connect(self._deliver_success, queued)
        self._failed.connect(self._deliver_failure, queued)
        self._progressed.connect(self._deliver_progress, queued)
        self._finished.connect(self._deliver_finished, queued)

    def report(self, what: str, fraction: float) -> None:
        """Called from the worker: forwarded to the UI thread; raises :class:`Stopped` once
        the operation is stopped (a cooperative cancel between the work's stages)."""
        if self.stopped.is_set():
            raise Stopped(self.name)
        _emit(self._progressed, what, float(fraction))

    def interrupt(self, interrupter: Callable[[int], None] | None) -> None:
        """Stop it: at its next report, and its running store statement (``interrupter``
        interrupts a thread's store connection; safe from the UI thread)."""
        self.stopped.set()
        with self._lock:
            if self._thread is not None and interrupter is not None:
                interrupter(self._thread)

    def abandon(self, interrupter: Callable[[int], None] | None) -> None:
        """Quitting: stop it and ignore whatever it returns."""
        self.abandoned = True
        self.interrupt(interrupter)

    def _began(self) -> None:
        with self._lock:
            self._thread = threading.get_ident()

    def _ended(self) -> None:
        with self._lock:
            self._thread = None
        self.returned.set()

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        if self._on_success is not None and not self.abandoned:
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        if not self.abandoned:
            self._on_failure(exc)

    @Slot(str, float)
    def _deliver_progress(self, what: str, fraction: float) -> None:
        if self._on_progress is not None and not self.abandoned:
            self._on_progress(what, fraction)

    @Slot()
    def _deliver_finished(self) -> None:
        self._on_done(self)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the Op was deleted (its window closed): nothing left to update
        log.debug("operation finished after its window closed")


class _Task(QRunnable):
    def __init__(self, op: Op, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._fn = fn
        self._with_progress = with_progress

    def run(self) -> None:
        op = self._op
        op._began()
        try:
            result = self._fn(op.report) if self._with_progress else self._fn()
        except BaseException as exc:  # handed to the UI thread, which decides what it is
            op._ended()
            if not op.abandoned:  # quitting: nothing to tell, no traceback to print
                _emit(op._failed, exc)
        else:
            op._ended()
            _emit(op._succeeded, result)
        _emit(op._finished)


class Runner(QObject):
    """Runs operations for one window on its own thread pool, and can wait for them."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 3) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        # Threads live as long as the window: each keeps its one store connection
        # (Services keys connections by thread), so connections stay bounded.
        self.pool.setExpiryTimeout(-1)
        self._running: set[Op] = set()
        self.default_failure: Callable[[BaseException], None] | None = None
        # Interrupts the store statement running on a worker thread (the window sets it to
        # ``Services.interrupt``); quitting uses it to end reads and stopped writes.
        self.interrupter: Callable[[int], None] | None = None
        self.quit_grace = QUIT_GRACE

    def run(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, float], None] | None = None,
        *,
        writes: bool = True,
        name: str = "",
    ) -> Op:
        """Run ``fn`` in the pool; ``fn(progress)`` if it takes an argument.

        ``writes=False`` marks work that only reads (or writes only a file of its own, all or
        nothing): quitting abandons it. Anything else is a write, named by ``name`` when the
        officer is asked whether to stop it."""
        failure = on_failure or self.default_failure or _log_failure
        op = Op(self, on_success, failure, on_progress, self._done, writes=writes, name=name)
        with_progress = _takes_argument(fn)
        self._running.add(op)
        if len(self._running) == 1:
            self.busyChanged.emit(True)
        self.pool.start(_Task(op, fn, with_progress))
        return op

    def _done(self, op: Op) -> None:
        self._running.discard(op)
        op.deleteLater()
        if not self._running:
            self.busyChanged.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every operation's function has returned (their callbacks still queue)."""
        return self.pool.waitForDone(msecs)

    def running_writes(self) -> list[Op]:
        """The writes whose function has not returned yet."""
        return [op for op in self._running if op.writes and not op.returned.is_set()]

    def left_running(self) -> bool:
        """Whether an abandoned operation's function is still running (quitting: the
        process ends without waiting for it)."""
        return any(not op.returned.is_set() for op in self._running)

    def settle_for_quit(self, ask_stop: Callable[[list[Op]], bool]) -> bool:
        """Quitting: let running writes finish within ``quit_grace`` seconds; if some do not,
        ``ask_stop(ops)`` decides: True stops them (interrupted: their transactions roll
        back), False keeps working (returns False; nothing was touched). Then every read
        is abandoned. Returns without waiting for reads beyond a brief unwind."""
        if not _wait_returned(self.running_writes(), self.quit_grace):
            writes = self.running_writes()
            if writes and not ask_stop(writes):
                return False
            for op in self.running_writes():
                self._stop(op)
        reads = [op for op in self._running if not (op.returned.is_set() or op.abandoned)]
        for op in reads:
            op.abandon(self.interrupter)
        _wait_returned(reads, UNWIND)
        return True

    def _stop(self, op: Op) -> None:
        """Interrupt a write until it returns (each interrupt ends only the running
        statement), for at most ``STOP_LIMIT`` seconds."""
        op.abandoned = True  # its callbacks would update a window that is closing
        deadline = time.monotonic() + STOP_LIMIT
        while not op.returned.is_set() and time.monotonic() < deadline:
            op.interrupt(self.interrupter)
            QThread.msleep(5)


def _wait_returned(ops: list[Op], seconds: float) -> bool:
    """Wait up to ``seconds`` for every op's function to return. Polls (a timed wait on an
    event never returns under faketime, which some test runs use)."""
    deadline = time.monotonic() + seconds
    while any(not op.returned.is_set() for op in ops):
        if time.monotonic() >= deadline:
            return False
        QThread.msleep(5)
    return True


def _log_failure(exc: BaseException) -> None:
    log.error("background operation failed", exc_info=exc)


def _takes_argument(fn: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(
        p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
        for p in params
    )
