"""Importing a fact pack: merge by uuid and version, keep conflicts side by side.

For each fact of the pack (*incoming*) and the store's fact with the same uuid (*local*):

1. no local fact → **added**;
2. same content (statements, fields, citations; revision aside) → **unchanged**;
3. the local version is one the incoming version descends from (it is among the pack's
   ``ancestors``) → **updated**: the pack's version replaces the local one, citations too;
4. the incoming version is one the local version descends from (it is in the store's
   ``fact_lineage``: received or sent before) → **kept local** (the pack is behind);
5. the local fact is still at revision 1, as first created, and the pack's is later →
   **updated** (every version of a fact descends from its first);
6. otherwise both sides changed the fact since they last shared a version → **conflict**:
   the local fact is left as it is, the incoming version is kept whole in ``fact_conflict``
   (with its citations), and both are reported; an editor resolves it later
   (:mod:`briefer.sync.pack_conflicts`). Nothing is overwritten silently.

Sources are matched by uuid, then by sha256 (when both have one and the text agrees); new
ones are added. Countries missing here are added; existing names are kept.

The whole import is one transaction, taken (``BEGIN IMMEDIATE``) before the plan is made so
the plan is what gets applied; a dry run makes the same plan in a read transaction and
writes nothing. The pack is verified whole first (:func:`~briefer.packs.reader.read_pack`),
then its facts are read again, planned and written a chunk at a time
(:func:`~briefer.packs.reread.fact_chunks`), so memory stays flat for any size of pack; a
pack changed between the two reads is refused and the transaction rolled back. The search
index, the audit trail (with the pack id), ``fact_origin``, ``fact_lineage`` and
``pack_import`` are written in the same transaction. An updated fact
takes the pack's revision, which is higher than the local one, so saved briefs see it in
``changed_since_export``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefer.batches import chunks
from briefer.errors import StoreError
from briefer.packs.format import (
    CONTENT_FIELDS,
    FACT_COLUMNS,
    FactState,
)
from briefer.packs.local import LocalFact
from briefer.packs.plan import (
    REASON_DIVERGED,
    REASON_EDITED_HERE,
    ConflictReport,
    ImportPlan,
    ImportResult,
)
from briefer.packs.reader import PackContents, PackFact, read_manifest, read_pack
from briefer.packs.reread import fact_chunks, quotes_by_source, read_source_rows
from briefer.packs.untrusted import PackRefused
from briefer.store import writer
from briefer.store.audit import current_actor, record_many
from briefer.store.clock import now_iso
from briefer.store.database import without_savepoints
from briefer.store.exchange import (
    import_transaction,
    open_pack_conflicts,
    record_pack_import,
    sources_by_sha256,
    sources_by_uuid,
)
from briefer.store.facts import add_countries, countries
from briefer.store.schema import SCHEMA_VERSION
from briefer.store.sources import add_source_rows
from briefer.sync.ledger import is_classified
from briefer.sync.pack_changeset import merge_pack
from briefer.sync.pack_conflicts import record_conflict, write_fact
from briefer.sync.pack_local import (
    add_lineage,
    lineage,
    local_facts,
    origins,
    set_origins,
)
from briefer.text.controls import readable_path

Progress = Callable[[int, int], None]

# A pack's fact row is the writer's columns, then its ancestors: new facts go to the writer
# as they were read.
if FACT_COLUMNS[:-1] != writer.FACT_COLUMNS:  # pragma: no cover - caught by every pack test
    raise ImportError("the pack's fact columns and the store writer's columns differ")


@dataclass
class _Work:
    """The plan's private half: what to write, keyed for the writer. The decisions, new
    conflicts and lineage rows are those of one chunk of facts (emptied after each)."""

    source_ids: dict[str, int] = field(default_factory=dict)  # pack source uuid → local id
    new_sources: dict[str, bytes] = field(default_factory=dict)  # pack uuid → row digest
    local_bodies: dict[str, str] = field(default_factory=dict)  # where the local text differs
    # ("add" | "update", incoming, local id or None, local revision, incoming state or None)
    decisions: list[tuple[str, PackFact, int | None, int, FactState | None]] = field(
        default_factory=list
    )
    new_conflicts: list[tuple[PackFact, LocalFact, str]] = field(default_factory=list)
    lineage_rows: list[tuple[str, str]] = field(default_factory=list)  # for unchanged facts

    def next_chunk(self) -> None:
        for rows in (self.decisions, self.new_conflicts, self.lineage_rows):
            rows.clear()


def import_pack(
    db: Database,
    pack_path: Path,
    dry_run: bool = False,
    actor: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Merge the pack at ``pack_path`` into the store; return what was (or would be) done.

    ``db`` must belong to the calling thread (from a worker thread use that thread's
    ``Services.db()``): the pack itself is opened here, read-only, on this thread.
    ``progress(done, total)`` is called from this thread now and then. A refused pack
    raises :class:`~briefer.packs.untrusted.PackRefused` (one sentence) before anything is
    written; any other failure rolls the whole import back.
    """
    pack_path = Path(pack_path)
    report = progress or (lambda _done, _total: None)
    head = read_manifest(pack_path)
    if head.schema_version > SCHEMA_VERSION:
        raise PackRefused(
            f"{readable_path(pack_path.name)} was made by a newer version of Briefer; update "
            "Briefer to import it (nothing was imported)."
        )
    n_facts = max(0, head.counts.get("facts", 0))
    n_sources = max(0, head.counts.get("sources", 0))
    # Steps, in rows: verify sources, facts and citations (the reader); plan each fact;
    # write new sources (at most all); write facts. A dry run skips the last two.
    read_total = n_facts + n_sources + max(0, head.counts.get("citations", 0))
    total = read_total + n_facts + (0 if dry_run else n_sources + n_facts)
    steps = _Steps(report, total)
    steps.at(0)
    contents = read_pack(pack_path, lambda done, _t: steps.at(min(done, read_total)))

    try:
        with import_transaction(db, write=not dry_run):
            if is_classified(db):  # an air-gapped store: the pack is sync's change set
                plan = ImportPlan(manifest=contents.manifest, dry_run=dry_run)
                merge_pack(db, contents, plan)
                if not dry_run:
                    _record_import(db, plan, actor or current_actor(), now_iso())
                steps.at(total)
                return plan
            # The import is one transaction, rolled back whole on any error: the writers
            # need no savepoints of their own inside it.
            with without_savepoints(db):
                plan = _merge(db, contents, dry_run, actor, steps.offset(read_total), n_sources)
    except sqlite3.OperationalError as exc:
        raise _store_error(exc) from exc
    steps.at(total)
    return plan


