"""Automatic, verified, rotating backups of a store, and going back to one.

Where: ``paths.backups_dir() / "<store stem>-<8 hex of its full path>"``, so two stores both
called ``briefer.sqlite`` in different folders never share (or restore) each other's backups.
Each backup is a single self-contained SQLite file (rollback-journal mode, no ``-wal``) made
with SQLite's backup API, plus a ``.json`` sidecar describing it.

When (docs/reliability.md, "Backups"): never on the way to unrelated work.

- Opening a store (``on_open``, once per process and store) copies nothing: it compares the
  files' identity, size and modification time with those recorded when Briefer last left
  them; if something else changed them it runs ``PRAGMA quick_check`` and refuses a store
  that lost changes its backup has. Before migrations it always makes a "before-upgrade"
  backup, and refuses the upgrade if that fails.
- After work that changed the store (a command, an app session), ``backup_after_changes``
  makes an "auto" backup when the content signature (row counts, highest row ids, latest
  ``updated_at`` of every table, and the schema text) differs from the newest backup's: in
  the same process for a small store, in a detached ``briefer backup --auto`` process for a
  large one (the command returns at once; one such process per store at a time).

A backup counts only once verified: ``PRAGMA integrity_check`` of the copy, then Briefer's
own ``check_store`` (schema, links, search index, quotes). A copy that fails the integrity
check is deleted; a copy whose check finds problems is kept but is not "good", and restoring
picks the newest good backup by default.

Retention (``prune``): the 10 newest backups; the newest backup of each of the last 14 days;
the newest good backup and the newest "before-upgrade" backup, whatever their age. Copies
set aside by a restore are never deleted automatically.

A store that lacks changes its own backup has (its audit trail, which only grows, is shorter
than the newest backup's: the typical result of copying the file without its ``-wal``) is
refused with a sentence that says how to go back to that backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefer import clock
from briefer.durable import sync_folder
from briefer.errors import MissingStoreError, StoreError, StoreTooNewError
from briefer.paths import backups_dir
from briefer.store.connection import (
    BUSY_TIMEOUT_MS,
    DamagedStoreError,
    MissingChangesError,
    StoreBusyError,
    connect_plain,
    damaged_sentence,
)
from briefer.store.schema import SCHEMA_VERSION

log = logging.getLogger("briefer.backup")

KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 14
REASONS = ("auto", "manual", "before-upgrade", "before-repair", "after-restore", "imported")
SET_ASIDE = "set-aside"
STATE_FILE = "state.json"
STALE_SECONDS = 3600  # temporary files older than this were left by a crash
_SUFFIX = ".sqlite"


class CopyDamagedError(Exception):
    """A copy failed ``PRAGMA integrity_check`` (internal: callers turn it into a sentence)."""


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


@dataclass(frozen=True)
class RestoreResult:
    store: Path
    restored_from: Backup
    set_aside: Path | None  # where the replaced store's files were copied, if there was one
    problems: tuple[str, ...]  # check_store on the restored store (normally none)

    def as_json(self) -> dict[str, Any]:
        return {
            "store": str(self.store),
            "restored_from": self.restored_from.as_json(),
            "set_aside": str(self.set_aside) if self.set_aside else None,
            "problems": list(self.problems),
        }


# ---- where backups live ------------------------------------------------------------------------


def _full(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


def backup_folder(store_path: Path) -> Path:
    full = _full(store_path)
    digest = hashlib.sha1(str(full).encode("utf-8")).hexdigest()[:8]
    return backups_dir() / f"{full.stem}-{digest}"


_locks_guard = threading.Lock()
_locks: dict[str, threading.Lock] = {}


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """One backup or prune at a time per folder in this process (threads share a store)."""
    with _locks_guard:
        lock = _locks.setdefault(str(folder), threading.Lock())
    with lock:
        yield


def _read_sidecar(meta: Path) -> Backup | None:
    data_file = meta.with_suffix(_SUFFIX)
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


def set_aside_copies(store_path: Path) -> list[Path]:
    """Store files a restore replaced, newest first (never deleted automatically)."""
    folder = backup_folder(store_path) / SET_ASIDE
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.glob(f"*/{_full(store_path).name}") if p.is_file()), reverse=True
    )


# ---- small file helpers --------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        _fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_state(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _update_state(folder: Path, **changes: Any) -> None:
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        state = _read_state(folder)
        state.update(changes)
        _write_json(folder / STATE_FILE, state)


def _files_stat(store_path: Path) -> list[list[int] | None]:
    """Identity, size and modification time of the main file and its -wal.

    An empty -wal counts as none: opening a WAL store creates one, closing removes it.
    """
    result: list[list[int] | None] = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{store_path}{suffix}")
        except OSError:
            result.append(None)
            continue
        result.append([st.st_ino, st.st_size, st.st_mtime_ns] if st.st_size else None)
    return result


def _now() -> datetime:
    return clock.current().now().astimezone()


# ---- content signature and verification ----------------------------------------------------------


def content_signature(conn: sqlite3.Connection) -> tuple[str, int]:
    """(signature of the content, highest audit row id). Cheap: counts and maxima only."""
    # The schema's text, not PRAGMA schema_version: the backup API bumps that cookie.
    schema = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    parts: list[Any] = [conn.execute("PRAGMA user_version").fetchone()[0], schema]
    tables = conn.execute(
        "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    audit_mark = 0
    for name, sql in tables:
        if str(sql).upper().startswith("CREATE VIRTUAL"):
            continue
        quoted = '"' + str(name).replace('"', '""') + '"'
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({quoted})").fetchall()}
        row: list[Any] = [name, conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]]
        if "WITHOUT ROWID" not in str(sql).upper():
            row.append(conn.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()[0])
        if "updated_at" in columns:
            row.append(conn.execute(f"SELECT max(updated_at) FROM {quoted}").fetchone()[0])
        if name == "audit":
            audit_mark = int(row[2] or 0)
        parts.append(row)
    digest = hashlib.sha256(json.dumps(parts, default=str).encode("utf-8")).hexdigest()
    return digest, audit_mark


def verify_file(path: Path) -> tuple[int, dict[str, int], list[str]]:
    """Check a backup file: (schema version, counts, problems). CopyDamagedError if broken."""
    from briefer.store.check import check_store

    try:
        # Read-write: FTS5's 'integrity-check' is written as an INSERT (it changes nothing).
        conn = connect_plain(path)
    except sqlite3.Error as exc:
        raise CopyDamagedError(str(exc)) from exc
    try:
        try:
            pages = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
        except sqlite3.DatabaseError as exc:
            raise CopyDamagedError(str(exc)) from exc
        if pages != ["ok"]:
            raise CopyDamagedError("; ".join(pages))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == SCHEMA_VERSION:
            report = check_store(Database(conn))
            return version, dict(report.counts), list(report.problems)
        # An older schema (a backup taken before an upgrade): pages and links only.
        problems = [
            f"Row {rowid} of {table} points at a missing row of {parent}."
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
        if version > SCHEMA_VERSION:
            problems.insert(0, "It was written by a newer version of Briefer.")
        return version, {}, problems
    finally:
        conn.close()


def _quick_check(conn: sqlite3.Connection, store_path: Path) -> None:
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except DamagedStoreError:
        raise
    except sqlite3.DatabaseError as exc:
        raise DamagedStoreError(damaged_sentence(store_path)) from exc
    if rows != ["ok"]:
        log.warning("quick_check of %s: %s", store_path, rows)
        raise DamagedStoreError(damaged_sentence(store_path))


def _deadline_progress(seconds: float) -> Callable[[int, int, int], None]:
    """A backup-API progress callback that gives up when a lock outlasts ``seconds``."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


