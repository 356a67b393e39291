"""The audit trail: who changed which fact or source, when, and how."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefer.limits import one_shot
from briefer.store.clock import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


def current_actor() -> str:
    import getpass  # with termios; only writers name an actor

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some sandboxes and services
        return "unknown"


def record(
    db: Database,
    action: str,
    entity: str,
    entity_uuid: str,
    details: dict[str, Any] | None = None,
    actor: str | None = None,
) -> None:
    """Append an audit row. Call inside the same transaction as the change it describes."""
    db.execute(
        "INSERT INTO audit (at, actor, action, entity, entity_uuid, details) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            now_iso(),
            actor or current_actor(),
            action,
            entity,
            entity_uuid,
            json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
        ],
    )


# One encoder for bulk rows: json.dumps with options builds a new one per call.
_DETAILS = one_shot(json.JSONEncoder(ensure_ascii=False, sort_keys=True))


def record_many(
    db: Database,
    rows: Sequence[tuple[str, str, str, dict[str, Any]]],
    actor: str | None = None,
    at: str | None = None,
) -> None:
    """Append (action, entity, entity uuid, details) rows in bulk, as :func:`record` would."""
    stamp, who = at or now_iso(), actor or current_actor()
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO audit (at, actor, action, entity, entity_uuid, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    stamp,
                    who,
                    action,
                    entity,
                    uuid,
                    _DETAILS(details),
                )
                for action, entity, uuid, details in rows
            ],
        )


def history(db: Database, entity: str, entity_uuid: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT at, actor, action, details FROM audit "
            "WHERE entity = ? AND entity_uuid = ? ORDER BY id",
            [entity, entity_uuid],
        )
    )


def last_change(conn: Any) -> int:
    """The audit trail's last entry: it moves whenever any process (this app, the command
    line, a sync) changes a fact or a source, and only then."""
    row = conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
    return int(row[0])
