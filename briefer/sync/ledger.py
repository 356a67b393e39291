"""The sync ledger: what this store remembers of sync between runs.

Its settings (``sync_setting``: the hub, the classified flag…), the last synced copies
(``sync_base``), the uploads in flight (``sync_pending``), what changed here since
(:func:`dirty`) and the open sync conflicts (``fact_conflict`` rows of origin ``sync``).
Applying the hub's changes to facts and sources is :mod:`briefer.sync.local`.

``sync_base`` holds, per object, the hub version and data last agreed on and the local mark
(a fact's revision, a source's ``updated_at``) at that moment. An object is *dirty* — to be
pushed — when its mark moved, when it is new here, or when it was deleted here; a mark of
``''`` forces a push (a merge left something the hub does not have yet).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from briefer.store.clock import now_iso
from briefer.sync.merge import DELETED_FIELD, Merged
from briefer.sync.payload import FACT, SOURCE, Payload, normalise, rows_in

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
    for uuid, version, deleted, data, mark in rows_in(
        db,
        "SELECT uuid, version, deleted, data, local_mark FROM sync_base "
        "WHERE entity = ? AND uuid IN ({marks})",
        uuids,
        entity,
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
    for uuid, data in rows_in(
        db,
        "SELECT uuid, data FROM sync_pending WHERE entity = ? AND uuid IN ({marks})",
        uuids,
        entity,
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


__all__ = [
    "CLASSIFIED_KEY",
    "ORIGIN_SYNC",
    "Base",
    "OpenConflict",
    "bases",
    "canonical",
    "clear_pending",
    "digest",
    "dirty",
    "get_setting",
    "is_classified",
    "open_conflicts",
    "pending",
    "record_conflict",
    "set_bases",
    "set_pending",
    "set_setting",
]
