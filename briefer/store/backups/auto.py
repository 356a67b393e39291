"""Automatic backups: after work that changed the store, never on the way to unrelated work.

After a command or an app session changed the store, ``backup_after_changes`` makes an "auto"
backup when the content signature differs from the newest backup's: in the same process for a
small store (in a background thread in the app), in a detached ``briefer backup --auto``
process for a large one, so the command returns at once and quitting the app never waits for
the copy. One automatic backup at a time per store, across processes (``auto.lock`` in the
backup folder, holding the pid of the process at work).

``note_own_changes`` records the files as Briefer left them, so the next opening skips its
``quick_check`` (that check is for changes made by something else).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefer.store.backups.catalogue import (
    STALE_SECONDS,
    Backup,
    FilesStat,
    backup_folder,
    files_stat,
    list_backups,
    read_state,
    update_state,
)
from briefer.store.backups.copying import (
    CopyDamagedError,
    content_signature,
    make_backup,
    reading,
)
from briefer.store.integrity import check_file

log = logging.getLogger("briefer.backup")

# The app backs up a small store in a thread (a large one in a separate process, see
# ``backup_after_changes``); a copy that fails its verification is reported through
# ``on_problem`` (one sentence), and always logged.
_background_lock = threading.Lock()
_background: dict[str, Any] = {"enabled": False, "on_problem": None, "threads": []}


def set_background_backups(enabled: bool, on_problem: Callable[[str], None] | None = None) -> None:
    """Run automatic backups of a small store in a thread (the app), or inline as the work
    that changed it ends (default: the command line, tests)."""
    with _background_lock:
        _background["enabled"] = enabled
        _background["on_problem"] = on_problem


def wait_for_background_backups(timeout: float | None = None) -> bool:
    """Wait for running background backups (e.g. before quitting); True if none is left."""
    with _background_lock:
        threads: list[threading.Thread] = list(_background["threads"])
    deadline = None if timeout is None else time.monotonic() + timeout
    for thread in threads:
        thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
    with _background_lock:
        _background["threads"] = [t for t in _background["threads"] if t.is_alive()]
        return not _background["threads"]


def _backup_in_background(store_path: Path) -> None:
    on_problem: Callable[[str], None] | None = _background["on_problem"]

    def run() -> None:
        try:
            run_due_backups(store_path, on_problem)
        except Exception:  # a thread has no caller to raise to: log it with its traceback
            log.warning("background backup of %s failed", store_path, exc_info=True)

    thread = threading.Thread(target=run, name="briefer-backup", daemon=True)
    with _background_lock:
        _background["threads"] = [t for t in _background["threads"] if t.is_alive()]
        _background["threads"].append(thread)
    thread.start()


# A store up to this size (main file and -wal) is copied and verified in a fraction of a second
# (the demo store, 0.5 MB: ~0.05 s; 17 MB: ~0.45 s of CPU), so a command that changed it backs
# it up before it exits. A larger one is handed to a separate, detached ``briefer backup
# --auto`` process: the command that changed it returns at once, and the app can quit
# without waiting for the copy.
INLINE_BYTES = 8 * 2**20
AUTO_LOCK = "auto.lock"
_spawned: list[Any] = []


def needs_look(store_path: Path) -> bool:
    """True when the store has no backup, or its files changed since Briefer last left them."""
    store_path = Path(store_path)
    checked = read_state(backup_folder(store_path)).get("checked")
    return checked != files_stat(store_path) or not list_backups(store_path)


def note_own_changes(store_path: Path, before: FilesStat | None) -> bool:
    """After Briefer's own work on the store: True if its files changed since ``before``.

    The files as Briefer left them are recorded, so the next opening skips its
    ``quick_check`` (that check is for changes made by something else).
    """
    store_path = Path(store_path)
    after = files_stat(store_path)
    if after == before or after[0] is None:
        return False
    update_state(backup_folder(store_path), checked=after)
    return True


def backup_after_changes(store_path: Path, on_problem: Callable[[str], None] | None = None) -> str:
    """Back up a store that changed, in the way that keeps the user from waiting.

    Returns how: "inline" (a small store, now, in this thread), "thread" (a small store in
    the app: a background thread), or "process" (a large store: a detached process).
    Nothing is copied when the content equals the newest backup's.
    """
    store_path = Path(store_path)
    size = sum(s[1] for s in files_stat(store_path) if s is not None)
    if size > INLINE_BYTES:
        _spawn_backup_process(store_path)
        return "process"
    if _background["enabled"]:
        _backup_in_background(store_path)
        return "thread"
    run_due_backups(store_path, on_problem)
    return "inline"


def _spawn_backup_process(store_path: Path) -> None:
    import sys

    from briefer.store.backups.priority import spawn_idle

    if _lock_holder(backup_folder(store_path)) is not None:
        return  # a backup process is at work; it looks again before it ends
    if getattr(sys, "frozen", False):  # the installed bundle: its executable is `briefer`
        command = [sys.executable, "backup", "--auto", "--store", str(store_path)]
    else:
        command = [sys.executable, "-m", "briefer", "backup", "--auto", "--store", str(store_path)]
    try:
        # Kept referenced: the process is not waited for, and is left running when we exit.
        # Lowest CPU and I/O priority: it must never slow the user's next command.
        _spawned.append(spawn_idle(command))
    except OSError:
        log.warning("could not start the backup process for %s", store_path, exc_info=True)


def _lock_holder(folder: Path) -> str | None:
    """The pid written in a live auto-backup lock, or None (no lock, or one left by a crash).

    On POSIX the holder's liveness decides, not the lock's age: the age compares the
    file's timestamp with this process's clock, which need not agree with the disk's
    (a network share, a clock moved for tests). Elsewhere an hour-old lock is stale.
    """
    lock = folder / AUTO_LOCK
    try:
        holder = lock.read_text(encoding="utf-8").strip()
        age = time.time() - lock.stat().st_mtime
    except OSError:
        return None
    if os.name == "posix" and holder.isdigit():
        if int(holder) == os.getpid():
            return holder  # another thread of this process is at it
        try:
            os.kill(int(holder), 0)  # signal 0: is that process still there?
        except ProcessLookupError:
            return None  # it ended without removing its lock (killed)
        except OSError:
            pass  # there, but not ours to signal
        return holder
    if age > STALE_SECONDS:
        return None
    return holder or "?"


def _remove_if_stale(lock: Path) -> None:
    """Remove a lock left by a process that ended without removing it.

    Only the very file judged stale is removed: between the look and the unlink its holder
    may have ended and another thread or process taken a new lock under the same name, and
    removing that one would let two backups run at once (two copies of one content).
    """
    try:
        before = os.stat(lock)
    except OSError:
        return  # no lock
    if _lock_holder(lock.parent) is not None:
        return
    with contextlib.suppress(OSError):
        now = os.stat(lock)
        if (now.st_ino, now.st_dev, now.st_mtime_ns) == (
            before.st_ino,
            before.st_dev,
            before.st_mtime_ns,
        ):
            lock.unlink()


@contextlib.contextmanager
def _auto_lock(folder: Path) -> Iterator[bool]:
    """One automatic backup at a time per store, across processes (True if we hold it)."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / AUTO_LOCK
    _remove_if_stale(lock)
    if not _take_lock(lock):
        yield False
        return
    try:
        yield True
    finally:
        lock.unlink(missing_ok=True)


