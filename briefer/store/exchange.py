"""The store's side of fact packs: what a merge plan and an export read, and what they record.

``briefer.packs`` decides (reads and checks pack files, plans merges); the rows it needs from
the store and the rows it keeps here — versions seen (``fact_lineage``), where a fact came
from (``fact_origin``), pack conflicts (``fact_conflict`` with origin ``pack``), imports
(``pack_import``) — go through these functions. Facts and sources themselves are written by
:mod:`briefer.store.writer` and :mod:`briefer.store.sources`.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.batches import chunks, marks

IMPORT_CACHE_KIB = -65536  # 64 MB of page cache while a pack is written in
# The search indexes (FTS5) keep new rows' terms in memory up to their ``hashsize`` and then
# write them out as a segment, which later merges fold together: with the default 1 MB a
# 100,000-fact import wrote ~100 small segments and merged them again (~0.3 s of CPU more).
FTS_HASH_BYTES = 1024 * 1024  # FTS5's default, set back when the import's rows are in
IMPORT_FTS_HASH_BYTES = 8 * 1024 * 1024
_SEARCH_TABLES = ("fact_fts", "source_fts")


def _search_buffer(conn: Any, size: int) -> None:
    for table in _SEARCH_TABLES:  # fixed names: nothing from outside reaches this SQL
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", (size,))


@contextlib.contextmanager
def read_snapshot(db: Database) -> Iterator[None]:
    """One read transaction (unless the caller already holds one): a consistent export."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")


@contextlib.contextmanager
def import_transaction(db: Database, write: bool) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT for an import (the plan made under the write lock is what
    gets applied); BEGIN … ROLLBACK for a dry run."""
    conn = db.conn
    if conn.in_transaction:  # inside the caller's transaction: a savepoint
        with db.atomic():
            yield
        return
    # A bulk import touches many pages of the fact, citation and search indexes: with the
    # default 2 MB page cache they spill to the WAL mid-transaction and are read back.
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    if write:
        conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            if write:
                _search_buffer(conn, IMPORT_FTS_HASH_BYTES)
            yield
            if write:
                _search_buffer(conn, FTS_HASH_BYTES)
        except BaseException:
            conn.execute("ROLLBACK")  # the settings too: they are rows of the transaction
            raise
        conn.execute("COMMIT" if write else "ROLLBACK")
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")


# ---- facts and sources as a pack sees them ---------------------------------------------------


def facts_by_uuid(
    db: Database, uuids: Sequence[str], columns: Sequence[str]
) -> list[tuple[Any, ...]]:
    """(id, *columns) of each fact of ``uuids`` the store has."""
    names = ", ".join(f'"{c}"' for c in columns)
    rows: list[tuple[Any, ...]] = []
    for chunk in chunks(uuids):
        rows += db.conn.execute(
            f"SELECT id, {names} FROM fact WHERE uuid IN ({marks(chunk)})", chunk
        ).fetchall()
    return rows


def citations_with_sources(
    db: Database, fact_ids: Sequence[int]
) -> dict[int, list[tuple[Any, ...]]]:
    """By fact id, in order: (source id, source uuid, source sha256, quote, start, end,
    prefix, suffix) of each citation."""
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for chunk in chunks(fact_ids):
        for row in db.conn.execute(
            'SELECT c.fact_id, c.source_id, s.uuid, s.sha256, c.quote, c.start, c."end", '
            "c.prefix, c.suffix FROM citation c JOIN source s ON s.id = c.source_id "
            f"WHERE c.fact_id IN ({marks(chunk)}) ORDER BY c.fact_id, c.id",
            chunk,
        ):
            found[row[0]].append(row[1:])
    return found


def sources_by_uuid(db: Database, uuids: Sequence[str]) -> list[tuple[int, str, str]]:
    """(id, uuid, body) of each source of ``uuids`` the store has."""
    rows: list[tuple[int, str, str]] = []
    for chunk in chunks(uuids):
        rows += db.conn.execute(
            f"SELECT id, uuid, body FROM source WHERE uuid IN ({marks(chunk)})", chunk
        ).fetchall()
    return rows


def sources_by_sha256(db: Database, digests: Sequence[str]) -> dict[str, list[tuple[int, str]]]:
    """By sha256 of the original file: (id, body) of each source with it, oldest first."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for chunk in chunks(sorted(set(digests))):
        for source_id, sha, body in db.conn.execute(
            f"SELECT id, sha256, body FROM source WHERE sha256 IN ({marks(chunk)}) ORDER BY id",
            chunk,
        ):
            found[sha].append((source_id, body))
    return found


