"""The use-cases of Briefer: the only API the UI and the command line call.

A ``Services`` object is bound to one store path. It keeps one SQLite connection per thread
(SQLite connections must not cross threads; the UI runs slow work in a thread pool), opened
on first use. Everything it returns is plain domain data, never a connection or a cursor.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from briefer.domain.model import Fact, Pair
from briefer.errors import StoreError
from briefer.paths import resolve_store_path
from briefer.store import facts as fact_store
from briefer.store import search as search_store
from briefer.store.check import CheckReport, check_store
from briefer.store.connection import open_store
from briefer.store.demo import load_demo_pack


@dataclass(frozen=True, slots=True)
class InitResult:
    path: Path
    sources: int
    facts: int


def init_store(path: Path, demo: bool = False) -> InitResult:
    """Create a new store at ``path`` (optionally with the demo pack); never touch an old one."""
    if path.exists():
        raise StoreError(f"A store already exists at {path}; nothing was changed.")
    db = open_store(path, create=True)
    try:
        counts = load_demo_pack(db) if demo else {"sources": 0, "facts": 0}
    except BaseException:
        db.close()
        _remove_new_store(path)
        raise
    db.close()
    return InitResult(path, counts["sources"], counts["facts"])


def _remove_new_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class Services:
    """Briefer's use-cases over the store at ``store_path`` (default: the user's store)."""

    def __init__(self, store_path: Path | str | None = None, *, demo_on_first_run: bool = True):
        self.store_path = resolve_store_path(store_path)
        self._demo_on_first_run = demo_on_first_run
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[Database] = []

    # ---- connection --------------------------------------------------------------------

    def db(self) -> Database:
        """This thread's connection; the first use creates the store (with the demo pack)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            with self._lock:
                if not self.store_path.exists():
                    init_store(self.store_path, demo=self._demo_on_first_run)
            db = open_store(self.store_path, create=False)
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    def close(self) -> None:
        with self._lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()

    # ---- reading -----------------------------------------------------------------------

    def pairs(self) -> list[Pair]:
        return fact_store.pairs(self.db())

    def facts(
        self, pair: str | None = None, topic: str | None = None, status: str | None = None
    ) -> list[Fact]:
        code = fact_store.normalise_pair_code(pair) if pair else None
        return fact_store.list_facts(self.db(), pair=code, topic=topic, status=status)

    def fact(self, fact_uuid: str) -> Fact | None:
        return fact_store.get_fact(self.db(), fact_uuid)

    def search(
        self, query: str, pair: str | None = None, limit: int = 50, sources: bool = True
    ) -> list[search_store.SearchHit]:
        code = fact_store.normalise_pair_code(pair) if pair else None
        hits = search_store.search_facts(self.db(), query, pair=code, limit=limit)
        if sources and code is None:
            hits += search_store.search_sources(self.db(), query, limit=max(5, limit // 4))
        return hits

    def check(self) -> CheckReport:
        return check_store(self.db())
