"""What the store knows about its facts for merging: current versions, lineage, provenance.

- A fact's *version* (:class:`briefer.packs.format.FactState`) is a hash of its content and
  revision, comparable between stores.
- ``fact_lineage`` holds the versions a fact's current version equals or descends from:
  versions received in packs and versions sent out in packs.
- ``fact_origin`` says which pack a fact last came from, with the revision and version
  received (the baseline of the next merge).

The rows come from the store (:mod:`briefer.store.exchange`); this module only shapes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.packs.format import CONTENT_FIELDS, FactState, real_or_none, source_key
from briefer.store.exchange import (
    FactOrigin,
    add_lineage,
    citations_with_sources,
    facts_by_uuid,
    lineage,
    origins,
    set_origins,
)

CHUNK = 500
_VALUE_AT = CONTENT_FIELDS.index("value")
_STATUS_AT = CONTENT_FIELDS.index("status")


@dataclass(frozen=True, slots=True)
class LocalFact:
    id: int
    state: FactState
    status: str
    updated_at: str


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def local_facts(db: Database, uuids: Sequence[str]) -> dict[str, LocalFact]:
    """The current state of each fact of ``uuids`` the store has, with its citations."""
    rows = facts_by_uuid(db, uuids, ("uuid", "revision", "updated_at", *CONTENT_FIELDS))
    cites = citations_with_sources(db, [row[0] for row in rows])
    found: dict[str, LocalFact] = {}
    for fact_id, uuid, revision, updated_at, *fields in rows:
        fields[_VALUE_AT] = real_or_none(fields[_VALUE_AT])
        keys = tuple(
            (source_key(s_uuid, sha), quote, start, end)
            for _sid, s_uuid, sha, quote, start, end, _p, _s in cites.get(fact_id, ())
        )
        state = FactState(uuid, tuple(fields), int(revision), keys)
        found[uuid] = LocalFact(int(fact_id), state, str(fields[_STATUS_AT]), updated_at)
    return found


def fact_origin(db: Database, fact_uuid: str) -> FactOrigin | None:
    """The pack fact ``fact_uuid`` last came from, or None for a fact made in this store."""
    return origins(db, [fact_uuid]).get(fact_uuid)


__all__ = [
    "FactOrigin",
    "LocalFact",
    "add_lineage",
    "fact_origin",
    "lineage",
    "local_facts",
    "origins",
    "set_origins",
]
