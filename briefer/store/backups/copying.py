"""Making a backup: copy the store with SQLite's backup API, then verify the copy.

A backup counts only once verified: ``PRAGMA integrity_check`` of the copy, then Briefer's own
``check_store`` (schema, links, search index, quotes). A copy that fails the integrity check
is deleted (:class:`CopyDamagedError`); a copy whose check finds problems is kept but is not
"good", and restoring picks the newest good backup by default.

Each backup's sidecar records a *content signature* (row counts, highest row ids, latest
``updated_at`` of every table, and the schema text), so an automatic backup is made only when
the content differs from the newest backup's, and the highest audit row id, so a store that
lost changes its backup has can be told apart (the audit trail only grows).

Memory stays flat whatever the store's size: the checks stream their rows and read each
source body once for all its citations (``check_store``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefer.durable import fsync_file, sync_folder
from briefer.errors import StoreError
from briefer.store.backups.catalogue import (
    SUFFIX,
    Backup,
    backup_folder,
    folder_lock,
    full_path,
    now,
    write_json,
)
from briefer.store.backups.retention import prune
from briefer.store.connection import BUSY_TIMEOUT_MS, connect_plain, side_files
from briefer.store.failures import DamagedStoreError, StoreBusyError, damaged_sentence
from briefer.store.integrity import check_file, verify_schema
from briefer.store.schema import SCHEMA_VERSION

log = logging.getLogger("briefer.backup")

REASONS = ("auto", "manual", "before-upgrade", "before-repair", "after-restore", "imported")


class CopyDamagedError(Exception):
    """A copy failed ``PRAGMA integrity_check`` (callers turn it into a sentence)."""


def content_signature(conn: sqlite3.Connection) -> tuple[str, int]:
    """(signature of the content, highest audit row id). Cheap: counts and maxima only."""
    # The schema's text, not PRAGMA schema_version: the backup API bumps that cookie.
    schema = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    parts: list[Any] = [conn.execute("PRAGMA user_version").fetchone()[0], schema]
    tables = conn.execute(
        "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    audit_mark = 0
    for name, sql in tables:
        if str(sql).upper().startswith("CREATE VIRTUAL"):
            continue
        quoted = '"' + str(name).replace('"', '""') + '"'
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({quoted})").fetchall()}
        row: list[Any] = [name, conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]]
        if "WITHOUT ROWID" not in str(sql).upper():
            row.append(conn.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()[0])
        if "updated_at" in columns:
            row.append(conn.execute(f"SELECT max(updated_at) FROM {quoted}").fetchone()[0])
        if name == "audit":
            audit_mark = int(row[2] or 0)
        parts.append(row)
    digest = hashlib.sha256(json.dumps(parts, default=str).encode("utf-8")).hexdigest()
    return digest, audit_mark


def verify_file(path: Path) -> tuple[int, dict[str, int], list[str]]:
    """Check a backup file: (schema version, counts, problems). CopyDamagedError if broken."""
    # Imported here: every user of the store imports this package (its hooks), and the check
    # brings the search module with it; only verifying a copy needs them.
    from briefer.store.check import check_store

    try:
        # Read-write: FTS5's 'integrity-check' is written as an INSERT (it changes nothing).
        conn = connect_plain(path)
    except sqlite3.Error as exc:
        raise CopyDamagedError(str(exc)) from exc
    try:
        try:
            pages = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
        except sqlite3.DatabaseError as exc:
            raise CopyDamagedError(str(exc)) from exc
        if pages != ["ok"]:
            raise CopyDamagedError("; ".join(pages))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == SCHEMA_VERSION:
            # check_store's own integrity_check would read every page a second time.
            from briefer.store.database import StoreDatabase  # sqlite-utils, for the check

            report = check_store(StoreDatabase(conn), pages_checked=True)
            return version, dict(report.counts), list(report.problems)
        # An older schema (a backup taken before an upgrade): pages and links only.
        problems = [
            f"Row {rowid} of {table} points at a missing row of {parent}."
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        if version > SCHEMA_VERSION:
            problems.insert(0, "It was written by a newer version of Briefer.")
        return version, {}, problems
    finally:
        conn.close()


def deadline_progress(seconds: float) -> Callable[[int, int, int], None]:
    """A backup-API progress callback that gives up when a lock outlasts ``seconds``."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def make_backup(conn: sqlite3.Connection, store_path: Path, reason: str) -> Backup:
    """Copy the store behind ``conn`` (not inside a transaction) into a verified backup.

    Raises CopyDamagedError when the copy fails its integrity check (the copy is deleted),
    OSError / sqlite3.Error when it cannot be written.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if conn.in_transaction:
        raise ValueError("a backup cannot be taken inside a transaction")
    folder = backup_folder(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    with folder_lock(folder):
        created = now()
        stem = f"{created.strftime('%Y%m%d-%H%M%S-%f')}-{reason}"
        final = folder / f"{stem}{SUFFIX}"
        meta = folder / f"{stem}.json"
        tmp = folder / f".{stem}.{os.getpid()}.tmp"
        try:
            target = sqlite3.connect(str(tmp))
            try:
                conn.backup(target, progress=deadline_progress(BUSY_TIMEOUT_MS / 1000))
                # A backup is one self-contained file: no -wal beside it.
                target.execute("PRAGMA journal_mode = DELETE")
                signature, audit_mark = content_signature(target)
            finally:
                target.close()
            fsync_file(tmp)
            version, counts, problems = verify_file(tmp)
            backup = Backup(
                path=final,
                created_at=created,
                reason=reason,
                store=str(full_path(store_path)),
                size=tmp.stat().st_size,
                schema_version=version,
                signature=signature,
                audit_mark=audit_mark,
                counts=counts,
                problems=tuple(problems),
            )
            sidecar = backup.as_json()
            sidecar.update(signature=signature, audit_mark=audit_mark)
            sidecar["created_at"] = created.isoformat()
            # The sidecar first: a file without its sidecar is never listed; a sidecar
            # without its file (crash in between) is removed by prune().
            write_json(meta, sidecar)
            os.replace(tmp, final)
            sync_folder(folder)
        except BaseException:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
            if not final.exists():
                meta.unlink(missing_ok=True)
            raise
    log.info("backup %s of %s (%s)", final.name, store_path, reason)
    with contextlib.suppress(OSError):
        prune(store_path)
    return backup


@contextlib.contextmanager
def reading(store_path: Path) -> Iterator[sqlite3.Connection]:
    """The store, opened only to be read for a backup (the copy and its content signature).

    Read-only, because a connection that can write checkpoints the ``-wal`` into the main
    file when it is the last one to close: a backup process that outlived the app session
    or command it backs up (it copies for ~15 s at 300k facts) then changed the store's
    files after Briefer had recorded how it left them, and the next opening
    ``quick_check``ed the whole store (~1–2 s at 300k facts; issue 15). Reading never
    changes the store.
    """
    existed = side_files(store_path)
    conn = connect_plain(store_path, readonly=True)
    try:
        yield conn
    finally:
        conn.close()
        if "-wal" not in existed:
            _remove_empty_wal(store_path)


def _remove_empty_wal(store_path: Path) -> None:
    """Leave no empty ``-wal`` and ``-shm`` beside a store that had none before the backup.

    A read-only connection makes them and cannot remove them; removing them by hand could
    pull them from under a connection another process opened meanwhile. A writable
    connection closing last removes them under SQLite's exclusive lock (one that is not
    last leaves them to the last), and with an empty ``-wal`` it has nothing to checkpoint:
    the main file stays as it was.
    """
    with contextlib.suppress(OSError, sqlite3.Error):
        if Path(f"{store_path}-wal").stat().st_size:
            return  # another process wrote meanwhile: its -wal, left to it
        conn = connect_plain(store_path)
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        finally:
            conn.close()


def backup_now(store_path: Path, reason: str = "manual") -> Backup:
    """Make a verified backup of the store at ``store_path`` now; StoreError if impossible."""
    store_path = Path(store_path)
    if not store_path.exists():
        raise StoreError(f"There is no store at {store_path}.")
    check_file(store_path)
    with contextlib.ExitStack() as stack:
        try:
            conn = stack.enter_context(reading(store_path))
        except sqlite3.Error as exc:
            raise StoreError(f"The store {store_path} cannot be opened ({exc}).") from exc
        return _backup_from(conn, store_path, reason)


def _backup_from(conn: sqlite3.Connection, store_path: Path, reason: str) -> Backup:
    """``backup_now``'s copy, its failures said in one sentence."""
    try:
        verify_schema(conn, store_path)
        return make_backup(conn, store_path, reason)
    except CopyDamagedError as exc:
        raise DamagedStoreError(damaged_sentence(store_path)) from exc
    except StoreError:
        raise
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DamagedStoreError(damaged_sentence(store_path)) from exc
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc):
            raise StoreBusyError(
                f"The store {store_path} is busy in another program; try again in a moment."
            ) from exc
        raise StoreError(f"The backup of {store_path} could not be made ({exc}).") from exc
    except OSError as exc:
        raise StoreError(
            f"The backup of {store_path} could not be written to {backup_folder(store_path)} "
            f"({exc.strerror or exc})."
        ) from exc


__all__ = [
    "REASONS",
    "CopyDamagedError",
    "backup_now",
    "content_signature",
    "deadline_progress",
    "make_backup",
    "reading",
    "verify_file",
]