def export_filter(
    statuses: Sequence[str], pairs: Sequence[str], since: str
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) choosing the facts a pack carries."""
    where = [f"status IN ({marks(statuses)})"]
    params: list[Any] = list(statuses)
    if pairs:
        where.append(f"pair IN ({marks(pairs)})")
        params.extend(pairs)
    if since:
        where.append("updated_at >= ?")
        params.append(since)
    return " AND ".join(where), params


def any_fact(db: Database, chosen: tuple[str, list[Any]]) -> bool:
    clause, params = chosen
    return bool(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM fact WHERE {clause})", params).fetchone()[0]
    )


def fact_batches(
    db: Database, chosen: tuple[str, list[Any]], columns: Sequence[str], size: int = 2000
) -> Iterator[list[tuple[Any, ...]]]:
    """(id, *columns) of the chosen facts by uuid, ``size`` at a time."""
    clause, params = chosen
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = db.conn.execute(f"SELECT id, {names} FROM fact WHERE {clause} ORDER BY uuid", params)
    while batch := cursor.fetchmany(size):
        yield batch


def countries_of(db: Database, codes: Sequence[str]) -> list[tuple[str, str, str]]:
    wanted = sorted(codes)
    return db.execute(
        f"SELECT code, name_vi, name_en FROM country WHERE code IN ({marks(wanted)}) ORDER BY code",
        wanted,
    ).fetchall()


def source_rows(
    db: Database, source_ids: Sequence[int], columns: Sequence[str]
) -> Iterator[list[tuple[Any, ...]]]:
    """The ``columns`` of each source of ``source_ids``, a chunk at a time."""
    names = ", ".join(f'"{c}"' for c in columns)
    for chunk in chunks(sorted(source_ids)):
        yield db.execute(
            f"SELECT {names} FROM source WHERE id IN ({marks(chunk)})", chunk
        ).fetchall()


# ---- versions seen and where facts came from ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class FactOrigin:
    """Where a fact came from: the pack that last brought it, and what it brought."""

    fact_uuid: str
    pack_id: str
    pack_creator: str
    received_revision: int
    received_version: str
    received_at: str


def lineage(db: Database, uuids: Sequence[str]) -> dict[str, set[str]]:
    """Known versions (own or ancestors) of each fact of ``uuids``."""
    found: dict[str, set[str]] = defaultdict(set)
    for chunk in chunks(uuids):
        for uuid, version in db.conn.execute(
            f"SELECT fact_uuid, version FROM fact_lineage WHERE fact_uuid IN ({marks(chunk)})",
            chunk,
        ):
            found[uuid].add(version)
    return found


def add_lineage(db: Database, rows: Iterable[tuple[str, str]]) -> None:
    """Record (fact_uuid, version) pairs; call inside the caller's transaction."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO fact_lineage (fact_uuid, version) VALUES (?, ?)", rows
    )


def origins(db: Database, uuids: Sequence[str]) -> dict[str, FactOrigin]:
    found: dict[str, FactOrigin] = {}
    for chunk in chunks(uuids):
        for row in db.conn.execute(
            "SELECT fact_uuid, pack_id, pack_creator, received_revision, received_version, "
            f"received_at FROM fact_origin WHERE fact_uuid IN ({marks(chunk)})",
            chunk,
        ):
            found[row[0]] = FactOrigin(row[0], row[1], row[2], int(row[3]), row[4], row[5])
    return found


def set_origins(db: Database, rows: Iterable[tuple[str, str, str, int, str, str]]) -> None:
    """Upsert (fact_uuid, pack_id, creator, revision, version, received_at) rows."""
    db.conn.executemany(
        "INSERT INTO fact_origin (fact_uuid, pack_id, pack_creator, received_revision, "
        "received_version, received_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (fact_uuid) DO UPDATE SET pack_id = excluded.pack_id, "
        "pack_creator = excluded.pack_creator, received_revision = excluded.received_revision, "
        "received_version = excluded.received_version, received_at = excluded.received_at",
        rows,
    )


# ---- pack conflicts and imports --------------------------------------------------------------

CONFLICT_COLUMNS = (
    "id, fact_uuid, pack_id, pack_creator, reason, local_revision, incoming_revision, "
    "incoming_version, incoming, detected_at, resolved_at, resolution"
)


def open_pack_conflicts(db: Database, uuids: Sequence[str]) -> set[tuple[str, str]]:
    """(fact uuid, incoming version) of each open conflict of a fact of ``uuids``."""
    found: set[tuple[str, str]] = set()
    for chunk in chunks(uuids):
        found.update(
            db.conn.execute(
                "SELECT fact_uuid, incoming_version FROM fact_conflict "
                f"WHERE resolved_at = '' AND fact_uuid IN ({marks(chunk)})",
                chunk,
            ).fetchall()
        )
    return found


def pack_conflicts(
    db: Database,
    fact_uuid: str | None = None,
    include_resolved: bool = False,
    id: int | None = None,
) -> list[tuple[Any, ...]]:
    """Rows (CONFLICT_COLUMNS) of conflicts from packs; sync's share the table."""
    where = ["origin = 'pack'"]
    params: list[Any] = []
    if fact_uuid:
        where.append("fact_uuid = ?")
        params.append(fact_uuid)
    if id is not None:
        where.append("id = ?")
        params.append(id)
    if not include_resolved and id is None:
        where.append("resolved_at = ''")
    return db.execute(
        f"SELECT {CONFLICT_COLUMNS} FROM fact_conflict WHERE {' AND '.join(where)} ORDER BY id",
        params,
    ).fetchall()


def add_pack_conflict(db: Database, row: dict[str, Any]) -> None:
    """Keep a pack's version of a fact beside the store's: ``row`` names fact_conflict's
    columns (fact_uuid, pack_id, pack_creator, reason, local_revision, local_version,
    incoming_revision, incoming_version, incoming, detected_at)."""
    names = ", ".join(row)
    db.execute(
        f"INSERT INTO fact_conflict ({names}) VALUES ({marks(list(row))})", list(row.values())
    )


def settle_conflict(db: Database, conflict_id: int, resolution: str, by: str, at: str) -> None:
    db.execute(
        "UPDATE fact_conflict SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?",
        [at, resolution, by, conflict_id],
    )


def record_pack_import(
    db: Database,
    pack_id: str,
    creator: str,
    created_at: str,
    content_sha256: str,
    imported_at: str,
    actor: str,
    counts: dict[str, int],
) -> None:
    db.execute(
        "INSERT INTO pack_import (pack_id, creator, created_at, content_sha256, imported_at, "
        "actor, counts) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [pack_id, creator, created_at, content_sha256, imported_at, actor,
         json.dumps(counts, sort_keys=True)],
    )  # fmt: skip
