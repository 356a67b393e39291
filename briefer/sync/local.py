"""The laptop's side of sync: its settings, the last synced copies, and applying hub changes.

Every write to facts and sources goes through the store's writers (``store.facts``,
``store.sources``), which keep the folded search columns, the FTS index and the audit trail
in step. This module decides *what* to write; it never writes a fact row itself.

``sync_base`` holds, per object, the hub version and data last agreed on and the local mark
(a fact's revision, a source's ``updated_at``) at that moment. An object is *dirty* — to be
pushed — when its mark moved, when it is new here, or when it was deleted here; a mark of
``''`` forces a push (a merge left something the hub does not have yet).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from briefer.domain.model import Fact, Source
from briefer.errors import InputError
from briefer.store import facts as fact_store
from briefer.store import sources as source_store
from briefer.store.clock import now_iso
from briefer.sync.merge import DELETED_FIELD, Merged, merge
from briefer.sync.payload import (
    CHUNK,
    FACT,
    MERGED_FIELDS,
    SOURCE,
    Payload,
    normalise,
    payloads,
)

ORIGIN_SYNC = "sync"
CLASSIFIED_KEY = "classified"


# ---- settings ------------------------------------------------------------------------------


def get_setting(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM sync_setting WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO sync_setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def is_classified(db: Database) -> bool:
    return get_setting(db, CLASSIFIED_KEY) == "1"


# ---- last synced copies --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Base:
    version: int
    deleted: bool
    data: Payload | None  # None when deleted
    mark: str


def bases(db: Database, entity: str, uuids: Sequence[str]) -> dict[str, Base]:
    found: dict[str, Base] = {}
    for start in range(0, len(uuids), CHUNK):
        chunk = list(uuids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        for uuid, version, deleted, data, mark in db.conn.execute(
            "SELECT uuid, version, deleted, data, local_mark FROM sync_base "
            f"WHERE entity = ? AND uuid IN ({marks})",
            [entity, *chunk],
        ):
            found[uuid] = Base(
                int(version),
                bool(deleted),
                None if deleted else normalise(entity, json.loads(data)),
                str(mark),
            )
    return found


def set_bases(
    db: Database, entity: str, rows: Iterable[tuple[str, int, Payload | str | None, str]]
) -> None:
    """Record (uuid, version, data or None for a tombstone, local mark) as last synced.

    ``data`` may be given as JSON text already (as the hub sent it): it is read back parsed.
    """
    db.conn.executemany(
        "INSERT INTO sync_base (entity, uuid, version, deleted, data, local_mark) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, uuid) DO UPDATE SET "
        "version = excluded.version, deleted = excluded.deleted, data = excluded.data, "
        "local_mark = excluded.local_mark",
        [
            (
                entity,
                uuid,
                version,
                int(data is None),
                data if isinstance(data, str) else canonical(data or {}),
                mark,
            )
            for uuid, version, data, mark in rows
        ],
    )


def set_pending(db: Database, entity: str, rows: Iterable[tuple[str, Payload | None]]) -> None:
    """Note what a push is about to send (None: a tombstone), before the hub sees it."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO sync_pending (entity, uuid, data) VALUES (?, ?, ?)",
        [(entity, uuid, canonical({"data": data})) for uuid, data in rows],
    )


def pending(db: Database, entity: str, uuids: Sequence[str]) -> dict[str, Payload | None]:
    found: dict[str, Payload | None] = {}
    for start in range(0, len(uuids), CHUNK):
        chunk = list(uuids[start : start + CHUNK])
        for uuid, data in db.conn.execute(
            f"SELECT uuid, data FROM sync_pending WHERE entity = ? AND uuid IN "
            f"({','.join('?' * len(chunk))})",
            [entity, *chunk],
        ):
            sent = json.loads(data)["data"]
            found[uuid] = None if sent is None else normalise(entity, sent)
    return found


def clear_pending(db: Database, entity: str, uuids: Sequence[str]) -> None:
    db.conn.executemany(
        "DELETE FROM sync_pending WHERE entity = ? AND uuid = ?", [(entity, u) for u in uuids]
    )


def canonical(data: Payload) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(data: Payload | None) -> str:
    return hashlib.sha256(canonical(data or {}).encode()).hexdigest()