# ---- making backups ------------------------------------------------------------------------------


def make_backup(conn: sqlite3.Connection, store_path: Path, reason: str) -> Backup:
    """Copy the store behind ``conn`` (not inside a transaction) into a verified backup.

    Raises CopyDamagedError when the copy fails its integrity check (the copy is deleted),
    OSError / sqlite3.Error when it cannot be written.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if conn.in_transaction:
        raise ValueError("a backup cannot be taken inside a transaction")
    folder = backup_folder(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    with _folder_lock(folder):
        created = _now()
        stem = f"{created.strftime('%Y%m%d-%H%M%S-%f')}-{reason}"
        final = folder / f"{stem}{_SUFFIX}"
        meta = folder / f"{stem}.json"
        tmp = folder / f".{stem}.{os.getpid()}.tmp"
        try:
            target = sqlite3.connect(str(tmp))
            try:
                conn.backup(target, progress=_deadline_progress(BUSY_TIMEOUT_MS / 1000))
                # A backup is one self-contained file: no -wal beside it.
                target.execute("PRAGMA journal_mode = DELETE")
                signature, audit_mark = content_signature(target)
            finally:
                target.close()
            _fsync_file(tmp)
            version, counts, problems = verify_file(tmp)
            backup = Backup(
                path=final,
                created_at=created,
                reason=reason,
                store=str(_full(store_path)),
                size=tmp.stat().st_size,
                schema_version=version,
                signature=signature,
                audit_mark=audit_mark,
                counts=counts,
                problems=tuple(problems),
            )
            sidecar = backup.as_json()
            sidecar.update(signature=signature, audit_mark=audit_mark)
            sidecar["created_at"] = created.isoformat()
            # The sidecar first: a file without its sidecar is never listed; a sidecar
            # without its file (crash in between) is removed by prune().
            _write_json(meta, sidecar)
            os.replace(tmp, final)
            sync_folder(folder)
        except BaseException:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
            if not final.exists():
                meta.unlink(missing_ok=True)
            raise
    log.info("backup %s of %s (%s)", final.name, store_path, reason)
    with contextlib.suppress(OSError):
        prune(store_path)
    return backup


def backup_now(store_path: Path, reason: str = "manual") -> Backup:
    """Make a verified backup of the store at ``store_path`` now; StoreError if impossible."""
    from briefer.store.connection import _check_file, _verify_schema

    store_path = Path(store_path)
    if not store_path.exists():
        raise StoreError(f"There is no store at {store_path}.")
    _check_file(store_path)
    try:
        conn = connect_plain(store_path)
    except sqlite3.Error as exc:
        raise StoreError(f"The store {store_path} cannot be opened ({exc}).") from exc
    try:
        _verify_schema(Database(conn), store_path)
        return make_backup(conn, store_path, reason)
    except CopyDamagedError as exc:
        raise DamagedStoreError(damaged_sentence(store_path)) from exc
    except StoreError:
        raise
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DamagedStoreError(damaged_sentence(store_path)) from exc
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc):
            raise StoreBusyError(
                f"The store {store_path} is busy in another program; try again in a moment."
            ) from exc
        raise StoreError(f"The backup of {store_path} could not be made ({exc}).") from exc
    except OSError as exc:
        raise StoreError(
            f"The backup of {store_path} could not be written to {backup_folder(store_path)} "
            f"({exc.strerror or exc})."
        ) from exc
    finally:
        conn.close()


# ---- retention -----------------------------------------------------------------------------------


def prune(store_path: Path, today: date | None = None) -> list[Path]:
    """Apply the retention rule; return the backup files removed."""
    folder = backup_folder(store_path)
    removed: list[Path] = []
    with _folder_lock(folder):
        backups = list_backups(store_path)
        keep: set[Path] = {b.path for b in backups[:KEEP_NEWEST]}
        today = today or _now().date()
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
        now = time.time()
        for leftover in folder.glob(".*.tmp*"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_SECONDS:
                    leftover.unlink()
        for meta in folder.glob("*.json"):
            if meta.name != STATE_FILE and not meta.with_suffix(_SUFFIX).exists():
                with contextlib.suppress(OSError):
                    if now - meta.stat().st_mtime > STALE_SECONDS:
                        meta.unlink()
    return removed


# ---- background backups (the app) ----------------------------------------------------------------

# The app backs up a small store in a thread (a large one in a separate process, see
# ``backup_after_changes``); a copy that fails its verification is reported through
# ``on_problem`` (one sentence), and always logged.
_background_lock = threading.Lock()
_background: dict[str, Any] = {"enabled": False, "on_problem": None, "threads": []}


def set_background_backups(enabled: bool, on_problem: Callable[[str], None] | None = None) -> None:
    """Run automatic backups in a thread (the app) or while opening (default: CLI, tests)."""
    with _background_lock:
        _background["enabled"] = enabled
        _background["on_problem"] = on_problem


def wait_for_background_backups(timeout: float | None = None) -> bool:
    """Wait for running background backups (e.g. before quitting); True if none is left."""
    with _background_lock:
        threads: list[threading.Thread] = list(_background["threads"])
    deadline = None if timeout is None else time.monotonic() + timeout
    for thread in threads:
        thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
    with _background_lock:
        _background["threads"] = [t for t in _background["threads"] if t.is_alive()]
        return not _background["threads"]


def _copy_problem(store_path: Path) -> str:
    """Why a copy failed its check: the store itself, or the place backups are written."""
    try:
        conn = connect_plain(store_path)
        try:
            sound = [r[0] for r in conn.execute("PRAGMA quick_check(1)").fetchall()] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        sound = False
    if not sound:
        return damaged_sentence(store_path)
    return (
        f"Briefer could not make a sound backup of the store {store_path} in "
        f"{backup_folder(store_path)} (the copy failed its check); the store itself is sound."
    )


def _backup_in_background(store_path: Path) -> None:
    on_problem: Callable[[str], None] | None = _background["on_problem"]

    def run() -> None:
        try:
            run_due_backups(store_path, on_problem)
        except Exception:  # a thread has no caller to raise to: log it with its traceback
            log.warning("background backup of %s failed", store_path, exc_info=True)

    thread = threading.Thread(target=run, name="briefer-backup", daemon=True)
    with _background_lock:
        _background["threads"] = [t for t in _background["threads"] if t.is_alive()]
        _background["threads"].append(thread)
    thread.start()


# ---- on opening a store --------------------------------------------------------------------------


def _check_not_behind(conn: sqlite3.Connection, store_path: Path, backups: list[Backup]) -> None:
    here = str(_full(store_path))
    try:
        floor = datetime.fromisoformat(_read_state(backup_folder(store_path))["restored_at"])
    except (KeyError, TypeError, ValueError):
        floor = None
    mine = [b for b in backups if b.store == here and (floor is None or b.created_at >= floor)]
    if not mine:
        return
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'"
    ).fetchone()
    mark = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]) if row else 0
    ahead = [b for b in mine if b.audit_mark > mark]
    if not ahead:
        return
    target = next((b for b in ahead if b.good), ahead[0])
    raise MissingChangesError(
        f"The store {store_path} is missing changes that its backup of {target.label} has "
        "(was it copied without its “-wal” file?); run `briefer restore` to go back to "
        "that backup, or `briefer restore --keep-current` to keep the store as it is."
    )


def keep_current(store_path: Path) -> Backup:
    """Accept the store as it is after a "missing changes" refusal (e.g. an older copy put
    back on purpose): older backups stay listed but no longer count, and a backup of the
    current store is made now."""
    _update_state(backup_folder(store_path), restored_at=_now().isoformat(), checked=None)
    return backup_now(store_path, reason="manual")


def on_open(conn: sqlite3.Connection, store_path: Path, *, upgrading: bool) -> None:
    """Checks when ``open_store`` opens an existing store for writing (once per process).

    Opening never copies the store (see ``backup_after_changes`` for when backups are made):
    it refuses a store that lost changes its backup has, ``quick_check``s a store whose files
    changed since Briefer last left them (another program wrote, or the file was damaged or
    put back), and makes the "before-upgrade" backup that migrations need.
    """
    store_path = Path(store_path)
    folder = backup_folder(store_path)
    stat = _files_stat(store_path)
    if not upgrading and _read_state(folder).get("checked") == stat:
        return
    backups = list_backups(store_path)
    _check_not_behind(conn, store_path, backups)
    if upgrading:
        try:
            make_backup(conn, store_path, "before-upgrade")
        except CopyDamagedError as exc:
            _quick_check(conn, store_path)  # raises if the store itself is damaged
            log.error("backup of %s failed verification: %s", store_path, exc)
            raise StoreError(
                f"Briefer could not make a sound backup of the store {store_path} before "
                "upgrading it, so nothing was changed; run `briefer check`."
            ) from exc
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, StoreError):
                raise
            reason_text = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise StoreError(
                f"Briefer could not back up the store {store_path} before upgrading it "
                f"({reason_text}), so nothing was changed."
            ) from exc
    else:
        _quick_check(conn, store_path)
    _update_state(folder, checked=stat)


# ---- automatic backups: after changes, never on the way to unrelated work --------------------

# A store up to this size (main file and -wal) is copied and verified in a fraction of a second
# (the demo store, 0.5 MB: ~0.05 s; 17 MB: ~0.45 s of CPU), so a command that changed it backs
# it up before it exits. A larger one is handed to a separate, detached ``briefer backup
# --auto`` process: the command that changed it returns at once, and the app can quit
# without waiting for the copy.
INLINE_BYTES = 8 * 2**20
AUTO_LOCK = "auto.lock"
_spawned: list[Any] = []


def files_stat(store_path: Path) -> list[list[int] | None]:
    """The store files' identity, size and modification time (compare before and after)."""
    return _files_stat(Path(store_path))


