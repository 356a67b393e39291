"""One sync: pull everything after the laptop's cursor, then push what changed here.

Resumable and idempotent by construction:

- **Pull** reads the hub in version order, a chunk at a time. Each chunk is merged into the
  store in one SQLite transaction *together with the new cursor*, so a sync killed at any
  point has either applied a chunk and moved past it, or neither.
- **Push** sends a chunk of changed objects in one PostgreSQL transaction, each stating the
  hub version it was based on. The hub refuses a stale one (the whole chunk rolls back);
  the laptop then pulls again — merging the newer version, perhaps into a conflict — and
  pushes again. After the hub commits, the laptop records the new versions. Killed between
  the two, the next sync pulls its own upload back, finds it equal to the local object, and
  records it: nothing is sent twice, nothing is lost.

The hub's versions become visible in order (see :mod:`briefer.sync.hub`), so "every object
with a version above the cursor" misses nothing.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlite_utils import Database

from briefer.errors import BrieferError
from briefer.store.clock import now_iso
from briefer.sync import briefs as brief_mod
from briefer.sync import hub as hub_mod
from briefer.sync.hub import HubError, StaleUpload
from briefer.sync.ledger import (
    bases,
    clear_pending,
    dirty,
    get_setting,
    is_classified,
    set_bases,
    set_pending,
    set_setting,
)
from briefer.sync.local import Incoming, apply_incoming
from briefer.sync.payload import FACT, SOURCE, payloads

Progress = Callable[[str, int, int], None]  # (stage, done, total)
# 5,000 objects a chunk: each chunk is one SQLite transaction, and each transaction rewrites
# every index page its random uuids touch, so fewer, larger chunks write far less (a first
# pull of 100,000 facts wrote ~1.2 GB in chunks of 2,000); the chunk in memory stays small.
PULL_CHUNK = 5000
# During a pull, SQLite folds its write-ahead log back into the store every this many pages
# rather than every 1,000 (each fold copies and syncs the pages): fewer, larger folds.
PULL_WAL_PAGES = 16384
PUSH_CHUNK = 500
STALE_RETRIES = 5

KEY_HUB, KEY_HUB_ID, KEY_CURSOR, KEY_LAST = "hub", "hub_id", "pull_cursor", "last_synced_at"
CLASSIFIED_REFUSAL = (
    "This store is classified (air-gapped): it never syncs over a network; "
    "bring facts in as pack files (`briefer pack import`)."
)


class SyncCancelled(BrieferError):
    """The user cancelled a sync; what was done is kept."""


@dataclass(frozen=True, slots=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int
    hub: str
    synced_at: str

    def as_json(self) -> dict[str, int]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}


def _crash_point(name: str) -> None:
    """Reliability tests kill the process at named points (BRIEFER_SYNC_CRASH_AT=name:n)."""
    wanted = os.environ.get("BRIEFER_SYNC_CRASH_AT")
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    left = int(count or "1") - 1
    os.environ["BRIEFER_SYNC_CRASH_AT"] = f"{point}:{left}"
    if left <= 0:
        os.kill(os.getpid(), signal.SIGKILL)


def _chunk_size(default: int, name: str) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else default


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a sync builds and drops its rows.

    A pull makes and frees several objects per row (the hub's rows, payloads, merged
    copies), each freed by its reference count; the collector ran anyway every 700 new
    objects and walked the whole heap at each full pass: 13 % of the CPU of a laptop's
    sync pulling 5,000 facts (0.60 -> 0.52 s for the whole process). It is turned back on
    when the sync ends, and collects whatever cycles were made meanwhile.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def hub_of(db: Database) -> str:
    """The hub this store syncs with ('' before its first sync)."""
    return get_setting(db, KEY_HUB)


def last_synced(db: Database) -> str:
    return get_setting(db, KEY_LAST)


def sync(
    db: Database,
    conninfo: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Pull and push against the hub (``conninfo`` or the one remembered); one sentence on
    any failure a user can meet, with the store left consistent and the work kept."""
    if is_classified(db):
        raise HubError(CLASSIFIED_REFUSAL)
    report = progress or (lambda _s, _d, _t: None)
    stop = cancelled or (lambda: False)
    remembered = hub_of(db)
    target = conninfo or remembered
    if not target:
        raise HubError("This store has no hub yet; give one with --hub URL.")
    stored, _had_password = hub_mod.without_password(target)
    name = hub_mod.describe(stored)
    # Autocommit: each read is one round trip (no BEGIN/COMMIT around it; every pull query
    # is a single statement); writes still go in explicit transactions (_send).
    conn = hub_mod.connect(target, autocommit=True)
    try:
        with _collector_paused():
            try:
                hub_id = hub_mod.check_hub(conn, name)
                known_id = get_setting(db, KEY_HUB_ID)
                if known_id and known_id != hub_id:
                    raise HubError(
                        f"This store syncs with another hub than {name}; "
                        "a store keeps one hub (make a new store for this one)."
                    )
                with db.atomic():
                    set_setting(db, KEY_HUB_ID, hub_id)
                    set_setting(db, KEY_HUB, stored)
                pulled, conflicts = _pull(db, conn, name, report, stop)
                pushed = 0
                for attempt in range(STALE_RETRIES + 1):
                    try:
                        pushed += _push(db, conn, report, stop)
                        break
                    except StaleUpload:
                        conn.rollback()
                        if attempt == STALE_RETRIES:
                            raise HubError(
                                f"The hub {name} kept changing while this store pushed; "
                                "sync again in a moment (nothing was lost)."
                            ) from None
                        more, more_conflicts = _pull(db, conn, name, report, stop)
                        pulled += more
                        conflicts += more_conflicts
            except psycopg.Error as exc:
                raise hub_mod.hub_error(exc, name) from exc
    finally:
        conn.close()
    stamp = now_iso()
    with db.atomic():
        set_setting(db, KEY_LAST, stamp)
    report("done", 1, 1)
    return SyncResult(pushed, pulled, conflicts, name, stamp)


