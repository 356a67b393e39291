"""Opening a store: file checks, pragmas, schema version, and errors a user can understand.

A store is opened with WAL, foreign keys on, ``trusted_schema`` off and a busy timeout. A file
that is not a Briefer store, is damaged, or was written by a newer Briefer is refused with one
sentence, and is never written to: checks happen before any migration runs.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from briefer.errors import StoreError, StoreTooNewError
from briefer.store.schema import MIGRATION_SET, SCHEMA_VERSION, known_migration_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _configure_safely(conn: sqlite3.Connection) -> None:
    """Settings that write nothing to the file: safe before we know what the file is."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Untrusted stores: no SQL functions with side effects from triggers or views.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")


def _configure_for_writing(conn: sqlite3.Connection) -> None:
    """WAL changes the file header, so only on a file known to be ours (or new)."""
    conn.execute("PRAGMA journal_mode = WAL")
    # WAL + NORMAL survives an application crash at any moment; only power loss may
    # drop the last transactions, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")


def has_fts5() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5 (x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def _check_file(path: Path) -> None:
    """Refuse what is clearly not a store before SQLite touches it."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a Briefer store file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise StoreError(f"Briefer may not read the store {path}.") from exc
    if len(header) == 0:
        raise StoreError(f"The store {path} is an empty file, not a Briefer store.")
    if not header.startswith(SQLITE_HEADER):
        raise StoreError(f"{path} is not a Briefer store (it is not an SQLite database).")
    if len(header) < 100:
        raise StoreError(f"The store {path} is damaged: the file is truncated.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    # A file shorter than its header says it is was cut off (copy interrupted, disk full).
    if page_count and size < page_size * page_count:
        raise StoreError(f"The store {path} is damaged: the file is truncated.")


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise StoreError(f"The folder {folder} does not exist, so the store cannot be created.")
    if not os.access(folder, os.W_OK):
        raise StoreError(f"The folder {folder} is read-only, so the store cannot be created.")


def _applied_names(db: Database) -> list[str]:
    if not db[migrations.migrations_table].exists():
        return []
    return [
        row[0]
        for row in db.execute(
            f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ?",
            [MIGRATION_SET],
        ).fetchall()
    ]


def _verify_schema(db: Database, path: Path) -> None:
    tables = set(db.table_names())
    applied = _applied_names(db)
    if not applied:
        if tables - {migrations.migrations_table}:
            raise StoreError(f"{path} is an SQLite database, but not a Briefer store.")
        return
    unknown = [name for name in applied if name not in known_migration_names()]
    if unknown:
        raise StoreTooNewError(
            f"The store {path} was written by a newer version of Briefer; "
            "update Briefer to open it (the store was not changed)."
        )


def open_store(
    path: Path, *, create: bool = True, readonly: bool = False, migrate: bool = True
) -> Database:
    """Open (and create or migrate) the store at ``path``; raise StoreError with one sentence.

    ``migrate=False`` opens without applying pending migrations (used by tests and tools
    that need to look at an old store as it is).
    """
    path = Path(path)
    exists = path.exists()
    if exists:
        _check_file(path)
    elif not create or readonly:
        raise StoreError(f"There is no store at {path}.")
    else:
        _check_folder(path)
    if not has_fts5():
        raise StoreError("This SQLite library has no FTS5 full-text search, which Briefer needs.")
    conn: sqlite3.Connection | None = None
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            conn = sqlite3.connect(str(path))
        _configure_safely(conn)
        db = Database(conn)
        _verify_schema(db, path)
        pending = _applied_names(db) != known_migration_names()
        if not readonly:
            _configure_for_writing(conn)
            if migrate:
                migrations.apply(db)
        elif migrate and pending:
            raise StoreError(
                f"The store {path} needs an upgrade, which cannot happen while it is read-only."
            )
        return db
    except StoreError:
        _close_quietly(conn)
        raise
    except sqlite3.DatabaseError as exc:
        _close_quietly(conn)
        raise StoreError(_describe(exc, path)) from exc
    except OSError as exc:
        _close_quietly(conn)
        if exc.errno == errno.ENOSPC:
            raise StoreError(f"The disk holding {path} is full.") from exc
        raise StoreError(f"The store {path} cannot be opened: {exc.strerror}.") from exc


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def _describe(exc: sqlite3.DatabaseError, path: Path) -> str:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return f"The store {path} is busy in another program; try again in a moment."
    if "malformed" in message or "corrupt" in message:
        return f"The store {path} is damaged; restore it from a backup."
    if "not a database" in message or "file is encrypted" in message:
        return f"{path} is not a Briefer store (it is not an SQLite database)."
    if "readonly" in message or "read-only" in message:
        return f"The store {path} is read-only; Briefer cannot write to it."
    if "unable to open" in message:
        return f"The store {path} cannot be opened; check that its folder exists and is writable."
    if "disk i/o" in message or "full" in message:
        return f"The store {path} cannot be written: the disk is full or failing."
    return f"The store {path} cannot be used: {exc}."


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


__all__ = ["SCHEMA_VERSION", "has_fts5", "open_store", "schema_version"]