def needs_look(store_path: Path) -> bool:
    """True when the store has no backup, or its files changed since Briefer last left them."""
    store_path = Path(store_path)
    checked = _read_state(backup_folder(store_path)).get("checked")
    return checked != _files_stat(store_path) or not list_backups(store_path)


def note_own_changes(store_path: Path, before: list[list[int] | None] | None) -> bool:
    """After Briefer's own work on the store: True if its files changed since ``before``.

    The files as Briefer left them are recorded, so the next opening skips its
    ``quick_check`` (that check is for changes made by something else).
    """
    store_path = Path(store_path)
    after = _files_stat(store_path)
    if after == before or after[0] is None:
        return False
    _update_state(backup_folder(store_path), checked=after)
    return True


def backup_after_changes(store_path: Path, on_problem: Callable[[str], None] | None = None) -> str:
    """Back up a store that changed, in the way that keeps the user from waiting.

    Returns how: "inline" (a small store, now, in this thread), "thread" (a small store in
    the app: a background thread), or "process" (a large store: a detached process).
    Nothing is copied when the content equals the newest backup's.
    """
    store_path = Path(store_path)
    size = sum(s[1] for s in _files_stat(store_path) if s is not None)
    if size > INLINE_BYTES:
        _spawn_backup_process(store_path)
        return "process"
    if _background["enabled"]:
        _backup_in_background(store_path)
        return "thread"
    run_due_backups(store_path, on_problem)
    return "inline"


