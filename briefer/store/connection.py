"""Opening a store: file checks, pragmas, schema version, and errors a user can understand.

A store is opened with WAL, foreign keys on, ``trusted_schema`` off and a busy timeout. A file
that is not a Briefer store, is damaged, or was written by a newer Briefer is refused with one
sentence, and is never written to: checks happen before any migration runs.

Reliability (docs/reliability.md):

- a new store is built under a temporary name and linked into place only once all its
  migrations are applied, so a crash during the first run never leaves a half-made store;
- untrusted files: ``cell_size_check`` on, limits on SQL length and attached databases, and a
  store holding a trigger, view or virtual table that Briefer's own schema does not have is
  refused (nothing another program put there is ever evaluated);
- every transaction takes the write lock when it begins (``BEGIN IMMEDIATE``), so a
  transaction never fails half-way because another process wrote first: it waits up to the
  busy timeout at its start, or fails before changing anything;
- known SQLite failures (busy, damaged, disk full, I/O, read-only) raised by any statement on a
  store connection become :class:`~briefer.errors.StoreError` subclasses with one sentence
  naming the store; they still are ``sqlite3`` errors, so existing ``except`` clauses work;
- on opening a store for writing, :mod:`briefer.store.backup` checks it (``quick_check`` when
  the files changed since the last check), notices a store that lost changes its backup has,
  takes an automatic backup when the content changed since the newest one, and always takes
  one before migrations run.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefer.durable import sync_folder
from briefer.errors import StoreError, StoreTooNewError
from briefer.store.database import StoreDatabase
from briefer.store.schema import MIGRATION_SET, SCHEMA_VERSION, known_migration_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MAX_SQL_LENGTH = 1_000_000  # Briefer's own statements are short; parameters carry the data
# VACUUM and VACUUM INTO attach one database internally; nothing else in Briefer attaches.
MAX_ATTACHED = 1
_CREATING_SUFFIX = ".creating"

# ---- errors a user can understand, raised from any statement on a store connection ----------


class StoreBusyError(StoreError, sqlite3.OperationalError):
    """Another connection held the write lock for longer than the busy timeout."""


class StoreDiskError(StoreError, sqlite3.OperationalError):
    """The disk is full, failing, or read-only."""


class DamagedStoreError(StoreError, sqlite3.DatabaseError):
    """The store's file is damaged (SQLite reports corruption, or the file is cut short)."""


class MissingChangesError(DamagedStoreError):
    """The store lacks changes its own backup has (e.g. copied without its ``-wal`` file)."""


def damaged_sentence(path: Path, what: str = "") -> str:
    """'The store … is damaged[ (what)]; run `briefer restore` …' with the newest good backup."""
    from briefer.store.backup import newest_good_backup

    detail = f" ({what})" if what else ""
    try:
        backup = newest_good_backup(path)
    except (OSError, ValueError):
        backup = None
    if backup is not None:
        return (
            f"The store {path} is damaged{detail}; run `briefer restore` to go back to "
            f"the backup of {backup.label}."
        )
    return (
        f"The store {path} is damaged{detail} and Briefer has no good backup of it; "
        "the file was left as it was, so keep a copy of it and ask for help."
    )


