"""What reading the store needs of a connection (:class:`Reader`), and the light one.

sqlite-utils' ``Database`` (:class:`briefer.store.database.StoreDatabase`) is a
:class:`Reader`; so is :class:`ReadConnection`, a plain ``sqlite3`` store connection with the
two calls the reading functions make. The read commands (`pairs`, `facts`, `search`) read
through it and never load sqlite-utils (~27 ms of a process that takes ~0.1 s in all);
writing, migrating and the checks keep sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

Params = Sequence[Any] | Mapping[str, Any] | None


class Reader(Protocol):
    """A store connection to read from: plain SQL, rows as tuples or as dicts."""

    @property
    def conn(self) -> sqlite3.Connection: ...

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]: ...


class ReadConnection:
    """A store connection (opened by :func:`briefer.store.connection.open_reader`) that reads
    as sqlite-utils' ``Database`` does: ``execute`` gives the cursor, ``query`` dicts."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        if parameters is None:
            return self._conn.execute(sql)
        return self._conn.execute(sql, parameters)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        keys = [column[0] for column in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def close(self) -> None:
        self._conn.close()


__all__ = ["Params", "ReadConnection", "Reader"]