def _spawn_backup_process(store_path: Path) -> None:
    import subprocess
    import sys

    if _lock_holder(backup_folder(store_path)) is not None:
        return  # a backup process is at work; it looks again before it ends
    if getattr(sys, "frozen", False):  # the installed bundle: its executable is `briefer`
        command = [sys.executable, "backup", "--auto", "--store", str(store_path)]
    else:
        command = [sys.executable, "-m", "briefer", "backup", "--auto", "--store", str(store_path)]
    options: dict[str, Any] = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if os.name == "nt":
        options["creationflags"] = 0x00000008 | 0x00000200  # DETACHED, NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    try:
        # Kept referenced: the process is not waited for, and is left running when we exit.
        _spawned.append(subprocess.Popen(command, **options))
    except OSError:
        log.warning("could not start the backup process for %s", store_path, exc_info=True)


def _lock_holder(folder: Path) -> str | None:
    """The pid written in a live auto-backup lock, or None (no lock, or one left by a crash).

    On POSIX the holder's liveness decides, not the lock's age: the age compares the
    file's timestamp with this process's clock, which need not agree with the disk's
    (a network share, a clock moved for tests). Elsewhere an hour-old lock is stale.
    """
    lock = folder / AUTO_LOCK
    try:
        holder = lock.read_text(encoding="utf-8").strip()
        age = time.time() - lock.stat().st_mtime
    except OSError:
        return None
    if os.name == "posix" and holder.isdigit():
        if int(holder) == os.getpid():
            return holder  # another thread of this process is at it
        try:
            os.kill(int(holder), 0)  # signal 0: is that process still there?
        except ProcessLookupError:
            return None  # it ended without removing its lock (killed)
        except OSError:
            pass  # there, but not ours to signal
        return holder
    if age > STALE_SECONDS:
        return None
    return holder or "?"


