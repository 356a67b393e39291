"""Automatic, verified, rotating backups of a store, and going back to one.

One job per module:

- :mod:`~briefer.store.backups.catalogue` — where backups live, what each one is (sidecars);
- :mod:`~briefer.store.backups.copying` — making a backup: copy, then verify the copy;
- :mod:`~briefer.store.backups.retention` — which backups to keep (``prune``);
- :mod:`~briefer.store.backups.restore` — going back to a backup (``restore``);
- :mod:`~briefer.store.backups.advice` — what to tell the user (``way_out``);
- :mod:`~briefer.store.backups.auto` — automatic backups after changes, and their lock;
- :mod:`~briefer.store.backups.guard` — the checks made when a store is first opened.

When backups happen (docs/reliability.md, "Backups"): after a command that changed the store,
in the background in the app and at its exit (waiting at most a second), on ``briefer
backup``, and before migrations. Opening a store never copies it otherwise.

Importing this package installs the two hooks of :mod:`briefer.store.hooks` (the modules that
open a store may not import it: backups use connections): the lookup that names the newest
good backup in the sentence for a damaged store, and the guard ``open_store`` runs on first
opening a store. ``briefer.store`` imports this package, so both are in place wherever a store
is used; importing it stays light (no SQLite wrapper, no check) until a store is opened.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefer.store import hooks
from briefer.store.backups import catalogue


def _on_open(conn: sqlite3.Connection, store_path: Path, *, upgrading: bool) -> None:
    # Imported on the first opening, not with the package: the command line's parser imports
    # the store package, and the guard brings the connection and sqlite-utils with it.
    from briefer.store.backups.guard import on_open

    on_open(conn, store_path, upgrading=upgrading)


hooks.install(backup_lookup=catalogue.newest_good_label, open_guard=_on_open)