_DIRTY = {
    FACT: (
        "SELECT f.uuid FROM fact f LEFT JOIN sync_base b ON b.entity = 'fact' AND b.uuid = f.uuid "
        "WHERE b.uuid IS NULL OR b.local_mark <> CAST(f.revision AS TEXT) "
        "UNION ALL SELECT b.uuid FROM sync_base b WHERE b.entity = 'fact' AND b.deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM fact f WHERE f.uuid = b.uuid)"
    ),
    SOURCE: (
        "SELECT s.uuid FROM source s LEFT JOIN sync_base b "
        "ON b.entity = 'source' AND b.uuid = s.uuid "
        "WHERE b.uuid IS NULL OR b.local_mark <> s.updated_at "
        "UNION ALL SELECT b.uuid FROM sync_base b WHERE b.entity = 'source' AND b.deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM source s WHERE s.uuid = b.uuid)"
    ),
}


def dirty(db: Database, entity: str) -> list[str]:
    """Objects changed here since they were last synced, except those held by a conflict."""
    held = set(open_conflicts(db, entity))
    return [row[0] for row in db.conn.execute(_DIRTY[entity]) if row[0] not in held]


# ---- conflicts -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenConflict:
    id: int
    fields: tuple[str, ...]


def open_conflicts(
    db: Database, entity: str, uuids: Sequence[str] | None = None
) -> dict[str, OpenConflict]:
    query = (
        "SELECT fact_uuid, id, fields FROM fact_conflict "
        "WHERE origin = 'sync' AND entity = ? AND resolved_at = ''"
    )
    rows = db.conn.execute(query, [entity]).fetchall()
    wanted = set(uuids) if uuids is not None else None
    return {
        uuid: OpenConflict(int(cid), tuple(json.loads(fields)))
        for uuid, cid, fields in rows
        if wanted is None or uuid in wanted
    }


def record_conflict(
    db: Database,
    entity: str,
    uuid: str,
    merged: Merged,
    local: Payload | None,
    remote: Payload | None,
    version: int,
    hub: str,
    by: str,
    local_mark: str,
    existing: OpenConflict | None,
) -> None:
    """Keep the hub's version beside the local one (a new row, or the open one updated)."""
    fields = sorted(set(merged.conflicts) | set(existing.fields if existing else ()))
    kept = merged.data
    # Fields that agree again with the hub's version are no longer in conflict.
    still = [
        f
        for f in fields
        if (f == DELETED_FIELD and (kept is None) != (remote is None))
        or (
            f != DELETED_FIELD
            and kept is not None
            and remote is not None
            and kept.get(f) != remote.get(f)
        )
    ]
    incoming = canonical({"deleted": remote is None, "data": remote or {}})
    local_json = canonical({"deleted": local is None, "data": local or {}})
    stamp = now_iso()
    if existing is not None:
        if not still:
            db.execute(
                "UPDATE fact_conflict SET resolved_at = ?, resolution = 'converged', "
                "resolved_by = ? WHERE id = ?",
                [stamp, by, existing.id],
            )
            return
        db.execute(
            "UPDATE fact_conflict SET incoming = ?, incoming_revision = ?, incoming_version = ?, "
            "fields = ?, pack_creator = ?, detected_at = ?, local = ? WHERE id = ?",
            [
                incoming,
                version,
                str(version),
                json.dumps(still),
                by,
                stamp,
                local_json,
                existing.id,
            ],
        )
        return
    if not still:
        return
    revision = int(local_mark) if entity == FACT and local_mark.isdigit() else 0
    db.execute(
        "INSERT INTO fact_conflict (fact_uuid, pack_id, pack_creator, reason, local_revision, "
        "local_version, incoming_revision, incoming_version, incoming, detected_at, origin, "
        "entity, fields, local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sync', ?, ?, ?)",
        [
            uuid,
            hub,
            by,
            merged.reason,
            revision,
            digest(local),
            version,
            str(version),
            incoming,
            stamp,
            entity,
            json.dumps(still),
            local_json,
        ],
    )


# ---- applying the hub's changes ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Incoming:
    """One object as the hub holds it now."""

    entity: str
    uuid: str
    version: int
    data: Payload | None  # None: a tombstone
    by: str
    text: str = ""  # the data as the hub sent it (JSON), kept as the last synced copy