# ---- pull ------------------------------------------------------------------------------------

_PULL = (
    "SELECT kind, uuid, version, deleted, data::text, updated_by FROM hub_object "
    "WHERE version > %s ORDER BY version LIMIT %s"
)


def _incoming(row: Sequence[Any]) -> Incoming:
    kind, uuid, version, deleted, data, by = row
    if deleted:
        return Incoming(kind, uuid, int(version), None, by)
    return Incoming(kind, uuid, int(version), json.loads(data), by, data)


def _pull(
    db: Database,
    conn: psycopg.Connection[Any],
    hub: str,
    report: Progress,
    stop: Callable[[], bool],
) -> tuple[int, int]:
    chunk = _chunk_size(PULL_CHUNK, "BRIEFER_SYNC_PULL_CHUNK")
    cursor = int(get_setting(db, KEY_CURSOR, "0"))
    row = conn.execute(
        "SELECT coalesce(max(version), 0), (SELECT last_value FROM hub_version_seq) FROM hub_object"
    ).fetchone()
    top, issued = (int(row[0]), int(row[1])) if row else (0, 0)
    if cursor > issued:
        raise HubError(
            f"The hub {hub} is older than this store's last sync (restored from a backup?); "
            "ask its administrator, and keep this store: it holds the newer work."
        )
    folds_every = db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.conn.execute(f"PRAGMA wal_autocheckpoint = {max(int(folds_every), PULL_WAL_PAGES)}")
    try:
        return _pull_chunks(db, conn, hub, report, stop, chunk, cursor, top)
    finally:
        db.conn.execute(f"PRAGMA wal_autocheckpoint = {int(folds_every)}")


def _pull_chunks(
    db: Database,
    conn: psycopg.Connection[Any],
    hub: str,
    report: Progress,
    stop: Callable[[], bool],
    chunk: int,
    cursor: int,
    top: int,
) -> tuple[int, int]:
    start = cursor
    changed = conflicts = 0

    def fetch_sources(uuids: Sequence[str]) -> list[Incoming]:
        rows = conn.execute(
            "SELECT kind, uuid, version, deleted, data::text, updated_by FROM hub_object "
            "WHERE kind = 'source' AND uuid = ANY(%s)",
            [list(uuids)],
        ).fetchall()
        return [_incoming(r) for r in rows]

    while True:
        if stop():
            raise SyncCancelled("Sync cancelled; what arrived so far is kept.")
        rows = conn.execute(_PULL, [cursor, chunk]).fetchall()
        if not rows:
            break
        incoming = [_incoming(r) for r in rows]
        _crash_point("pull-fetched")
        shared = [r for r in incoming if r.entity == brief_mod.BRIEF]
        with db.atomic():
            applied = apply_incoming(
                db, [r for r in incoming if r.entity != brief_mod.BRIEF], hub, fetch_sources
            )
            changed += brief_mod.apply_pulled(db, shared)
            cursor = incoming[-1].version
            set_setting(db, KEY_CURSOR, str(cursor))
            _crash_point("pull-applied")
        changed += applied.changed
        conflicts += applied.conflicts
        report("pull", cursor - start, max(top - start, cursor - start))
    return changed, conflicts


# ---- push ------------------------------------------------------------------------------------

# The chunk travels as one JSON document (cheaper to send than five arrays).
_PUSH = (
    "INSERT INTO hub_object AS o (kind, uuid, base_version, deleted, data) "
    "SELECT kind, uuid, base_version, deleted, data FROM jsonb_to_recordset(%s::jsonb) "
    "AS x(kind text, uuid text, base_version bigint, deleted boolean, data jsonb) "
    "ON CONFLICT (kind, uuid) DO UPDATE SET base_version = excluded.base_version, "
    "deleted = excluded.deleted, data = excluded.data "
    "RETURNING kind, uuid, version"
)


