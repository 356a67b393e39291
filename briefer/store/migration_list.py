"""The store's migrations as a list, and the runner that applies them and stamps the schema.

Naming the migrations costs nothing: the list is plain Python, so every process that opens a
store can see which migrations it knows without loading sqlite-utils (~27 ms of a read
command). Applying them loads sqlite-utils' ``Migrations`` (the same table, the same
bookkeeping) only when a store is created or upgraded.

After applying, the runner records the *schema stamp* (:func:`schema_stamp`: the applied
migrations and the triggers, views and virtual tables they left, hashed) in the store's
``schema_stamp`` table. Opening a store compares it with the stamp of what the store holds
now (one look at ``sqlite_master``): equal means no other program added an object since the
runner last ran, so the check need not build Briefer's own schema in memory to compare. The
stamp catches another program's additions, not a forger: a program that rewrote the stamp
as well could write the facts too, and ``trusted_schema`` stays off either way.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database

# sqlite-utils' bookkeeping table (``Migrations.migrations_table``; a test checks they agree).
MIGRATIONS_TABLE = "_sqlite_migrations"
STAMP_TABLE = "schema_stamp"

_Step = TypeVar("_Step", bound=Callable[..., None])


class MigrationList:
    """Named migrations in the order they apply; ``@migrations(name=...)`` adds one."""

    migrations_table = MIGRATIONS_TABLE

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str, Callable[[Database], None]]] = []

    def __call__(self, *, name: str) -> Callable[[_Step], _Step]:
        def register(step: _Step) -> _Step:
            if name in self.names():
                raise ValueError(f"Migration '{name}' is already in the list '{self.name}'.")
            self._steps.append((name, step))
            return step

        return register

    def names(self) -> list[str]:
        return [name for name, _step in self._steps]

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending migrations (each in one transaction with its bookkeeping row),
        then record the schema stamp if it changed."""
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.name)
        for name, step in self._steps:
            runner(name=name)(step)
        runner.apply(db, stop_before=stop_before)
        record_stamp(db.conn, self.name)


def applied_names(conn: sqlite3.Connection, migration_set: str) -> list[str]:
    """Names of the migrations of ``migration_set`` applied to the store, in applied order."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if found is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [migration_set],
    ).fetchall()
    return [str(row[0]) for row in rows]


def schema_objects(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """Triggers, views and virtual tables: (type, name, SQL with spaces squeezed)."""
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master "
        "WHERE type IN ('trigger', 'view') OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL%')"
    ).fetchall()
    return {(str(t), str(n), " ".join(str(s).split())) for t, n, s in rows}


def schema_stamp(conn: sqlite3.Connection, migration_set: str) -> str:
    """A hash of ``user_version``, the applied migrations and the objects (triggers, views,
    virtual tables) through which another program could make a store run its SQL."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    parts = [
        f"user_version {version}",
        *applied_names(conn, migration_set),
        *map(repr, sorted(schema_objects(conn))),
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def stored_stamp(conn: sqlite3.Connection) -> str | None:
    """The stamp the runner recorded (None for a store from before stamps, or none yet)."""
    try:
        row = conn.execute(f"SELECT stamp FROM {STAMP_TABLE} WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # no such table: the migration that makes it is pending
        return None
    return str(row[0]) if row else None


def record_stamp(conn: sqlite3.Connection, migration_set: str) -> None:
    """Record the schema stamp, writing only when it changed (opening must not write)."""
    if not _has_stamp_table(conn):
        return  # stopped before the migration that makes the table (tests of old stores)
    stamp = schema_stamp(conn, migration_set)
    if stored_stamp(conn) != stamp:
        with conn:
            conn.execute(
                f"INSERT INTO {STAMP_TABLE} (id, stamp) VALUES (1, ?) "
                "ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp",
                [stamp],
            )


def _has_stamp_table(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [STAMP_TABLE]
    ).fetchone()
    return found is not None


__all__ = [
    "MIGRATIONS_TABLE",
    "STAMP_TABLE",
    "MigrationList",
    "applied_names",
    "record_stamp",
    "schema_objects",
    "schema_stamp",
    "stored_stamp",
]
