"""Is this file a Briefer store, whole and ours? Checks made before a store is used.

- :func:`check_file` reads the raw header before SQLite touches the file: a folder, an empty
  file, a file that is not SQLite or is cut short is refused with one sentence (a file that
  Briefer has good backups of was a store: it is called damaged, with the way back);
- :func:`quick_check` runs SQLite's quick check on an open store;
- :func:`verify_schema` refuses another program's SQLite database, a store written by a newer
  Briefer, and a store holding a trigger, view or virtual table that Briefer's own schema does
  not have (nothing another program put there is ever evaluated).

Nothing here writes to the file. Opening a store, backing it up and adopting a file as a
backup all use these checks.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from pathlib import Path

from briefer.errors import StoreError, StoreTooNewError
from briefer.store import migration_list
from briefer.store.failures import DamagedStoreError, damaged_sentence
from briefer.store.held import held_by_this_process, opening
from briefer.store.hooks import newest_good_label
from briefer.store.migration_list import MIGRATIONS_TABLE, schema_objects
from briefer.store.schema import MIGRATION_SET, known_migration_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
log = logging.getLogger("briefer.store")
_WAL_MAGIC = (0x377F0682, 0x377F0683)


def check_file(path: Path) -> None:
    """Refuse what is clearly not a store before SQLite touches it (StoreError, one sentence)."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a Briefer store file.")
    # Under `opening`: no connection of this process may start between the look and the close.
    with opening:
        if held_by_this_process(path):
            return  # checked when first opened; reading it now would cancel SQLite's locks
        try:
            with path.open("rb") as fh:
                header = fh.read(100)
        except PermissionError as exc:
            raise StoreError(f"Briefer may not read the store {path}.") from exc
    if len(header) == 0:
        refuse_damaged_if_backed_up(path, "the file is empty")
        raise StoreError(f"The store {path} is an empty file, not a Briefer store.")
    if not header.startswith(SQLITE_HEADER):
        refuse_damaged_if_backed_up(path, "it is no longer an SQLite database")
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
    if short and not wal_holds_pages(path, size // page_size + 1, page_count, page_size):
        raise DamagedStoreError(damaged_sentence(path, "the file is truncated"))


def wal_holds_pages(path: Path, first: int, last: int, page_size: int) -> bool:
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


def refuse_damaged_if_backed_up(path: Path, what: str) -> None:
    """A file Briefer has good backups of was a store: say it is damaged, and the way back."""
    if newest_good_label(path) is not None:
        raise DamagedStoreError(damaged_sentence(path, what))


def quick_check(conn: sqlite3.Connection, store_path: Path) -> None:
    """``PRAGMA quick_check`` of an open store; DamagedStoreError (one sentence) if it fails."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except DamagedStoreError:
        raise
    except sqlite3.DatabaseError as exc:
        raise DamagedStoreError(damaged_sentence(store_path)) from exc
    if rows != ["ok"]:
        log.warning("quick_check of %s: %s", store_path, rows)
        raise DamagedStoreError(damaged_sentence(store_path))


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Names of the Briefer migrations applied to the store, in the order applied."""
    return migration_list.applied_names(conn, MIGRATION_SET)


@functools.cache
def _own_schema_objects() -> frozenset[tuple[str, str, str]]:
    """What Briefer's migrations create, built once in memory."""
    from briefer.store.database import StoreDatabase  # sqlite-utils: only when needed

    conn = sqlite3.connect(":memory:")
    try:
        migrations.apply(StoreDatabase(conn))
        return frozenset(schema_objects(conn))
    finally:
        conn.close()


def verify_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a database that is not a Briefer store, or not one this Briefer may open.

    A store whose schema stamp (:mod:`briefer.store.migration_list`) matches what it holds
    has only the objects Briefer's runner left in it; only otherwise are they compared with
    Briefer's own schema, built in memory (~9 ms, and sqlite-utils loaded for it).
    """
    applied = applied_names(conn)
    if not applied:
        tables = {
            str(row[0])
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if tables - {MIGRATIONS_TABLE}:
            refuse_damaged_if_backed_up(path, "it holds another program's database")
            raise StoreError(f"{path} is an SQLite database, but not a Briefer store.")
        return
    unknown = [name for name in applied if name not in known_migration_names()]
    if unknown:
        raise StoreTooNewError(
            f"The store {path} was written by a newer version of Briefer; "
            "update Briefer to open it (the store was not changed)."
        )
    stamp = migration_list.stored_stamp(conn)
    if stamp is not None and stamp == migration_list.schema_stamp(conn, MIGRATION_SET):
        return
    foreign = sorted(schema_objects(conn) - _own_schema_objects())
    if foreign:
        kind, name, _ = foreign[0]
        kind = "virtual table" if kind == "table" else kind
        raise StoreError(
            f"The store {path} contains a {kind} “{name}” that Briefer did not create, "
            "so it was not opened (another program may have altered it)."
        )


__all__ = [
    "SQLITE_HEADER",
    "applied_names",
    "check_file",
    "quick_check",
    "refuse_damaged_if_backed_up",
    "verify_schema",
    "wal_holds_pages",
]
