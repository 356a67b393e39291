"""What to tell the user about a store and its backups: the way out of a store that cannot be
used (``way_out``), and why a backup copy failed (``copy_problem``).

Each answer is one or two sentences plus the actions Briefer can offer, in the order to offer
them; the app shows them in a dialog, the command line prints the sentence.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.errors import MissingStoreError, StoreError, StoreTooNewError
from briefer.store.backups.catalogue import Backup, backup_folder, newest_good_backup
from briefer.store.check import check_store
from briefer.store.connection import (
    connect_plain,
    open_store,
    remove_created_side_files,
    side_files,
)
from briefer.store.failures import (
    DamagedStoreError,
    MissingChangesError,
    StoreBusyError,
    damaged_sentence,
)


def copy_problem(store_path: Path) -> str:
    """Why a copy failed its check: the store itself, or the place backups are written."""
    try:
        conn = connect_plain(store_path)
        try:
            sound = [r[0] for r in conn.execute("PRAGMA quick_check(1)").fetchall()] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        sound = False
    if not sound:
        return damaged_sentence(store_path)
    return (
        f"Briefer could not make a sound backup of the store {store_path} in "
        f"{backup_folder(store_path)} (the copy failed its check); the store itself is sound."
    )


@dataclass(frozen=True)
class WayOut:
    """What the app shows when the store cannot be used, and what it can offer.

    ``actions`` in the order to offer them: "repair" (rebuild the search text and index,
    after a backup), "restore" (go back to ``backup``; the current file is set aside),
    "keep-current" (accept a store older than its backups), "open-read-only",
    "update-briefer", "retry", "choose-another-store", "quit".
    """

    store: Path
    kind: str  # ok | problems | damaged | missing-changes | missing | too-new | busy | unusable
    problem: str  # one sentence: what is wrong
    message: str  # one or two sentences for the dialog: what is wrong and what Briefer offers
    backup: Backup | None
    can_open_read_only: bool
    actions: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "store": str(self.store),
            "kind": self.kind,
            "problem": self.problem,
            "message": self.message,
            "backup": self.backup.as_json() if self.backup else None,
            "can_open_read_only": self.can_open_read_only,
            "actions": list(self.actions),
        }


def _opens_read_only(store_path: Path) -> bool:
    existed = side_files(store_path)
    try:
        db = open_store(store_path, create=False, readonly=True, migrate=False)
    except StoreError:
        return False
    try:
        db.execute("SELECT count(*) FROM fact").fetchone()
        return True
    except sqlite3.Error:
        return False
    finally:
        db.close()
        remove_created_side_files(store_path, existed)


def way_out(store_path: Path, error: BaseException | None = None) -> WayOut:
    """Classify why the store cannot be used (``error`` from opening it, or a fresh look)."""
    store_path = Path(store_path)
    problem = str(error) if error is not None else ""
    kind = "unusable"
    if error is None:
        try:
            db = open_store(store_path, create=False)
        except StoreError as exc:
            error, problem = exc, str(exc)
        else:
            try:
                report = check_store(db)
            finally:
                db.close()
            kind = "problems" if report.problems else "ok"
            problem = report.problems[0] if report.problems else "The store is sound."
    if isinstance(error, MissingStoreError):
        kind = "missing"
    elif isinstance(error, MissingChangesError):
        kind = "missing-changes"
    elif isinstance(error, DamagedStoreError):
        kind = "damaged"
    elif isinstance(error, StoreTooNewError):
        kind = "too-new"
    elif isinstance(error, StoreBusyError):
        kind = "busy"
    backup = newest_good_backup(store_path)
    read_only = kind not in ("ok", "too-new", "busy", "missing") and _opens_read_only(store_path)
    actions: list[str] = []
    if kind == "problems":
        actions.append("repair")
    if kind in ("damaged", "missing-changes", "problems", "unusable", "missing") and backup:
        actions.append("restore")
    if kind == "missing-changes":
        actions.append("keep-current")
    if read_only:
        actions.append("open-read-only")
    if kind == "too-new":
        actions.append("update-briefer")
    if kind == "busy":
        actions.append("retry")
    if kind == "unusable":
        actions.append("choose-another-store")
    actions.append("quit")
    offer = (
        f" Briefer can go back to the backup of {backup.label}; the current file is kept aside."
        if "restore" in actions and backup is not None
        else ""
    )
    if kind == "ok":
        message = "The store is sound."
    elif kind == "too-new":
        message = f"{problem} Update Briefer; the store was not changed."
    elif kind == "busy":
        message = f"{problem}"
    elif kind == "missing" and backup is not None:
        message = (
            f"The store {store_path} is missing. Briefer has a good backup of it from "
            f"{backup.label}: restore it to carry on where you were."
        )
    else:
        message = f"{problem}{offer}" if offer else problem
        if not offer and read_only:
            message += " It can still be opened read-only to copy out what is readable."
    return WayOut(
        store=store_path,
        kind=kind,
        problem=problem,
        message=message.strip(),
        backup=backup,
        can_open_read_only=read_only,
        actions=tuple(actions),
    )


__all__ = ["WayOut", "copy_problem", "way_out"]
