"""Briefs shared through the hub, on purpose: which of this store's briefs are shared, what
travels for each, and the team's shared briefs kept here as read-only copies.

A brief stays on the laptop until its officer shares it (``share``). The next sync pushes
every shared brief whose revision moved since it was last pushed, as a ``brief`` object on
the hub, stating the hub version it was based on like any other object; unsharing (or
deleting the brief) pushes a tombstone, which removes the brief's content from the hub.
Briefs are not merged: only their owner writes them (the hub's row-level security refuses
anyone else), so the owner's latest revision is the brief.

Everyone else's shared briefs arrive with the pull, in the same transaction as the chunk
they came in, and are kept in ``team_brief``: read, never edited here; an officer who wants
to work on one duplicates it into a brief of their own (:func:`team_brief`, then the
services' ``save_brief_as_copy``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.domain.brief import Brief, BriefItem, BriefSection
from briefer.domain.letterhead import TitlePage
from briefer.errors import InputError
from briefer.store import briefs as brief_store
from briefer.sync.ledger import is_classified
from briefer.sync.local import Incoming

BRIEF = "brief"
# The brief's own fields that travel (its sections and items travel beside them).
_HEAD = ("pair", "brief_type", "language", "brief_date", "marking", "title")
_ITEM = (
    "uuid",
    "kind",
    "fact_uuid",
    "text_vi",
    "text_en",
    "role",
    "needs_update",
    "says_own_line",  # (absent from an older Briefer's payload: read as False)
)


@dataclass(frozen=True, slots=True)
class TeamBrief:
    """A brief someone else shared, as this store last received it."""

    uuid: str
    owner: str
    version: int
    title: str
    pair: str
    brief_type: str
    language: str
    brief_date: str

    def as_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "owner": self.owner,
            "version": self.version,
            "title": self.title,
            "pair": self.pair,
            "type": self.brief_type,
            "language": self.language,
            "date": self.brief_date,
        }


# ---- payloads --------------------------------------------------------------------------------


def brief_payload(brief: Brief) -> dict[str, Any]:
    """What travels for a brief: its head, title page, sections and items (no warnings, no
    local revision numbers: the receiver recomputes warnings from its own facts)."""
    return {
        **{name: getattr(brief, name) for name in _HEAD},
        "title_page": brief.title_page.as_dict(),
        "sections": [
            {
                "topic": section.topic,
                "heading": section.heading,
                "items": [
                    {**{name: getattr(item, name) for name in _ITEM}, "cites": list(item.cites)}
                    for item in section.items
                ],
            }
            for section in brief.sections
        ],
    }


def brief_from_payload(data: dict[str, Any]) -> Brief:
    """The brief a payload describes (unsaved: revision 0)."""
    try:
        title_page = TitlePage.from_dict(data.get("title_page"))
    except ValueError:
        title_page = TitlePage()
    head = {name: str(data.get(name) or "") for name in _HEAD}
    return Brief(
        pair=head["pair"],
        brief_type=head["brief_type"],
        language=head["language"],
        brief_date=head["brief_date"],
        marking=head["marking"],
        title=head["title"],
        sections=tuple(
            BriefSection(
                str(section.get("topic", "")),
                str(section.get("heading", "")),
                tuple(
                    BriefItem(
                        uuid=str(item["uuid"]),
                        kind=str(item["kind"]),
                        fact_uuid=item.get("fact_uuid"),
                        text_vi=str(item.get("text_vi") or ""),
                        text_en=str(item.get("text_en") or ""),
                        cites=tuple(str(c) for c in item.get("cites") or ()),
                        role=str(item.get("role") or ""),
                        needs_update=str(item.get("needs_update") or ""),
                        says_own_line=bool(item.get("says_own_line")),
                    )
                    for item in section.get("items", ())
                ),
            )
            for section in data.get("sections", ())
        ),
        title_page=title_page,
    )


# ---- sharing ---------------------------------------------------------------------------------


def _title(db: Database, brief_uuid: str) -> str:
    row = db.execute("SELECT title FROM brief WHERE uuid = ?", [brief_uuid]).fetchone()
    if row is None:
        if db.execute("SELECT 1 FROM team_brief WHERE uuid = ?", [brief_uuid]).fetchone():
            raise InputError(
                f"The brief {brief_uuid} was shared by someone else; only its owner shares "
                "or unshares it (duplicate it to work on your own copy)."
            )
        raise InputError(f"There is no brief {brief_uuid} in this store.")
    return str(row[0] or brief_uuid)


def share(db: Database, brief_uuid: str) -> str:
    """Share a brief of this store with the team from the next sync on; its title."""
    title = _title(db, brief_uuid)
    if is_classified(db):
        raise InputError(
            "This store is classified (air-gapped): its briefs are never shared over a network."
        )
    with db.atomic():
        db.execute(
            "INSERT INTO brief_share (brief_uuid, shared) VALUES (?, 1) "
            "ON CONFLICT (brief_uuid) DO UPDATE SET shared = 1",
            [brief_uuid],
        )
    return title


def unshare(db: Database, brief_uuid: str) -> str:
    """Stop sharing a brief: the next sync removes it from the hub; its title."""
    title = _title(db, brief_uuid)
    with db.atomic():
        # Never pushed: nothing to remove from the hub.
        db.execute("DELETE FROM brief_share WHERE brief_uuid = ? AND version = 0", [brief_uuid])
        db.execute("UPDATE brief_share SET shared = 0 WHERE brief_uuid = ?", [brief_uuid])
    return title


def is_shared(db: Database, brief_uuid: str) -> bool:
    row = db.execute("SELECT shared FROM brief_share WHERE brief_uuid = ?", [brief_uuid]).fetchone()
    return bool(row and row[0])


@dataclass(frozen=True, slots=True)
class BriefSend:
    uuid: str
    base_version: int
    data: dict[str, Any] | None  # None: remove it from the hub
    revision: int


def to_push(db: Database) -> list[BriefSend]:
    """Shared briefs changed since last pushed, and unshared or deleted ones still on the hub."""
    sends: list[BriefSend] = []
    for uuid, shared, version, _pushed, revision in db.execute(
        "SELECT s.brief_uuid, s.shared, s.version, s.pushed_revision, b.revision "
        "FROM brief_share s LEFT JOIN brief b ON b.uuid = s.brief_uuid "
        "WHERE s.shared = 0 OR b.id IS NULL OR b.revision <> s.pushed_revision "
        "ORDER BY s.brief_uuid"
    ).fetchall():
        if shared and revision is not None:
            brief = brief_store.load_brief(db, uuid)
            assert brief is not None
            sends.append(BriefSend(uuid, int(version), brief_payload(brief), int(revision)))
        elif int(version):
            sends.append(BriefSend(uuid, int(version), None, 0))
        else:
            db.execute("DELETE FROM brief_share WHERE brief_uuid = ?", [uuid])
    return sends


def pushed(db: Database, sends: Sequence[BriefSend], versions: dict[str, int]) -> None:
    """Record what the hub accepted (call inside a transaction)."""
    for send in sends:
        if send.data is None:
            db.execute("DELETE FROM brief_share WHERE brief_uuid = ?", [send.uuid])
        else:
            db.execute(
                "UPDATE brief_share SET version = ?, pushed_revision = ? WHERE brief_uuid = ?",
                [versions[send.uuid], send.revision, send.uuid],
            )


# ---- pulling the team's briefs ---------------------------------------------------------------


def apply_pulled(db: Database, rows: Sequence[Incoming]) -> int:
    """Keep the team's shared briefs among ``rows`` (call inside the chunk's transaction);
    how many changed here. This store's own briefs coming back only update their version."""
    changed = 0
    for row in rows:
        own = db.execute(
            "SELECT shared, version FROM brief_share WHERE brief_uuid = ?", [row.uuid]
        ).fetchone()
        if (
            own is not None
            or db.execute("SELECT 1 FROM brief WHERE uuid = ?", [row.uuid]).fetchone()
        ):
            if own is not None and int(own[1]) < row.version:
                # Our own upload seen again (or pushed from another laptop of ours): the next
                # push states this version; the owner's latest revision wins.
                db.execute(
                    "UPDATE brief_share SET version = ? WHERE brief_uuid = ?",
                    [row.version, row.uuid],
                )
            continue
        held = db.execute("SELECT version FROM team_brief WHERE uuid = ?", [row.uuid]).fetchone()
        if held is not None and int(held[0]) >= row.version:
            continue  # already here (a chunk applied twice)
        changed += 1
        if row.data is None:
            db.execute("DELETE FROM team_brief WHERE uuid = ?", [row.uuid])
            continue
        data = row.data
        db.execute(
            "INSERT OR REPLACE INTO team_brief (uuid, owner, version, title, pair, brief_type, "
            "language, brief_date, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row.uuid,
                row.by,
                row.version,
                str(data.get("title") or ""),
                str(data.get("pair") or ""),
                str(data.get("brief_type") or ""),
                str(data.get("language") or ""),
                str(data.get("brief_date") or ""),
                row.text or json.dumps(data, ensure_ascii=False),
            ],
        )
    return changed


def team_briefs(db: Database) -> list[TeamBrief]:
    """The team's shared briefs here, newest brief date first."""
    return [
        TeamBrief(*row)
        for row in db.execute(
            "SELECT uuid, owner, version, title, pair, brief_type, language, brief_date "
            "FROM team_brief ORDER BY brief_date DESC, title, uuid"
        ).fetchall()
    ]


def team_brief(db: Database, brief_uuid: str) -> Brief:
    """A team member's shared brief, to read or to duplicate into a brief of one's own."""
    row = db.execute("SELECT data FROM team_brief WHERE uuid = ?", [brief_uuid]).fetchone()
    if row is None:
        raise InputError(
            f"There is no brief {brief_uuid} shared by the team here; sync to receive new ones."
        )
    return brief_from_payload(json.loads(row[0]))


__all__ = [
    "BRIEF",
    "BriefSend",
    "TeamBrief",
    "apply_pulled",
    "brief_from_payload",
    "brief_payload",
    "is_shared",
    "pushed",
    "share",
    "team_brief",
    "team_briefs",
    "to_push",
    "unshare",
]