@contextlib.contextmanager
def _auto_lock(folder: Path) -> Iterator[bool]:
    """One automatic backup at a time per store, across processes (True if we hold it)."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / AUTO_LOCK
    if lock.exists() and _lock_holder(folder) is None:  # left by a crash
        lock.unlink(missing_ok=True)
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        yield False
        return
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield True
    finally:
        lock.unlink(missing_ok=True)


def _due(store_path: Path) -> bool:
    conn = connect_plain(store_path)
    try:
        signature, _ = content_signature(conn)
    finally:
        conn.close()
    newest = next(iter(list_backups(store_path)), None)
    return newest is None or newest.signature != signature


def run_due_backups(
    store_path: Path, on_problem: Callable[[str], None] | None = None
) -> Backup | None:
    """Make an "auto" backup if the content differs from the newest backup's (``briefer
    backup --auto``, and small stores after a change). Another process already at it is
    left to it: it looks at the store again before it ends. Problems are logged and passed
    to ``on_problem`` as one sentence; this never raises for a failed copy."""
    from briefer.store.connection import _check_file

    store_path = Path(store_path)
    if not store_path.exists():
        return None  # never create a store by backing it up
    _check_file(store_path)  # not a store: one sentence (StoreError), nothing written
    folder = backup_folder(store_path)
    made: Backup | None = None
    try:
        for _round in range(3):
            with _auto_lock(folder) as mine:
                if not mine:
                    return made
                while _due(store_path):
                    conn = connect_plain(store_path)
                    try:
                        made = make_backup(conn, store_path, "auto")
                    finally:
                        conn.close()
            # A change committed while we held the lock may have seen it and left it to us.
            if not _due(store_path):
                return made
    except CopyDamagedError as exc:
        log.error("automatic backup of %s failed verification: %s", store_path, exc)
        if on_problem is not None:
            on_problem(_copy_problem(store_path))
    except (OSError, sqlite3.Error) as exc:
        log.warning("automatic backup of %s failed", store_path, exc_info=True)
        if on_problem is not None:
            on_problem(
                f"The automatic backup of the store {store_path} failed "
                f"({exc.strerror if isinstance(exc, OSError) else exc}); run `briefer backup`."
            )
    return made


# ---- restoring -----------------------------------------------------------------------------------


def adopt_file(store_path: Path, file: Path) -> Backup:
    """Turn any Briefer store file (an old copy, a set-aside store) into a verified backup."""
    from briefer.store.connection import _check_file, _verify_schema

    file = Path(file)
    if not file.is_file():
        raise StoreError(f"There is no backup file {file}.")
    _check_file(file)
    with tempfile.TemporaryDirectory(prefix="briefer-adopt-") as scratch:
        # Work on a copy (with its -wal, if any) so the file itself is never written.
        copy = Path(scratch) / "store.sqlite"
        shutil.copyfile(file, copy)
        if Path(f"{file}-wal").exists():
            shutil.copyfile(f"{file}-wal", f"{copy}-wal")
        conn = connect_plain(copy)
        try:
            _verify_schema(Database(conn), file)
            return make_backup(conn, store_path, "imported")
        except CopyDamagedError as exc:
            raise StoreError(f"The file {file} is damaged too; choose another backup.") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The file {file} cannot be used as a backup ({exc}).") from exc
        finally:
            conn.close()


def _choose(store_path: Path, backup: Backup | str | Path | None) -> Backup:
    if isinstance(backup, Backup):
        return backup
    backups = list_backups(store_path)
    if backup is None:
        good = next((b for b in backups if b.good), None)
        if good is None:
            raise StoreError(f"There is no good backup of the store {store_path} to go back to.")
        return good
    text = str(backup)
    for b in backups:
        if text in (b.name, b.path.stem, str(b.path)):
            return b
    candidate = Path(text).expanduser()
    if candidate.is_file():
        return adopt_file(store_path, candidate)
    raise StoreError(
        f"There is no backup called {text}; `briefer restore --list` shows the backups."
    )


def _set_aside(store_path: Path) -> Path:
    """Copy the store's files (main, -wal, -journal) aside, under its write lock if possible."""
    dest = backup_folder(store_path) / SET_ASIDE / _now().strftime("%Y%m%d-%H%M%S-%f")
    dest.mkdir(parents=True, exist_ok=True)
    lock: sqlite3.Connection | None = None
    try:
        lock = sqlite3.connect(str(store_path), timeout=BUSY_TIMEOUT_MS / 1000)
        lock.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if lock is not None:
            lock.close()
        lock = None
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreBusyError(
                f"The store {store_path} is in use by another Briefer or another program; "
                "close it there and restore again."
            ) from exc
    except sqlite3.Error:  # a damaged store cannot be locked; copy it as it is
        if lock is not None:
            lock.close()
        lock = None
    try:
        for suffix in ("", "-wal", "-journal"):
            source = Path(f"{store_path}{suffix}")
            if source.exists():
                target = dest / f"{store_path.name}{suffix}"
                shutil.copyfile(source, target)
                _fsync_file(target)
        sync_folder(dest)
    finally:
        if lock is not None:
            with contextlib.suppress(sqlite3.Error):
                lock.rollback()
            lock.close()
    return dest / store_path.name


