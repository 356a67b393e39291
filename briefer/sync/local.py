"""Applying the hub's changes to this store: sources, then facts, merged three ways.

Every write to facts and sources goes through the store's writers (``store.facts``,
``store.sources``), which keep the folded search columns, the FTS index and the audit trail
in step. This module decides *what* to write; it never writes a fact row itself. What was
last synced, what is pending and which conflicts are open is kept in
:mod:`briefer.sync.ledger`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from briefer.domain.model import Fact, Source
from briefer.errors import InputError
from briefer.store import facts as fact_store
from briefer.store import sources as source_store
from briefer.sync.ledger import (
    bases,
    clear_pending,
    open_conflicts,
    pending,
    record_conflict,
    set_bases,
)
from briefer.sync.merge import merge
from briefer.sync.payload import (
    FACT,
    MERGED_FIELDS,
    SOURCE,
    Payload,
    normalise,
    payloads,
    rows_in,
)


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
    have = set(_source_ids(db, (c[0] for r in facts if r.data for c in r.data["citations"])))
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
    table, column = ("fact", "revision") if entity == FACT else ("source", "updated_at")
    sql = f"SELECT uuid, {column} FROM {table} WHERE uuid IN ({{marks}})"
    return {uuid: str(mark) for uuid, mark in rows_in(db, sql, uuids)}


def _source_ids(db: Database, uuids: Iterable[str]) -> dict[str, int]:
    sql = "SELECT uuid, id FROM source WHERE uuid IN ({marks})"
    return {uuid: int(sid) for uuid, sid in rows_in(db, sql, sorted(set(uuids)))}


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
    "FetchSources",
    "Incoming",
    "apply_incoming",
    "citation_rows",
    "fact_from_payload",
    "write_local",
]
