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
from briefer.store import audit, source_keys
from briefer.store.desk import record_proposal
from briefer.store.facts import insert_fact, upsert_country
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
    """Add ``source`` and its ``drafts`` in one transaction; return the source's id."""
    with db.atomic():
        source_id = insert_source(db, source, actor=actor)
        bodies = {source_id: normalize(source.body)}  # as insert_source stored it
        key_index.write(source_id, keys)
        for country in countries:
            upsert_country(db, country)
        for draft in drafts:
            uuid = draft.fact.uuid
            insert_fact(db, draft.fact, [(source_id, draft.quote, draft.start)], actor, bodies)
            record_proposal(db, uuid, draft.proposed, actor)  # the desk shows why
            if draft.conflict_with:
                # A conflict is what a reviewer must see first: on the draft's own trail.
                conflict = {"source": source.uuid, "conflict_with": list(draft.conflict_with)}
                audit.record(db, "import-conflict", "fact", uuid, conflict, actor)
        audit.record(db, "import", "source", source.uuid, details, actor)
    return source_id