def _store_error(exc: sqlite3.OperationalError) -> Exception:
    """Errors a user can cause while the store is written: one sentence; others pass on."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return StoreError(
            "The store is busy in another window or program; nothing was imported, "
            "try again in a moment."
        )
    if "full" in message or "disk i/o" in message:
        return StoreError("The disk holding the store is full or failing; nothing was imported.")
    if "readonly" in message or "read-only" in message:
        return StoreError("The store is read-only, so nothing was imported.")
    return exc


class _Steps:
    """Progress in rows over the whole import: ``at(done)`` relative to an offset."""

    def __init__(self, report: Progress, total: int, base: int = 0) -> None:
        self.report, self.total, self.base = report, total, base

    def at(self, done: int) -> None:
        self.report(min(self.base + done, self.total), self.total)

    def offset(self, base: int) -> _Steps:
        return _Steps(self.report, self.total, base)


# ---- planning ------------------------------------------------------------------------------


def _merge(
    db: Database,
    contents: PackContents,
    dry_run: bool,
    actor: str | None,
    steps: _Steps,
    n_sources: int,
) -> ImportPlan:
    """Plan the merge and, unless a dry run, write it: countries and sources first, then a
    chunk of facts at a time (planned, then written), so memory stays flat for any pack.

    Planning a chunk reads only its own facts' rows in the store, which no other chunk
    writes (uuids are unique in a pack), so the plan is the one made before any write.
    """
    plan = ImportPlan(manifest=contents.manifest, dry_run=dry_run)
    work = _Work()
    _plan_countries(db, contents, plan)
    _plan_sources(db, contents, plan, work)
    writing = None if dry_run else _Writing(db, contents, work, actor or current_actor())
    done = 0
    if writing is not None:
        writing.countries_and_sources(steps)
        done = n_sources
    for chunk in fact_chunks(contents):
        _plan_facts(db, contents, chunk, plan, work)
        done += len(chunk)
        if writing is not None:
            writing.facts()
            done += len(chunk)
        work.next_chunk()
        steps.at(done)
    if writing is not None:
        writing.finish(plan)
    return plan


def _plan_facts(
    db: Database, contents: PackContents, chunk: list[PackFact], plan: ImportPlan, work: _Work
) -> None:
    uuids = [f.uuid for f in chunk]
    local = local_facts(db, uuids)
    present = [u for u in uuids if u in local]
    known = lineage(db, present)
    origin = origins(db, present)
    recorded = open_pack_conflicts(db, present)
    for incoming in chunk:
        here = local.get(incoming.uuid)
        if here is None:
            plan.added.append(incoming.uuid)
            work.decisions.append(("add", incoming, None, 0, None))
            continue
        state = incoming.state(contents.sources)
        versions = known.get(incoming.uuid, set())
        if state.content == here.state.content:
            plan.unchanged.append(incoming.uuid)
            # Same content: this store's version stands for the pack's and its ancestors.
            if state.version not in versions:
                received = (state.version, *incoming.ancestors)
                work.lineage_rows.extend((incoming.uuid, v) for v in received if v not in versions)
        elif here.state.version in incoming.ancestors or (
            here.state.revision == 1 and state.revision > 1
        ):
            plan.updated.append(incoming.uuid)
            work.decisions.append(("update", incoming, here.id, here.state.revision, state))
        elif state.version in versions:
            plan.kept_local.append(incoming.uuid)
        else:
            baseline = origin.get(incoming.uuid)
            untouched = baseline is not None and baseline.received_version == here.state.version
            reason = REASON_DIVERGED if untouched else REASON_EDITED_HERE
            again = (incoming.uuid, state.version) in recorded
            plan.conflicts.append(
                ConflictReport(
                    uuid=incoming.uuid,
                    reason=reason,
                    local_revision=here.state.revision,
                    incoming_revision=state.revision,
                    statement_local=str(here.state.fields[_STATEMENT_VI]),
                    statement_incoming=str(incoming.get("statement_vi")),
                    already_recorded=again,
                )
            )
            if not again:
                work.new_conflicts.append((incoming, here, reason))


_STATEMENT_VI = CONTENT_FIELDS.index("statement_vi")


def _plan_countries(db: Database, contents: PackContents, plan: ImportPlan) -> None:
    have = set(countries(db))
    plan.countries_added = [code for code, _vi, _en in contents.countries if code not in have]


def _fits(body: str, cites: list[tuple[str, int, int]]) -> bool:
    return all(0 <= start <= end <= len(body) and body[start:end] == q for q, start, end in cites)


def _plan_sources(db: Database, contents: PackContents, plan: ImportPlan, work: _Work) -> None:
    uuids = list(contents.sources)
    # A body is kept only where it differs from the pack's (rare): not every source's text.
    by_uuid = [
        (int(i), u, *_differing(body, contents.sources[u].body_sha256))
        for part in chunks(uuids)
        for i, u, body in sources_by_uuid(db, part)
    ]
    matched = {u for _i, u, _b, _s in by_uuid}
    unmatched = [u for u in uuids if u not in matched]
    candidates: dict[str, list[tuple[int, str, bytes]]] = {}  # the same file under other ids
    for part in chunks([u for u in unmatched if contents.sources[u].sha256]):
        same_file = sources_by_sha256(db, [contents.sources[u].sha256 for u in part])
        for u in part:
            mine = contents.sources[u]
            candidates[u] = [
                (int(i), *_differing(body, mine.body_sha256))
                for i, body in same_file.get(mine.sha256, [])
            ]
    # The pack's quotes are read again only for sources whose text here differs (rare).
    differ = {u for _i, u, _b, sha in by_uuid if sha != contents.sources[u].body_sha256}
    differ |= {
        u
        for u, found in candidates.items()
        if any(sha != contents.sources[u].body_sha256 for _i, _b, sha in found)
    }
    cites = quotes_by_source(contents, differ)
    for source_id, uuid, body, sha in by_uuid:
        pack_source = contents.sources[uuid]
        if sha != pack_source.body_sha256:
            if not _fits(body, cites[uuid]):
                raise PackRefused(
                    f"The pack's source “{pack_source.title[:60]}” has the same id as a "
                    "source in this store but different text; nothing was imported."
                )
            work.local_bodies[uuid] = body
        work.source_ids[uuid] = source_id
        plan.sources_matched.append(uuid)
    for uuid in unmatched:
        pack_source = contents.sources[uuid]
        for source_id, body, sha in candidates.get(uuid, []):
            if sha == pack_source.body_sha256 or _fits(body, cites[uuid]):
                if sha != pack_source.body_sha256:
                    work.local_bodies[uuid] = body
                work.source_ids[uuid] = source_id
                plan.sources_matched.append(uuid)
                break
        if uuid not in work.source_ids:
            work.new_sources[uuid] = pack_source.row_digest
            plan.sources_added.append(uuid)


def _differing(body: str, sha256: bytes) -> tuple[str, bytes]:
    """(the body if its digest is not ``sha256``, else "", its digest)."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return ("" if digest == sha256 else body), digest


