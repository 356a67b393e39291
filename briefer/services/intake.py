"""Import source files into the store: one transaction per file, a report per file.

The services' side of an import: the pure steps are :mod:`briefer.ingest` (read, clean,
metadata, candidates: :mod:`~briefer.ingest.analysis`; the reports:
:mod:`~briefer.ingest.reports`); the writes are the store's (:mod:`briefer.store.intake`).

For each file: read it (:mod:`~briefer.ingest.readers`), skip it when its bytes were
imported before (sha256), clean it (:mod:`~briefer.ingest.clean`), find candidate facts
(:mod:`~briefer.ingest.candidates`), check them against the facts the store already has
(:mod:`~briefer.ingest.matching`), then write the source (cleaned body and raw text) and each
candidate as a **draft** fact citing its exact words, all in one transaction. What the
cleaner removed is not stored: ``clean(source.raw)`` gives it back.

A file Briefer cannot use gets its one-sentence error in its report and leaves the store
untouched; the other files are imported all the same.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path

from sqlite_utils import Database

from briefer.domain.model import UNKNOWN_PARTNER, Country, Source
from briefer.errors import BrieferError, InputError
from briefer.ingest.analysis import Analysis, check_sentences, metadata_of, usable_candidates
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
from briefer.store import audit, source_keys
from briefer.store.clock import new_uuid, now_iso
from briefer.store.facts import countries, facts_to_match
from briefer.store.intake import Draft, write_import
from briefer.store.sources import find_by_sha256, get_source
from briefer.text.controls import readable_path

_log = logging.getLogger("briefer")
_UNKNOWN_NAMES = ("Chưa xác định", "Unknown")


# ---- the store side of matching --------------------------------------------------------


def _known_facts(db: Database, pair: str) -> list[Known]:
    return [
        Known(
            uuid=row[1],
            pair=pair,
            status=row[2],
            kind=row[3],
            metric=row[4],
            period=row[5],
            as_of=row[6],
            event_date=row[7],
            value=row[8],
            unit=row[9],
            texts=(row[10], *quotes),
        )
        for row, quotes in facts_to_match(db, pair)
    ]


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
) -> FileReport:
    """Import one file; ``ahead`` is its analysis when a worker already made it."""
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
    meta = ahead.metadata if ahead is not None else metadata_of(raw, cleaned)
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


def import_files(
    db: Database,
    paths: Sequence[str | Path],
    actor: str | None = None,
    progress: Progress | None = None,
) -> list[FileReport]:
    """Import each file in its own transaction; return one report per file, in order.

    A file that cannot be used is reported with its one-sentence error and changes nothing;
    the others are imported. ``progress`` (optional) is told the file name and the share done.
    """
    actor = actor or audit.current_actor()  # once, not once per audit row
    index = FactIndex(lambda pair: _known_facts(db, pair))
    retrieved_on = now_iso()[:10]
    known_countries = set(countries(db))
    keys = source_keys.KeyIndex(db)  # also finds sources that came by packs or sync
    reports: list[FileReport] = []
    total = max(1, len(paths))
    # A large batch is analysed by a worker one step ahead of the writes (ingest.pipeline).
    for done, (entry, ahead) in enumerate(zip(paths, analyses(paths), strict=True)):
        path = Path(entry)
        if progress is not None:
            with contextlib.suppress(Exception):  # a UI callback must not break an import
                progress(readable_path(path.name), done / total)
        try:
            if isinstance(ahead, BrieferError):
                raise ahead
            reports.append(
                _import_one(db, path, index, actor, retrieved_on, known_countries, keys, ahead)
            )
        except BrieferError as exc:  # a file Briefer cannot use; a full or busy store
            reports.append(_failed(path, str(exc)))
        except Exception as exc:  # a bug: the other files' outcomes must still be reported
            _log.exception("importing %s", readable_path(path))
            reports.append(
                _failed(
                    path,
                    f"{readable_path(path.name)} could not be imported because of an internal "
                    f"error (a bug): {type(exc).__name__}; nothing of it was added.",
                )
            )
    if progress is not None:
        with contextlib.suppress(Exception):
            progress("done", 1.0)
    return reports


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
