"""Writing one imported file: its source and its draft facts, in one transaction.

``briefer.ingest`` reads and mines the file and decides what to add (a source, countries,
drafts with their quotes and why they were proposed); this module writes it all or nothing:
the source with its duplicate-finding keys, the countries, each draft with its citation
(through :mod:`briefer.store.writer`), the desk's proposal and the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.domain.model import Country, Fact, Source
from briefer.store import audit, source_keys, writer
from briefer.store.clock import now_iso
from briefer.store.desk import PROPOSE, proposal_of
from briefer.store.facts import fact_row, upsert_country
from briefer.store.sources import insert_source
from briefer.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft fact to add, citing ``quote`` at ``start`` of the new source's body."""

    fact: Fact
    quote: str
    start: int
    proposed: Any  # the candidate, as store.desk.record_proposal reads it: why it was drafted
    conflict_with: tuple[str, ...] = ()  # facts it contradicts (the reviewer sees it first)


def write_import(
    db: Database,
    source: Source,
    keys: Iterable[str],
    key_index: source_keys.KeyIndex,
    countries: Sequence[Country],
    drafts: Sequence[Draft],
    details: dict[str, Any],
    actor: str | None,
) -> int:
    """Add ``source`` and its ``drafts`` in one transaction (a savepoint inside the caller's
    transaction); return the source's id.

    The drafts go in bulk, one statement per table (fact, search row, citation, audit) for
    all of them, not one per draft: the same rows, in the same order, as drafting them one by
    one (each draft's ``create`` row, then its ``propose`` row, then its conflict).
    """
    with db.atomic():
        source_id = insert_source(db, source, actor=actor)
        bodies = {source_id: normalize(source.body)}  # as insert_source stored it
        key_index.write(source_id, keys)
        for country in countries:
            upsert_country(db, country)
        stamp = now_iso()
        items: list[tuple[list[Any], list[writer.CitationRow]]] = []
        trail: list[tuple[str, str, str, dict[str, Any]]] = []
        for draft in drafts:
            row = fact_row(draft.fact, stamp)
            citations = writer.anchored(db, [(source_id, draft.quote, draft.start)], bodies)
            items.append(([row[name] for name in writer.FACT_COLUMNS], citations))
            uuid = str(row["uuid"])
            trail.append(("create", "fact", uuid, {"pair": row["pair"]}))
            # The desk shows why it was proposed.
            trail.append((PROPOSE, "fact", uuid, proposal_of(draft.proposed).as_details()))
            if draft.conflict_with:
                # A conflict is what a reviewer must see first: on the draft's own trail.
                conflict = {"source": source.uuid, "conflict_with": list(draft.conflict_with)}
                trail.append(("import-conflict", "fact", uuid, conflict))
        trail.append(("import", "source", source.uuid, details))
        writer.add_facts(db, items)
        audit.record_many(db, trail, actor, stamp)
    return source_id
