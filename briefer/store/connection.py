"""Opening a store: pragmas, the store's connection class, first-run creation, one sentence.

A store is opened with WAL, foreign keys on, ``trusted_schema`` off and a busy timeout. A file
that is not a Briefer store, is damaged, or was written by a newer Briefer is refused with one
sentence (:mod:`briefer.store.integrity`), and is never written to: checks happen before any
migration runs.

Reliability (docs/reliability.md):

- a new store is built under a temporary name and linked into place only once all its
  migrations are applied, so a crash during the first run never leaves a half-made store;
- untrusted files: ``cell_size_check`` on, limits on SQL length and attached databases;
- every transaction takes the write lock when it begins (``BEGIN IMMEDIATE``), so a
  transaction never fails half-way because another process wrote first: it waits up to the
  busy timeout at its start, or fails before changing anything;
- known SQLite failures raised by any statement on a store connection become sentences
  (:mod:`briefer.store.failures`);
- the first time this process opens an existing store for writing (and always before
  migrations run) the *open guard* runs (:mod:`briefer.store.hooks`; the backups install
  :mod:`briefer.store.backups.guard` there). It copies nothing unless migrations are pending:
  it refuses a store that lost changes its backup has, ``quick_check``s a store that
  something else changed, and takes the "before-upgrade" backup. Backups after writing are
  the callers' policy (the CLI after a command that changed the store, the app in the
  background and at exit), never part of opening.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefer.durable import file_system_now, fsync_file, sync_folder
from briefer.errors import StoreError
from briefer.store.failures import (
    DamagedStoreError,
    MissingChangesError,
    StoreBusyError,
    StoreDiskError,
    damaged_sentence,
    open_error,
    translate,
)
from briefer.store.held import HeldConnection, held_by_this_process, in_use, opening
from briefer.store.hooks import open_guard
from briefer.store.integrity import applied_names, check_file, verify_schema
from briefer.store.reader import ReadConnection
from briefer.store.schema import SCHEMA_VERSION, known_migration_names, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000
MAX_SQL_LENGTH = 1_000_000  # Briefer's own statements are short; parameters carry the data
# VACUUM and VACUUM INTO attach one database internally; nothing else in Briefer attaches.
MAX_ATTACHED = 1
_CREATING_SUFFIX = ".creating"
_BEGIN = re.compile(r"\s*BEGIN(\s+DEFERRED)?(\s+TRANSACTION)?\s*;?\s*", re.IGNORECASE)


class StoreCursor(sqlite3.Cursor):
    """A cursor whose known SQLite failures become StoreError sentences."""

    def _fail(self, exc: sqlite3.Error) -> StoreError | None:
        conn = self.connection
        path = conn.store_path if isinstance(conn, StoreConnection) else Path("?")
        return translate(exc, path)

    def execute(self, sql: str, parameters: Any = (), /) -> StoreCursor:
        conn = self.connection
        if isinstance(conn, StoreConnection):
            sql = conn.rewrite(sql)
        try:
            super().execute(sql, parameters)
        except sqlite3.Error as exc:
            if (err := self._fail(exc)) is None:
                raise
            raise err from exc
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> StoreCursor:
        try:
            super().executemany(sql, seq_of_parameters)
        except sqlite3.Error as exc:
            if (err := self._fail(exc)) is None:
                raise
            raise err from exc
        return self

    def executescript(self, sql_script: str, /) -> StoreCursor:
        try:
            super().executescript(sql_script)
        except sqlite3.Error as exc:
            if (err := self._fail(exc)) is None:
                raise
            raise err from exc
        return self

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.Error as exc:
            if (err := self._fail(exc)) is None:
                raise
            raise err from exc

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(size if size is not None else self.arraysize)
        except sqlite3.Error as exc:
            if (err := self._fail(exc)) is None:
                raise
            raise err from exc

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.Error as exc:
            if (err := self._fail(exc)) is None:
                raise
            raise err from exc

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.Error as exc:
            if (err := self._fail(exc)) is None:
                raise
            raise err from exc


class StoreConnection(HeldConnection):
    """The connection ``open_store`` returns (inside its Database): ``sqlite3`` plus sentences.

    On a writable connection a bare ``BEGIN`` becomes ``BEGIN IMMEDIATE`` and implicit
    transactions are immediate too (``isolation_level``), so two processes never deadlock on a
    read-then-write upgrade (SQLITE_BUSY_SNAPSHOT): the second one waits for the first.
    """

    store_path: Path
    writable: bool

    def setup(self, path: Path, *, writable: bool) -> None:
        self.store_path = path
        self.writable = writable
        if writable:
            self.isolation_level = "IMMEDIATE"

    def rewrite(self, sql: str) -> str:
        if self.writable and isinstance(sql, str) and _BEGIN.fullmatch(sql):
            return "BEGIN IMMEDIATE"
        return sql

    def cursor(self, factory: Any = StoreCursor) -> Any:
        return super().cursor(factory)

    # sqlite3.Connection.execute* make a plain cursor in C; these make ours, whose execute
    # and fetch methods turn known failures into sentences.
    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any:
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> Any:
        return self.cursor().executescript(sql_script)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            if (err := translate(exc, self.store_path)) is None:
                raise
            raise err from exc


# ---- settings ----------------------------------------------------------------------------------


def _configure_safely(conn: sqlite3.Connection) -> None:
    """Settings that write nothing to the file: safe before we know what the file is."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Untrusted stores: no SQL functions with side effects from triggers or views.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    # A damaged page is reported as damage instead of being read past its end.
    conn.execute("PRAGMA cell_size_check = ON")
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_LENGTH)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, MAX_ATTACHED)