@dataclass
class Applied:
    changed: int = 0  # objects that differed from the local copy (applied or conflicting)
    conflicts: int = 0  # new or updated conflicts
    seen: list[str] = field(default_factory=list)


FetchSources = Callable[[Sequence[str]], list[Incoming]]


def apply_incoming(
    db: Database, rows: Sequence[Incoming], hub: str, fetch_sources: FetchSources
) -> Applied:
    """Merge the hub's ``rows`` into the store; call inside one transaction.

    Sources first (facts cite them); a fact citing a source this store lacks has that source
    fetched from the hub first. An object already at the row's version is skipped, so a
    chunk applied twice changes nothing the second time.
    """
    result = Applied()
    sources = [r for r in rows if r.entity == SOURCE]
    facts = [r for r in rows if r.entity == FACT]
    have = _existing_source_uuids(db, {c[0] for r in facts if r.data for c in r.data["citations"]})
    wanted = sorted(
        {c[0] for r in facts if r.data for c in r.data["citations"]}
        - have
        - {r.uuid for r in sources if r.data}
    )
    if wanted:
        sources += fetch_sources(wanted)
    _apply(db, SOURCE, sources, hub, result)
    _apply(db, FACT, facts, hub, result)
    return result


def _existing_source_uuids(db: Database, uuids: set[str]) -> set[str]:
    found: set[str] = set()
    wanted = sorted(uuids)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(
            row[0]
            for row in db.conn.execute(
                f"SELECT uuid FROM source WHERE uuid IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    return found


def _apply(db: Database, entity: str, rows: Sequence[Incoming], hub: str, result: Applied) -> None:
    if not rows:
        return
    fields = MERGED_FIELDS[entity]
    uuids = [r.uuid for r in rows]
    known = bases(db, entity, uuids)
    here = payloads(db, entity, uuids)
    held = open_conflicts(db, entity, uuids)
    sent = pending(db, entity, uuids)
    inserts: list[tuple[Incoming, Payload]] = []
    updates: list[tuple[str, Payload, Payload]] = []  # uuid, local, new
    new_bases: list[tuple[str, int, Payload | None, str]] = []
    settled: list[tuple[str, int, Payload | str | None]] = []  # base, once the mark is known
    for row in rows:
        base = known.get(row.uuid)
        if base is not None and base.version >= row.version:
            continue
        local, mark = here.get(row.uuid, (None, ""))
        remote = None if row.data is None else normalise(entity, row.data)
        agreed = base.data if base else None
        if row.uuid in sent and sent[row.uuid] == remote:
            agreed = remote  # our own upload, committed by the hub before we could record it
        merged = merge(fields, agreed, local, remote)
        existing = held.get(row.uuid)
        if remote != local:
            result.changed += 1  # something new from the hub (applied or in conflict)
        if merged.data != local:
            if local is None and merged.data is not None:
                inserts.append((row, merged.data))
            elif entity == FACT and local is not None and merged.data is not None:
                updates.append((row.uuid, local, merged.data))
            else:
                _write(db, entity, row.uuid, local, merged.data, row.by)
        if merged.conflicted or existing is not None:
            record_conflict(
                db, entity, row.uuid, merged, local, remote, row.version, hub, row.by, mark,
                existing,
            )  # fmt: skip
            result.conflicts += 1
            new_bases.append((row.uuid, row.version, remote, ""))
        elif merged.data == remote:
            settled.append((row.uuid, row.version, row.text or remote))
        else:
            new_bases.append((row.uuid, row.version, remote, ""))  # ours to push
    if inserts:
        _insert(db, entity, inserts)
    if updates:
        ids = _source_ids(db, (c[0] for _u, _l, d in updates for c in d["citations"]))
        fact_store.update_facts(
            db,
            [
                (
                    uuid,
                    data,
                    None
                    if data["citations"] == local["citations"]
                    else citation_rows(db, data["citations"], ids),
                )
                for uuid, local, data in updates
            ],
            actor="hub",
        )
    clear_pending(db, entity, list(sent))
    set_bases(db, entity, new_bases)
    marks = _marks(db, entity, [uuid for uuid, _v, _d in settled])
    set_bases(db, entity, [(u, v, d, marks.get(u, "")) for u, v, d in settled])
    result.seen.extend(uuids)


def _marks(db: Database, entity: str, uuids: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    table, column = ("fact", "revision") if entity == FACT else ("source", "updated_at")
    for start in range(0, len(uuids), CHUNK):
        chunk = list(uuids[start : start + CHUNK])
        found.update(
            (uuid, str(mark))
            for uuid, mark in db.conn.execute(
                f"SELECT uuid, {column} FROM {table} WHERE uuid IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return found


def _source_ids(db: Database, uuids: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(
            (uuid, int(sid))
            for uuid, sid in db.conn.execute(
                f"SELECT uuid, id FROM source WHERE uuid IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    return found


def citation_rows(
    db: Database, cites: Sequence[Sequence[Any]], ids: dict[str, int] | None = None
) -> list[tuple[int, str, int | None]]:
    ids = ids if ids is not None else _source_ids(db, (c[0] for c in cites))
    out: list[tuple[int, str, int | None]] = []
    for source_uuid, quote, start, _end in cites:
        if source_uuid not in ids:
            raise InputError(f"The source {source_uuid} of a synced fact is not in this store.")
        out.append((ids[source_uuid], str(quote), int(start)))
    return out


def _actor(by: str) -> str:
    return f"{by} (via hub)" if by else "hub"


def _insert(db: Database, entity: str, rows: Sequence[tuple[Incoming, Payload]]) -> None:
    if entity == SOURCE:
        source_store.insert_sources(
            db,
            [
                Source(id=None, uuid=row.uuid, **{k: data[k] for k in MERGED_FIELDS[SOURCE]})
                for row, data in rows
            ],
            actor="hub",
        )
        return
    ids = _source_ids(db, (c[0] for _r, d in rows for c in d["citations"]))
    items = [
        (fact_from_payload(row.uuid, data), citation_rows(db, data["citations"], ids))
        for row, data in rows
    ]
    fact_store.insert_facts(db, items, actor="hub", action="sync")


def fact_from_payload(uuid: str, data: Payload) -> Fact:
    return Fact(
        id=None,
        uuid=uuid,
        pair=data["pair"],
        created_at=data.get("created_at", ""),
        **{k: data[k] for k in fact_store.EDITABLE_FIELDS},
    )


def _write(
    db: Database, entity: str, uuid: str, local: Payload | None, data: Payload | None, by: str
) -> None:
    """Bring the local object from ``local`` to ``data`` through the store's writers."""
    actor = _actor(by)
    if entity == SOURCE:
        if data is None:
            return  # sources are never deleted by sync: facts may still cite them
        assert local is not None
        changes = {k: data[k] for k in MERGED_FIELDS[SOURCE] if data.get(k) != local.get(k)}
        source_id = source_store.source_ids(db, [uuid])[uuid]  # here: ``local`` is its copy
        source_store.update_source(db, source_id, changes, actor, source_store.SOURCE_EDITABLE)
        return
    if data is None:
        fact_store.delete_fact(db, uuid, actor=actor)
        return
    current = fact_store.get_fact(db, uuid)
    assert current is not None
    changes = {k: data[k] for k in fact_store.EDITABLE_FIELDS if data.get(k) != getattr(current, k)}
    if changes:
        fact_store.update_fact(db, replace(current, **changes), actor=actor)
    if local is None or data["citations"] != local["citations"]:
        fact_store.set_citations(db, uuid, citation_rows(db, data["citations"]), actor=actor)


def write_local(db: Database, entity: str, uuid: str, data: Payload | None, actor: str) -> None:
    """Set an object here to ``data`` (None: delete it), inserting it if it is missing."""
    local = payloads(db, entity, [uuid]).get(uuid, (None, ""))[0]
    if data == local:
        return
    if local is None and data is not None:
        _insert(db, entity, [(Incoming(entity, uuid, 0, data, actor), data)])
    else:
        _write(db, entity, uuid, local, data, actor)


__all__ = [
    "Applied",
    "Base",
    "Incoming",
    "apply_incoming",
    "bases",
    "dirty",
    "get_setting",
    "is_classified",
    "set_setting",
]
