"""The sqlite-utils ``Database`` every store connection is wrapped in (``StoreDatabase``)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from sqlite_utils import Database

# One name for every savepoint: SQLite nests savepoints of the same name (RELEASE and
# ROLLBACK TO take the innermost), and one statement text stays in the statement cache,
# where sqlite-utils' random name per savepoint had SQLite compile two statements for each
# nested ``atomic`` (an import made ~24 per article: ~0.9 ms of its ~3 ms of writes).
_SAVEPOINT = "briefer_atomic"


class StoreDatabase(Database):
    """sqlite-utils' ``Database`` as Briefer uses it: no sqlite-utils plugins, and scripts
    split in one pass.

    Plugins installed beside Briefer could add SQL functions to a store connection (as
    ``trusted_schema`` off keeps stores from running ours), and looking for them read every
    installed package's entry points: ~45 ms of every process. sqlite-utils splits a script
    run inside a transaction by re-joining it after every character, which made building
    the migrations' schema in memory (done by each process that opens a store) cost ~40 ms.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn, execute_plugins=False)
        self.whole = False  # see without_savepoints

    @contextlib.contextmanager
    def without_savepoints(self) -> Iterator[None]:
        """Inside a transaction that is rolled back whole on any error: nested ``atomic``
        blocks open no savepoint, as there is nothing smaller to undo. A savepoint makes
        SQLite copy each page it changes first to a statement journal: a bulk import written
        through ~400 writer calls spent ~0.5 s of CPU in them (100,000 facts)."""
        if not self.conn.in_transaction:
            raise RuntimeError("without_savepoints needs an open transaction")
        self.whole = True
        try:
            yield
        finally:
            self.whole = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """sqlite-utils' ``atomic`` (a transaction, or a savepoint inside one), savepoints
        named alike."""
        if not self.conn.in_transaction:
            with super().atomic() as db:
                yield db
            return
        if self.whole:  # the caller's transaction is the unit (without_savepoints)
            yield self
            return
        self.conn.execute(f"SAVEPOINT {_SAVEPOINT}")
        try:
            yield self
        except BaseException:
            # An error can end the whole transaction, savepoints included (then there is
            # nothing to undo here, and the original error must not be masked).
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
                self.conn.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")

    def _executescript(self, sql: str) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            return self.conn.executescript(sql)
        cursor = self.conn.cursor()  # statement by statement: executescript would commit
        for statement in script_statements(sql):
            cursor.execute(statement)
        return cursor


def without_savepoints(db: Database) -> contextlib.AbstractContextManager[None]:
    """:meth:`StoreDatabase.without_savepoints` for ``db`` (any other Database: as it is)."""
    if isinstance(db, StoreDatabase):
        return db.without_savepoints()
    return contextlib.nullcontext()


def script_statements(sql: str) -> list[str]:
    """The statements of an SQL script, each ending at a semicolon that completes it."""
    statements, start, end = [], 0, sql.find(";")
    while end != -1:
        if sqlite3.complete_statement(sql[start : end + 1]):
            statements.append(sql[start : end + 1].strip())
            start = end + 1
        end = sql.find(";", end + 1)
    if sql[start:].strip():
        statements.append(sql[start:].strip())
    return statements
