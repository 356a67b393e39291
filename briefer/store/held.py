"""Which store files this process has open through SQLite: two registers.

- **Held files**, by (device, inode). POSIX record locks belong to the process, not the
  descriptor: opening and closing the database file by any other means (Python's ``open()``
  to read the header) while SQLite holds it cancels every lock SQLite holds on it, and
  another process may then delete the ``-wal`` under us (sqlite.org/howtocorrupt.html §2.2).
  So the raw header is read only when no SQLite connection of this process holds the file.
- **Stores in use**, by full path: the checks on opening run once per session, not again for
  each thread's connection while the process is using the store.

The register is only as good as its timing: thread A could find the file not held, thread B
then open a connection and take its locks, and A's close of the header cancel them (an app
whose threads open their first connections at once; CI saw the ``-wal`` deleted under it).
So looking-then-reading the header and opening-then-registering a connection each happen
under :data:`opening`, one at a time in the process.

Both count a connection until it is closed or collected unclosed.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from pathlib import Path
from typing import Any

_held_lock = threading.Lock()
_held: dict[tuple[int, int], int] = {}
_live_lock = threading.Lock()
_live: dict[str, int] = {}
# Reentrant: a header check may open a backup's connection to call a store damaged.
opening = threading.RLock()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _unhold(key: tuple[int, int]) -> None:
    with _held_lock:
        count = _held.get(key, 0) - 1
        if count > 0:
            _held[key] = count
        else:
            _held.pop(key, None)


def _release(key: str) -> None:
    with _live_lock:
        count = _live.get(key, 0) - 1
        if count > 0:
            _live[key] = count
        else:
            _live.pop(key, None)


def held_by_this_process(path: Path) -> bool:
    """True while an SQLite connection of this process has ``path`` open.

    The register answers first; where the system lists a process's descriptors (Linux
    ``/proc/self/fd``, macOS ``/dev/fd``), any descriptor of this process on the file also
    counts: reading the header must never close the last descriptor standing between
    SQLite's locks and another process, whatever the register says.
    """
    key = _file_key(path)
    if key is None:
        return False
    with _held_lock:
        if _held.get(key, 0) > 0:
            return True
    return key in _open_descriptors()


def _open_descriptors() -> set[tuple[int, int]]:
    """(device, inode) of every file this process has open, where the system lists them."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        found = set()
        for name in names:
            try:
                st = os.fstat(int(name))
            except (OSError, ValueError):  # closed since the listing, or not a number
                continue
            found.add((st.st_dev, st.st_ino))
        return found
    return set()


def store_key(path: Path) -> str:
    """The key of a store in the register of stores in use (its full path)."""
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def in_use(path: Path) -> bool:
    """True while a connection of this process that ``open_store`` made for writing is open."""
    with _live_lock:
        return _live.get(store_key(path), 0) > 0


class HeldConnection(sqlite3.Connection):
    """An ``sqlite3`` connection counted in this process's registers while it is open."""

    _finalizers: list[weakref.finalize[Any, Any]]

    def hold(self, path: Path) -> None:
        """Count the connection as holding ``path`` (until closed or collected)."""
        key = _file_key(path)
        if key is None:
            return
        with _held_lock:
            _held[key] = _held.get(key, 0) + 1
        self._add_finalizer(weakref.finalize(self, _unhold, key))

    def track(self, path: Path) -> None:
        """Count the connection as using the store at ``path`` (until closed or collected)."""
        key = store_key(path)
        with _live_lock:
            _live[key] = _live.get(key, 0) + 1
        self._add_finalizer(weakref.finalize(self, _release, key))

    def _add_finalizer(self, finalizer: weakref.finalize[Any, Any]) -> None:
        if not hasattr(self, "_finalizers"):
            self._finalizers = []
        self._finalizers.append(finalizer)

    def close(self) -> None:
        try:
            super().close()
        finally:
            for finalizer in getattr(self, "_finalizers", ()):
                finalizer()


__all__ = ["HeldConnection", "held_by_this_process", "in_use", "opening", "store_key"]
