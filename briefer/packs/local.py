"""What the store knows about its facts for merging: current versions, lineage, provenance.

- A fact's *version* (:class:`briefer.packs.format.FactState`) is a hash of its content and
  revision, comparable between stores.
- ``fact_lineage`` holds the versions a fact's current version equals or descends from:
  versions received in packs and versions sent out in packs.
- ``fact_origin`` says which pack a fact last came from, with the revision and version
  received (the baseline of the next merge).

Pure: the rows come from the store (read by :mod:`briefer.sync.pack_local`); this module
shapes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefer.packs.format import CONTENT_FIELDS, FactState, real_or_none, source_key

_VALUE_AT = CONTENT_FIELDS.index("value")
_STATUS_AT = CONTENT_FIELDS.index("status")


@dataclass(frozen=True, slots=True)
class LocalFact:
    id: int
    state: FactState
    status: str
    updated_at: str


def local_fact(row: Sequence[Any], cites: Sequence[Sequence[Any]]) -> LocalFact:
    """A store's fact as the merge sees it, from its row (id, uuid, revision, updated_at,
    *CONTENT_FIELDS) and its citations ((source id, source uuid, source sha256, quote, start,
    end, prefix, suffix), in order)."""
    fact_id, uuid, revision, updated_at, *fields = row
    fields[_VALUE_AT] = real_or_none(fields[_VALUE_AT])
    keys = tuple(
        (source_key(s_uuid, sha), quote, start, end)
        for _sid, s_uuid, sha, quote, start, end, _p, _s in cites
    )
    state = FactState(uuid, tuple(fields), int(revision), keys)
    return LocalFact(int(fact_id), state, str(fields[_STATUS_AT]), updated_at)


LOCAL_COLUMNS = ("uuid", "revision", "updated_at", *CONTENT_FIELDS)

__all__ = ["LOCAL_COLUMNS", "LocalFact", "local_fact"]
