"""The one clock: every "today" and "now" in Briefer comes from here.

Time is an input. Services take a :class:`Clock` (``Services(clock=...)``); code below the
services that stamps rows or names backups asks :func:`current`. Tests pin the process clock
with :func:`use` (or pass a :class:`FixedClock`), so a test never depends on the day it runs.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...

    def today(self) -> date:
        """The local calendar day."""
        ...


class SystemClock:
    """The operating system's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def today(self) -> date:
        return self.now().date()

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that starts at ``start`` and then runs on with real elapsed time.

    Running on keeps timestamps ordered (two saves a second apart are a second apart), while
    the calendar stays where the test put it. ``frozen=True`` stops it entirely.
    """

    def __init__(self, start: datetime | date | str, *, frozen: bool = False) -> None:
        if isinstance(start, str):
            start = datetime.fromisoformat(start)
        if not isinstance(start, datetime):
            start = datetime(start.year, start.month, start.day, 9, 0)
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
        self._start = start
        self._origin = time.monotonic()
        self._frozen = frozen
        self._shift = timedelta()

    def now(self) -> datetime:
        elapsed = (
            timedelta() if self._frozen else timedelta(seconds=time.monotonic() - self._origin)
        )
        return self._start + elapsed + self._shift

    def today(self) -> date:
        return self.now().date()

    def advance(self, delta: timedelta) -> None:
        """Move the clock on (tests of staleness, retention, "changed since")."""
        self._shift += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._start.isoformat()})"


_lock = threading.Lock()
_current: Clock = SystemClock()


def current() -> Clock:
    """The process's clock (the system's, unless a test or tool pinned it)."""
    return _current


def set_current(clock: Clock) -> Clock:
    """Make ``clock`` the process's clock; returns the one it replaces."""
    global _current
    with _lock:
        previous, _current = _current, clock
    return previous


@contextlib.contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Pin the process clock for a block (tests)."""
    previous = set_current(clock)
    try:
        yield clock
    finally:
        set_current(previous)


def now_iso() -> str:
    """Now as the store writes it: UTC, seconds, ``Z``."""
    return current().now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
