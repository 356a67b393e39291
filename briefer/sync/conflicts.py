"""One list of conflicts — from sync and from fact packs — and settling them.

Both kinds live in ``fact_conflict`` (``origin`` says which). A pack conflict is settled by
:mod:`briefer.sync.pack_conflicts`; a sync conflict here:

- **local**: the local version stands; it is pushed at the next sync, based on the hub's
  version that was in conflict (so the hub takes it as a plain update);
- **incoming**: the conflicting fields take the hub's values (local changes to other fields
  stay and are pushed);
- **both**: the hub's version keeps the fact's identity, and the local version becomes a
  new fact beside it (same pair, same citations) — two figures an editor can rank.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.errors import InputError
from briefer.store import audit
from briefer.store import facts as fact_store
from briefer.store.clock import new_uuid, now_iso
from briefer.sync.ledger import ORIGIN_SYNC, canonical
from briefer.sync.local import citation_rows, fact_from_payload, write_local
from briefer.sync.merge import DELETED_FIELD, take
from briefer.sync.payload import FACT, MERGED_FIELDS, normalise, payloads, statement

KEEP_CHOICES = ("local", "incoming", "both")


@dataclass(frozen=True, slots=True)
class Conflict:
    """A conflict of either origin, in the shape ``briefer conflicts`` shows."""

    id: int
    origin: str  # "sync" or "pack"
    entity: str
    uuid: str
    reason: str
    fields: tuple[str, ...]
    source: str  # the hub, or the pack id
    by: str  # who made the incoming version
    local_statement: str
    incoming_statement: str
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None
    detected_at: str
    resolved_at: str
    resolution: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "origin": self.origin,
            "entity": self.entity,
            "uuid": self.uuid,
            "reason": self.reason,
            "fields": list(self.fields),
            "from": self.source,
            "by": self.by,
            "local_statement": self.local_statement,
            "incoming_statement": self.incoming_statement,
            "local": self.local,
            "incoming": self.incoming,
            "detected_at": self.detected_at,
            "resolved_at": self.resolved_at,
            "resolution": self.resolution,
        }


_COLUMNS = (
    "id, origin, entity, fact_uuid, reason, fields, pack_id, pack_creator, local, incoming, "
    "detected_at, resolved_at, resolution"
)


def _side(text: str) -> dict[str, Any] | None:
    if not text:
        return None
    parsed = json.loads(text)
    return None if parsed.get("deleted") else dict(parsed.get("data") or {})


def list_all(db: Database, include_resolved: bool = False) -> list[Conflict]:
    where = "" if include_resolved else "WHERE resolved_at = ''"
    rows = db.conn.execute(f"SELECT {_COLUMNS} FROM fact_conflict {where} ORDER BY id").fetchall()
    pack_uuids = [r[3] for r in rows if r[1] != ORIGIN_SYNC]
    here = payloads(db, FACT, pack_uuids) if pack_uuids else {}
    found: list[Conflict] = []
    for cid, origin, entity, uuid, reason, fields, source, by, local, incoming, *rest in rows:
        if origin == ORIGIN_SYNC:
            mine, theirs = _side(local), _side(incoming)
            names = tuple(json.loads(fields))
        else:  # a pack conflict: the whole fact differs; the local side is the fact now
            theirs = json.loads(incoming)
            mine = here.get(uuid, (None, ""))[0]
            names = tuple(
                f
                for f in fact_store.EDITABLE_FIELDS
                if mine is not None and mine.get(f) != theirs.get(f)
            )
        found.append(
            Conflict(
                id=int(cid),
                origin=origin,
                entity=entity,
                uuid=uuid,
                reason=reason,
                fields=names,
                source=source,
                by=by,
                local_statement=statement(mine),
                incoming_statement=statement(theirs),
                local=mine,
                incoming=theirs,
                detected_at=rest[0],
                resolved_at=rest[1],
                resolution=rest[2],
            )
        )
    return found


def origin_of(db: Database, conflict_id: int) -> str:
    """'sync' or 'pack' for conflict ``conflict_id``; InputError if there is none."""
    row = db.execute("SELECT origin FROM fact_conflict WHERE id = ?", [conflict_id]).fetchone()
    if row is None:
        raise InputError(f"There is no conflict {conflict_id}.")
    return str(row[0])


def resolve(db: Database, conflict_id: int, keep: str, actor: str | None = None) -> str:
    """Settle sync conflict ``conflict_id``; return a sentence saying what was done."""
    if keep not in KEEP_CHOICES:
        raise InputError(f"Keep “local”, “incoming” or “both”, not “{keep}”.")
    row = db.execute(
        "SELECT origin, entity, fact_uuid, fields, incoming, resolved_at FROM fact_conflict "
        "WHERE id = ?",
        [conflict_id],
    ).fetchone()
    if row is None:
        raise InputError(f"There is no conflict {conflict_id}.")
    origin, entity, uuid, fields_json, incoming_json, resolved_at = row
    if resolved_at:
        raise InputError(f"Conflict {conflict_id} was already resolved.")
    if origin != ORIGIN_SYNC:  # the services send these to briefer.sync.pack_conflicts
        raise InputError(f"Conflict {conflict_id} came from a fact pack, not from sync.")
    who = actor or audit.current_actor()
    if keep == "both" and entity != FACT:
        raise InputError("Only a fact can be kept twice; keep the local or the incoming source.")
    fields = [f for f in json.loads(fields_json) if f != DELETED_FIELD]
    parsed = json.loads(incoming_json)
    incoming = None if parsed.get("deleted") else normalise(entity, parsed.get("data") or {})
    stamp = now_iso()
    with db.atomic():
        local = payloads(db, entity, [uuid]).get(uuid, (None, ""))[0]
        extra = ""
        if keep in ("incoming", "both"):
            if incoming is None or local is None:
                result = incoming
            else:
                result = take(fields or list(MERGED_FIELDS[entity]), local, incoming)
            write_local(db, entity, uuid, result, who)
            if keep == "both" and local is not None:
                copy = new_uuid()
                fact_store.insert_facts(
                    db,
                    [
                        (
                            fact_from_payload(copy, {**local, "created_at": stamp}),
                            citation_rows(db, local["citations"]),
                        )
                    ],
                    actor=who,
                )
                extra = f"; the local version is now the fact {copy}"
        # Whatever is kept, this object is pushed at the next sync, based on the hub's version
        # that was in conflict (sync_base holds it already).
        db.execute(
            "UPDATE sync_base SET local_mark = '' WHERE entity = ? AND uuid = ?", [entity, uuid]
        )
        # The conflict keeps the local version as it was when settled, so an edit made
        # after the conflict arose is still on record if the hub's version wins.
        db.execute(
            "UPDATE fact_conflict SET resolved_at = ?, resolution = ?, resolved_by = ?, "
            "local = ? WHERE id = ?",
            [
                stamp,
                f"kept-{keep}",
                who,
                canonical({"deleted": local is None, "data": local or {}}),
                conflict_id,
            ],
        )
        audit.record(
            db, "resolve-conflict", entity, uuid, {"conflict": conflict_id, "kept": keep}, who
        )
    return f"Conflict {conflict_id} settled: kept the {keep} version{extra}; sync to share it."


__all__ = ["KEEP_CHOICES", "Conflict", "list_all", "origin_of", "resolve"]
