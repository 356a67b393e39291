"""Import source files into the store: each file all or nothing, a report per file.

The services' side of an import: the pure steps are :mod:`briefer.ingest` (read, clean,
metadata, candidates: :mod:`~briefer.ingest.analysis`; the reports:
:mod:`~briefer.ingest.reports`); the writes are the store's (:mod:`briefer.store.intake`).

For each file: read it (:mod:`~briefer.ingest.readers`), skip it when its bytes were
imported before (sha256), clean it (:mod:`~briefer.ingest.clean`), find candidate facts
(:mod:`~briefer.ingest.candidates`), check them against the facts the store already has
(:mod:`~briefer.ingest.matching`), then write the source (cleaned body and raw text) and each
candidate as a **draft** fact citing its exact words, all or nothing (several files share a
transaction, each in its own savepoint: :class:`_Batches`). What the
cleaner removed is not stored: ``clean(source.raw)`` gives it back.

A file Briefer cannot use gets its one-sentence error in its report and leaves the store
untouched; the other files are imported all the same.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefer.domain.model import UNKNOWN_PARTNER, Country, Source
from briefer.errors import BrieferError, InputError
from briefer.ingest.analysis import Analysis, check_sentences, read_metadata, usable_candidates
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import clean
from briefer.ingest.countries import HOME, country_names
from briefer.ingest.drafts import draft_of
from briefer.ingest.matching import FactIndex, Known
from briefer.ingest.pipeline import analyses
from briefer.ingest.readers import RawDocument, read_file
from briefer.ingest.reports import (
    DUPLICATE,
    ERROR,
    IMPORTED,
    CandidateReport,
    FileReport,
    Progress,
    SourceReport,
    candidate_report,
)
from briefer.store import audit, match_lookup, source_keys
from briefer.store.clock import new_uuid, now_iso
from briefer.store.facts import countries
from briefer.store.intake import Draft, write_import
from briefer.store.sources import find_by_sha256, get_source
from briefer.text.controls import readable_path

_log = logging.getLogger("briefer")
_UNKNOWN_NAMES = ("Chưa xác định", "Unknown")
BATCH_FILES = 32  # files committed together (see _Batches)
BATCH_SECONDS = 0.25  # nor longer than this holding the write lock


# ---- the store side of matching --------------------------------------------------------


class _StoredFacts:
    """The store's facts as matching looks them up (:class:`~briefer.ingest.matching.Lookup`):
    those written before this run, through the store's indexes, one candidate at a time."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.up_to = match_lookup.newest_fact_id(db)  # the run's own drafts are in memory

    @staticmethod
    def _known(pair: str, row: tuple[Any, ...], texts: tuple[str, ...]) -> Known:
        _id, uuid, status, kind, metric, period, as_of, event_date, value, unit = row
        return Known(
            uuid, pair, status, kind, metric, period, as_of, event_date, value, unit, texts
        )

    def by_metric(self, pair: str, metric: str) -> Iterator[Known]:
        for row in match_lookup.facts_of_metric(self.db, pair, metric, self.up_to):
            yield self._known(pair, row, ())

    def by_words(self, pair: str, shingles: set[tuple[str, ...]]) -> Iterator[Known]:
        for row, text in match_lookup.texts_sharing_triples(self.db, pair, shingles, self.up_to):
            yield self._known(pair, row, (text,))

    def pair_size(self, pair: str) -> int:
        return match_lookup.pair_size(self.db, pair, self.up_to)

    def pair_texts(self, pair: str) -> Iterator[tuple[Known, int, str]]:
        for row, ref, text in match_lookup.pair_texts(self.db, pair, self.up_to):
            yield self._known(pair, row, ()), ref, text

    def text(self, ref: int) -> str:
        return match_lookup.text_of(self.db, ref)


def _country(code: str) -> Country:
    """A country a pair names that the store does not know yet, with its names."""
    return Country(code, *(_UNKNOWN_NAMES if code == UNKNOWN_PARTNER else country_names(code)))


# ---- one file --------------------------------------------------------------------------


def _duplicate(path: Path, raw: RawDocument, held: Source, why: str) -> FileReport:
    return FileReport(
        readable_path(path),
        DUPLICATE,
        message=(
            f"{raw.filename} is already in the store as source {held.id} "
            f"(“{held.title}”, {why}); nothing added."
        ),
        source=SourceReport(
            id=int(held.id or 0),
            uuid=held.uuid,
            title=held.title,
            outlet=held.outlet,
            author=held.author,
            url=held.url,
            published_on=held.published_on,
            language=held.language,
            kind=held.kind,
        ),
    )


