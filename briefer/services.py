"""The use-cases of Briefer: the only API the UI and the command line call.

A ``Services`` object is bound to one store path. It keeps one SQLite connection per thread
(SQLite connections must not cross threads; the UI runs slow work in a thread pool), opened
on first use. Everything it returns is plain domain data, never a connection or a cursor.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from briefer.domain.brief import BRIEF_TYPES, Brief, BriefType, Warning
from briefer.domain.model import Fact, Pair, Source
from briefer.errors import ExportError, InputError, StoreError
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


def init_store(path: Path, demo: bool = False) -> InitResult:
    """Create a new store at ``path`` (optionally with the demo pack); never touch an old one."""
    if path.exists():
        raise StoreError(f"A store already exists at {path}; nothing was changed.")
    db = open_store(path, create=True)
    try:
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

    def __init__(self, store_path: Path | str | None = None, *, demo_on_first_run: bool = True):
        self.store_path = resolve_store_path(store_path)
        self._demo_on_first_run = demo_on_first_run
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[Database] = []

    # ---- connection --------------------------------------------------------------------

    def db(self) -> Database:
        """This thread's connection; the first use creates the store (with the demo pack)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            with self._lock:
                if not self.store_path.exists():
                    init_store(self.store_path, demo=self._demo_on_first_run)
            db = open_store(self.store_path, create=False)
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    def close(self) -> None:
        with self._lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()

    # ---- reading -----------------------------------------------------------------------

    def pairs(self) -> list[Pair]:
        return fact_store.pairs(self.db())

    def facts(
        self, pair: str | None = None, topic: str | None = None, status: str | None = None
    ) -> list[Fact]:
        code = fact_store.normalise_pair_code(pair) if pair else None
        return fact_store.list_facts(self.db(), pair=code, topic=topic, status=status)

    def fact(self, fact_uuid: str) -> Fact | None:
        return fact_store.get_fact(self.db(), fact_uuid)

    def search(
        self, query: str, pair: str | None = None, limit: int = 50, sources: bool = True
    ) -> list[search_store.SearchHit]:
        code = fact_store.normalise_pair_code(pair) if pair else None
        hits = search_store.search_facts(self.db(), query, pair=code, limit=limit)
        if sources and code is None:
            hits += search_store.search_sources(self.db(), query, limit=max(5, limit // 4))
        return hits

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
        from briefer.assemble.assembler import assemble_brief

        code = fact_store.normalise_pair_code(pair)
        the_pair = fact_store.get_pair(self.db(), code)
        if the_pair is None:
            raise InputError(f"The store has no facts for the pair {code}.")
        # Only approved facts can enter a brief; their citations are loaded at render time.
        facts = fact_store.list_facts(self.db(), pair=code, status="approved", with_citations=False)
        return assemble_brief(
            the_pair, brief_type, lang, brief_date or date.today(), facts, marking=marking
        )

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
        brief_store.save_brief(self.db(), brief_uuid, brief)
        return brief_uuid, brief

    def save_brief(self, brief_uuid: str, brief: Brief) -> Brief:
        """Save the officer's edits; return the brief with its warnings recomputed."""
        brief_store.save_brief(self.db(), brief_uuid, brief)
        return brief.with_warnings(self.brief_warnings(brief))

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

        # All the pair's facts, not only the cited ones: a conflict is between the figure in
        # the brief and another approved figure for the same metric that the brief left out.
        facts = {
            f.uuid: f
            for f in fact_store.list_facts(self.db(), pair=brief.pair, with_citations=False)
        }
        cited = {u for item in brief.items() for u in item.cited_fact_uuids()} - facts.keys()
        facts.update(self.facts_by_uuid(cited))
        return check_brief(brief, facts)

    def changed_since_export(self, brief_uuid: str) -> list[dict[str, object]]:
        """Facts the brief used at its last export that changed, were retired or deleted."""
        return brief_store.changed_since_export(self.db(), brief_uuid)

    def render(self, brief: Brief, template: str | None = None):  # -> render.model.Document
        from briefer.render.document import render_document

        cited = {u for item in brief.items() for u in item.cited_fact_uuids()}
        facts = self.facts_by_uuid(cited)
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
    ) -> ExportResult:
        """Write ``brief`` as each of ``formats`` next to ``out_base`` (suffix set per format).

        With ``strict`` any warning stops the export before a file is written. A saved brief
        (``brief_uuid``) records the fact revisions it used, for "changed since export".
        """
        from briefer.export.docx import write_docx
        from briefer.export.pdf import write_pdf

        unknown = [f for f in formats if f not in EXPORT_FORMATS]
        if unknown or not formats:
            raise InputError(f"Briefer exports DOCX or PDF, not {', '.join(unknown) or 'nothing'}.")
        report = progress or (lambda _what, _done: None)
        warnings = self.brief_warnings(brief)
        if strict and warnings:
            raise ExportError(
                f"The brief has {len(warnings)} warnings and --strict is on; nothing was written."
            )
        report("render", 0.1)
        document = self.render(brief, template)
        paths = []
        for index, fmt in enumerate(formats):
            target = export_target(out_base, fmt)
            report(fmt, 0.2 + 0.8 * index / len(formats))
            (write_docx if fmt == "docx" else write_pdf)(document, target)
            paths.append(target)
        if brief_uuid:
            cited = {u for item in brief.items() for u in item.cited_fact_uuids()}
            revisions = {u: f.revision for u, f in self.facts_by_uuid(cited).items()}
            brief_store.record_export(self.db(), brief_uuid, revisions)
        report("done", 1.0)
        return ExportResult(tuple(paths), warnings)

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

    def repair(self) -> RepairResult:
        """Back up, then rebuild search text and indexes; report what a repair cannot fix."""
        from briefer.store.repair import repair_store

        return repair_store(self.store_path)