def _put_in_place(source: Path, store_path: Path) -> None:
    """Make the store's content equal the backup's.

    Through the backup API when the store can be written by SQLite (other connections,
    even in other processes, then see the restored content coherently); by replacing the
    file when SQLite cannot use it (a damaged store), after removing its -wal and -shm.
    """
    if store_path.exists():
        src = connect_plain(source, readonly=True)
        dst: sqlite3.Connection | None = None
        try:
            dst = sqlite3.connect(str(store_path), timeout=BUSY_TIMEOUT_MS / 1000)
            src.backup(dst, progress=_deadline_progress(BUSY_TIMEOUT_MS / 1000))
            if [r[0] for r in dst.execute("PRAGMA quick_check").fetchall()] == ["ok"]:
                return
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusyError(
                    f"The store {store_path} is in use by another Briefer or another program; "
                    "close it there and restore again."
                ) from exc
            log.info("restoring %s by replacing the file (%s)", store_path, exc)
        except sqlite3.Error as exc:
            log.info("restoring %s by replacing the file (%s)", store_path, exc)
        finally:
            src.close()
            if dst is not None:
                with contextlib.suppress(sqlite3.Error):
                    dst.close()
    tmp = store_path.with_name(f".{store_path.name}.{os.getpid()}.restoring")
    try:
        shutil.copyfile(source, tmp)
        _fsync_file(tmp)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{store_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, store_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(store_path.parent)


def restore(store_path: Path, backup: Backup | str | Path | None = None) -> RestoreResult:
    """Go back to ``backup`` (default: the newest good one); the current store is set aside.

    Close every connection of this process to the store first. Raises StoreError with one
    sentence when there is nothing to restore, the backup is damaged or newer, or the store
    is in use.
    """
    from briefer.store.check import check_store
    from briefer.store.connection import open_store

    store_path = Path(store_path)
    chosen = _choose(store_path, backup)
    try:
        version, _counts, _problems = verify_file(chosen.path)
    except CopyDamagedError as exc:
        raise StoreError(
            f"The backup {chosen.name} is damaged; choose another one (`briefer restore --list`)."
        ) from exc
    if version > SCHEMA_VERSION:
        raise StoreTooNewError(
            f"The backup {chosen.name} was written by a newer version of Briefer; "
            "update Briefer to restore it."
        )
    try:
        aside = _set_aside(store_path) if store_path.exists() else None
        _put_in_place(chosen.path, store_path)
    except OSError as exc:
        raise StoreError(
            f"The store {store_path} could not be restored ({exc.strerror or exc}); "
            "it was left as it was."
        ) from exc
    folder = backup_folder(store_path)
    _update_state(folder, restored_at=_now().isoformat(), checked=None)
    # A fresh backup of what was restored: the newest backup is now the restored content.
    conn = connect_plain(store_path)
    try:
        with contextlib.suppress(OSError, sqlite3.Error, CopyDamagedError):
            make_backup(conn, store_path, "after-restore")
    finally:
        conn.close()
    db = open_store(store_path, create=False)
    try:
        problems = tuple(check_store(db).problems)
    finally:
        db.close()
    log.info("restored %s from %s (set aside: %s)", store_path, chosen.path, aside)
    return RestoreResult(store_path, chosen, aside, problems)


# ---- the way out of a store that cannot be used -----------------------------------------------


@dataclass(frozen=True)
class WayOut:
    """What the app shows when the store cannot be used, and what it can offer.

    ``actions`` in the order to offer them: "repair" (rebuild the search text and index,
    after a backup), "restore" (go back to ``backup``; the current file is set aside),
    "keep-current" (accept a store older than its backups), "open-read-only",
    "update-briefer", "retry", "choose-another-store", "quit".
    """

    store: Path
    kind: str  # ok | problems | damaged | missing-changes | missing | too-new | busy | unusable
    problem: str  # one sentence: what is wrong
    message: str  # one or two sentences for the dialog: what is wrong and what Briefer offers
    backup: Backup | None
    can_open_read_only: bool
    actions: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "store": str(self.store),
            "kind": self.kind,
            "problem": self.problem,
            "message": self.message,
            "backup": self.backup.as_json() if self.backup else None,
            "can_open_read_only": self.can_open_read_only,
            "actions": list(self.actions),
        }


