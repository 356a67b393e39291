"""Facts and sources as the plain dicts that travel between a laptop and the hub.

A payload holds an object's shared content only: not the local row id, not ``revision`` or
``updated_at`` (each store counts its own), not the folded search columns. Citations travel
as ``[source uuid, quote, start, end]``, in order; the context around a quote is taken again
from the receiving store's copy of the source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlite_utils import Database

from briefer.batches import chunks, marks
from briefer.store.facts import EDITABLE_FIELDS
from briefer.store.sources import SOURCE_EDITABLE

FACT = "fact"
SOURCE = "source"
# Fields merged one by one; the rest (pair, created_at) are an object's identity.
FACT_FIELDS: tuple[str, ...] = (*EDITABLE_FIELDS, "citations")
FACT_IDENTITY: tuple[str, ...] = ("pair", "created_at")
SOURCE_FIELDS: tuple[str, ...] = SOURCE_EDITABLE
SOURCE_IDENTITY: tuple[str, ...] = ("created_at",)
MERGED_FIELDS = {FACT: FACT_FIELDS, SOURCE: SOURCE_FIELDS}

Payload = dict[str, Any]


def rows_in(db: Database, sql: str, keys: Iterable[Any], *params: Any) -> Iterator[Any]:
    """The rows of ``sql`` for ``keys``, asked :data:`CHUNK` keys at a time.

    ``sql`` writes its ``IN`` list as ``{marks}``; ``params`` are bound before the keys.
    """
    for chunk in chunks(keys):
        # fetchall: one call per chunk; iterating the store's cursor costs a Python call
        # per row (its error translation), 15,000 rows in a laptop's pull of 3,000 facts.
        yield from db.conn.execute(
            sql.replace("{marks}", marks(chunk)), [*params, *chunk]
        ).fetchall()


def clean_value(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


def normalise(entity: str, data: Payload) -> Payload:
    """The same payload whichever way it came (JSON from the hub, rows from SQLite)."""
    out = dict(data)
    if entity == FACT:
        out["value"] = clean_value(out.get("value"))
        out["citations"] = [
            [str(c[0]), str(c[1]), int(c[2]), int(c[3])] for c in out.get("citations", [])
        ]
    return out


_FACT_SELECT = ", ".join(("uuid", "revision", *FACT_IDENTITY, *EDITABLE_FIELDS))


def fact_payloads(db: Database, uuids: Sequence[str]) -> dict[str, tuple[Payload, int]]:
    """Payload and local revision of each fact of ``uuids`` the store has."""
    found: dict[str, tuple[Payload, int]] = {}
    names = _FACT_SELECT.split(", ")
    # A chunk at a time: its raw rows and citations are dropped once its payloads are built.
    for chunk in chunks(uuids):
        rows = list(
            rows_in(db, f"SELECT id, {_FACT_SELECT} FROM fact WHERE uuid IN ({{marks}})", chunk)
        )
        cites: dict[int, list[list[Any]]] = defaultdict(list)
        for fact_id, source_uuid, quote, begin, end in rows_in(
            db,
            'SELECT c.fact_id, s.uuid, c.quote, c.start, c."end" FROM citation c '
            "JOIN source s ON s.id = c.source_id WHERE c.fact_id IN ({marks}) "
            "ORDER BY c.fact_id, c.id",
            [row[0] for row in rows],
        ):
            cites[fact_id].append([source_uuid, quote, begin, end])
        for row in rows:
            record = dict(zip(names, row[1:], strict=True))
            uuid, revision = record.pop("uuid"), record.pop("revision")
            record["citations"] = cites.get(row[0], [])
            found[uuid] = (normalise(FACT, record), int(revision))
    return found


_SOURCE_SELECT = ", ".join(("uuid", "updated_at", *SOURCE_IDENTITY, *SOURCE_FIELDS))


def source_payloads(db: Database, uuids: Sequence[str]) -> dict[str, tuple[Payload, str]]:
    """Payload and ``updated_at`` of each source of ``uuids`` the store has."""
    found: dict[str, tuple[Payload, str]] = {}
    names = _SOURCE_SELECT.split(", ")
    for row in rows_in(db, f"SELECT {_SOURCE_SELECT} FROM source WHERE uuid IN ({{marks}})", uuids):
        record = dict(zip(names, row, strict=True))
        uuid, stamp = record.pop("uuid"), record.pop("updated_at")
        found[uuid] = (record, str(stamp))
    return found


def payloads(db: Database, entity: str, uuids: Sequence[str]) -> dict[str, tuple[Payload, str]]:
    """Payload and local mark (a fact's revision, a source's updated_at) by uuid."""
    if entity == FACT:
        return {u: (p, str(rev)) for u, (p, rev) in fact_payloads(db, uuids).items()}
    return source_payloads(db, uuids)


def statement(data: Payload | None) -> str:
    if not data:
        return ""
    return str(data.get("statement_vi") or data.get("title") or "")
