"""What a pack import did (or, for a dry run, would do): the plan and its conflicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefer.packs.format import PackManifest

REASON_EDITED_HERE = "edited-here"
REASON_DIVERGED = "diverged"


@dataclass(frozen=True, slots=True)
class ConflictReport:
    uuid: str
    reason: str  # edited-here: changed in this store too; diverged: changed apart upstream
    local_revision: int
    incoming_revision: int
    statement_local: str
    statement_incoming: str
    already_recorded: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "reason": self.reason,
            "local_revision": self.local_revision,
            "incoming_revision": self.incoming_revision,
            "statement_local": self.statement_local,
            "statement_incoming": self.statement_incoming,
            "already_recorded": self.already_recorded,
        }


@dataclass
class ImportPlan:
    """What an import did (or, for a dry run, would do)."""

    manifest: PackManifest
    dry_run: bool
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_local: list[str] = field(default_factory=list)
    conflicts: list[ConflictReport] = field(default_factory=list)
    sources_added: list[str] = field(default_factory=list)
    sources_matched: list[str] = field(default_factory=list)
    countries_added: list[str] = field(default_factory=list)

    @property
    def pack_id(self) -> str:
        return self.manifest.pack_id

    @property
    def changes(self) -> int:
        return len(self.added) + len(self.updated) + len(self.conflicts)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "kept_local": len(self.kept_local),
            "conflicts": len(self.conflicts),
            "sources_added": len(self.sources_added),
            "sources_matched": len(self.sources_matched),
            "countries_added": len(self.countries_added),
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "pack": self.manifest.as_dict(),
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "kept_local": self.kept_local,
            "conflicts": [c.as_json() for c in self.conflicts],
            "sources_added": self.sources_added,
        }

    def summary(self) -> str:
        m = self.manifest
        verb = "would add" if self.dry_run else "added"
        head = (
            f"Pack {m.pack_id} from {m.creator or 'unknown'} ({m.created_at}): {verb} "
            f"{len(self.added)} facts, "
            f"{'would update' if self.dry_run else 'updated'} {len(self.updated)}, "
            f"{len(self.unchanged)} unchanged"
        )
        extra = [
            f"{len(self.kept_local)} kept (this store's version is newer)"
            if self.kept_local
            else "",
            f"{len(self.conflicts)} conflicts kept side by side" if self.conflicts else "",
            f"{len(self.sources_added)} new sources" if self.sources_added else "",
        ]
        tail = "".join(f", {e}" for e in extra if e)
        return f"{head}{tail}{'; nothing was written (dry run)' if self.dry_run else ''}."


ImportResult = ImportPlan