def _import_one(
    db: Database,
    path: Path,
    index: FactIndex,
    actor: str | None,
    retrieved_on: str,
    known_countries: set[str],
    key_index: source_keys.KeyIndex,
    ahead: Analysis | None = None,
    before_write: Callable[[], None] | None = None,
) -> FileReport:
    """Import one file; ``ahead`` is its analysis when a worker already made it;
    ``before_write`` is called once the file is known to be written (it opens the batch's
    transaction: the write lock is not held while a file is read and mined)."""
    raw = ahead.raw if ahead is not None else read_file(path)
    existing = find_by_sha256(db, raw.sha256)
    if existing is not None:
        return _duplicate(path, raw, existing, "the same file")
    cleaned = ahead.cleaned if ahead is not None else clean(raw.text)
    if not cleaned.body.strip():
        raise InputError(
            f"{raw.filename} has no article text once page furniture is removed; nothing added."
        )
    check_sentences(raw.filename, cleaned.body)
    if ahead is not None:
        meta = ahead.metadata
    else:
        cleaned, meta = read_metadata(raw, cleaned)
    keys = source_keys.keys_of(meta.url, cleaned.body, raw.text)
    same = key_index.find(keys)
    if same is not None:
        held = get_source(db, same[0])
        if held is not None:
            why = "the same web address" if same[1].startswith("url:") else "the same text"
            return _duplicate(path, raw, held, why)
    found = ahead.candidates if ahead is not None else find_candidates(cleaned.body, meta)
    candidates = usable_candidates(raw.filename, found)
    matches = [index.match(c) for c in candidates]
    partners = meta.partners
    source_uuid = new_uuid()
    source = Source(
        id=None,
        uuid=source_uuid,
        kind=meta.kind,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        url=meta.url,
        published_on=meta.published_on,
        retrieved_on=retrieved_on,
        language=meta.language,
        body=cleaned.body,
        raw=raw.text,
        sha256=raw.sha256,
    )
    codes = {HOME, *(c.pair.split("-")[1] for c in candidates)}
    uuids = [new_uuid() for _c in candidates]
    reports = [
        candidate_report(c, u, m) for c, u, m in zip(candidates, uuids, matches, strict=True)
    ]
    drafts = [
        Draft(draft_of(c, u), c.quote, c.start, c, m.conflict_with)
        for c, u, m in zip(candidates, uuids, matches, strict=True)
    ]
    details = {
        "file": raw.filename,
        "candidates": len(reports),
        "removed": len(cleaned.removed),
        "corroborates": {r.uuid: list(r.corroborates) for r in reports if r.corroborates},
    }
    new_countries = [_country(code) for code in sorted(codes - known_countries)]
    if before_write is not None:
        before_write()
    source_id = write_import(db, source, keys, key_index, new_countries, drafts, details, actor)
    known_countries.update(codes)
    key_index.written()
    for candidate, report in zip(candidates, reports, strict=True):
        index.add(Known.of(report.uuid, candidate))
    return FileReport(
        readable_path(path),
        IMPORTED,
        message=(
            f"{raw.filename}: source {source_id}, {len(reports)} candidate facts "
            f"(drafts to review)."
        ),
        source=SourceReport(
            id=source_id,
            uuid=source_uuid,
            title=meta.title,
            outlet=meta.outlet,
            author=meta.author,
            url=meta.url,
            published_on=meta.published_on,
            language=meta.language,
            kind=meta.kind,
            number=meta.number,
            file_kind=raw.kind,
            encoding=raw.encoding,
            pairs=tuple(f"{HOME}-{p}" for p in partners[:3]),
            removed=len(cleaned.removed),
        ),
        candidates=tuple(reports),
    )


def _failed(path: Path, sentence: str) -> FileReport:
    return FileReport(readable_path(path), ERROR, error=sentence, message=sentence)


class _Run:
    """What an import run remembers between files: the facts to match against, the known
    countries and source keys. Rebuilt from the store when a batch is lost."""

    def __init__(self, db: Database, files: int = 1) -> None:
        self.index = FactIndex(_StoredFacts(db), files)
        self.countries = set(countries(db))
        self.keys = source_keys.KeyIndex(db)  # also finds sources that came by packs or sync


Lost = list[tuple[int, Path]]  # files of a batch that was not committed: (report index, path)