# ---- writing -------------------------------------------------------------------------------


class _Writing:
    """Writes a planned merge: countries and new sources, then each chunk's facts (through
    the one fact writer), origins, lineage, conflicts and audit rows, then the import's row."""

    def __init__(self, db: Database, contents: PackContents, work: _Work, actor: str) -> None:
        self.db, self.contents, self.work, self.actor = db, contents, work, actor
        self.stamp = now_iso()
        self.pack_id = contents.manifest.pack_id

    def countries_and_sources(self, steps: _Steps) -> None:
        add_countries(self.db, self.contents.countries)
        for written in _insert_sources(self.db, self.contents.path, self.work, steps):
            audit_rows = [
                ("import-create", "source", uuid, {"pack": self.pack_id, "title": title})
                for uuid, title in written
            ]  # a batch at a time: a pack may bring 60,000 sources
            record_many(self.db, audit_rows, self.actor, self.stamp)

    def facts(self) -> None:
        """Write the current chunk's decisions and new conflicts."""
        db, work, stamp, manifest = self.db, self.work, self.stamp, self.contents.manifest
        audit_rows: list[tuple[str, str, str, dict[str, Any]]] = []
        origin_rows: list[tuple[str, str, str, int, str, str]] = []
        lineage_rows = work.lineage_rows
        adding: list[tuple[tuple[Any, ...], list[writer.CitationRow]]] = []
        for action, incoming, fact_id, local_revision, known_state in work.decisions:
            citations = _citations(incoming, work)
            if action == "add":
                adding.append((incoming.values, citations))  # FACT_COLUMNS, then ancestors
                details = {"pack": self.pack_id, "revision": incoming.revision}
                audit_rows.append(("import-create", "fact", incoming.uuid, details))
            else:
                revision = max(incoming.revision, local_revision + 1)
                assert fact_id is not None
                write_fact(db, fact_id, incoming.row, citations, revision)
                details = {
                    "pack": self.pack_id,
                    "revision": revision,
                    "from_revision": local_revision,
                }
                audit_rows.append(("import-update", "fact", incoming.uuid, details))
            # A hash of the whole fact: once (a new fact's without making its state).
            if known_state is not None:
                version = known_state.version
            else:
                version = incoming.version(self.contents.sources)
            origin_rows.append(
                (incoming.uuid, self.pack_id, manifest.creator, incoming.revision, version, stamp)
            )
            lineage_rows.extend((incoming.uuid, v) for v in (version, *incoming.ancestors))
        writer.add_facts(db, adding)
        set_origins(db, origin_rows)
        add_lineage(db, lineage_rows)
        for incoming, here, reason in work.new_conflicts:
            record_conflict(db, self.contents, incoming, here, reason, stamp)
            details = {
                "pack": self.pack_id,
                "reason": reason,
                "local_revision": here.state.revision,
                "incoming_revision": incoming.revision,
            }
            audit_rows.append(("import-conflict", "fact", incoming.uuid, details))
        record_many(db, audit_rows, self.actor, stamp)

    def finish(self, plan: ImportPlan) -> None:
        _record_import(self.db, plan, self.actor, self.stamp)


