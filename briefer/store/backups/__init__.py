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

Importing this package installs two hooks in the connection's modules, which may not import
it (backups use connections): the lookup that names the newest good backup in the sentence
for a damaged store, and the guard ``open_store`` runs on first opening a store.
``briefer.store`` imports this package, so both are in place wherever a store is used.
"""

from briefer.store import connection, failures
from briefer.store.backups import catalogue, guard

failures.install_backup_lookup(catalogue.newest_good_label)
connection.install_open_guard(guard.on_open)
