"""The use-cases of Briefer: the only API the UI and the command line call.

A ``Services`` object is bound to one store path. It keeps one SQLite connection per thread
(SQLite connections must not cross threads; the UI runs slow work in a thread pool), opened
on first use. Everything it returns is plain domain data, never a connection or a cursor.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from briefer import clock as clocks
from briefer.domain.brief import BRIEF_TYPES, Brief, BriefType, Warning
from briefer.domain.model import UNKNOWN_PARTNER, Fact, Pair, Source
from briefer.errors import ExportError, InputError, MissingStoreError, StoreError
from briefer.paths import resolve_store_path
from briefer.store import briefs as brief_store
from briefer.store import facts as fact_store
from briefer.store import search as search_store
from briefer.store.check import CheckReport, check_store
from briefer.store.connection import open_store
from briefer.store.demo import load_demo_pack
from briefer.store.sources import get_source, get_sources

EXPORT_FORMATS: tuple[str, ...] = ("docx", "pdf")
Progress = Callable[[str, float], None]  # (what is happening, fraction done 0..1)


def export_target(out_base: Path, fmt: str) -> Path:
    """The file for ``fmt``: ``brief`` or ``brief.pdf`` → ``brief.docx`` for DOCX.

    A format suffix on ``out_base`` is replaced; any other suffix is kept as part of the
    name (``brief.v2`` → ``brief.v2.pdf``), so one rule serves one format or both.
    """
    if out_base.suffix.lower() in {f".{f}" for f in EXPORT_FORMATS}:
        out_base = out_base.with_suffix("")
    return out_base.with_name(f"{out_base.name}.{fmt}")


@dataclass(frozen=True, slots=True)
class ExportResult:
    paths: tuple[Path, ...]
    warnings: tuple[Warning, ...]


@dataclass(frozen=True, slots=True)
class InitResult:
    path: Path
    sources: int
    facts: int


def _overflow_warning(scale: float) -> Warning:
    """A one-page brief that did not fit its page (it was shrunk, never run onto a second)."""
    percent = round(scale * 100)
    return Warning(
        "overflow",
        f"Tài liệu một trang không vừa một trang A4 nên đã được thu nhỏ còn {percent}%; "
        "hãy bớt dòng để chữ in ở cỡ bình thường.",
        f"The one-page brief does not fit one A4 page, so it was shrunk to {percent}%; "
        "remove some lines to print it at full size.",
    )


def init_store(path: Path, demo: bool = False, classified: bool = False) -> InitResult:
    """Create a new store at ``path`` (optionally with the demo pack); never touch an old one.

    A ``classified`` store never syncs over a network (briefer/sync refuses it).
    """
    if path.exists():
        raise StoreError(f"A store already exists at {path}; nothing was changed.")
    db = open_store(path, create=True)
    try:
        if classified:
            from briefer.sync.local import CLASSIFIED_KEY, set_setting

            with db.atomic():
                set_setting(db, CLASSIFIED_KEY, "1")
        counts = load_demo_pack(db) if demo else {"sources": 0, "facts": 0}
    except BaseException:
        db.close()
        _remove_new_store(path)
        raise
    db.close()
    return InitResult(path, counts["sources"], counts["facts"])


def _remove_new_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class Services:
    """Briefer's use-cases over the store at ``store_path`` (default: the user's store)."""

    def __init__(
        self,
        store_path: Path | str | None = None,
        *,
        demo_on_first_run: bool = True,
        clock: clocks.Clock | None = None,
    ):
        self.store_path = resolve_store_path(store_path)
        # "Today" for brief dates and staleness: the process clock unless one is given.
        self.clock: clocks.Clock = clock or clocks.current()
        self._demo_on_first_run = demo_on_first_run
        self._lock = threading.Lock()
        # One connection per thread, keyed by the thread's id rather than kept in a
        # threading.local: Qt's pool threads get a fresh Python thread state for every task,
        # which empties a threading.local each time (a new connection per task, never
        # closed). The pool's threads live as long as the window, so this stays bounded.
        self._connections: dict[int, Database] = {}
        self._desk_indexes: dict[str, tuple[tuple[object, ...], object]] = {}  # editor's desk
        self._desk_lock = threading.RLock()

    # ---- connection --------------------------------------------------------------------

    def db(self) -> Database:
        """This thread's connection; the first use creates the store (with the demo pack)."""
        ident = threading.get_ident()
        db = self._connections.get(ident)
        if db is None:
            with self._lock:
                if not self.store_path.exists():
                    if self._demo_on_first_run:
                        self._refuse_if_backups_exist()
                    init_store(self.store_path, demo=self._demo_on_first_run)
            db = open_store(self.store_path, create=False)
            with self._lock:
                self._connections[ident] = db
        return db

    def _refuse_if_backups_exist(self) -> None:
        """A missing store that has good backups was lost, not never made: say how to restore."""
        from briefer.store.backup import newest_good_backup

        try:
            backup = newest_good_backup(self.store_path)
        except (OSError, ValueError):
            backup = None
        if backup is not None:
            raise MissingStoreError(
                f"The store {self.store_path} is missing, but Briefer has a good backup of it "
                f"from {backup.label}; run `briefer restore` to bring it back.",
                backup,
            )

    def connection_count(self) -> int:
        """Open store connections (one per thread that used the store)."""
        with self._lock:
            return len(self._connections)

    def close(self) -> None:
        with self._lock:
            connections = list(self._connections.values())
            self._connections.clear()
        for db in connections:
            db.close()
        self._desk_indexes.clear()  # a restore may bring another store back

    # ---- reading -----------------------------------------------------------------------

    def pairs(self, with_drafts: bool = False) -> list[Pair]:
        """Pairs with approved facts; ``with_drafts``: also pairs with only drafts, and each
        pair's count of drafts beside its approved facts."""
        if with_drafts:
            return fact_store.pairs_with_drafts(self.db())
        return fact_store.pairs(self.db())

    def facts(
        self, pair: str | None = None, topic: str | None = None, status: str | None = None
    ) -> list[Fact]:
        code = fact_store.normalise_pair_code(pair) if pair else None
        return fact_store.list_facts(self.db(), pair=code, topic=topic, status=status)

    def fact(self, fact_uuid: str) -> Fact | None:
        return fact_store.get_fact(self.db(), fact_uuid)

    def fact_origin(self, fact_uuid: str):  # -> briefer.packs.local.FactOrigin | None
        """The fact pack a fact last came from (None for a fact made in this store)."""
        from briefer.packs.local import fact_origin

        return fact_origin(self.db(), fact_uuid)

    def search(
        self,
        query: str,
        pair: str | None = None,
        limit: int = 50,
        sources: bool = True,
        *,
        topic: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source_limit: int | None = None,
    ) -> list[search_store.SearchHit]:
        """Fact hits (best first), then source-passage hits (best first).

        Filters narrow before ranking; a source belongs to the pairs and topics of the facts
        that cite it. ``source_limit`` defaults to a quarter of ``limit`` (at least 5).
        """
        code = fact_store.normalise_pair_code(pair) if pair else None
        filters = search_store.SearchFilters(code, topic, kind, status, since, until)
        wanted = (max(5, limit // 4) if source_limit is None else source_limit) if sources else 0
        facts, passages = search_store.search(self.db(), query, filters, limit, wanted)
        return facts + passages

    def check(self) -> CheckReport:
        return check_store(self.db())

    def source(self, source_id: int) -> Source | None:
        return get_source(self.db(), source_id)

    def facts_by_uuid(self, uuids: Iterable[str]) -> dict[str, Fact]:
        wanted = sorted(set(uuids))
        found: dict[str, Fact] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            ids = [
                row[0]
                for row in self.db()
                .execute(f"SELECT id FROM fact WHERE uuid IN ({marks})", chunk)
                .fetchall()
            ]
            found.update({f.uuid: f for f in fact_store.list_facts(self.db(), ids=ids)})
        return found

    # ---- briefs ------------------------------------------------------------------------

    @staticmethod
    def brief_types() -> list[BriefType]:
        return list(BRIEF_TYPES.values())

    def assemble(
        self,
        pair: str,
        brief_type: str = "state-visit",
        lang: str = "vi",
        brief_date: date | None = None,
        marking: str = "",
    ) -> Brief:
        """A fresh draft from the store's current facts (not saved)."""
        from briefer.assemble.assembler import assemble_brief, plain_statement_limits
        from briefer.store.brief_facts import brief_facts

        code = fact_store.normalise_pair_code(pair)
        the_pair = fact_store.get_pair(self.db(), code)
        if the_pair is None:
            raise InputError(f"The store has no facts for the pair {code}.")
        # Only the approved facts the brief can use; their citations are loaded at render time.
        facts = brief_facts(self.db(), code, plain_statement_limits(brief_type))
        brief = assemble_brief(
            the_pair, brief_type, lang, brief_date or self.clock.today(), facts, marking=marking
        )
        return brief.with_warnings(brief.warnings + self._source_warnings(brief))

    def new_brief(
        self,
        pair: str,
        brief_type: str = "state-visit",
        lang: str = "vi",
        brief_date: date | None = None,
        marking: str = "",
    ) -> tuple[str, Brief]:
        """Assemble a draft and save it; return its uuid and the brief."""
        from briefer.store.clock import new_uuid

        brief = self.assemble(pair, brief_type, lang, brief_date, marking)
        brief_uuid = new_uuid()
        revision = brief_store.save_brief(self.db(), brief_uuid, brief, base_revision=0)
        return brief_uuid, replace(brief, revision=revision)

    def save_brief(self, brief_uuid: str, brief: Brief, base_revision: int | None = None) -> Brief:
        """Save the officer's edits made from ``base_revision`` (default ``brief.revision``).

        Returns the brief as saved (its new revision) with its warnings recomputed. A save
        from a revision that is no longer the stored one raises StaleBriefError: someone
        else saved the brief meanwhile, and their edits are not overwritten.
        """
        revision = brief_store.save_brief(self.db(), brief_uuid, brief, base_revision)
        saved = replace(brief, revision=revision)
        return saved.with_warnings(self.brief_warnings(saved))

    def save_brief_as_copy(self, brief: Brief) -> tuple[str, Brief]:
        """Save ``brief`` under a new uuid (an officer keeping their version after a clash)."""
        from briefer.store.clock import new_uuid

        brief_uuid = new_uuid()
        revision = brief_store.save_brief(self.db(), brief_uuid, brief, base_revision=0)
        saved = replace(brief, revision=revision)
        return brief_uuid, saved.with_warnings(self.brief_warnings(saved))

    def load_brief(self, brief_uuid: str) -> Brief | None:
        """A saved brief with its pair's names filled in and its warnings recomputed."""
        from briefer.assemble.assembler import attach_pair

        brief = brief_store.load_brief(self.db(), brief_uuid)
        if brief is None:
            return None
        pair = fact_store.get_pair(self.db(), brief.pair)
        if pair is not None:
            brief = attach_pair(brief, pair)
        return brief.with_warnings(self.brief_warnings(brief))

    def recent_briefs(self, limit: int = 10) -> list[brief_store.BriefSummary]:
        return brief_store.recent_briefs(self.db(), limit)

    def delete_brief(self, brief_uuid: str) -> None:
        brief_store.delete_brief(self.db(), brief_uuid)

    def brief_warnings(self, brief: Brief) -> tuple[Warning, ...]:
        from briefer.assemble.checks import check_brief

        # The pair's approved facts, not only the cited ones: a conflict is between the figure
        # in the brief and another approved figure for the same metric that the brief left
        # out (drafts and retired facts never conflict). Runs on every autosave, so no
        # citations are loaded, and facts outside that set (retired since) are added by uuid.
        facts = {
            f.uuid: f
            for f in fact_store.list_facts(
                self.db(), pair=brief.pair, status="approved", with_citations=False
            )
        }
        facts.update(self.facts_by_uuid(brief.cited_fact_uuids() - facts.keys()))
        return check_brief(brief, facts) + self._source_warnings(brief)

    def _source_warnings(self, brief: Brief) -> tuple[Warning, ...]:
        """Cited sources without outlet or URL (the facts are loaded with their citations)."""
        from briefer.assemble.checks import source_warnings

        return source_warnings(brief, self.facts_by_uuid(brief.cited_fact_uuids()))

    def changed_since_export(self, brief_uuid: str) -> list[dict[str, object]]:
        """Facts the brief used at its last export that changed, were retired or deleted."""
        return brief_store.changed_since_export(self.db(), brief_uuid)

    def render(self, brief: Brief, template: str | None = None):  # -> render.model.Document
        return self._render(brief, self.facts_by_uuid(brief.cited_fact_uuids()), template)

    def _render(self, brief: Brief, facts: dict[str, Fact], template: str | None):
        from briefer.render.document import render_document

        source_ids = sorted({c.source_id for f in facts.values() for c in f.citations})
        return render_document(brief, facts, get_sources(self.db(), source_ids), template)

    def export_brief(
        self,
        brief: Brief,
        formats: Sequence[str],
        out_base: Path,
        *,
        brief_uuid: str | None = None,
        strict: bool = False,
        template: str | None = None,
        progress: Progress | None = None,
        warnings: tuple[Warning, ...] | None = None,
    ) -> ExportResult:
        """Write ``brief`` as each of ``formats`` next to ``out_base`` (suffix set per format).

        With ``strict`` any warning stops the export before a file is written. A saved brief
        (``brief_uuid``) records the fact revisions it used, for "changed since export".
        ``warnings``: the brief's warnings when the caller has just computed them (a brief
        fresh from ``assemble``); otherwise they are computed here.
        """
        from briefer.export.docx import write_docx

        unknown = [f for f in formats if f not in EXPORT_FORMATS]
        if unknown or not formats:
            raise InputError(f"Briefer exports DOCX or PDF, not {', '.join(unknown) or 'nothing'}.")
        report = progress or (lambda _what, _done: None)
        if warnings is None:
            warnings = self.brief_warnings(brief)
        warnings = (*self._pair_warnings(brief), *warnings)
        if strict and warnings:
            raise ExportError(
                f"The brief has {len(warnings)} warnings and --strict is on, so nothing was "
                f"written; the first: {warnings[0].message(brief.language).rstrip('.')}."
            )
        report("render", 0.1)
        # Loaded once: rendered now, and their revisions recorded after the files are written.
        facts = self.facts_by_uuid(brief.cited_fact_uuids())
        document = self._render(brief, facts, template)
        paths = []
        # One layout serves both files: the PDF, and the page numbers of the DOCX contents.
        # A DOCX alone lays out only when its contents need page numbers (write_docx).
        layout = None
        if "pdf" in formats:
            from briefer.export.pdf import pdf_layout, write_pdf

            layout = pdf_layout(document)
        for index, fmt in enumerate(formats):
            target = export_target(out_base, fmt)
            report(fmt, 0.2 + 0.8 * index / len(formats))
            if fmt == "docx":
                write_docx(document, target, layout=layout)
            else:
                written = write_pdf(document, target, layout=layout)
                if written.overflow:
                    warnings = (*warnings, _overflow_warning(written.scale))
            paths.append(target)
        if brief_uuid:
            revisions = {uuid: fact.revision for uuid, fact in facts.items()}
            brief_store.record_export(self.db(), brief_uuid, revisions)
        report("done", 1.0)
        return ExportResult(tuple(paths), warnings)

    def _pair_warnings(self, brief: Brief) -> tuple[Warning, ...]:
        """A brief whose pair has no approved facts is an empty skeleton: say so (and stop
        there under --strict). A pair with an unknown partner is never exported."""
        if brief.pair.endswith(f"-{UNKNOWN_PARTNER}"):
            raise InputError(
                f"{brief.pair} holds facts whose partner country is unknown; "
                "a brief cannot be made for it."
            )
        approved = (
            self.db()
            .execute(
                "SELECT 1 FROM fact WHERE pair = ? AND status = 'approved' LIMIT 1", [brief.pair]
            )
            .fetchone()
        )
        if approved is not None:
            return ()
        drafts = len(self.review_queue(brief.pair))
        return (
            Warning(
                "empty",
                f"Cặp {brief.pair} chưa có dữ kiện nào được duyệt ({drafts} bản nháp chờ duyệt: "
                f"briefer review --pair {brief.pair}); bản brief chỉ có khung trống.",
                f"The pair {brief.pair} has no approved facts ({drafts} drafts to review: "
                f"briefer review --pair {brief.pair}); the brief is an empty skeleton.",
            ),
        )

    # ---- backups and repair (reliability) ------------------------------------------------
    # briefer/store/backup.py does the work; see docs/reliability.md. Imported here, not at
    # the top, so this block stays self-contained.
    from briefer.store.backup import Backup, RestoreResult, WayOut
    from briefer.store.repair import RepairResult

    def backups(self) -> list[Backup]:
        """This store's verified backups, newest first."""
        from briefer.store.backup import list_backups

        return list_backups(self.store_path)

    def backup_now(self) -> Backup:
        """Make a verified backup now (StoreError with one sentence if impossible)."""
        from briefer.store.backup import backup_now

        return backup_now(self.store_path)

    def restore(self, backup: Backup | str | Path | None = None) -> RestoreResult:
        """Go back to ``backup`` (default: the newest good one); the current store is set
        aside first. Closes this object's connections; the next call reopens the store."""
        from briefer.store.backup import restore

        self.close()
        return restore(self.store_path, backup)

    def damaged_store_way_out(self, error: BaseException | None = None) -> WayOut:
        """What to tell the user about a store that cannot be used, and what to offer."""
        from briefer.store.backup import way_out

        return way_out(self.store_path, error)

    def keep_current_store(self) -> Backup:
        """Accept a store older than its backups as it is (the "keep-current" action)."""
        from briefer.store.backup import keep_current

        return keep_current(self.store_path)

    def use_background_backups(self, on_problem: Callable[[str], None] | None = None) -> None:
        """The app: take automatic backups in a thread; ``on_problem`` gets a sentence if a
        copy fails its verification (called from that thread)."""
        from briefer.store.backup import set_background_backups

        set_background_backups(True, on_problem)

    def repair(self) -> RepairResult:
        """Back up, then rebuild search text and indexes; report what a repair cannot fix."""
        from briefer.store.repair import repair_store

        return repair_store(self.store_path)

    # ---- editors: review, edit, conflicts (editor UI) ----
    # The editor's side of the app: the review queue of imported drafts, fact edits,
    # conflicting figures, stale figures, sources and fact packs. Every write is one
    # transaction with its audit row (who, when, what).

    def review_queue(self, pair: str | None = None) -> list[Fact]:
        """Draft facts (imported candidates and new facts) waiting for review."""
        return self.facts(pair=pair, status="draft")

    def _set_fields(
        self, uuids: Iterable[str], action: str, details: dict[str, object], **fields: object
    ) -> list[Fact]:
        from dataclasses import replace

        from briefer.store import audit

        db = self.db()
        done: list[Fact] = []
        with db.atomic():
            for uuid in uuids:
                fact = fact_store.get_fact(db, uuid)
                if fact is None:
                    raise InputError(f"There is no fact {uuid}; it may have been deleted.")
                updated = fact_store.update_fact(db, replace(fact, **fields))  # type: ignore[arg-type]
                audit.record(db, action, "fact", uuid, details)
                done.append(updated)
        return done

    def accept_facts(self, uuids: Iterable[str]) -> list[Fact]:
        """Approve drafts: they can enter briefs from now on."""
        return self._set_fields(uuids, "accept", {}, status="approved")

    def reject_facts(self, uuids: Iterable[str], reason: str = "") -> list[Fact]:
        """Retire drafts (never delete: a rejected candidate stays traceable to its source)."""
        return self._set_fields(uuids, "reject", {"reason": reason.strip()}, status="retired")

    def retire_facts(self, uuids: Iterable[str], reason: str = "") -> list[Fact]:
        return self._set_fields(uuids, "retire", {"reason": reason.strip()}, status="retired")

    def save_fact(self, fact: Fact) -> Fact:
        """Write an editor's changes to ``fact`` (a new revision when anything changed)."""
        db = self.db()
        with db.atomic():
            return fact_store.update_fact(db, fact)

    def new_fact_from_selection(self, source_id: int, start: int, end: int) -> Fact:
        """A draft citing ``body[start:end]`` exactly, prefilled by the candidate rules."""
        from dataclasses import replace

        from briefer.ingest.candidates import find_candidates
        from briefer.ingest.clean import clean
        from briefer.store.clock import new_uuid

        db = self.db()
        source = get_source(db, source_id)
        if source is None:
            raise InputError(f"There is no source with id {source_id}.")
        start, end = max(0, start), min(len(source.body), end)
        quote = source.body[start:end]
        if not quote.strip():
            raise InputError("Select the words of the source the new fact rests on.")
        meta = clean(source.raw).metadata if source.raw else None
        if meta is not None and source.published_on[:4].isdigit():
            meta = replace(
                meta, published_on=source.published_on, context_year=int(source.published_on[:4])
            )
        overlapping = [
            c
            for c in find_candidates(source.body, meta)
            if min(c.end, end) - max(c.start, start) > 0
        ]
        best = max(overlapping, key=lambda c: min(c.end, end) - max(c.start, start), default=None)
        partner = meta.partners[0] if meta is not None and meta.partners else UNKNOWN_PARTNER
        fact = Fact(
            id=None,
            uuid=new_uuid(),
            pair=best.pair if best is not None else f"VN-{partner}",
            topic=best.topic if best is not None else "overview",
            kind=best.kind if best is not None else "statement",
            statement_vi=" ".join(quote.split()),
            event_date=best.event_date if best is not None else "",
            as_of=best.as_of if best is not None else "",
            period=best.period if best is not None else "",
            value=best.value if best is not None else None,
            unit=best.unit if best is not None else "",
            qualifier=best.qualifier if best is not None else "exact",
            metric=best.metric if best is not None else "",
            status="draft",
        )
        with db.atomic():
            fact_store.insert_fact(db, fact, [(source_id, quote, start)])
            if best is not None:  # the desk shows which rule read the selected words
                from briefer.store.desk import record_proposal

                record_proposal(db, fact.uuid, best)
        created = fact_store.get_fact(db, fact.uuid)
        assert created is not None
        return created

    def set_preferred(self, fact_uuid: str) -> Fact:
        """Rank ``fact_uuid`` preferred; other preferred facts of its metric and period go
        back to normal, so one figure is shown and the conflict warning goes away."""
        from dataclasses import replace

        from briefer.domain.rules import conflict_key
        from briefer.store import audit

        db = self.db()
        with db.atomic():
            fact = fact_store.get_fact(db, fact_uuid)
            if fact is None:
                raise InputError(f"There is no fact {fact_uuid}; it may have been deleted.")
            key = conflict_key(fact)
            if key is not None:
                for other in fact_store.list_facts(db, pair=fact.pair, with_citations=False):
                    if (
                        other.uuid != fact.uuid
                        and other.rank == "preferred"
                        and conflict_key(other) == key
                    ):
                        fact_store.update_fact(db, replace(other, rank="normal"))
            updated = fact_store.update_fact(db, replace(fact, rank="preferred"))
            audit.record(db, "prefer", "fact", fact_uuid, {"key": list(key or ())})
        return updated

    def deprecate(self, fact_uuid: str, reason: str = "") -> Fact:
        """Rank a fact deprecated (never shown in a brief), with the editor's reason."""
        return self._set_fields(
            [fact_uuid], "deprecate", {"reason": reason.strip()}, rank="deprecated"
        )[0]

    def conflicts(self, pair: str | None = None) -> list[list[Fact]]:
        """Approved, non-deprecated facts grouped by pair, metric and period whose values
        differ (each group sorted preferred first)."""
        from briefer.domain.rules import conflict_key, value_key

        groups: dict[tuple[str, str, str], list[Fact]] = {}
        for fact in self.facts(pair=pair, status="approved"):
            key = conflict_key(fact)
            if key is None or fact.rank == "deprecated":
                continue
            groups.setdefault((fact.pair, *key), []).append(fact)
        order = {"preferred": 0, "normal": 1}
        return [
            sorted(group, key=lambda f: (order.get(f.rank, 1), f.uuid))
            for _key, group in sorted(groups.items())
            if len({value_key(f) for f in group}) > 1
        ]

    def stale_facts(self, pair: str | None = None, on: date | None = None) -> list[Fact]:
        """Approved facts past their staleness limit on ``on`` (default today)."""
        from briefer.domain.rules import is_stale

        day = on or self.clock.today()
        return [f for f in self.facts(pair=pair, status="approved") if is_stale(f, day)]

    def sources(self) -> list[Source]:
        from briefer.store.sources import list_sources

        return list_sources(self.db())

    def update_source(self, source_id: int, **changes: str) -> Source:
        """Fill in or correct a source's outlet, author, URL or publication date (audited).

        Notes and the Sources annex name where a source was published; a cited source
        without outlet or URL is a warning until an editor fills them in here.
        """
        from briefer.store.sources import EDITABLE_FIELDS, update_source

        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise InputError(
                f"A source's {', '.join(unknown)} cannot be edited here "
                f"(only {', '.join(EDITABLE_FIELDS)})."
            )
        url = changes.get("url", "").strip()
        if url and not re.match(r"(?i)^(https?|ftp)://\S+$", url):
            raise InputError(f"“{url}” is not a web address (it should start with https://).")
        updated = update_source(self.db(), source_id, changes)
        if updated is None:
            raise InputError(f"There is no source {source_id} in the store.")
        return updated

    def source_noise(self, source_id: int) -> list[tuple[str, str]]:
        """What the importer dropped from the source, and why: (text, reason) pairs."""
        from briefer.ingest.clean import clean

        source = get_source(self.db(), source_id)
        if source is None or not source.raw:
            return []
        return [(r.text, r.reason) for r in clean(source.raw).removed]

    def import_files(self, paths: Sequence[str | Path], progress: Progress | None = None):
        """Import article files (each in its own transaction); one FileReport per file."""
        from briefer.ingest.importer import import_files

        return import_files(self.db(), list(paths), progress=progress)

    def export_pack(
        self,
        out: Path,
        pairs: Sequence[str] | None = None,
        include_drafts: bool = False,
        include_retired: bool = False,
        since: str | None = None,
        creator: str | None = None,
    ):
        """Write a fact pack; returns its PackManifest."""
        from briefer.packs.export import export_pack

        return export_pack(
            self.db(), Path(out), pairs, since, include_drafts, include_retired, creator
        )

    def preview_pack(self, path: Path, progress: Callable[[int, int], None] | None = None):
        """What importing the pack would do (dry run; nothing written): an ImportPlan."""
        from briefer.packs.merge import import_pack

        return import_pack(self.db(), Path(path), dry_run=True, progress=progress)

    def import_pack(self, path: Path, progress: Callable[[int, int], None] | None = None):
        """Merge the pack into the store: an ImportPlan of what was done."""
        from briefer.packs.merge import import_pack

        return import_pack(self.db(), Path(path), dry_run=False, progress=progress)

    def fact_history(self, fact_uuid: str) -> list[dict[str, object]]:
        """The fact's audit rows, oldest first: at, actor, action, details."""
        from briefer.store import audit

        return audit.history(self.db(), "fact", fact_uuid)

    # ---- the editor's desk: each draft beside its source, duplicates, English, undo ----
    # briefer/domain/review.py (matches, proposals, decisions), domain/english.py (the
    # suggestion) and store/desk.py (proposal rows, citation moves, progress counts) do the
    # work. Every decision returns a Decision that undo_decision() takes back exactly.

    def desk_queue(self, pair: str | None = None):  # -> list[domain.review.ReviewItem]
        """Drafts with the importer's reasons and the approved facts they resemble."""
        from briefer.domain.review import Proposal, ReviewItem
        from briefer.store import desk

        db = self.db()
        code = fact_store.normalise_pair_code(pair) if pair else None
        drafts = [
            f
            for f in fact_store.list_facts(db, ids=desk.draft_ids(db))
            if code is None or f.pair == code
        ]
        uuids = [f.uuid for f in drafts]
        proposals = desk.proposals(db, uuids)
        different = desk.different_marks(db, uuids)
        with self._desk_lock:
            indexes = {code: self._desk_index(code) for code in sorted({f.pair for f in drafts})}
            return [
                ReviewItem(
                    fact,
                    proposals.get(fact.uuid, Proposal()),
                    tuple(indexes[fact.pair].matches(fact, different.get(fact.uuid, ()))),
                )
                for fact in drafts
            ]

    def _desk_key(self, pair: str) -> tuple[object, ...]:
        """What changes whenever the pair's approved facts or their citations change."""
        db = self.db()
        facts = db.execute(
            "SELECT count(*), max(updated_at), total(revision) FROM fact "
            "WHERE pair = ? AND status = 'approved'",
            [pair],
        ).fetchone()
        # Citations store-wide: cheap to count, and only added or removed by imports, packs
        # and the desk (which follows its own).
        cites = db.execute("SELECT count(*), max(id) FROM citation").fetchone()
        return (*facts, *cites)

    def _desk_index(self, pair: str):  # -> domain.review.MatchIndex
        """The pair's approved facts, ready for matching drafts: built once, then kept in
        step with the desk's own decisions, rebuilt when anything else changed them."""
        from briefer.domain.review import MatchIndex

        key = self._desk_key(pair)
        with self._desk_lock:
            cached = self._desk_indexes.get(pair)
            if cached is not None and cached[0] == key:
                return cached[1]
            index = MatchIndex(fact_store.list_facts(self.db(), pair=pair, status="approved"))
            self._desk_indexes[pair] = (key, index)
            return index

    def _desk_follow(self, write: Callable[[], object], touched: Callable[[], Iterable[Fact]]):
        """Run ``write`` (one of the desk's transactions), then bring the cached match
        indexes in step with the facts it changed (``touched()``: them as they were)."""
        with self._desk_lock:
            current = {
                pair: key
                for pair, (key, _index) in self._desk_indexes.items()
                if self._desk_key(pair) == key
            }
            result = write()
            for was in touched():
                now = fact_store.get_fact(self.db(), was.uuid)
                for pair in {was.pair, now.pair if now else was.pair}:
                    entry = self._desk_indexes.get(pair)
                    if entry is None:
                        continue
                    if pair not in current:  # changed by other means too: rebuild on use
                        del self._desk_indexes[pair]
                    elif now is not None and now.pair == pair:
                        entry[1].put(now)
                    else:
                        entry[1].discard(was.uuid)
            for pair in current:
                if pair in self._desk_indexes:
                    self._desk_indexes[pair] = (self._desk_key(pair), self._desk_indexes[pair][1])
            return result

    def desk_item(self, fact_uuid: str):  # -> domain.review.ReviewItem | None
        """One draft as the queue shows it (after an edit, say)."""
        fact = self.fact(fact_uuid)
        if fact is None:
            return None
        from briefer.domain.review import Proposal, ReviewItem
        from briefer.store import desk

        db = self.db()
        excluded = desk.different_marks(db, [fact_uuid]).get(fact_uuid, set())
        proposal = desk.proposals(db, [fact_uuid]).get(fact_uuid, Proposal())
        with self._desk_lock:
            matches = self._desk_index(fact.pair).matches(fact, excluded)
        return ReviewItem(fact, proposal, tuple(matches))

    def paragraph_of(self, fact: Fact) -> tuple[Source, int, int] | None:
        """The source of ``fact``'s first citation and the bounds of the paragraph holding
        the quote (Python offsets into ``source.body``)."""
        if not fact.citations:
            return None
        cite = fact.citations[0]
        source = self.source(cite.source_id)
        if source is None:
            return None
        body = source.body
        start = body.rfind("\n", 0, cite.start) + 1
        end = body.find("\n", cite.end)
        return source, start, len(body) if end < 0 else end

    def suggest_english(self, fact: Fact):  # -> domain.english.Suggestion
        """An English statement built from ``fact``'s fields, and the terms its quote uses."""
        from briefer.domain.english import suggest_english

        home, _, partner = fact.pair.partition("-")
        known = fact_store.countries(self.db())
        quote = fact.citations[0].quote if fact.citations else fact.statement_vi
        return suggest_english(fact, quote, known.get(home), known.get(partner))

    @staticmethod
    def brief_line(fact: Fact, lang: str) -> str:
        """``fact`` as a brief in ``lang`` prints it: a figure with its period, an event
        with its date; "" when the fact has no statement in ``lang``."""
        from briefer.render.context import when_label, with_period
        from briefer.render.labels import load_labels

        text = " ".join((fact.statement_en if lang == "en" else fact.statement_vi).split())
        if not text:
            return ""
        when = when_label(fact, lang, load_labels(lang))
        if fact.kind == "event" and fact.event_date and when and when not in text:
            return f"{when}: {text}"
        return with_period(text, when) if fact.kind == "figure" else text

    def _decide(self, action: str, drafts: Sequence[str], change) -> object:
        """Run ``change(db, before, added)`` in one transaction; a Decision records it."""
        from briefer.domain.review import Decision

        db = self.db()
        before: dict[str, Fact] = {}
        added: list[int] = []
        different: list[tuple[str, str]] = []

        def snapshot(uuid: str) -> Fact:
            fact = fact_store.get_fact(db, uuid)
            if fact is None:
                raise InputError(f"There is no fact {uuid}; it may have been deleted.")
            before.setdefault(uuid, fact)
            return fact

        def write() -> Decision:
            with db.atomic():
                change(db, snapshot, added, different)
            return Decision(action, tuple(drafts), tuple(before.values()), tuple(added),
                            tuple(different))  # fmt: skip

        return self._desk_follow(write, before.values)

    def desk_accept(self, facts: Sequence[Fact]):  # -> Decision
        """Save the editor's edits of each draft and approve it."""
        from dataclasses import replace

        from briefer.store import audit, desk

        def change(db, snapshot, _added, _different) -> None:
            for fact in facts:
                snapshot(fact.uuid)
                desk.change_pair(db, fact.uuid, fact.pair)  # the importer may guess wrong
                fact_store.update_fact(db, replace(fact, status="approved"))
                audit.record(db, "accept", "fact", fact.uuid, {})

        return self._decide("accept", [f.uuid for f in facts], change)

    def desk_reject(self, uuids: Sequence[str], reason: str = ""):  # -> Decision
        """Retire drafts (kept, never deleted), with the editor's reason if any."""
        from dataclasses import replace

        from briefer.store import audit

        def change(db, snapshot, _added, _different) -> None:
            for uuid in uuids:
                fact_store.update_fact(db, replace(snapshot(uuid), status="retired"))
                audit.record(db, "reject", "fact", uuid, {"reason": reason.strip()})

        return self._decide("reject", list(uuids), change)

    def add_as_second_source(self, draft_uuid: str, fact_uuid: str):  # -> Decision
        """The draft says what approved ``fact_uuid`` says: the fact gains the draft's
        citation and the draft is closed (retired, its trail says where it went)."""
        from dataclasses import replace

        from briefer.store import audit, desk

        def change(db, snapshot, added, _different) -> None:
            draft, fact = snapshot(draft_uuid), snapshot(fact_uuid)
            if fact.status != "approved":
                raise InputError("Only an approved fact can take a second source.")
            for cite in draft.citations:
                known = {(c.source_id, c.start, c.end) for c in fact.citations}
                if (cite.source_id, cite.start, cite.end) not in known:
                    added.append(desk.copy_citation(db, int(fact.id or 0), cite))
            fact_store.update_fact(db, replace(draft, status="retired"))
            audit.record(db, "cited-as-second-source", "fact", fact_uuid, {"from": draft_uuid})
            audit.record(db, "closed", "fact", draft_uuid, {"into": fact_uuid})

        return self._decide("second-source", [draft_uuid], change)

    def supersede(self, draft_uuid: str, fact_uuid: str, draft: Fact | None = None):
        """The draft is the newer figure: approve it (with ``draft``'s edits) and retire
        the approved fact it replaces."""
        from dataclasses import replace

        from briefer.store import audit, desk

        def change(db, snapshot, _added, _different) -> None:
            current, old = snapshot(draft_uuid), snapshot(fact_uuid)
            desk.change_pair(db, draft_uuid, (draft or current).pair)
            fact_store.update_fact(db, replace(draft or current, status="approved"))
            fact_store.update_fact(db, replace(old, status="retired"))
            audit.record(db, "superseded", "fact", fact_uuid, {"by": draft_uuid})

        return self._decide("supersede", [draft_uuid], change)

    def mark_different(self, draft_uuid: str, fact_uuid: str):  # -> Decision
        """The editor says the draft is not the approved fact: stop showing it beside it."""
        from briefer.store import audit, desk

        def change(db, snapshot, _added, different) -> None:
            snapshot(draft_uuid)
            audit.record(db, desk.DIFFERENT, "fact", draft_uuid, {"from": fact_uuid})
            different.append((draft_uuid, fact_uuid))

        return self._decide("different", [draft_uuid], change)

    def undo_decision(self, decision) -> list[Fact]:
        """Take ``decision`` back: facts return to how they were, added citations go."""
        return self._desk_follow(  # type: ignore[return-value]
            lambda: self._undo(decision), lambda: decision.before
        )

    def _undo(self, decision) -> list[Fact]:
        from briefer.store import audit, desk

        db = self.db()
        restored: list[Fact] = []
        with db.atomic():
            for citation_id in decision.added_citations:
                desk.delete_citation(db, citation_id)
            for draft_uuid, other in decision.different:
                audit.record(db, "undo-different", "fact", draft_uuid, {"from": other})
            for fact in decision.before:
                if fact_store.get_fact(db, fact.uuid) is None:
                    raise InputError(f"There is no fact {fact.uuid}; it may have been deleted.")
                desk.change_pair(db, fact.uuid, fact.pair)
                restored.append(fact_store.update_fact(db, fact))
                audit.record(db, "undo", "fact", fact.uuid, {"action": decision.action})
        return restored

    def missing_english(self) -> int:
        """How many approved facts have no English statement (the status bar's count)."""
        from briefer.store import desk

        return desk.approved_without_english(self.db())

    def desk_progress(self):  # -> dict with per-source and per-pair progress
        """Drafts left per source; approved facts per brief section (empty ones too) for
        each pair that has drafts; approved facts with no English statement."""
        from briefer.domain.topics import TOPIC_KEYS
        from briefer.store import desk

        db = self.db()
        drafts = desk.draft_pairs(db)
        per_topic = desk.approved_per_topic(db, drafts)  # the pairs being reviewed
        return {
            "sources": desk.source_progress(db),
            "pairs": {p: {t: per_topic[p].get(t, 0) for t in TOPIC_KEYS} for p in per_topic},
            "drafts": drafts,
            "missing_english": desk.approved_without_english(db),
        }
