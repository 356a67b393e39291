"""Backups, restore and repair: the policy of docs/reliability.md, for the app and the CLI.

``briefer.store.backups`` and ``briefer.store.repair`` do the work. The module-level
functions take a store path, not a :class:`Services`, because they run around the
commands and the app (before a store is opened, after its connections are closed):

- a command that changed the store is backed up after it (:func:`store_files`, then
  :func:`back_up_if_changed`): a small store now, a large one by a detached process;
- the app backs up in a thread (:func:`start_app_backups`), and on quitting waits at most a
  second for an unfinished copy (:func:`finish_app_backups`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.services.base import ServicesBase
from briefer.store.backups import auto, catalogue, copying
from briefer.store.backups.catalogue import Backup

if TYPE_CHECKING:
    from briefer.store.backups.advice import WayOut
    from briefer.store.backups.restore import RestoreResult
    from briefer.store.repair import RepairResult

# Restore, repair and the advice about a damaged store load when they are used: every
# command loads this module (for the backup after it), few of them restore or repair.

FilesStat = list[list[int] | None]  # the store files' identity, size and time
OnProblem = Callable[[str], None]  # a sentence about a copy that failed its verification


def store_files(store_path: Path) -> FilesStat:
    """The store files as they are now (compare after a command with :func:`back_up_if_changed`)."""
    return catalogue.files_stat(store_path)


def store_open_here(store_path: Path) -> bool:
    """True while an SQLite connection of this process still has the store file open (one
    left unclosed, not yet collected): closing it may still change the files."""
    from briefer.store.held import held_by_this_process

    return held_by_this_process(Path(store_path))


def back_up_if_changed(
    store_path: Path, before: FilesStat | None, on_problem: OnProblem | None = None
) -> bool:
    """Back up the store if its files changed since ``before``; True if they had."""
    if not auto.note_own_changes(store_path, before):
        return False
    auto.backup_after_changes(store_path, on_problem=on_problem)
    return True


def start_app_backups(store_path: Path, on_problem: OnProblem | None = None) -> FilesStat:
    """The app: copy in a thread from now on; back up at once a store that was changed
    elsewhere or never backed up. Returns the store files as the app found them."""
    auto.set_background_backups(True, on_problem=on_problem)
    before = catalogue.files_stat(store_path)
    if before[0] is not None and auto.needs_look(store_path):
        auto.backup_after_changes(store_path)
    return before


def finish_app_backups(store_path: Path, before: FilesStat, timeout: float = 1) -> None:
    """The app is quitting: back up its changes; wait at most ``timeout`` seconds (an
    unfinished copy is only a temporary file, removed later, never counted as a backup)."""
    back_up_if_changed(store_path, before)
    auto.wait_for_background_backups(timeout=timeout)


def backup_store(store_path: Path) -> Backup:
    """Make a verified backup now (StoreError with one sentence if impossible)."""
    return copying.backup_now(store_path)


def run_due_backups(store_path: Path) -> Backup | None:
    """``briefer backup --auto``: a backup only if the store changed since its newest one."""
    return auto.run_due_backups(store_path)


def list_backups(store_path: Path) -> list[Backup]:
    """The store's verified backups, newest first."""
    return catalogue.list_backups(store_path)


def set_aside_copies(store_path: Path) -> list[Path]:
    """Earlier versions of the store that restores set aside."""
    return catalogue.set_aside_copies(store_path)


def restore(store_path: Path, backup: Backup | str | Path | None = None) -> RestoreResult:
    """Go back to ``backup`` (default: the newest good one); the current store is set aside."""
    from briefer.store.backups import restore as restoring

    return restoring.restore(store_path, backup)


def keep_current(store_path: Path) -> Backup:
    """Accept a store older than its backups as it is (the "keep-current" action)."""
    from briefer.store.backups import restore as restoring

    return restoring.keep_current(store_path)


class ReliabilityServices(ServicesBase):
    def backups(self) -> list[Backup]:
        """This store's verified backups, newest first."""
        return list_backups(self.store_path)

    def backup_now(self) -> Backup:
        """Make a verified backup now (StoreError with one sentence if impossible)."""
        return backup_store(self.store_path)

    def restore(self, backup: Backup | str | Path | None = None) -> RestoreResult:
        """Go back to ``backup`` (default: the newest good one); the current store is set
        aside first. Closes this object's connections; the next call reopens the store."""
        self.close()
        return restore(self.store_path, backup)

    def damaged_store_way_out(self, error: BaseException | None = None) -> WayOut:
        """What to tell the user about a store that cannot be used, and what to offer."""
        from briefer.store.backups import advice

        return advice.way_out(self.store_path, error)

    def keep_current_store(self) -> Backup:
        """Accept a store older than its backups as it is (the "keep-current" action)."""
        return keep_current(self.store_path)

    def use_background_backups(self, on_problem: OnProblem | None = None) -> None:
        """The app: take automatic backups in a thread; ``on_problem`` gets a sentence if a
        copy fails its verification (called from that thread)."""
        auto.set_background_backups(True, on_problem)

    def repair(self) -> RepairResult:
        """Back up, then rebuild search text and indexes; report what a repair cannot fix."""
        from briefer.store.repair import repair_store

        return repair_store(self.store_path)
