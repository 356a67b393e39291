"""Where a store's backups live and what each one is: the catalogue (files and sidecars).

Where: ``paths.backups_dir() / "<store stem>-<8 hex of its full path>"``, so two stores both
called ``briefer.sqlite`` in different folders never share (or restore) each other's backups.
Each backup is a single self-contained SQLite file (rollback-journal mode, no ``-wal``) plus a
``.json`` sidecar describing it; a file without its sidecar is never listed. The folder also
holds ``state.json`` (how Briefer last left the store's files, and when it was last restored)
and ``set-aside/`` (store files a restore replaced, never deleted automatically).

Nothing here opens a store: this is file bookkeeping only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from briefer import clock
from briefer.durable import fsync_file
from briefer.paths import backups_dir

SUFFIX = ".sqlite"
SET_ASIDE = "set-aside"
STATE_FILE = "state.json"
STALE_SECONDS = 3600  # temporary files older than this were left by a crash


@dataclass(frozen=True)
class Backup:
    """One verified backup file and what its sidecar says about it."""

    path: Path
    created_at: datetime  # aware, local time
    reason: str
    store: str  # the store it was taken from (full path)
    size: int
    schema_version: int
    signature: str
    audit_mark: int  # highest audit row id in the copy; the audit trail only grows
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def good(self) -> bool:
        return not self.problems

    @property
    def label(self) -> str:
        """'2026-11-24 10:02', the way messages name a backup."""
        return self.created_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": str(self.path),
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "label": self.label,
            "reason": self.reason,
            "store": self.store,
            "size": self.size,
            "schema_version": self.schema_version,
            "good": self.good,
            "problems": list(self.problems),
            "counts": dict(self.counts),
        }


def full_path(path: Path) -> Path:
    """The store's full path (what names its backup folder and its backups' ``store``)."""
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


def backup_folder(store_path: Path) -> Path:
    full = full_path(store_path)
    digest = hashlib.sha1(str(full).encode("utf-8")).hexdigest()[:8]
    return backups_dir() / f"{full.stem}-{digest}"


def now() -> datetime:
    """The clock's now, aware, in local time (backups are named and labelled with it)."""
    return clock.current().now().astimezone()


_locks_guard = threading.Lock()
_locks: dict[str, threading.Lock] = {}


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """One backup or prune at a time per folder in this process (threads share a store)."""
    with _locks_guard:
        lock = _locks.setdefault(str(folder), threading.Lock())
    with lock:
        yield


def _read_sidecar(meta: Path) -> Backup | None:
    data_file = meta.with_suffix(SUFFIX)
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        size = data_file.stat().st_size
        return Backup(
            path=data_file,
            created_at=datetime.fromisoformat(data["created_at"]),
            reason=str(data["reason"]),
            store=str(data["store"]),
            size=size,
            schema_version=int(data["schema_version"]),
            signature=str(data["signature"]),
            audit_mark=int(data["audit_mark"]),
            counts={str(k): int(v) for k, v in data.get("counts", {}).items()},
            problems=tuple(str(p) for p in data.get("problems", [])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(store_path: Path) -> list[Backup]:
    """The store's backups, newest first (only complete ones: file and sidecar)."""
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return []
    found = [b for meta in folder.glob("*.json") if (b := _read_sidecar(meta)) is not None]
    return sorted(found, key=lambda b: (b.created_at, b.name), reverse=True)


def newest_good_backup(store_path: Path) -> Backup | None:
    return next((b for b in list_backups(store_path) if b.good), None)


def newest_good_label(store_path: Path) -> str | None:
    """The newest good backup's label, for the sentence that calls a store damaged."""
    backup = newest_good_backup(store_path)
    return backup.label if backup is not None else None


def set_aside_copies(store_path: Path) -> list[Path]:
    """Store files a restore replaced, newest first (never deleted automatically)."""
    folder = backup_folder(store_path) / SET_ASIDE
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.glob(f"*/{full_path(store_path).name}") if p.is_file()), reverse=True
    )


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace ``path`` with ``data`` all at once (a crash leaves the old file or the new)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_state(folder: Path) -> dict[str, Any]:
    """The folder's ``state.json`` (empty when missing or unreadable)."""
    try:
        data = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def update_state(folder: Path, **changes: Any) -> None:
    """Change some keys of ``state.json`` (best effort: the state is only a shortcut)."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        state = read_state(folder)
        state.update(changes)
        write_json(folder / STATE_FILE, state)


FilesStat = list[list[int] | None]


def files_stat(store_path: Path) -> FilesStat:
    """Identity, size and modification time of the store's main file and its -wal.

    An empty -wal counts as none: opening a WAL store creates one, closing removes it.
    """
    result: FilesStat = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{store_path}{suffix}")
        except OSError:
            result.append(None)
            continue
        result.append([st.st_ino, st.st_size, st.st_mtime_ns] if st.st_size else None)
    return result


__all__ = [
    "SET_ASIDE",
    "STATE_FILE",
    "Backup",
    "FilesStat",
    "backup_folder",
    "files_stat",
    "folder_lock",
    "full_path",
    "list_backups",
    "newest_good_backup",
    "newest_good_label",
    "now",
    "read_state",
    "set_aside_copies",
    "update_state",
    "write_json",
]