def _take_lock(lock: Path) -> bool:
    """Create the lock with the pid already in it, or False if it exists.

    The pid is written to a private file first and linked in under the lock's name (atomic,
    fails if the name exists): a lock is never seen empty, so no other thread or process can
    judge a lock being created as stale (an empty lock's age compares clocks that need not
    agree, see ``_lock_holder``). Where links are not supported, an exclusive create.
    """
    private = lock.with_name(f"{lock.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        private.write_text(str(os.getpid()), encoding="utf-8")
        try:
            os.link(private, lock)
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links here (some shares): fall back to an exclusive create
    finally:
        private.unlink(missing_ok=True)
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, str(os.getpid()).encode())
    finally:
        os.close(fd)
    return True


def _due(store_path: Path) -> bool:
    with reading(store_path) as conn:
        signature, _ = content_signature(conn)
    newest = next(iter(list_backups(store_path)), None)
    return newest is None or newest.signature != signature


def run_due_backups(
    store_path: Path, on_problem: Callable[[str], None] | None = None
) -> Backup | None:
    """Make an "auto" backup if the content differs from the newest backup's (``briefer
    backup --auto``, and small stores after a change). Another process already at it is
    left to it: it looks at the store again before it ends. Problems are logged and passed
    to ``on_problem`` as one sentence; this never raises for a failed copy."""
    store_path = Path(store_path)
    if not store_path.exists():
        return None  # never create a store by backing it up
    check_file(store_path)  # not a store: one sentence (StoreError), nothing written
    folder = backup_folder(store_path)
    made: Backup | None = None
    try:
        for _round in range(3):
            with _auto_lock(folder) as mine:
                if not mine:
                    return made
                while _due(store_path):
                    with reading(store_path) as conn:
                        made = make_backup(conn, store_path, "auto")
            # A change committed while we held the lock may have seen it and left it to us.
            if not _due(store_path):
                return made
    except CopyDamagedError as exc:
        log.error("automatic backup of %s failed verification: %s", store_path, exc)
        if on_problem is not None:
            from briefer.store.backups.advice import copy_problem  # only when a copy failed

            on_problem(copy_problem(store_path))
    except (OSError, sqlite3.Error) as exc:
        log.warning("automatic backup of %s failed", store_path, exc_info=True)
        if on_problem is not None:
            on_problem(
                f"The automatic backup of the store {store_path} failed "
                f"({exc.strerror if isinstance(exc, OSError) else exc}); run `briefer backup`."
            )
    return made


__all__ = [
    "AUTO_LOCK",
    "INLINE_BYTES",
    "backup_after_changes",
    "files_stat",
    "needs_look",
    "note_own_changes",
    "run_due_backups",
    "set_background_backups",
    "wait_for_background_backups",
]
