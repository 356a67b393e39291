"""The services' common ground: the store path, the injected clock, one connection per thread.

Every topic service (briefs, curation, the desk, packs, reliability…) derives from
:class:`ServicesBase` and reaches the store only through :meth:`ServicesBase.db`; the
facade (:class:`briefer.services.Services`) composes them. Creating a new store
(:func:`init_store`) lives here too, because the first use of a missing store makes one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefer import clock as clocks
from briefer.errors import MissingStoreError, StoreError
from briefer.paths import resolve_store_path
from briefer.store.backups.catalogue import newest_good_backup
from briefer.store.connection import open_reader, open_store
from briefer.store.reader import ReadConnection

if TYPE_CHECKING:
    from sqlite_utils import Database

    from briefer.store.reader import Reader


@dataclass(frozen=True, slots=True)
class InitResult:
    path: Path
    sources: int
    facts: int


def init_store(path: Path, demo: bool = False, classified: bool = False) -> InitResult:
    """Create a new store at ``path`` (optionally with the demo pack); never touch an old one.

    A ``classified`` store never syncs over a network (briefer/sync refuses it).
    """
    if path.exists():
        raise StoreError(f"A store already exists at {path}; nothing was changed.")
    db = open_store(path, create=True)
    try:
        if classified:
            # Loaded only here: every command opens a store, few make a classified one.
            from briefer.sync.ledger import CLASSIFIED_KEY, set_setting

            with db.atomic():
                set_setting(db, CLASSIFIED_KEY, "1")
        if demo:
            from briefer.store.demo import load_demo_pack  # the demo pack: first run only

            counts = load_demo_pack(db)
        else:
            counts = {"sources": 0, "facts": 0}
    except BaseException:
        db.close()
        _remove_new_store(path)
        raise
    db.close()
    return InitResult(path, counts["sources"], counts["facts"])


def _remove_new_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class ServicesBase:
    """The store at ``store_path`` (default: the user's store), opened on first use."""

    def __init__(
        self,
        store_path: Path | str | None = None,
        *,
        demo_on_first_run: bool = True,
        clock: clocks.Clock | None = None,
    ):
        self.store_path = resolve_store_path(store_path)
        # "Today" for brief dates and staleness: the process clock unless one is given.
        self.clock: clocks.Clock = clock or clocks.current()
        self._demo_on_first_run = demo_on_first_run
        self._lock = threading.Lock()
        # One connection per thread, keyed by the thread's id rather than kept in a
        # threading.local: Qt's pool threads get a fresh Python thread state for every task,
        # which empties a threading.local each time (a new connection per task, never
        # closed). The pool's threads live as long as the window, so this stays bounded.
        # A thread that has only read holds a ReadConnection (no sqlite-utils); its first
        # write wraps that same connection in sqlite-utils' Database (see ``db``).
        self._connections: dict[int, Database | ReadConnection] = {}

    def db(self) -> Database:
        """This thread's connection; the first use creates the store (with the demo pack).

        For the services only: the UI and the command line call service methods, never SQL.
        """
        ident = threading.get_ident()
        db = self._connections.get(ident)
        if isinstance(db, ReadConnection):
            # Opened by ``reader`` with every check and migration done: the same connection.
            from briefer.store.database import StoreDatabase

            db = StoreDatabase(db.conn)
            with self._lock:
                self._connections[ident] = db
        elif db is None:
            self._create_if_missing()
            db = open_store(self.store_path, create=False)
            with self._lock:
                self._connections[ident] = db
        return db

    def reader(self) -> Reader:
        """This thread's connection for reading only: as ``db``, without loading sqlite-utils
        when nothing has written yet (with click and pluggy, ~27 ms of a read command)."""
        ident = threading.get_ident()
        db = self._connections.get(ident)
        if db is None:
            self._create_if_missing()
            db = open_reader(self.store_path)
            with self._lock:
                self._connections[ident] = db
        return db

    def _create_if_missing(self) -> None:
        with self._lock:
            if not self.store_path.exists():
                if self._demo_on_first_run:
                    self._refuse_if_backups_exist()
                init_store(self.store_path, demo=self._demo_on_first_run)

    def _refuse_if_backups_exist(self) -> None:
        """A missing store that has good backups was lost, not never made: say how to restore."""
        try:
            backup = newest_good_backup(self.store_path)
        except (OSError, ValueError):
            backup = None
        if backup is not None:
            raise MissingStoreError(
                f"The store {self.store_path} is missing, but Briefer has a good backup of it "
                f"from {backup.label}; run `briefer restore` to bring it back.",
                backup,
            )

    def connection_count(self) -> int:
        """Open store connections (one per thread that used the store)."""
        with self._lock:
            return len(self._connections)

    def interrupt(self, thread: int) -> None:
        """Interrupt the statement running on ``thread``'s connection (callable from any
        thread: the app's quitting). The statement raises "interrupted" in that thread; a write
        interrupted in a transaction rolls the whole transaction back (SQLite does). No-op
        when the connection is idle."""
        with self._lock:
            db = self._connections.get(thread)
        if db is not None:
            db.conn.interrupt()

    def close(self) -> None:
        with self._lock:
            connections = list(self._connections.values())
            self._connections.clear()
        for db in connections:
            db.close()
        self._forget_caches()

    def _forget_caches(self) -> None:
        """Drop what was cached from the store (a restore may bring another store back)."""
