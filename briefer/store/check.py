"""``briefer check``: is the store whole? Schema, pages, foreign keys, search index, quotes.

Each problem is one sentence a user can act on. Nothing here writes to the store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlite_utils import Database

from briefer.store.connection import schema_version
from briefer.store.schema import SCHEMA_VERSION
from briefer.store.search import fts_in_sync
from briefer.text.fold import fold

MAX_LISTED = 50  # per kind of problem; a badly broken store would otherwise print thousands


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "schema_version": self.schema_version,
            "counts": self.counts,
            "problems": self.problems,
        }


class _Listed:
    """Problems of one kind, kept up to MAX_LISTED and counted past it, so a badly broken
    store of 300,000 facts never holds 300,000 sentences."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.items: list[str] = []
        self.more = 0

    def add(self, sentence: str) -> None:
        if len(self.items) < MAX_LISTED:
            self.items.append(sentence)
        else:
            self.more += 1

    def sentences(self) -> list[str]:
        if not self.more:
            return self.items
        return [*self.items, f"… and {self.more} more {self.what}."]


def _misquoted(db: Database) -> list[str]:
    """Citations whose quote is not at its offsets: citations grouped by source, each body
    read once (memory: one body, not one per citation)."""
    misquoted = _Listed("misplaced quotes")
    body_of: tuple[int, str] | None = None
    for cid, source_id, fact_uuid, quote, start, end in db.execute(
        'SELECT c.id, c.source_id, f.uuid, c.quote, c.start, c."end" FROM citation c '
        "JOIN fact f ON f.id = c.fact_id ORDER BY c.source_id, c.id"
    ):
        if body_of is None or body_of[0] != source_id:
            body_of = None  # let the previous body go before the next one is read
            row = db.execute("SELECT body FROM source WHERE id = ?", [source_id]).fetchone()
            body_of = (source_id, row[0] if row is not None else "")
        if body_of[1][start:end] != quote:
            misquoted.add(
                f"Citation {cid} of fact {fact_uuid} quotes “{quote[:50]}”, "
                "which is not at its place in the source."
            )
    return misquoted.sentences()


def check_store(db: Database, *, pages_checked: bool = False) -> CheckReport:
    """Check the store behind ``db``; ``pages_checked``: its pages already passed
    ``PRAGMA integrity_check`` (a fresh backup copy), so they are not read a second time."""
    report = CheckReport()
    report.schema_version = schema_version(db)
    if report.schema_version != SCHEMA_VERSION:
        report.problems.append(
            f"The schema version is {report.schema_version}; this Briefer expects {SCHEMA_VERSION}."
        )
        return report
    try:
        pages = (
            ["ok"]
            if pages_checked
            else [row[0] for row in db.execute("PRAGMA integrity_check(20)").fetchall()]
        )
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"The database file is damaged ({exc}).")
        return report
    if pages != ["ok"]:
        report.problems.extend(f"The database file is damaged: {p}." for p in pages)
        return report

    for table in ("country", "source", "fact", "citation", "brief", "audit"):
        report.counts[table] = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # Every query below is streamed row by row (problems are kept up to MAX_LISTED and
    # counted past it), and a source body is read once for all its citations: a store with a
    # 1 MB article cited 15,000 times must not hold 15,000 bodies.
    broken_links = _Listed("broken links")
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        broken_links.add(f"Row {rowid} of {table} points at a missing row of {parent}.")
    report.problems.extend(broken_links.sentences())
    if not broken_links.items:
        orphans = _Listed("orphaned citations")
        for (cid,) in db.execute(
            "SELECT c.id FROM citation c LEFT JOIN fact f ON f.id = c.fact_id "
            "LEFT JOIN source s ON s.id = c.source_id WHERE f.id IS NULL OR s.id IS NULL"
        ):
            orphans.add(f"Citation {cid} has lost its fact or its source.")
        report.problems.extend(orphans.sentences())

    report.problems.extend(fts_in_sync(db))
    stale_fold = _Listed("facts with stale search text")
    for uuid, vi, en, fvi, fen in db.execute(
        "SELECT uuid, statement_vi, statement_en, folded_vi, folded_en FROM fact"
    ):
        if fold(vi) != fvi or fold(en) != fen:
            stale_fold.add(
                f"The search text of fact {uuid} is out of date (edited outside Briefer?)."
            )
    report.problems.extend(stale_fold.sentences())
    stale_source_fold = _Listed("sources with stale search text")
    for uuid, title, body, ftitle, fbody in db.execute(
        "SELECT uuid, title, body, folded_title, folded_body FROM source"
    ):
        if fold(title) != ftitle or fold(body) != fbody:
            stale_source_fold.add(
                f"The search text of source {uuid} is out of date (edited outside Briefer?)."
            )
    report.problems.extend(stale_source_fold.sentences())
    report.problems.extend(_misquoted(db))

    uncited = _Listed("uncited facts")
    for (uuid,) in db.execute(
        "SELECT f.uuid FROM fact f WHERE f.status = 'approved' AND NOT EXISTS "
        "(SELECT 1 FROM citation c WHERE c.fact_id = f.id)"
    ):
        uncited.add(f"Approved fact {uuid} has no citation.")
    report.problems.extend(uncited.sentences())
    return report
