"""What opening a store asks of the layers above it: two hooks, installed by the backups.

Backups use connections, so the modules that open a store may not import the backups. They
ask through these hooks instead, which :mod:`briefer.store.backups` installs when it is
imported (``briefer.store`` imports it, so they are in place wherever a store is used):

- the *backup lookup* names a store's newest good backup, for the sentence that calls a
  store damaged and says the way back;
- the *open guard* runs when this process first opens an existing store for writing, and
  before migrations (it may refuse the store, and takes the "before-upgrade" backup).

Without them (nothing installed) a damaged store is reported without a backup to go back
to, and opening runs no guard. This module is light on purpose: the command line's parser
imports the store package before any store is opened.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

BackupLookup = Callable[[Path], "str | None"]


class OpenGuard(Protocol):
    """Checks run on an existing store before it is used for writing."""

    def __call__(self, conn: sqlite3.Connection, store_path: Path, *, upgrading: bool) -> None:
        """Raise StoreError (one sentence) to refuse the store; nothing written on refusal."""


def _no_backups(_store_path: Path) -> str | None:
    return None


@dataclass
class _Hooks:
    backup_lookup: BackupLookup = _no_backups
    open_guard: OpenGuard | None = None


_hooks = _Hooks()


def install(*, backup_lookup: BackupLookup, open_guard: OpenGuard) -> None:
    """Set the hooks (the backups package does, once, when imported)."""
    _hooks.backup_lookup = backup_lookup
    _hooks.open_guard = open_guard


def newest_good_label(store_path: Path) -> str | None:
    """The label ('2026-11-24 10:02') of the store's newest good backup, or None."""
    try:
        return _hooks.backup_lookup(store_path)
    except (OSError, ValueError):
        return None


def open_guard() -> OpenGuard | None:
    """The guard ``open_store`` runs on first opening an existing store, if one is installed."""
    return _hooks.open_guard


__all__ = ["BackupLookup", "OpenGuard", "install", "newest_good_label", "open_guard"]
