"""Repairs Briefer can make by itself, always after a verified backup.

What ``check_store`` reports falls in two kinds:

- derived data that Briefer can rebuild from the store's own text: the folded search
  columns and the FTS5 indexes (stale after another tool edited a row, or after an index
  was damaged). ``repair_store`` rebuilds them in one transaction;
- everything else (damaged pages, broken links, a quote no longer at its place, an approved
  fact without a citation) needs a person or a backup: ``repair_store`` leaves it and says
  so, and ``briefer restore`` goes back to the newest good backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.store.backups.catalogue import Backup
from briefer.store.backups.copying import make_backup
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.writer import rebuild_search


@dataclass(frozen=True)
class RepairResult:
    store: Path
    backup: Backup | None  # taken before anything was changed (None: nothing to repair)
    fixed: tuple[str, ...]  # problems check_store reported before and not after
    remaining: tuple[str, ...]  # problems a repair cannot fix

    def as_json(self) -> dict[str, Any]:
        return {
            "store": str(self.store),
            "backup": self.backup.as_json() if self.backup else None,
            "fixed": list(self.fixed),
            "remaining": list(self.remaining),
        }


def repair_store(store_path: Path) -> RepairResult:
    """Back up, then rebuild the search text and indexes; report what is fixed and what is not.

    A store that cannot be opened (damaged pages, newer version) raises StoreError from
    ``open_store``: those need ``briefer restore``, not a repair.
    """
    store_path = Path(store_path)
    db = open_store(store_path, create=False)
    try:
        before = check_store(db).problems
        if not before:
            return RepairResult(store_path, None, (), ())
        backup = make_backup(db.conn, store_path, "before-repair")
        with db.atomic():
            rebuild_search(db)
        after = check_store(db).problems
    finally:
        db.close()
    return RepairResult(
        store_path,
        backup,
        fixed=tuple(p for p in before if p not in after),
        remaining=tuple(after),
    )


__all__ = ["RepairResult", "repair_store"]
