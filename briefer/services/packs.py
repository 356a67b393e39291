"""Fact packs: write one, preview or merge one, and settle the conflicts a merge recorded.

``briefer.packs`` does the work (loaded when a pack command runs). Pack conflicts are
also listed with sync's in ``briefer.services.sync.conflicts``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.domain.model import Fact
from briefer.services.base import ServicesBase

if TYPE_CHECKING:
    from briefer.packs.format import PackManifest
    from briefer.packs.plan import ImportPlan
    from briefer.sync.pack_conflicts import FactConflict

PackProgress = Callable[[int, int], None]  # (items done, items in all)


class PackServices(ServicesBase):
    def export_pack(
        self,
        out: Path,
        pairs: Sequence[str] | None = None,
        include_drafts: bool = False,
        include_retired: bool = False,
        since: str | None = None,
        creator: str | None = None,
    ) -> PackManifest:
        """Write a fact pack; returns its manifest."""
        from briefer.sync.pack_export import export_pack

        return export_pack(
            self.db(), Path(out), pairs, since, include_drafts, include_retired, creator
        )

    @staticmethod
    def pack_summary(manifest: PackManifest) -> str:
        """What a pack holds, in a few words (``12 facts, 3 sources (VN-CL)``)."""
        from briefer.sync.pack_export import pack_summary

        return pack_summary(manifest)

    def preview_pack(self, path: Path, progress: PackProgress | None = None) -> ImportPlan:
        """What importing the pack would do (dry run; nothing written)."""
        from briefer.sync.pack_import import import_pack

        return import_pack(self.db(), Path(path), dry_run=True, progress=progress)

    def import_pack(self, path: Path, progress: PackProgress | None = None) -> ImportPlan:
        """Merge the pack into the store: the plan of what was done."""
        from briefer.sync.pack_import import import_pack

        return import_pack(self.db(), Path(path), dry_run=False, progress=progress)

    def pack_conflicts(self, include_resolved: bool = False) -> list[FactConflict]:
        """Conflicts recorded by pack imports (open ones unless ``include_resolved``)."""
        from briefer.sync.pack_conflicts import list_conflicts

        return list_conflicts(self.db(), include_resolved=include_resolved)

    def resolve_pack_conflict(self, conflict_id: int, keep: str) -> Fact:
        """Settle a pack conflict by keeping the ``local`` or the ``incoming`` version."""
        from briefer.sync.pack_conflicts import resolve_conflict

        return resolve_conflict(self.db(), conflict_id, keep)
