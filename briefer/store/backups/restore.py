"""Going back to a backup: ``restore`` (and ``keep_current``, its opposite).

Restoring verifies the chosen backup (default: the newest good one), copies the current
store's files aside (never deleted automatically), puts the backup's content in place through
SQLite's backup API (or by replacing a file SQLite cannot use), takes an "after-restore"
backup and checks the result. Any Briefer store file (an old copy, a set-aside store) can be
named instead of a backup: it is adopted as an "imported" backup first.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.durable import fsync_file, sync_folder
from briefer.errors import StoreError, StoreTooNewError
from briefer.store.backups.catalogue import (
    SET_ASIDE,
    Backup,
    backup_folder,
    list_backups,
    now,
    update_state,
)
from briefer.store.backups.copying import (
    CopyDamagedError,
    backup_now,
    deadline_progress,
    make_backup,
    verify_file,
)
from briefer.store.check import check_store
from briefer.store.connection import BUSY_TIMEOUT_MS, connect_plain, open_store
from briefer.store.failures import StoreBusyError
from briefer.store.integrity import check_file, verify_schema
from briefer.store.schema import SCHEMA_VERSION

log = logging.getLogger("briefer.backup")


@dataclass(frozen=True)
class RestoreResult:
    store: Path
    restored_from: Backup
    set_aside: Path | None  # where the replaced store's files were copied, if there was one
    problems: tuple[str, ...]  # check_store on the restored store (normally none)

    def as_json(self) -> dict[str, Any]:
        return {
            "store": str(self.store),
            "restored_from": self.restored_from.as_json(),
            "set_aside": str(self.set_aside) if self.set_aside else None,
            "problems": list(self.problems),
        }


def adopt_file(store_path: Path, file: Path) -> Backup:
    """Turn any Briefer store file (an old copy, a set-aside store) into a verified backup."""
    file = Path(file)
    if not file.is_file():
        raise StoreError(f"There is no backup file {file}.")
    check_file(file)
    with tempfile.TemporaryDirectory(prefix="briefer-adopt-") as scratch:
        # Work on a copy (with its -wal, if any) so the file itself is never written.
        copy = Path(scratch) / "store.sqlite"
        shutil.copyfile(file, copy)
        if Path(f"{file}-wal").exists():
            shutil.copyfile(f"{file}-wal", f"{copy}-wal")
        conn = connect_plain(copy)
        try:
            verify_schema(conn, file)
            return make_backup(conn, store_path, "imported")
        except CopyDamagedError as exc:
            raise StoreError(f"The file {file} is damaged too; choose another backup.") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The file {file} cannot be used as a backup ({exc}).") from exc
        finally:
            conn.close()


def _choose(store_path: Path, backup: Backup | str | Path | None) -> Backup:
    if isinstance(backup, Backup):
        return backup
    backups = list_backups(store_path)
    if backup is None:
        good = next((b for b in backups if b.good), None)
        if good is None:
            raise StoreError(f"There is no good backup of the store {store_path} to go back to.")
        return good
    text = str(backup)
    for b in backups:
        if text in (b.name, b.path.stem, str(b.path)):
            return b
    candidate = Path(text).expanduser()
    if candidate.is_file():
        return adopt_file(store_path, candidate)
    raise StoreError(
        f"There is no backup called {text}; `briefer restore --list` shows the backups."
    )


def _set_aside(store_path: Path) -> Path:
    """Copy the store's files (main, -wal, -journal) aside, under its write lock if possible."""
    dest = backup_folder(store_path) / SET_ASIDE / now().strftime("%Y%m%d-%H%M%S-%f")
    dest.mkdir(parents=True, exist_ok=True)
    lock: sqlite3.Connection | None = None
    try:
        lock = sqlite3.connect(str(store_path), timeout=BUSY_TIMEOUT_MS / 1000)
        lock.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if lock is not None:
            lock.close()
        lock = None
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreBusyError(
                f"The store {store_path} is in use by another Briefer or another program; "
                "close it there and restore again."
            ) from exc
    except sqlite3.Error:  # a damaged store cannot be locked; copy it as it is
        if lock is not None:
            lock.close()
        lock = None
    try:
        for suffix in ("", "-wal", "-journal"):
            source = Path(f"{store_path}{suffix}")
            if source.exists():
                target = dest / f"{store_path.name}{suffix}"
                shutil.copyfile(source, target)
                fsync_file(target)
        sync_folder(dest)
    finally:
        if lock is not None:
            with contextlib.suppress(sqlite3.Error):
                lock.rollback()
            lock.close()
    return dest / store_path.name