def _record_import(db: Database, plan: ImportPlan, actor: str, stamp: str) -> None:
    """The pack's audit row and its ``pack_import`` row (which packs this store took)."""
    manifest, counts = plan.manifest, plan.counts()
    details = {"creator": manifest.creator, **counts}
    record_many(db, [("import", "pack", manifest.pack_id, details)], actor, stamp)
    record_pack_import(
        db, manifest.pack_id, manifest.creator, manifest.created_at, manifest.content_sha256,
        stamp, actor, counts,
    )  # fmt: skip


def _citations(incoming: PackFact, work: _Work) -> list[tuple[int, str, int, int, str, str]]:
    """(local source id, quote, start, end, prefix, suffix) for each citation of ``incoming``."""
    result = []
    for c in incoming.citations:
        prefix, suffix = c.prefix, c.suffix
        body = work.local_bodies.get(c.source_uuid)
        if body is not None:  # this store's copy of the source differs: context from its text
            _s, _e, prefix, suffix = writer.anchor_quote(body, c.quote, c.start)
        result.append((work.source_ids[c.source_uuid], c.quote, c.start, c.end, prefix, suffix))
    return result


def _insert_sources(
    db: Database, path: Path, work: _Work, steps: _Steps
) -> Iterator[list[tuple[str, str]]]:
    """Add the pack's new sources (read again, digest-checked) through the source writer;
    yield (uuid, title) of each batch written."""
    added = 0
    batch: list[dict[str, Any]] = []

    def flush() -> list[tuple[str, str]]:
        written = []
        for row, source_id in zip(batch, add_source_rows(db, batch), strict=True):
            work.source_ids[row["uuid"]] = source_id
            written.append((row["uuid"], row["title"]))
        batch.clear()
        return written

    for row in read_source_rows(path, work.new_sources):
        batch.append(row)
        if len(batch) >= 200:  # bodies can be long: small batches
            yield flush()
            added += 200
            steps.at(added)
    yield flush()


__all__ = ["ConflictReport", "ImportPlan", "ImportResult", "import_pack"]
