"""Conflicts from pack imports: listing them and resolving them.

A conflict keeps the incoming version of a fact whole (``fact_conflict.incoming``, JSON with
its citations by source uuid) while the store's fact stays as it was. Resolving it writes a
new revision, higher than both sides', so the resolution travels on in the next pack and
wins there as a plain update: the other editor's store finds its own version among the
resolved fact's ancestors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.domain.model import Fact
from briefer.errors import InputError
from briefer.packs.format import canonical_json
from briefer.packs.local import LocalFact
from briefer.packs.reader import PackContents, PackFact
from briefer.store import writer
from briefer.store.audit import current_actor, record_many
from briefer.store.clock import now_iso
from briefer.store.exchange import (
    add_pack_conflict,
    pack_conflicts,
    settle_conflict,
    sources_by_sha256,
    sources_by_uuid,
)
from briefer.store.facts import get_fact
from briefer.sync.pack_local import add_lineage, local_facts, set_origins

KEEP_CHOICES = ("local", "incoming")


@dataclass(frozen=True, slots=True)
class FactConflict:
    id: int
    fact_uuid: str
    pack_id: str
    pack_creator: str
    reason: str
    local_revision: int
    incoming_revision: int
    incoming_version: str
    incoming: dict[str, Any]  # the pack's fact row with "citations" and "ancestors"
    detected_at: str
    resolved_at: str
    resolution: str

    @property
    def incoming_statement_vi(self) -> str:
        return str(self.incoming.get("statement_vi", ""))

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "fact_uuid": self.fact_uuid,
            "pack_id": self.pack_id,
            "pack_creator": self.pack_creator,
            "reason": self.reason,
            "local_revision": self.local_revision,
            "incoming_revision": self.incoming_revision,
            "incoming_version": self.incoming_version,
            "incoming": self.incoming,
            "detected_at": self.detected_at,
            "resolved_at": self.resolved_at,
            "resolution": self.resolution,
        }


def _row(row: tuple[Any, ...]) -> FactConflict:
    return FactConflict(
        id=int(row[0]),
        fact_uuid=row[1],
        pack_id=row[2],
        pack_creator=row[3],
        reason=row[4],
        local_revision=int(row[5]),
        incoming_revision=int(row[6]),
        incoming_version=row[7],
        incoming=json.loads(row[8]),
        detected_at=row[9],
        resolved_at=row[10],
        resolution=row[11],
    )


def list_conflicts(
    db: Database, fact_uuid: str | None = None, include_resolved: bool = False
) -> list[FactConflict]:
    return [_row(row) for row in pack_conflicts(db, fact_uuid, include_resolved)]


def resolve_conflict(db: Database, conflict_id: int, keep: str, actor: str | None = None) -> Fact:
    """Settle a conflict by keeping the local or the incoming version; return the fact.

    Either way the fact gets revision max(local, incoming) + 1 and both versions enter its
    lineage, so neither side's next pack reopens the conflict.
    """
    if keep not in KEEP_CHOICES:
        raise InputError(f"Keep “local” or “incoming”, not “{keep}”.")
    with db.atomic():
        rows = pack_conflicts(db, id=conflict_id)
        if not rows:
            raise InputError(f"There is no conflict {conflict_id}.")
        conflict = _row(rows[0])
        if conflict.resolved_at:
            raise InputError(f"Conflict {conflict_id} was already resolved.")
        here = local_facts(db, [conflict.fact_uuid]).get(conflict.fact_uuid)
        if here is None:
            raise InputError(f"The fact {conflict.fact_uuid} is no longer in this store.")
        incoming = conflict.incoming
        incoming_version = conflict.incoming_version
        revision = max(here.state.revision, conflict.incoming_revision) + 1
        stamp = now_iso()
        details: dict[str, Any] = {
            "conflict": conflict_id,
            "kept": keep,
            "pack": conflict.pack_id,
            "revision": revision,
        }
        if keep == "incoming":
            # The audit keeps the version being replaced, so it stays retrievable.
            replaced = get_fact(db, conflict.fact_uuid)
            assert replaced is not None
            details["replaced"] = {
                "revision": replaced.revision,
                "statement_vi": replaced.statement_vi,
                "statement_en": replaced.statement_en,
                "value": replaced.value,
                "status": replaced.status,
                "rank": replaced.rank,
            }
            citations = _local_citations(db, incoming)
            write_fact(db, here.id, incoming, citations, revision, updated_at=stamp)
            set_origins(
                db,
                [
                    (
                        conflict.fact_uuid,
                        conflict.pack_id,
                        conflict.pack_creator,
                        conflict.incoming_revision,
                        incoming_version,
                        stamp,
                    )
                ],
            )
        else:
            writer.change_facts(db, [(here.id, {"revision": revision, "updated_at": stamp})])
        add_lineage(
            db,
            [
                (conflict.fact_uuid, v)
                for v in (here.state.version, incoming_version, *incoming["ancestors"])
            ],
        )
        who = actor or current_actor()
        settle_conflict(db, conflict_id, f"kept-{keep}", who, stamp)
        record_many(db, [("resolve-conflict", "fact", conflict.fact_uuid, details)], who, stamp)
    fact = get_fact(db, conflict.fact_uuid)
    assert fact is not None
    return fact


def write_fact(
    db: Database,
    fact_id: int,
    row: dict[str, Any],
    citations: list[writer.CitationRow],
    revision: int,
    updated_at: str | None = None,
) -> None:
    """Overwrite fact ``fact_id`` with a pack's ``row`` at ``revision``; replace its citations.

    Through the store's writer (folded columns and search index in step). The caller audits.
    """
    values = {c: row[c] for c in writer.FACT_COLUMNS if c not in ("uuid", "created_at")}
    values["revision"] = revision
    if updated_at:
        values["updated_at"] = updated_at
    writer.change_facts(db, [(fact_id, values)])
    writer.replace_citations(db, [(fact_id, citations)])


def record_conflict(
    db: Database,
    contents: PackContents,
    incoming: PackFact,
    here: LocalFact,
    reason: str,
    stamp: str,
) -> None:
    """Keep the incoming version whole (fields, citations by source uuid) beside the local."""
    state = incoming.state(contents.sources)
    payload = {
        **{k: v for k, v in incoming.row.items() if k != "ancestors"},
        "ancestors": list(incoming.ancestors),
        "citations": [
            {
                "source_uuid": c.source_uuid,
                "source_key": key[0],
                "quote": c.quote,
                "start": c.start,
                "end": c.end,
                "prefix": c.prefix,
                "suffix": c.suffix,
            }
            for c, key in zip(incoming.citations, state.citations, strict=True)
        ],
    }
    add_pack_conflict(
        db,
        {
            "fact_uuid": incoming.uuid,
            "pack_id": contents.manifest.pack_id,
            "pack_creator": contents.manifest.creator,
            "reason": reason,
            "local_revision": here.state.revision,
            "local_version": here.state.version,
            "incoming_revision": incoming.revision,
            "incoming_version": state.version,
            "incoming": canonical_json(payload),
            "detected_at": stamp,
        },
    )


def _local_citations(
    db: Database, incoming: dict[str, Any]
) -> list[tuple[int, str, int, int, str, str]]:
    """The incoming citations, pointed at this store's sources (by uuid, else by sha256)."""
    result = []
    for c in incoming["citations"]:
        candidates = [(sid, body) for sid, _u, body in sources_by_uuid(db, [c["source_uuid"]])]
        key = str(c.get("source_key", ""))
        if key.startswith("sha256:"):
            candidates += sources_by_sha256(db, [key[7:]]).get(key[7:], [])
        for source_id, body in candidates:
            if body[c["start"] : c["end"]] == c["quote"]:
                start, end, prefix, suffix = writer.anchor_quote(body, c["quote"], c["start"])
                result.append((int(source_id), c["quote"], start, end, prefix, suffix))
                break
        else:
            raise InputError(
                f"The source {c['source_uuid']} of the incoming version is no longer in this store."
            )
    return result


__all__ = ["FactConflict", "list_conflicts", "resolve_conflict"]
