"""Background operations (Anki's ``aqt/operations`` habit): store work runs in a thread pool,
and its result, failure or progress comes back as a signal handled on the UI thread.

The rule that keeps this safe: the function given to :meth:`Runner.run` never touches a
widget. It gets plain arguments (and, if it asks, a ``progress(what, fraction)`` callable)
and returns plain data; the callbacks, which run on the UI thread, update the widgets.
"""

from __future__ import annotations

import inspect
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# While a worker runs Python, every Python call the UI thread makes (a model's data() for
# each painted row, a slot) must first win the GIL, and CPython hands it over only every
# "switch interval" (5 ms by default). Painting a 300-row outline makes thousands of such
# calls, so a busy worker turned one repaint into half a second of frozen window
# (measured with py-spy: the UI thread waiting in Shiboken::GilState::acquire). A shorter
# interval costs the worker little and keeps the window live.
GIL_SWITCH_INTERVAL = 0.0005


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
    ) -> None:
        super().__init__(parent)
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
        """Called from the worker: forwarded to the UI thread."""
        _emit(self._progressed, what, float(fraction))

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        self._on_failure(exc)

    @Slot(str, float)
    def _deliver_progress(self, what: str, fraction: float) -> None:
        if self._on_progress is not None:
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
        try:
            result = self._fn(op.report) if self._with_progress else self._fn()
        except BaseException as exc:  # handed to the UI thread, which decides what it is
            _emit(op._failed, exc)
        else:
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

    def run(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, float], None] | None = None,
    ) -> Op:
        """Run ``fn`` in the pool; ``fn(progress)`` if it takes an argument."""
        failure = on_failure or self.default_failure or _log_failure
        op = Op(self, on_success, failure, on_progress, self._done)
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