class _Batches:
    """Several files per transaction: committing is most of the cost of writing a small
    article (the pages of the fact, audit and search indexes it touched, written again for
    every file), so files are committed together, up to ``BATCH_FILES`` files or
    ``BATCH_SECONDS`` of work, whichever comes first (the write lock is not held long).

    Each file is still all or nothing: its rows are written in a savepoint (``write_import``),
    rolled back alone when the file fails. When a file's failure ends the whole transaction
    (SQLite does so on a full disk or an I/O error), or the batch cannot be committed, the
    other files of the batch are imported again one by one, each in its own transaction, as
    before batching. A crash loses the files of the batch not yet committed, never part of a
    file (docs/reliability.md)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pending: Lost = []  # imported in the open transaction, not committed yet
        self.began = 0.0
        self.open = False  # a transaction of ours is open
        self.error = ""  # why the last commit failed
        # A caller's own transaction is the caller's to commit: each file is a savepoint in it.
        self.own = not db.conn.in_transaction

    def begin(self) -> None:
        if self.own and not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")  # IMMEDIATE on a store connection: the write lock
            self.began = time.monotonic()
            self.open = True

    def written(self, at: int, path: Path, status: str) -> Lost | None:
        """After a file's report; the files to import again when the batch was lost."""
        if self.open and not self.db.conn.in_transaction:  # this file's failure ended it
            lost, self.pending, self.open = self.pending, [], False
            return lost
        if status == IMPORTED:
            self.pending.append((at, path))
        if len(self.pending) >= BATCH_FILES or time.monotonic() - self.began >= BATCH_SECONDS:
            return self.commit()
        return None

    def commit(self) -> Lost | None:
        """Commit the open batch; its files when it could not be, with the sentence why."""
        lost, self.pending = self.pending, []
        if not (self.open and self.db.conn.in_transaction):
            self.open = False
            return None
        self.open = False
        try:
            self.db.conn.execute("COMMIT")
        except Exception as exc:  # a full disk (a sentence), or a bug: the files are retried
            if not isinstance(exc, BrieferError):
                _log.exception("committing an import batch")
            self.error = (
                str(exc)
                if isinstance(exc, BrieferError)
                else f"The store could not save the import because of an internal error (a "
                f"bug): {type(exc).__name__}; nothing of this file was added."
            )
            with contextlib.suppress(Exception):
                self.db.conn.rollback()
            return lost
        return None


class _Importer:
    """One run of :func:`import_files`: the files, their reports, the batches."""

    def __init__(self, db: Database, actor: str, paths: Sequence[str | Path]) -> None:
        self.db = db
        self.actor = actor
        self.paths = paths
        self.run = _Run(db, len(paths))
        self.retrieved_on = now_iso()[:10]
        self.reports: list[FileReport] = []
        self.batches = _Batches(db)

    def one(self, path: Path, ahead: Analysis | BrieferError | None) -> None:
        self.reports.append(self._report(path, ahead))
        lost = self.batches.written(len(self.reports) - 1, path, self.reports[-1].status)
        if lost is not None:
            self.again(lost)

    def finish(self) -> None:
        lost = self.batches.commit()
        if lost is not None:
            self.again(lost)

    def again(self, lost: Lost) -> None:
        """Import the files of a lost batch again, one transaction each."""
        # What the lost batch added to it is not in the store.
        self.run = _Run(self.db, len(self.paths))
        for at, path in lost:
            self.reports[at] = self._report(path, None)
            ended = self.batches.open and not self.db.conn.in_transaction
            if ended or self.batches.commit() is not None:
                if not ended:  # written, but the store would not keep it
                    self.reports[at] = _failed(path, self.batches.error)
                self.run = _Run(self.db, len(self.paths))

    def _report(self, path: Path, ahead: Analysis | BrieferError | None) -> FileReport:
        return _import_or_report(
            self.db, path, self.run, self.actor, self.retrieved_on, ahead, self.batches
        )


def import_files(
    db: Database,
    paths: Sequence[str | Path],
    actor: str | None = None,
    progress: Progress | None = None,
) -> list[FileReport]:
    """Import each file all or nothing; return one report per file, in order.

    A file that cannot be used is reported with its one-sentence error and changes nothing;
    the others are imported. Files are committed in batches (:class:`_Batches`).
    ``progress`` (optional) is told the file name and the share done.
    """
    importer = _Importer(db, actor or audit.current_actor(), paths)  # the actor once
    total = max(1, len(paths))
    try:
        # A large batch is analysed by a worker one step ahead of the writes (ingest.pipeline).
        for done, (entry, ahead) in enumerate(zip(paths, analyses(paths), strict=True)):
            path = Path(entry)
            if progress is not None:
                with contextlib.suppress(Exception):  # a UI callback must not break an import
                    progress(readable_path(path.name), done / total)
            importer.one(path, ahead)
        importer.finish()
    finally:
        # Stopped by something else (a bug, an interrupt): the whole files written so far
        # are kept, as when each file had its own transaction.
        with contextlib.suppress(Exception):
            importer.batches.commit()
    if progress is not None:
        with contextlib.suppress(Exception):
            progress("done", 1.0)
    return importer.reports


def _import_or_report(
    db: Database,
    path: Path,
    run: _Run,
    actor: str | None,
    retrieved_on: str,
    ahead: Analysis | BrieferError | None,
    batches: _Batches,
) -> FileReport:
    try:
        if isinstance(ahead, BrieferError):
            raise ahead
        return _import_one(
            db, path, run.index, actor, retrieved_on, run.countries, run.keys, ahead, batches.begin
        )
    except BrieferError as exc:  # a file Briefer cannot use; a full or busy store
        return _failed(path, str(exc))
    except Exception as exc:  # a bug: the other files' outcomes must still be reported
        _log.exception("importing %s", readable_path(path))
        return _failed(
            path,
            f"{readable_path(path.name)} could not be imported because of an internal "
            f"error (a bug): {type(exc).__name__}; nothing of it was added.",
        )


__all__ = [
    "DUPLICATE",
    "ERROR",
    "IMPORTED",
    "Analysis",
    "CandidateReport",
    "FileReport",
    "SourceReport",
    "import_files",
]
