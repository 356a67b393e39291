"""What this store knows about its facts for a pack merge, read through the store.

The rows come from :mod:`briefer.store.exchange`; :mod:`briefer.packs.local` shapes them
(packs are pure: they never touch a store).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from briefer.packs.local import LOCAL_COLUMNS, LocalFact, local_fact
from briefer.store.exchange import (
    FactOrigin,
    add_lineage,
    citations_with_sources,
    facts_by_uuid,
    lineage,
    origins,
    set_origins,
)


def local_facts(db: Database, uuids: Sequence[str]) -> dict[str, LocalFact]:
    """The current state of each fact of ``uuids`` the store has, with its citations."""
    rows = facts_by_uuid(db, uuids, LOCAL_COLUMNS)
    cites = citations_with_sources(db, [row[0] for row in rows])
    return {str(row[1]): local_fact(row, cites.get(row[0], ())) for row in rows}


def fact_origin(db: Database, fact_uuid: str) -> FactOrigin | None:
    """The pack fact ``fact_uuid`` last came from, or None for a fact made in this store."""
    return origins(db, [fact_uuid]).get(fact_uuid)


__all__ = [
    "FactOrigin",
    "add_lineage",
    "fact_origin",
    "lineage",
    "local_facts",
    "origins",
    "set_origins",
]