def _configure_for_writing(conn: sqlite3.Connection) -> None:
    """WAL changes the file header, so only on a file known to be ours (or new)."""
    conn.execute("PRAGMA journal_mode = WAL")
    # WAL + NORMAL survives an application crash at any moment; only power loss may
    # drop the last transactions, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")


@functools.cache  # the SQLite library does not change while the process runs
def has_fts5() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5 (x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def connect_plain(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A bare connection with the safe settings (backups and tools; no checks, no sentences)."""
    conn = _held_connection(path, readonly, HeldConnection)
    try:
        _configure_safely(conn)
    except BaseException:
        conn.close()
        raise
    return conn


# ---- creating a store --------------------------------------------------------------------------


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise StoreError(f"The folder {folder} does not exist, so the store cannot be created.")
    if not os.access(folder, os.W_OK):
        raise StoreError(f"The folder {folder} is read-only, so the store cannot be created.")


def _create_atomically(path: Path) -> None:
    """Build a fully migrated store under a temporary name, then link it into place.

    A crash at any moment leaves either no store or a whole one (plus, at worst, a temporary
    file that the next creation removes), never an empty or half-migrated file in its place.
    """
    folder = path.parent
    stale_files = list(folder.glob(f".{path.name}.*{_CREATING_SUFFIX}*"))
    now = file_system_now(folder) if stale_files else 0.0  # the disk's clock, not ours
    for stale in stale_files:
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > 60:
                stale.unlink()
    tmp = folder / f".{path.name}.{os.getpid()}.{threading.get_ident()}{_CREATING_SUFFIX}"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    from briefer.store.database import StoreDatabase  # sqlite-utils: to create or upgrade

    conn = sqlite3.connect(str(tmp))
    try:
        _configure_safely(conn)
        _configure_for_writing(conn)
        migrations.apply(StoreDatabase(conn))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise
    conn.close()
    try:
        fsync_file(tmp)
        try:
            os.link(tmp, path)  # fails if another process created the store meanwhile
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():
                os.replace(tmp, path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    sync_folder(folder)


# ---- opening -----------------------------------------------------------------------------------


def _connect(path: Path, readonly: bool) -> StoreConnection:
    conn = _held_connection(path, readonly, StoreConnection)
    conn.setup(path, writable=not readonly)
    return conn


_C = TypeVar("_C", bound=HeldConnection)


def _held_connection(path: Path, readonly: bool, factory: type[_C]) -> _C:
    """A connection counted as holding ``path`` from the moment it exists.

    Opening and registering take turns with header reads (``held.opening``): a thread that
    read and closed the header just after this connection took its locks would cancel them.
    check_same_thread is off: each thread still gets its own connection (services), but the
    owner may close a worker thread's connection when the app shuts down.
    """
    with opening:
        if readonly:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                factory=factory,
                check_same_thread=False,
            )
        else:
            conn = sqlite3.connect(str(path), factory=factory, check_same_thread=False)
        assert isinstance(conn, factory)
        conn.hold(path)
    return conn


def open_store(
    path: Path, *, create: bool = True, readonly: bool = False, migrate: bool = True
) -> Database:
    """Open (and create or migrate) the store at ``path``; raise StoreError with one sentence.

    ``migrate=False`` opens without applying pending migrations (used by tests and tools
    that need to look at an old store as it is).
    """
    from briefer.store.database import StoreDatabase  # sqlite-utils: writers and tools

    return StoreDatabase(_open(Path(path), create=create, readonly=readonly, migrate=migrate))


def open_reader(path: Path) -> ReadConnection:
    """Open the existing store at ``path`` as :func:`open_store` does (same checks, same
    guard, pending migrations applied), for reading through plain SQL: what `pairs`,
    `facts` and `search` need, without loading sqlite-utils (~27 ms of such a process)."""
    return ReadConnection(_open(Path(path), create=False, readonly=False, migrate=True))


def _open(path: Path, *, create: bool, readonly: bool, migrate: bool) -> StoreConnection:
    """The opened connection: checked, guarded, configured, and migrated if asked."""
    exists = path.exists()
    if exists:
        check_file(path)
    elif not create or readonly:
        raise StoreError(f"There is no store at {path}.")
    else:
        _check_folder(path)
    if not has_fts5():
        raise StoreError("This SQLite library has no FTS5 full-text search, which Briefer needs.")
    conn: StoreConnection | None = None
    existed = side_files(path)
    try:
        if not exists:
            _create_atomically(path)
        conn = _connect(path, readonly)
        _configure_safely(conn)
        verify_schema(conn, path)
        applied = applied_names(conn)
        pending = applied != known_migration_names()
        if not readonly:
            guard = open_guard()
            if exists and guard is not None and (not in_use(path) or (migrate and pending)):
                guard(conn, path, upgrading=bool(migrate and pending and applied))
            conn.track(path)
            _configure_for_writing(conn)
            if migrate and pending:
                from briefer.store.database import StoreDatabase  # sqlite-utils: to upgrade

                migrations.apply(StoreDatabase(conn))
        elif migrate and pending:
            raise StoreError(
                f"The store {path} needs an upgrade, which cannot happen while it is read-only."
            )
        return conn
    except StoreError:
        _close_quietly(conn, path, existed)
        raise
    except sqlite3.DatabaseError as exc:
        _close_quietly(conn, path, existed)
        raise open_error(exc, path) from exc
    except OSError as exc:
        _close_quietly(conn, path, existed)
        if exc.errno == errno.ENOSPC:
            raise StoreError(f"The disk holding {path} is full.") from exc
        raise StoreError(f"The store {path} cannot be opened: {exc.strerror}.") from exc


def side_files(path: Path) -> set[str]:
    return {suffix for suffix in ("-wal", "-shm") if Path(f"{path}{suffix}").exists()}


def _close_quietly(
    conn: sqlite3.Connection | None, path: Path | None = None, existed: set[str] | None = None
) -> None:
    """Close a connection whose open failed, and remove the empty side files it created, so
    a refused store is left exactly as it was found."""
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    if path is not None and existed is not None:
        remove_created_side_files(path, existed)


def remove_created_side_files(path: Path, existed: set[str]) -> None:
    """Remove an empty -wal (and its -shm) that did not exist before we looked at ``path``."""
    wal = Path(f"{path}-wal")
    if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
        with contextlib.suppress(OSError):
            wal.unlink()
            if "-shm" not in existed:
                Path(f"{path}-shm").unlink(missing_ok=True)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


__all__ = [
    "BUSY_TIMEOUT_MS",
    "SCHEMA_VERSION",
    "DamagedStoreError",
    "MissingChangesError",
    "StoreBusyError",
    "StoreConnection",
    "StoreDiskError",
    "connect_plain",
    "damaged_sentence",
    "has_fts5",
    "held_by_this_process",
    "open_reader",
    "open_store",
    "remove_created_side_files",
    "schema_version",
    "side_files",
]
