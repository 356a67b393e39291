"""Errors a user can understand, raised from any statement on a store connection.

Known SQLite failures (busy, damaged, disk full, I/O, read-only) become
:class:`~briefer.errors.StoreError` subclasses with one sentence naming the store; they still
are ``sqlite3`` errors, so existing ``except`` clauses work. A damaged store's sentence names
the way back: the newest good backup, when there is one.

The backups are found through a hook (:mod:`briefer.store.hooks`): backups use connections,
so the connection's modules may not import the backups.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefer.errors import StoreError
from briefer.store.hooks import newest_good_label


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
    detail = f" ({what})" if what else ""
    label = newest_good_label(path)
    if label is not None:
        return (
            f"The store {path} is damaged{detail}; run `briefer restore` to go back to "
            f"the backup of {label}."
        )
    return (
        f"The store {path} is damaged{detail} and Briefer has no good backup of it; "
        "the file was left as it was, so keep a copy of it and ask for help."
    )


def translate(exc: sqlite3.Error, path: Path) -> StoreError | None:
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


def open_error(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    """The sentence for a failure while opening ``path`` (whose header said SQLite)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        # The header said SQLite (checked before), so "not a database" here means damage.
        return DamagedStoreError(damaged_sentence(path))
    return translate(exc, path) or StoreError(_describe(exc, path))


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


__all__ = [
    "DamagedStoreError",
    "MissingChangesError",
    "StoreBusyError",
    "StoreDiskError",
    "damaged_sentence",
    "open_error",
    "translate",
]
