"""What the store knows about its facts for merging: current versions, lineage, provenance.

- A fact's *version* (:class:`briefer.packs.format.FactState`) is a hash of its content and
  revision, comparable between stores.
- ``fact_lineage`` holds the versions a fact's current version equals or descends from:
  versions received in packs and versions sent out in packs.
- ``fact_origin`` says which pack a fact last came from, with the revision and version
  received (the baseline of the next merge).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.packs.format import CONTENT_FIELDS, FactState, real_or_none, source_key

CHUNK = 500


@dataclass(frozen=True, slots=True)
class LocalFact:
    id: int
    state: FactState
    status: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class FactOrigin:
    """Where a fact came from: the pack that last brought it, and what it brought."""

    fact_uuid: str
    pack_id: str
    pack_creator: str
    received_revision: int
    received_version: str
    received_at: str


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def local_facts(db: Database, uuids: Sequence[str]) -> dict[str, LocalFact]:
    """The current state of each fact of ``uuids`` the store has, with its citations."""
    found: dict[str, LocalFact] = {}
    columns = ", ".join(CONTENT_FIELDS)
    for chunk in chunks(uuids):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT id, uuid, revision, updated_at, {columns} FROM fact WHERE uuid IN ({marks})",
            chunk,
        ).fetchall()
        if not rows:
            continue
        cites: dict[int, list[tuple[str, str, int, int]]] = defaultdict(list)
        ids = [row[0] for row in rows]
        id_marks = ",".join("?" * len(ids))
        for fact_id, uuid, sha, quote, start, end in db.execute(
            'SELECT c.fact_id, s.uuid, s.sha256, c.quote, c.start, c."end" FROM citation c '
            f"JOIN source s ON s.id = c.source_id WHERE c.fact_id IN ({id_marks}) "
            "ORDER BY c.fact_id, c.id",
            ids,
        ).fetchall():
            cites[fact_id].append((source_key(uuid, sha), quote, start, end))
        for row in rows:
            fact_id, uuid, revision, updated_at = row[:4]
            fields = list(row[4:])
            fields[CONTENT_FIELDS.index("value")] = real_or_none(
                fields[CONTENT_FIELDS.index("value")]
            )
            state = FactState(uuid, tuple(fields), int(revision), tuple(cites.get(fact_id, ())))
            found[uuid] = LocalFact(
                int(fact_id), state, str(fields[CONTENT_FIELDS.index("status")]), updated_at
            )
    return found


def lineage(db: Database, uuids: Sequence[str]) -> dict[str, set[str]]:
    """Known versions (own or ancestors) of each fact of ``uuids``."""
    found: dict[str, set[str]] = defaultdict(set)
    for chunk in chunks(uuids):
        marks = ",".join("?" * len(chunk))
        for uuid, version in db.execute(
            f"SELECT fact_uuid, version FROM fact_lineage WHERE fact_uuid IN ({marks})", chunk
        ).fetchall():
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
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            "SELECT fact_uuid, pack_id, pack_creator, received_revision, received_version, "
            f"received_at FROM fact_origin WHERE fact_uuid IN ({marks})",
            chunk,
        ).fetchall():
            found[row[0]] = FactOrigin(row[0], row[1], row[2], int(row[3]), row[4], row[5])
    return found


def fact_origin(db: Database, fact_uuid: str) -> FactOrigin | None:
    """The pack fact ``fact_uuid`` last came from, or None for a fact made in this store."""
    return origins(db, [fact_uuid]).get(fact_uuid)


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


__all__ = ["FactOrigin", "LocalFact", "fact_origin", "lineage", "local_facts"]