def _put_in_place(source: Path, store_path: Path) -> None:
    """Make the store's content equal the backup's.

    Through the backup API when the store can be written by SQLite (other connections,
    even in other processes, then see the restored content coherently); by replacing the
    file when SQLite cannot use it (a damaged store), after removing its -wal and -shm.
    """
    if store_path.exists():
        src = connect_plain(source, readonly=True)
        dst: sqlite3.Connection | None = None
        try:
            dst = sqlite3.connect(str(store_path), timeout=BUSY_TIMEOUT_MS / 1000)
            src.backup(dst, progress=deadline_progress(BUSY_TIMEOUT_MS / 1000))
            if [r[0] for r in dst.execute("PRAGMA quick_check").fetchall()] == ["ok"]:
                return
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusyError(
                    f"The store {store_path} is in use by another Briefer or another program; "
                    "close it there and restore again."
                ) from exc
            log.info("restoring %s by replacing the file (%s)", store_path, exc)
        except sqlite3.Error as exc:
            log.info("restoring %s by replacing the file (%s)", store_path, exc)
        finally:
            src.close()
            if dst is not None:
                with contextlib.suppress(sqlite3.Error):
                    dst.close()
    tmp = store_path.with_name(f".{store_path.name}.{os.getpid()}.restoring")
    try:
        shutil.copyfile(source, tmp)
        fsync_file(tmp)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{store_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, store_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(store_path.parent)


def restore(store_path: Path, backup: Backup | str | Path | None = None) -> RestoreResult:
    """Go back to ``backup`` (default: the newest good one); the current store is set aside.

    Close every connection of this process to the store first. Raises StoreError with one
    sentence when there is nothing to restore, the backup is damaged or newer, or the store
    is in use.
    """
    store_path = Path(store_path)
    chosen = _choose(store_path, backup)
    try:
        version, _counts, _problems = verify_file(chosen.path)
    except CopyDamagedError as exc:
        raise StoreError(
            f"The backup {chosen.name} is damaged; choose another one (`briefer restore --list`)."
        ) from exc
    if version > SCHEMA_VERSION:
        raise StoreTooNewError(
            f"The backup {chosen.name} was written by a newer version of Briefer; "
            "update Briefer to restore it."
        )
    try:
        aside = _set_aside(store_path) if store_path.exists() else None
        _put_in_place(chosen.path, store_path)
    except OSError as exc:
        raise StoreError(
            f"The store {store_path} could not be restored ({exc.strerror or exc}); "
            "it was left as it was."
        ) from exc
    folder = backup_folder(store_path)
    update_state(folder, restored_at=now().isoformat(), checked=None)
    # A fresh backup of what was restored: the newest backup is now the restored content.
    conn = connect_plain(store_path)
    try:
        with contextlib.suppress(OSError, sqlite3.Error, CopyDamagedError):
            make_backup(conn, store_path, "after-restore")
    finally:
        conn.close()
    db = open_store(store_path, create=False)
    try:
        problems = tuple(check_store(db).problems)
    finally:
        db.close()
    log.info("restored %s from %s (set aside: %s)", store_path, chosen.path, aside)
    return RestoreResult(store_path, chosen, aside, problems)


def keep_current(store_path: Path) -> Backup:
    """Accept the store as it is after a "missing changes" refusal (e.g. an older copy put
    back on purpose): older backups stay listed but no longer count, and a backup of the
    current store is made now."""
    update_state(backup_folder(store_path), restored_at=now().isoformat(), checked=None)
    return backup_now(store_path, reason="manual")


__all__ = ["RestoreResult", "adopt_file", "keep_current", "restore"]
