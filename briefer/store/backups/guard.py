"""The checks made when this process first opens an existing store for writing.

``open_store`` runs :func:`on_open` through the guard this package installs (the connection
may not import the backups). Opening never copies the store, except before migrations:

- a store that lacks changes its own backup has (its audit trail, which only grows, is
  shorter than the newest backup's: the typical result of copying the file without its
  ``-wal``) is refused with a sentence that says how to go back to that backup;
- a store whose files changed since Briefer last left them (another program wrote, or the
  file was damaged or put back) is ``quick_check``ed;
- before migrations a verified "before-upgrade" backup is made, and the upgrade is refused
  if that fails.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from briefer.errors import StoreError
from briefer.store.backups.catalogue import (
    Backup,
    backup_folder,
    files_stat,
    full_path,
    list_backups,
    read_state,
    update_state,
)
from briefer.store.backups.copying import CopyDamagedError, make_backup
from briefer.store.failures import MissingChangesError
from briefer.store.integrity import quick_check

log = logging.getLogger("briefer.backup")
# One opening check at a time in this process. The app's worker threads open their first
# connections at once: each ran its own quick_check of the whole store (two at once, 2.4 s
# each at 300k facts on 2 cores); now the others wait and find the files already checked.
_checking = threading.Lock()


def _check_not_behind(conn: sqlite3.Connection, store_path: Path, backups: list[Backup]) -> None:
    here = str(full_path(store_path))
    try:
        floor = datetime.fromisoformat(read_state(backup_folder(store_path))["restored_at"])
    except (KeyError, TypeError, ValueError):
        floor = None
    mine = [b for b in backups if b.store == here and (floor is None or b.created_at >= floor)]
    if not mine:
        return
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'"
    ).fetchone()
    mark = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]) if row else 0
    ahead = [b for b in mine if b.audit_mark > mark]
    if not ahead:
        return
    target = next((b for b in ahead if b.good), ahead[0])
    raise MissingChangesError(
        f"The store {store_path} is missing changes that its backup of {target.label} has "
        "(was it copied without its “-wal” file?); run `briefer restore` to go back to "
        "that backup, or `briefer restore --keep-current` to keep the store as it is."
    )


def on_open(conn: sqlite3.Connection, store_path: Path, *, upgrading: bool) -> None:
    """Checks when ``open_store`` opens an existing store for writing (once per process).

    Opening never copies the store (see ``backup_after_changes`` for when backups are made):
    it refuses a store that lost changes its backup has, ``quick_check``s a store whose files
    changed since Briefer last left them (another program wrote, or the file was damaged or
    put back), and makes the "before-upgrade" backup that migrations need.
    """
    with _checking:
        _on_open(conn, Path(store_path), upgrading=upgrading)


def _on_open(conn: sqlite3.Connection, store_path: Path, *, upgrading: bool) -> None:
    folder = backup_folder(store_path)
    stat = files_stat(store_path)
    if not upgrading and read_state(folder).get("checked") == stat:
        return
    backups = list_backups(store_path)
    _check_not_behind(conn, store_path, backups)
    if upgrading:
        try:
            make_backup(conn, store_path, "before-upgrade")
        except CopyDamagedError as exc:
            quick_check(conn, store_path)  # raises if the store itself is damaged
            log.error("backup of %s failed verification: %s", store_path, exc)
            raise StoreError(
                f"Briefer could not make a sound backup of the store {store_path} before "
                "upgrading it, so nothing was changed; run `briefer check`."
            ) from exc
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, StoreError):
                raise
            reason_text = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise StoreError(
                f"Briefer could not back up the store {store_path} before upgrading it "
                f"({reason_text}), so nothing was changed."
            ) from exc
    else:
        quick_check(conn, store_path)
    update_state(folder, checked=stat)


__all__ = ["on_open"]
