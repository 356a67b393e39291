"""Opening a fact pack as untrusted SQLite: the file looked at first, then a read-only
connection that can write nothing, and a schema with nothing in it but plain tables.

A pack comes from another machine, maybe by e-mail or USB stick, so it is treated as hostile:

- the file is looked at before SQLite touches it (empty, not SQLite, a folder, a pipe);
- it is opened read-only and immutable (``mode=ro&immutable=1``: no journal, no lock, no
  side file is created, nothing is ever written), with ``trusted_schema`` off, ``query_only``
  on and limits on the size of a value and on attached databases;
- a pack with any view, trigger or virtual table, or a generated column, is **refused**, not
  ignored. The writer never makes them, so their presence means the file was made or edited
  by something else; and refusing means a name we read (``fact``…) can only be a plain
  table, so no SQL an attacker wrote is ever evaluated. (Triggers fire only on writes, which
  this connection cannot make; views run only when selected from, which we never do.)

Every refusal is a :class:`PackRefused` whose text is one sentence. What is read through the
connection, and how each value is checked, is :mod:`briefer.packs.reader` and
:mod:`briefer.packs.rows`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from briefer.errors import InputError
from briefer.packs.format import TABLE_COLUMNS
from briefer.text.controls import one_line, readable_path

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_VALUE_BYTES = 64 * 1024 * 1024  # one source body; far above any real article or report


class PackRefused(InputError):
    """The file cannot be imported as a fact pack; ``str()`` says why in one sentence."""


def refuse(path: Path, why: str) -> PackRefused:
    """The refusal of the pack at ``path``: its name, then ``why`` (one sentence). ``why`` may
    quote the pack's own (untrusted) words: made one line, whatever they hold."""
    return PackRefused(f"{readable_path(path.name)} {one_line(why)}")


def _check_file(path: Path) -> None:
    """Look at the file before SQLite does; only a regular file is opened.

    The file is opened without blocking and checked with ``fstat``: a FIFO given as a pack
    would otherwise block for ever.
    """
    if path.is_dir():
        raise refuse(path, "is a folder, not a fact pack.")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PackRefused(f"There is no file {readable_path(path)}.") from None
    except OSError as exc:
        raise refuse(path, f"cannot be read ({exc.strerror or exc}).") from exc
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise refuse(path, "is not a regular file (a pipe, device or socket), not a fact pack.")
        try:
            header = fh.read(100)
        except OSError as exc:
            raise refuse(path, f"cannot be read ({exc.strerror or exc}).") from exc
    if not header:
        raise refuse(path, "is an empty file, not a fact pack; nothing was imported.")
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise refuse(path, "is not a Briefer fact pack; nothing was imported.")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection to ``path`` that cannot write, lock or create a side file."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    try:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cell_size_check = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def open_pack(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a pack that passed the structural checks (not yet the hash)."""
    path = Path(path)
    _check_file(path)
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise refuse(path, f"cannot be opened as a fact pack ({exc}).") from exc
    try:
        try:
            _check_structure(conn, path)
        except sqlite3.DatabaseError as exc:
            raise refuse(path, f"is damaged or not a fact pack ({exc}).") from exc
        yield conn
    finally:
        conn.close()


def _check_structure(conn: sqlite3.Connection, path: Path) -> None:
    schema = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_schema").fetchall()
    kinds = {str(name): (str(kind), str(sql)) for kind, name, sql in schema}
    if "manifest" not in kinds:
        if "_sqlite_migrations" in kinds or "fact_fts" in kinds:
            raise refuse(path, "is a Briefer store, not a fact pack; export a pack from it.")
        raise refuse(path, "is an SQLite database, but not a Briefer fact pack.")
    hostile = sorted(
        name
        for name, (kind, sql) in kinds.items()
        if kind in ("view", "trigger") or sql.lstrip().upper().startswith("CREATE VIRTUAL")
    )
    if hostile:
        raise refuse(
            path,
            f"contains views, triggers or virtual tables ({', '.join(hostile[:3])}), which "
            "Briefer never writes into a pack; it was refused as unsafe.",
        )
    for table, columns in {"manifest": ("key", "value"), **TABLE_COLUMNS}.items():
        if kinds.get(table, ("", ""))[0] != "table":
            raise refuse(path, f"is damaged: it has no {table} table.")
        info = conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
        present = {str(row[1]) for row in info}
        if any(int(row[6]) != 0 for row in info):  # hidden or generated columns
            raise refuse(path, f"has computed columns in its {table} table; it was refused.")
        missing = [c for c in columns if c not in present]
        if missing:
            raise refuse(path, f"is damaged: its {table} table has no column {missing[0]}.")


__all__ = [
    "MAX_VALUE_BYTES",
    "PackRefused",
    "connect_read_only",
    "open_pack",
    "refuse",
]
