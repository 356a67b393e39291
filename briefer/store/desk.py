"""The store side of the editor's desk: what the importer said about a draft, citations
moved between facts, and the counts the desk shows as progress.

- A draft's :class:`~briefer.domain.review.Proposal` (reasons, confidence) is an audit row
  ``propose`` written with the draft, so it needs no table of its own and stays on the
  fact's trail; "different" verdicts are ``different`` rows on the draft's trail.
- Citations are added and removed one row at a time, so a decision can be undone exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlite_utils import Database

from briefer.batches import chunks, marks
from briefer.domain.model import Citation
from briefer.domain.review import Proposal, proposal_confidence
from briefer.store import audit, writer
from briefer.store.clock import now_iso
from briefer.store.facts import normalise_pair_code
from briefer.text.language import reads_english

PROPOSE = "propose"
DIFFERENT = "different"


class _Proposed(Protocol):  # read-only members, so a frozen Candidate fits
    @property
    def kind(self) -> str: ...
    @property
    def metric(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def period(self) -> str: ...
    @property
    def as_of(self) -> str: ...
    @property
    def event_date(self) -> str: ...
    @property
    def reasons(self) -> tuple[str, ...]: ...


def proposal_of(candidate: _Proposed) -> Proposal:
    """The reasons a candidate carries, with the confidence its reading earns."""
    return Proposal(
        tuple(candidate.reasons),
        proposal_confidence(
            candidate.kind,
            candidate.metric,
            has_value=candidate.value is not None,
            has_period=bool(candidate.period or candidate.as_of),
            has_date=bool(candidate.event_date),
            reasons=candidate.reasons,
        ),
    )


def record_proposal(
    db: Database, fact_uuid: str, candidate: _Proposed, actor: str | None = None
) -> None:
    """Write why ``fact_uuid`` was proposed (call in the transaction that drafts it)."""
    audit.record(db, PROPOSE, "fact", fact_uuid, proposal_of(candidate).as_details(), actor)


def draft_ids(db: Database) -> list[int]:
    """Ids of every draft fact (through the drafts index: the literal matters)."""
    return [int(r[0]) for r in db.execute("SELECT id FROM fact WHERE status = 'draft'")]


def proposals(db: Database, fact_uuids: Iterable[str]) -> dict[str, Proposal]:
    """The recorded proposal of each fact that has one (the latest, if several)."""
    wanted = sorted(set(fact_uuids))
    found: dict[str, Proposal] = {}
    for chunk in chunks(wanted):
        for uuid, details in db.execute(
            "SELECT entity_uuid, details FROM audit WHERE entity = 'fact' AND action = ? "
            f"AND entity_uuid IN ({marks(chunk)}) ORDER BY id",
            [PROPOSE, *chunk],
        ).fetchall():
            try:
                data = json.loads(details)
            except ValueError:
                continue
            if isinstance(data, dict):
                found[uuid] = Proposal.from_details(data)
    return found


def different_marks(db: Database, fact_uuids: Iterable[str]) -> dict[str, set[str]]:
    """For each draft, the approved facts the editor said it differs from."""
    wanted = sorted(set(fact_uuids))
    marks_by: dict[str, set[str]] = {}
    for chunk in chunks(wanted):
        for uuid, action, details in db.execute(
            "SELECT entity_uuid, action, details FROM audit WHERE entity = 'fact' "
            f"AND action IN (?, ?) AND entity_uuid IN ({marks(chunk)}) ORDER BY id",
            [DIFFERENT, "undo-different", *chunk],
        ).fetchall():
            other = str(json.loads(details).get("from", ""))
            chosen = marks_by.setdefault(uuid, set())
            if action == DIFFERENT:
                chosen.add(other)
            else:
                chosen.discard(other)
    return marks_by


def copy_citation(db: Database, fact_id: int, citation: Citation) -> int:
    """Add ``citation`` (another fact's) to fact ``fact_id``; return the new row's id."""
    rows = writer.anchored(db, [(citation.source_id, citation.quote, citation.start)])
    return writer.add_citations(db, fact_id, rows)[0]


def change_pair(db: Database, fact_uuid: str, pair: str, actor: str | None = None) -> None:
    """Move a fact to another pair (an importer's wrong guess), keeping search in step.

    The pair is part of a fact's identity for briefs, so ``update_fact`` never changes it;
    the desk does, for drafts, with its own audit row."""
    code = normalise_pair_code(pair)
    row = db.execute("SELECT id, revision, pair FROM fact WHERE uuid = ?", [fact_uuid]).fetchone()
    if row is None or row[2] == code:
        return
    values = {"pair": code, "updated_at": now_iso(), "revision": row[1] + 1}
    writer.change_facts(db, [(int(row[0]), values)])
    audit.record(db, "update", "fact", fact_uuid, {"pair": code, "was": row[2]}, actor)


def delete_citation(db: Database, citation_id: int) -> None:
    writer.delete_citation(db, citation_id)


@dataclass(frozen=True, slots=True)
class SourceProgress:
    source_id: int
    title: str
    drafts_left: int
    drafts_total: int  # drafts proposed from it, decided or not


def source_progress(db: Database) -> list[SourceProgress]:
    """Per source that still has drafts: how many, of how many it proposed.

    Only the sources of drafts are looked at (through the drafts index), so the count costs
    the same in a store of a hundred facts or of a hundred thousand."""
    rows = db.execute(
        "WITH todo AS (SELECT DISTINCT c.source_id AS id FROM fact f "
        "JOIN citation c ON c.fact_id = f.id WHERE f.status = 'draft') "
        "SELECT s.id, s.title, count(DISTINCT f.id) FILTER (WHERE f.status = 'draft'), "
        "count(DISTINCT f.id) FILTER (WHERE f.status = 'draft' OR EXISTS (SELECT 1 FROM audit a "
        "WHERE a.entity = 'fact' AND a.entity_uuid = f.uuid AND a.action = ?)) "
        "FROM todo JOIN source s ON s.id = todo.id JOIN citation c ON c.source_id = s.id "
        "JOIN fact f ON f.id = c.fact_id GROUP BY s.id ORDER BY s.id",
        [PROPOSE],
    ).fetchall()
    return [SourceProgress(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]


def approved_per_topic(db: Database, pairs: Iterable[str]) -> dict[str, dict[str, int]]:
    """pair → topic → number of approved facts, for ``pairs``."""
    counts: dict[str, dict[str, int]] = {}
    for pair in sorted(set(pairs)):
        rows = db.execute(
            "SELECT topic, count(*) FROM fact WHERE pair = ? AND status = 'approved' "
            "GROUP BY topic",
            [pair],
        ).fetchall()
        counts[pair] = {str(topic): int(count) for topic, count in rows}
    return counts


def draft_pairs(db: Database) -> dict[str, int]:
    return {
        str(pair): int(count)
        for pair, count in db.execute(
            "SELECT pair, count(*) FROM fact WHERE status = 'draft' GROUP BY pair"
        ).fetchall()
    }


def approved_without_english(db: Database) -> int:
    row = db.execute(
        "SELECT count(*) FROM fact WHERE status = 'approved' AND trim(statement_en) = ''"
    ).fetchone()
    return int(row[0])


def approved_without_vietnamese(db: Database) -> int:
    """Approved facts whose Vietnamese statement is still an English source's own words.

    Only facts citing an English source are read (a statement's language is told by its
    letters, in Python, so the SQL narrows the rows first): a Vietnamese source's draft is
    worded in Vietnamese from the start.
    """
    rows = db.execute(
        "SELECT statement_vi FROM fact WHERE status = 'approved' AND EXISTS ("
        " SELECT 1 FROM citation JOIN source ON source.id = citation.source_id"
        " WHERE citation.fact_id = fact.id AND source.language = 'en')"
    )
    return sum(1 for (statement,) in rows if reads_english(statement))


__all__ = [
    "DIFFERENT",
    "PROPOSE",
    "SourceProgress",
    "approved_per_topic",
    "approved_without_english",
    "approved_without_vietnamese",
    "change_pair",
    "copy_citation",
    "delete_citation",
    "different_marks",
    "draft_ids",
    "draft_pairs",
    "proposal_of",
    "proposals",
    "record_proposal",
    "source_progress",
]
