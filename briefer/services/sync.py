"""Use-cases of the shared hub (sync, conflicts, scripted edits), over a :class:`Services`.

Functions of a services object rather than methods of it, so ``Services.conflicts`` (of
figures) and these (of sync and packs) keep their own names; the UI and the command line
call these, never ``briefer.sync`` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from briefer.domain.brief import Brief
from briefer.domain.model import RANKS, SETTABLE_FIELDS, STATUSES, Fact
from briefer.errors import InputError
from briefer.services.base import ServicesBase
from briefer.store import audit
from briefer.store import facts as fact_store
from briefer.sync import conflicts as conflict_mod
from briefer.sync import engine, hub, ledger
from briefer.sync.briefs import TeamBrief
from briefer.sync.conflicts import Conflict
from briefer.sync.engine import SyncResult

if TYPE_CHECKING:
    from briefer.services.facade import Services


@dataclass(frozen=True, slots=True)
class SyncStatus:
    hub: str  # '' before the first sync; never holds a password
    last_synced: str  # ISO time of the last finished sync, or ''
    classified: bool
    open_conflicts: int


def init_hub(url: str, say: Callable[[str], None] | None = None) -> list[str]:
    """Create or upgrade the hub at ``url``; return the migrations applied now."""
    return hub.init_hub(url, say)


def hub_name(url: str) -> str:
    """The hub at ``url`` as Briefer names it to the user (never with its password)."""
    return hub.describe(hub.without_password(url)[0])


def has_password(url: str) -> bool:
    """Does the hub address carry a password (used once, never remembered)?"""
    return bool(hub.without_password(url)[1])


def sync(
    services: ServicesBase,
    hub_url: str | None = None,
    progress: engine.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Push this store's changes to the hub and pull everyone else's.

    Run it on the thread that owns ``services.db()`` (the app: a worker thread).
    """
    return engine.sync(services.db(), hub_url, progress, cancelled)


def status(services: ServicesBase) -> SyncStatus:
    db = services.db()
    return SyncStatus(
        hub=hub.describe(engine.hub_of(db)) if engine.hub_of(db) else "",
        last_synced=engine.last_synced(db),
        classified=ledger.is_classified(db),
        open_conflicts=len(conflict_mod.list_all(db)),
    )


def conflicts(services: ServicesBase, include_resolved: bool = False) -> list[Conflict]:
    """Conflicts from sync and from fact packs, in one list."""
    return conflict_mod.list_all(services.db(), include_resolved)


def resolve(services: ServicesBase, conflict_id: int, keep: str) -> str:
    """Settle a conflict (keep local, incoming or both); a sentence saying what was done.

    Sync conflicts are settled by :mod:`briefer.sync.conflicts`, pack conflicts by
    :mod:`briefer.sync.pack_conflicts` (which keeps the local or the incoming version).
    """
    db = services.db()
    if keep not in conflict_mod.KEEP_CHOICES:
        raise InputError(f"Keep “local”, “incoming” or “both”, not “{keep}”.")
    if conflict_mod.origin_of(db, conflict_id) == ledger.ORIGIN_SYNC:
        return conflict_mod.resolve(db, conflict_id, keep)
    from briefer.sync.pack_conflicts import resolve_conflict

    if keep == "both":
        raise InputError(
            "A conflict from a fact pack is settled by keeping the local or the incoming version."
        )
    fact = resolve_conflict(db, conflict_id, keep)
    return f"Conflict {conflict_id} settled: kept the {keep} version (revision {fact.revision})."


def make_classified(services: ServicesBase) -> None:
    """Turn this store into a classified (air-gapped) one; one way, and only if it never
    synced over a network."""
    db = services.db()
    if ledger.is_classified(db):
        return
    if engine.hub_of(db):
        raise InputError(
            "This store has synced with a hub, so it cannot become classified; make a new "
            "store with `briefer init --classified` and bring facts in as pack files."
        )
    with db.atomic():
        ledger.set_setting(db, ledger.CLASSIFIED_KEY, "1")
        audit.record(db, "classify", "store", str(services.store_path), {})


def set_fact_field(services: ServicesBase, fact_uuid: str, field: str, value: str) -> Fact:
    """A scripted edit of one field of a fact (a new revision, audited)."""
    if field not in SETTABLE_FIELDS:
        raise InputError(
            f"“{field}” cannot be set this way; choose one of {', '.join(SETTABLE_FIELDS)}."
        )
    new: object = value
    if field == "rank" and value not in RANKS:
        raise InputError(f"A rank is one of {', '.join(RANKS)}, not “{value}”.")
    if field == "status" and value not in STATUSES:
        raise InputError(f"A status is one of {', '.join(STATUSES)}, not “{value}”.")
    if field == "statement_vi" and not value.strip():
        raise InputError("A fact needs a statement in Vietnamese.")
    if field == "value":
        try:
            new = float(value.replace(",", ".")) if value.strip() else None
        except ValueError:
            raise InputError(f"“{value}” is not a number.") from None
    db = services.db()
    with db.atomic():
        fact = fact_store.get_fact(db, fact_uuid)
        if fact is None:
            raise InputError(f"There is no fact {fact_uuid}.")
        changes: dict[str, Any] = {field: new}
        return fact_store.update_fact(db, replace(fact, **changes))


def delete_fact(services: ServicesBase, fact_uuid: str) -> None:
    """Delete a fact (on a synced store the deletion travels as a tombstone)."""
    db = services.db()
    with db.atomic():
        if not fact_store.delete_fact(db, fact_uuid):
            raise InputError(f"There is no fact {fact_uuid}.")


# ---- briefs shared with the team (logic in briefer.sync.briefs) -------------------------------


def share_brief(services: Services, brief_uuid: str, shared: bool = True) -> str:
    """Share a brief with the team from the next sync on (or stop sharing it); its title."""
    from briefer.sync import briefs

    db = services.db()
    return briefs.share(db, brief_uuid) if shared else briefs.unshare(db, brief_uuid)


def is_brief_shared(services: Services, brief_uuid: str) -> bool:
    from briefer.sync import briefs

    return briefs.is_shared(services.db(), brief_uuid)


def team_briefs(services: Services) -> list[TeamBrief]:
    """The briefs others shared with the team, as received at the last sync (read-only)."""
    from briefer.sync import briefs

    return briefs.team_briefs(services.db())


def copy_team_brief(services: Services, brief_uuid: str) -> tuple[str, Brief]:
    """Duplicate a brief someone shared into a brief of one's own: its new uuid and brief."""
    from briefer.store.computed_lines import unmachined_brief
    from briefer.sync import briefs

    shared = briefs.team_brief(services.db(), brief_uuid)
    # (a peer on a Briefer before migration 0016 sent its computed lines in the items'
    # wording: they are the machine's, derived here from this store's facts, not his edits)
    return services.save_brief_as_copy(unmachined_brief(services.db(), shared))


__all__ = [
    "SETTABLE_FIELDS",
    "Conflict",
    "SyncResult",
    "SyncStatus",
    "TeamBrief",
    "conflicts",
    "copy_team_brief",
    "delete_fact",
    "has_password",
    "hub_name",
    "init_hub",
    "is_brief_shared",
    "make_classified",
    "resolve",
    "set_fact_field",
    "share_brief",
    "status",
    "sync",
    "team_briefs",
]
