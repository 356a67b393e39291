"""Where the store, backups, settings and logs live.

Defaults come from platformdirs (per-user data folder). ``BRIEFER_HOME`` moves the whole
tree (tests and portable installs use it); ``--store`` / ``BRIEFER_STORE`` name the store file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "Briefer"
STORE_FILENAME = "briefer.sqlite"


def home_dir() -> Path:
    override = os.environ.get("BRIEFER_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    override = os.environ.get("BRIEFER_STORE")
    if override:
        return Path(override).expanduser()
    folder = home_dir()
    # Briefer's own folder is Briefer's to make: on a fresh machine it does not exist yet
    # (a store path the user names is not: its folder must exist, or they hear so).
    with contextlib.suppress(OSError):  # read-only home: the store's open says so
        folder.mkdir(parents=True, exist_ok=True)
    return folder / STORE_FILENAME


def backups_dir() -> Path:
    return home_dir() / "backups"


def cache_dir() -> Path:
    """Things kept only to be faster (compiled templates); safe to delete at any time."""
    override = os.environ.get("BRIEFER_HOME")
    if override:
        return Path(override).expanduser() / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def logs_dir() -> Path:
    override = os.environ.get("BRIEFER_HOME")
    if override:
        return Path(override).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def resolve_store_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The store to use: an explicit path wins, then BRIEFER_STORE, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    return default_store_path()