def _translate(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """A known SQLite failure as a StoreError sentence; None for anything else (a bug)."""
    if isinstance(exc, StoreError):
        return exc
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreBusyError(
            f"The store {path} is busy: another Briefer or another program is saving to it; "
            "try again in a moment."
        )
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DamagedStoreError(damaged_sentence(path))
    if primary == sqlite3.SQLITE_FULL:
        return StoreDiskError(
            f"The disk holding the store {path} is full; free some space and try again "
            "(the last change was not saved)."
        )
    if primary == sqlite3.SQLITE_IOERR:
        return StoreDiskError(
            f"The store {path} could not be read or written (a disk or network error); "
            "the last change was not saved."
        )
    if primary == sqlite3.SQLITE_READONLY:
        return StoreDiskError(f"The store {path} is read-only; Briefer cannot save to it.")
    return None


_BEGIN = re.compile(r"\s*BEGIN(\s+DEFERRED)?(\s+TRANSACTION)?\s*;?\s*", re.IGNORECASE)

# Connections of this process that are open, per store file: the checks on opening run once
# per session, not again for each thread's connection while the process is using the store.
_live_lock = threading.Lock()
_live: dict[str, int] = {}


def _release(key: str) -> None:
    with _live_lock:
        count = _live.get(key, 0) - 1
        if count > 0:
            _live[key] = count
        else:
            _live.pop(key, None)


class StoreCursor(sqlite3.Cursor):
    """A cursor whose known SQLite failures become StoreError sentences."""

    def _fail(self, exc: sqlite3.Error) -> StoreError | None:
        conn = self.connection
        path = conn.store_path if isinstance(conn, StoreConnection) else Path("?")
        return _translate(exc, path)

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


# Store files this process has open through SQLite, by (device, inode). POSIX record locks
# belong to the process, not the descriptor: opening and closing the database file by any
# other means (Python's ``open()`` to read the header) while SQLite holds it cancels every
# lock SQLite holds on it, and another process may then delete the -wal under us
# (sqlite.org/howtocorrupt.html §2.2). So the raw header is read only when no SQLite
# connection of this process holds the file.
_held_lock = threading.Lock()
_held: dict[tuple[int, int], int] = {}


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


def held_by_this_process(path: Path) -> bool:
    """True while an SQLite connection of this process has ``path`` open."""
    key = _file_key(path)
    with _held_lock:
        return key is not None and _held.get(key, 0) > 0


class HeldConnection(sqlite3.Connection):
    """An ``sqlite3`` connection counted in this process's register of held store files."""

    _finalizers: list[weakref.finalize[Any, Any]]

    def hold(self, path: Path) -> None:
        key = _file_key(path)
        if key is None:
            return
        with _held_lock:
            _held[key] = _held.get(key, 0) + 1
        self._add_finalizer(weakref.finalize(self, _unhold, key))

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

    def track(self, key: str) -> None:
        with _live_lock:
            _live[key] = _live.get(key, 0) + 1
        # Released once: by close(), or when the connection is collected unclosed.
        self._add_finalizer(weakref.finalize(self, _release, key))

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
            if (err := _translate(exc, self.store_path)) is None:
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
    # check_same_thread off: each thread still gets its own connection (services.py),
    # but the owner may close a worker thread's connection when the app shuts down.
    if readonly:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            factory=HeldConnection,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(str(path), factory=HeldConnection, check_same_thread=False)
    assert isinstance(conn, HeldConnection)
    conn.hold(path)
    try:
        _configure_safely(conn)
    except BaseException:
        conn.close()
        raise
    return conn


# ---- checks before SQLite touches the file -------------------------------------------------------


def _check_file(path: Path) -> None:
    """Refuse what is clearly not a store before SQLite touches it."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a Briefer store file.")
    if held_by_this_process(path):
        return  # checked when first opened; reading it now would cancel SQLite's locks
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise StoreError(f"Briefer may not read the store {path}.") from exc
    if len(header) == 0:
        _refuse_damaged_if_backed_up(path, "the file is empty")
        raise StoreError(f"The store {path} is an empty file, not a Briefer store.")
    if not header.startswith(SQLITE_HEADER):
        _refuse_damaged_if_backed_up(path, "it is no longer an SQLite database")
        raise StoreError(f"{path} is not a Briefer store (it is not an SQLite database).")
    if len(header) < 100:
        raise DamagedStoreError(damaged_sentence(path, "the file is truncated"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    # The header's page count is valid only when its change counter matches the
    # "version-valid-for" number (sqlite.org/fileformat2.html §1.3.8).
    count_valid = header[24:28] == header[92:96]
    size = path.stat().st_size
    # A file shorter than its header says it is was cut off (copy interrupted, disk full) —
    # unless its -wal holds the missing pages: a WAL checkpoint writes page 1 (with the new
    # page count) before the pages past the old end of the file, so a crash in between
    # leaves a short file that SQLite reads whole from the WAL (issue 16: a kill during
    # `pack import` was refused as damaged).
    short = count_valid and page_count and size < page_size * page_count
    if short and not _wal_holds_pages(path, size // page_size + 1, page_count, page_size):
        raise DamagedStoreError(damaged_sentence(path, "the file is truncated"))


_WAL_MAGIC = (0x377F0682, 0x377F0683)


def _wal_holds_pages(path: Path, first: int, last: int, page_size: int) -> bool:
    """Whether the store's ``-wal`` has current frames for every page ``first..last``.

    Only frame headers are read (24 bytes a frame); a frame counts when its salts match the
    WAL header's (the WAL's current generation) and a commit frame follows it.
    """
    wal = path.with_name(path.name + "-wal")
    wanted = set(range(first, last + 1))
    pending: set[int] = set()
    try:
        with wal.open("rb") as fh:
            head = fh.read(32)
            if len(head) < 32 or int.from_bytes(head[:4], "big") not in _WAL_MAGIC:
                return False
            if int.from_bytes(head[8:12], "big") != page_size:
                return False
            salts = head[16:24]
            frame = 32
            while wanted:
                fh.seek(frame)
                header = fh.read(24)
                if len(header) < 24 or header[8:16] != salts:
                    break
                pending.add(int.from_bytes(header[:4], "big"))
                if int.from_bytes(header[4:8], "big"):  # a commit frame
                    wanted -= pending
                    pending.clear()
                frame += 24 + page_size
    except OSError:
        return False
    return not wanted


def _refuse_damaged_if_backed_up(path: Path, what: str) -> None:
    """A file Briefer has good backups of was a store: say it is damaged, and the way back."""
    from briefer.store.backup import newest_good_backup

    try:
        backed_up = newest_good_backup(path) is not None
    except (OSError, ValueError):
        backed_up = False
    if backed_up:
        raise DamagedStoreError(damaged_sentence(path, what))


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


def _schema_objects(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """Triggers, views and virtual tables: (type, name, SQL with spaces squeezed)."""
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master "
        "WHERE type IN ('trigger', 'view') OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL%')"
    ).fetchall()
    return {(str(t), str(n), " ".join(str(s).split())) for t, n, s in rows}


@functools.cache
def _own_schema_objects() -> frozenset[tuple[str, str, str]]:
    """What Briefer's migrations create, built once in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        migrations.apply(StoreDatabase(conn))
        return frozenset(_schema_objects(conn))
    finally:
        conn.close()


