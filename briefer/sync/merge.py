"""Three-way, field-by-field merge of one object (pure: no store, no hub).

*base* is the last copy both sides agreed on (the laptop keeps it), *local* the laptop's
current object, *remote* the hub's; ``None`` means absent or deleted. A field changed on one
side only takes that side's value; a field changed on both sides to different values is a
conflict: the local value stays in the merged object and the hub's is kept in the conflict,
so neither is lost. A deletion against an edit is a conflict too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Payload = dict[str, Any]

REASON_EDITED_BOTH = "edited-both"
REASON_DELETED_HERE = "deleted-here"
REASON_DELETED_ON_HUB = "deleted-on-hub"
DELETED_FIELD = "(deleted)"


@dataclass(frozen=True, slots=True)
class Merged:
    data: Payload | None  # what the laptop should hold now (None: deleted)
    conflicts: tuple[str, ...] = ()  # fields changed differently on both sides
    reason: str = ""

    @property
    def conflicted(self) -> bool:
        return bool(self.conflicts)


def merge(
    fields: Sequence[str], base: Payload | None, local: Payload | None, remote: Payload | None
) -> Merged:
    if local == remote:
        return Merged(local)
    if base is None:
        if local is None:
            return Merged(remote)
        if remote is None:
            return Merged(local)
        base = {}
    if local == base:
        return Merged(remote)
    if remote == base:
        return Merged(local)
    if local is None:
        return Merged(None, (DELETED_FIELD,), REASON_DELETED_HERE)
    if remote is None:
        return Merged(local, (DELETED_FIELD,), REASON_DELETED_ON_HUB)
    merged = dict(local)
    conflicts: list[str] = []
    for name in fields:
        mine, theirs, before = local.get(name), remote.get(name), base.get(name)
        if theirs in (mine, before):
            continue
        if mine == before:
            merged[name] = theirs
        else:
            conflicts.append(name)
    return Merged(merged, tuple(conflicts), REASON_EDITED_BOTH if conflicts else "")


def take(fields: Sequence[str], into: Payload, source: Payload) -> Payload:
    """``into`` with ``fields`` taken from ``source``."""
    return {**into, **{name: source.get(name) for name in fields if name in source}}