def _opens_read_only(store_path: Path) -> bool:
    from briefer.store.connection import open_store, remove_created_side_files, side_files

    existed = side_files(store_path)
    try:
        db = open_store(store_path, create=False, readonly=True, migrate=False)
    except StoreError:
        return False
    try:
        db.execute("SELECT count(*) FROM fact").fetchone()
        return True
    except sqlite3.Error:
        return False
    finally:
        db.close()
        remove_created_side_files(store_path, existed)


def way_out(store_path: Path, error: BaseException | None = None) -> WayOut:
    """Classify why the store cannot be used (``error`` from opening it, or a fresh look)."""
    from briefer.store.check import check_store
    from briefer.store.connection import open_store

    store_path = Path(store_path)
    problem = str(error) if error is not None else ""
    kind = "unusable"
    if error is None:
        try:
            db = open_store(store_path, create=False)
        except StoreError as exc:
            error, problem = exc, str(exc)
        else:
            try:
                report = check_store(db)
            finally:
                db.close()
            kind = "problems" if report.problems else "ok"
            problem = report.problems[0] if report.problems else "The store is sound."
    if isinstance(error, MissingStoreError):
        kind = "missing"
    elif isinstance(error, MissingChangesError):
        kind = "missing-changes"
    elif isinstance(error, DamagedStoreError):
        kind = "damaged"
    elif isinstance(error, StoreTooNewError):
        kind = "too-new"
    elif isinstance(error, StoreBusyError):
        kind = "busy"
    backup = newest_good_backup(store_path)
    read_only = kind not in ("ok", "too-new", "busy", "missing") and _opens_read_only(store_path)
    actions: list[str] = []
    if kind == "problems":
        actions.append("repair")
    if kind in ("damaged", "missing-changes", "problems", "unusable", "missing") and backup:
        actions.append("restore")
    if kind == "missing-changes":
        actions.append("keep-current")
    if read_only:
        actions.append("open-read-only")
    if kind == "too-new":
        actions.append("update-briefer")
    if kind == "busy":
        actions.append("retry")
    if kind == "unusable":
        actions.append("choose-another-store")
    actions.append("quit")
    offer = (
        f" Briefer can go back to the backup of {backup.label}; the current file is kept aside."
        if "restore" in actions and backup is not None
        else ""
    )
    if kind == "ok":
        message = "The store is sound."
    elif kind == "too-new":
        message = f"{problem} Update Briefer; the store was not changed."
    elif kind == "busy":
        message = f"{problem}"
    elif kind == "missing" and backup is not None:
        message = (
            f"The store {store_path} is missing. Briefer has a good backup of it from "
            f"{backup.label}: restore it to carry on where you were."
        )
    else:
        message = f"{problem}{offer}" if offer else problem
        if not offer and read_only:
            message += " It can still be opened read-only to copy out what is readable."
    return WayOut(
        store=store_path,
        kind=kind,
        problem=problem,
        message=message.strip(),
        backup=backup,
        can_open_read_only=read_only,
        actions=tuple(actions),
    )


__all__ = [
    "KEEP_DAILY_DAYS",
    "KEEP_NEWEST",
    "Backup",
    "RestoreResult",
    "WayOut",
    "adopt_file",
    "backup_after_changes",
    "backup_folder",
    "backup_now",
    "content_signature",
    "files_stat",
    "keep_current",
    "list_backups",
    "make_backup",
    "needs_look",
    "newest_good_backup",
    "note_own_changes",
    "on_open",
    "prune",
    "restore",
    "run_due_backups",
    "set_aside_copies",
    "set_background_backups",
    "verify_file",
    "wait_for_background_backups",
    "way_out",
]
