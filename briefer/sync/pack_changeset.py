"""A fact pack as the change set sync sends: how an air-gapped (classified) store merges.

A classified store never syncs over a network (Luật Bảo vệ bí mật nhà nước 2018, art. 5);
it takes facts only from pack files. So that it merges with the same rules and conflicts as
a laptop that syncs, a pack becomes sync's change set: each source and fact of the pack
becomes the payload sync sends (:mod:`briefer.sync.payload`) and goes through sync's
three-way, field-by-field merge (:func:`briefer.sync.local.apply_incoming`) against the copy
the last pack delivered (``sync_base``). Changes to different fields merge silently; the
same field changed on both sides is a conflict, recorded where sync records its conflicts —
one list for ``briefer conflicts``, settled with ``briefer resolve``.

Versions: a fact's version is its revision in the pack, so an older pack never undoes a
newer one; a source's is the pack's creation time in seconds (sources carry no revision).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from briefer.batches import CHUNK, chunks
from briefer.packs.plan import ConflictReport, ImportPlan
from briefer.packs.reader import PackContents, PackFact
from briefer.packs.reread import fact_chunks, read_source_rows
from briefer.store.facts import EDITABLE_FIELDS
from briefer.sync.ledger import bases, open_conflicts
from briefer.sync.local import Incoming, apply_incoming
from briefer.sync.merge import REASON_EDITED_BOTH
from briefer.sync.payload import (
    FACT,
    SOURCE,
    SOURCE_FIELDS,
    SOURCE_IDENTITY,
    Payload,
    normalise,
    payloads,
    statement,
)


def fact_payload(fact: PackFact) -> Payload:
    """The payload sync would send for ``fact``: shared fields, citations by source uuid."""
    data: Payload = {name: fact.get(name) for name in ("pair", "created_at", *EDITABLE_FIELDS)}
    data["citations"] = [[c.source_uuid, c.quote, c.start, c.end] for c in fact.citations]
    return normalise(FACT, data)


def source_payload(row: dict[str, Any]) -> Payload:
    return {name: row[name] for name in (*SOURCE_IDENTITY, *SOURCE_FIELDS)}


def _pack_version(created_at: str) -> int:
    try:
        return int(datetime.fromisoformat(created_at.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return 1


def source_changes(contents: PackContents) -> Iterator[list[Incoming]]:
    """The pack's sources as sync's incoming rows, in chunks (bodies are read as needed)."""
    version = _pack_version(contents.manifest.created_at)
    by = contents.manifest.creator
    wanted = {uuid: source.row_digest for uuid, source in contents.sources.items()}
    chunk: list[Incoming] = []
    for row in read_source_rows(contents.path, wanted):
        chunk.append(Incoming(SOURCE, row["uuid"], version, source_payload(row), by))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def fact_changes(facts: Sequence[PackFact], creator: str) -> list[Incoming]:
    return [Incoming(FACT, f.uuid, f.revision, fact_payload(f), creator) for f in facts]


def merge_pack(db: Database, contents: PackContents, plan: ImportPlan) -> None:
    """Apply the pack as sync's change set; fill ``plan`` with what happened.

    Call inside the import's transaction (a dry run rolls it back afterwards).
    """
    hub = f"pack {contents.manifest.pack_id}"
    had_sources = set(payloads(db, SOURCE, list(contents.sources)))
    for chunk in source_changes(contents):
        apply_incoming(db, chunk, hub, _no_fetch)
    plan.sources_added = [u for u in contents.sources if u not in had_sources]
    plan.sources_matched = [u for u in contents.sources if u in had_sources]
    for facts in fact_chunks(contents):  # read again, proved, a chunk at a time
        for part in chunks(facts, CHUNK):
            _merge_facts(db, part, contents.manifest.creator, hub, plan)


def _no_fetch(_uuids: Sequence[str]) -> list[Incoming]:
    return []  # a pack carries every source its facts cite (the reader checks)


def _merge_facts(
    db: Database, facts: Sequence[PackFact], creator: str, hub: str, plan: ImportPlan
) -> None:
    uuids = [f.uuid for f in facts]
    before = payloads(db, FACT, uuids)
    known = bases(db, FACT, uuids)
    held = open_conflicts(db, FACT, uuids)
    apply_incoming(db, fact_changes(facts, creator), hub, _no_fetch)
    after = payloads(db, FACT, uuids)
    now_held = open_conflicts(db, FACT, uuids)
    for fact in facts:
        uuid = fact.uuid
        base = known.get(uuid)
        if base is not None and base.version > fact.revision:
            plan.kept_local.append(uuid)  # an older pack: this store has a newer copy
        elif uuid in now_held and (uuid not in held or now_held[uuid] != held[uuid]):
            plan.conflicts.append(
                ConflictReport(
                    uuid=uuid,
                    reason=REASON_EDITED_BOTH,
                    local_revision=int(before[uuid][1]) if uuid in before else 0,
                    incoming_revision=fact.revision,
                    statement_local=statement(before.get(uuid, (None, ""))[0]),
                    statement_incoming=str(fact.get("statement_vi")),
                    already_recorded=uuid in held,
                )
            )
        elif uuid not in before:
            plan.added.append(uuid)
        elif before[uuid][0] != after.get(uuid, (None, ""))[0]:
            plan.updated.append(uuid)
        else:
            plan.unchanged.append(uuid)
