"""Which backups to keep: the retention rule, applied after every backup (``prune``).

Kept: the 10 newest backups; the newest backup of each of the last 14 days; the newest good
backup and the newest "before-upgrade" backup, whatever their age. Copies set aside by a
restore are never deleted automatically. Temporary files and sidecars left by a crash are
removed once they are an hour old.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path

from briefer.durable import file_system_now
from briefer.store.backups.catalogue import (
    STALE_SECONDS,
    STATE_FILE,
    SUFFIX,
    backup_folder,
    folder_lock,
    list_backups,
    now,
)

KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 14


def prune(store_path: Path, today: date | None = None) -> list[Path]:
    """Apply the retention rule; return the backup files removed."""
    folder = backup_folder(store_path)
    removed: list[Path] = []
    with folder_lock(folder):
        backups = list_backups(store_path)
        keep: set[Path] = {b.path for b in backups[:KEEP_NEWEST]}
        today = today or now().date()
        days: set[date] = set()
        for b in backups:
            day = b.created_at.astimezone().date()
            if (today - day) < timedelta(days=KEEP_DAILY_DAYS) and day not in days:
                days.add(day)
                keep.add(b.path)
        for wanted in (
            next((b for b in backups if b.good), None),
            next((b for b in backups if b.reason == "before-upgrade"), None),
        ):
            if wanted is not None:
                keep.add(wanted.path)
        for b in backups:
            if b.path not in keep:
                b.path.unlink(missing_ok=True)
                b.path.with_suffix(".json").unlink(missing_ok=True)
                removed.append(b.path)
        moment = file_system_now(folder)  # ages by the disk's clock, not this process's
        for leftover in folder.glob(".*.tmp*"):
            with contextlib.suppress(OSError):
                if moment - leftover.stat().st_mtime > STALE_SECONDS:
                    leftover.unlink()
        for meta in folder.glob("*.json"):
            if meta.name != STATE_FILE and not meta.with_suffix(SUFFIX).exists():
                with contextlib.suppress(OSError):
                    if moment - meta.stat().st_mtime > STALE_SECONDS:
                        meta.unlink()
    return removed


__all__ = ["KEEP_DAILY_DAYS", "KEEP_NEWEST", "prune"]