def _verify_schema(db: Database, path: Path) -> None:
    tables = set(db.table_names())
    applied = _applied_names(db)
    if not applied:
        if tables - {migrations.migrations_table}:
            _refuse_damaged_if_backed_up(path, "it holds another program's database")
            raise StoreError(f"{path} is an SQLite database, but not a Briefer store.")
        return
    unknown = [name for name in applied if name not in known_migration_names()]
    if unknown:
        raise StoreTooNewError(
            f"The store {path} was written by a newer version of Briefer; "
            "update Briefer to open it (the store was not changed)."
        )
    foreign = sorted(_schema_objects(db.conn) - _own_schema_objects())
    if foreign:
        kind, name, _ = foreign[0]
        kind = "virtual table" if kind == "table" else kind
        raise StoreError(
            f"The store {path} contains a {kind} “{name}” that Briefer did not create, "
            "so it was not opened (another program may have altered it)."
        )


# ---- creating a store --------------------------------------------------------------------------


def _create_atomically(path: Path) -> None:
    """Build a fully migrated store under a temporary name, then link it into place.

    A crash at any moment leaves either no store or a whole one (plus, at worst, a temporary
    file that the next creation removes), never an empty or half-migrated file in its place.
    """
    folder = path.parent
    for stale in folder.glob(f".{path.name}.*{_CREATING_SUFFIX}*"):
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 60:
                stale.unlink()
    tmp = folder / f".{path.name}.{os.getpid()}.{threading.get_ident()}{_CREATING_SUFFIX}"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
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
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
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
    # check_same_thread off: each thread still gets its own connection (services.py), but
    # the owner may close a worker thread's connection when the app shuts down.
    if readonly:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            factory=StoreConnection,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(str(path), factory=StoreConnection, check_same_thread=False)
    assert isinstance(conn, StoreConnection)
    conn.setup(path, writable=not readonly)
    conn.hold(path)
    return conn


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
    conn: StoreConnection | None = None
    existed = side_files(path)
    try:
        if not exists:
            _create_atomically(path)
        conn = _connect(path, readonly)
        _configure_safely(conn)
        db = StoreDatabase(conn)
        _verify_schema(db, path)
        applied = _applied_names(db)
        pending = applied != known_migration_names()
        if not readonly:
            key = _live_key(path)
            with _live_lock:
                first = _live.get(key, 0) == 0
            if exists and (first or (migrate and pending)):
                from briefer.store.backup import on_open

                on_open(conn, path, upgrading=bool(migrate and pending and applied))
            conn.track(key)
            _configure_for_writing(conn)
            if migrate:
                migrations.apply(db)
        elif migrate and pending:
            raise StoreError(
                f"The store {path} needs an upgrade, which cannot happen while it is read-only."
            )
        return db
    except StoreError:
        _close_quietly(conn, path, existed)
        raise
    except sqlite3.DatabaseError as exc:
        _close_quietly(conn, path, existed)
        raise _open_error(exc, path) from exc
    except OSError as exc:
        _close_quietly(conn, path, existed)
        if exc.errno == errno.ENOSPC:
            raise StoreError(f"The disk holding {path} is full.") from exc
        raise StoreError(f"The store {path} cannot be opened: {exc.strerror}.") from exc


def _live_key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


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


def _open_error(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        # The header said SQLite (checked above), so "not a database" here means damage.
        return DamagedStoreError(damaged_sentence(path))
    return _translate(exc, path) or StoreError(_describe(exc, path))


def _describe(exc: sqlite3.DatabaseError, path: Path) -> str:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return f"The store {path} is busy in another program; try again in a moment."
    if "malformed" in message or "corrupt" in message:
        return damaged_sentence(path)
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


__all__ = [
    "SCHEMA_VERSION",
    "DamagedStoreError",
    "MissingChangesError",
    "StoreBusyError",
    "StoreConnection",
    "StoreDiskError",
    "damaged_sentence",
    "has_fts5",
    "open_store",
    "schema_version",
]