def _push(
    db: Database, conn: psycopg.Connection[Any], report: Progress, stop: Callable[[], bool]
) -> int:
    chunk = _chunk_size(PUSH_CHUNK, "BRIEFER_SYNC_PUSH_CHUNK")
    # Shared briefs first: an officer's briefs are shared even when the hub refuses the
    # local fact edits the officer may not push.
    pushed = _push_briefs(db, conn)
    work = [(SOURCE, uuid) for uuid in dirty(db, SOURCE)] + [
        (FACT, uuid) for uuid in dirty(db, FACT)
    ]
    total = len(work)
    for start in range(0, total, chunk):
        if stop():
            raise SyncCancelled("Sync cancelled; what was sent so far is kept.")
        batch = work[start : start + chunk]
        pushed += _push_chunk(db, conn, batch)
        report("push", min(start + chunk, total), total)
    return pushed


@dataclass(frozen=True, slots=True)
class _Sent:
    rows: list[Any]  # the hub's (kind, uuid, version) of each object sent
    after: int  # the hub's newest version just before them


def _send(conn: psycopg.Connection[Any], objects: list[dict[str, Any]]) -> _Sent:
    """One chunk in one transaction under the push lock (every writer takes it, so nobody
    else's version falls between ``after`` and ours)."""
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [hub_mod.PUSH_LOCK])
            top = conn.execute("SELECT coalesce(max(version), 0) FROM hub_object").fetchone()
            rows = conn.execute(_PUSH, [json.dumps(objects, ensure_ascii=False)]).fetchall()
            _crash_point("push-sent")
    except psycopg.Error as exc:
        if getattr(exc, "sqlstate", None) == hub_mod.STALE_SQLSTATE:
            raise StaleUpload(hub_mod.first_line(exc)) from exc
        raise
    _crash_point("push-committed")
    return _Sent(rows, int(top[0]) if top else -1)


def _skip_own(db: Database, sent: _Sent) -> None:
    """Move the pull cursor past our own upload when nothing else came in between, so the
    next sync does not fetch it back (call in the transaction recording the upload)."""
    if sent.rows and int(get_setting(db, KEY_CURSOR, "0")) == sent.after:
        set_setting(db, KEY_CURSOR, str(max(int(r[2]) for r in sent.rows)))


def _push_briefs(db: Database, conn: psycopg.Connection[Any]) -> int:
    with db.atomic():
        sends = brief_mod.to_push(db)
    if not sends:
        return 0
    sent = _send(
        conn,
        [
            {
                "kind": brief_mod.BRIEF,
                "uuid": s.uuid,
                "base_version": s.base_version,
                "deleted": s.data is None,
                "data": s.data or {},
            }
            for s in sends
        ],
    )
    with db.atomic():
        brief_mod.pushed(db, sends, {uuid: int(version) for _kind, uuid, version in sent.rows})
        _skip_own(db, sent)
    return len(sends)


def _push_chunk(db: Database, conn: psycopg.Connection[Any], batch: list[tuple[str, str]]) -> int:
    sends: list[tuple[str, str, int, Any, str]] = []  # entity, uuid, base version, data, mark
    clean: dict[str, list[tuple[str, int, Any, str]]] = {SOURCE: [], FACT: []}
    for entity in (SOURCE, FACT):
        uuids = [u for e, u in batch if e == entity]
        if not uuids:
            continue
        here = payloads(db, entity, uuids)
        known = bases(db, entity, uuids)
        for uuid in uuids:
            data, mark = here.get(uuid, (None, ""))
            base = known.get(uuid)
            if base is None and data is None:
                continue
            if base is not None and data == base.data:
                clean[entity].append((uuid, base.version, data, mark))  # same content again
                continue
            sends.append((entity, uuid, base.version if base else 0, data, mark))
    if sends:
        with db.atomic():
            for entity in (SOURCE, FACT):
                set_pending(db, entity, [(s[1], s[3]) for s in sends if s[0] == entity])
        sent = _send(
            conn,
            [
                {
                    "kind": entity,
                    "uuid": uuid,
                    "base_version": base,
                    "deleted": data is None,
                    "data": data or {},
                }
                for entity, uuid, base, data, _mark in sends
            ],
        )
        versions = {(kind, uuid): int(version) for kind, uuid, version in sent.rows}
        for entity, uuid, _base, data, mark in sends:
            clean[entity].append((uuid, versions[(entity, uuid)], data, mark))
    with db.atomic():
        for entity, rows in clean.items():
            set_bases(db, entity, rows)
            clear_pending(db, entity, [row[0] for row in rows])
        if sends:
            _skip_own(db, sent)
    return len(sends)


__all__ = ["CLASSIFIED_REFUSAL", "SyncCancelled", "SyncResult", "hub_of", "last_synced", "sync"]
