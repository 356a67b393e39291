"""Saved briefs: sections and items in order, and the fact revisions of the last export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefer.domain.brief import Brief, BriefItem, BriefSection
from briefer.domain.letterhead import TitlePage
from briefer.errors import StaleBriefError
from briefer.store.clock import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class BriefSummary:
    uuid: str
    pair: str
    brief_type: str
    language: str
    title: str
    brief_date: str
    updated_at: str
    exported_at: str


def save_brief(
    db: Database, brief_uuid: str, brief: Brief, base_revision: int | None = None
) -> int:
    """Save ``brief`` as ``brief_uuid``, replacing its sections and items, in one transaction.

    ``base_revision`` (default ``brief.revision``) is the saved revision the edits were made
    from: 0 for a brief not saved yet. A save from any other revision than the stored one is
    refused with :class:`StaleBriefError` and changes nothing. Returns the new revision.
    """
    base = brief.revision if base_revision is None else base_revision
    stamp = now_iso()
    with db.atomic():
        row = db.execute(
            "SELECT id, revision, updated_at FROM brief WHERE uuid = ?", [brief_uuid]
        ).fetchone()
        stored = int(row[1]) if row is not None else 0
        if stored != base:
            raise StaleBriefError(
                f"The brief “{brief.title or brief_uuid}” was changed elsewhere "
                f"(saved at {row[2] if row is not None else '?'}) since this copy was opened; "
                "reload it, or keep yours as a copy.",
                stored,
            )
        revision = stored + 1
        fields = [
            brief.pair,
            brief.brief_type,
            brief.language,
            brief.title,
            brief.marking,
            brief.brief_date,
            json.dumps(brief.title_page.as_dict(), ensure_ascii=False, sort_keys=True),
        ]
        if row is None:
            cursor = db.execute(
                "INSERT INTO brief (uuid, pair, brief_type, language, title, marking, brief_date, "
                "title_page, created_at, updated_at, revision) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [brief_uuid, *fields, stamp, stamp, revision],
            )
            brief_id = int(cursor.lastrowid or 0)
        else:
            brief_id = int(row[0])
            db.execute(
                "UPDATE brief SET pair = ?, brief_type = ?, language = ?, title = ?, marking = ?, "
                "brief_date = ?, title_page = ?, updated_at = ?, revision = ? WHERE id = ?",
                [*fields, stamp, revision, brief_id],
            )
            db.execute("DELETE FROM brief_section WHERE brief_id = ?", [brief_id])
        for position, section in enumerate(brief.sections):
            cursor = db.execute(
                "INSERT INTO brief_section (brief_id, position, topic, heading) "
                "VALUES (?, ?, ?, ?)",
                [brief_id, position, section.topic, section.heading],
            )
            section_id = int(cursor.lastrowid or 0)
            db.conn.executemany(
                "INSERT INTO brief_item (section_id, position, uuid, kind, fact_uuid, text_vi, "
                "text_en, cites, role, needs_update, says_own_line) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        section_id,
                        index,
                        item.uuid,
                        item.kind,
                        item.fact_uuid,
                        item.text_vi,
                        item.text_en,
                        json.dumps(list(item.cites)),
                        item.role,
                        item.needs_update,
                        int(item.says_own_line),
                    )
                    for index, item in enumerate(section.items)
                ],
            )
    return revision


def load_brief(db: Database, brief_uuid: str) -> Brief | None:
    """The saved brief (warnings are not stored: the caller recomputes them)."""
    rows = list(db.query("SELECT * FROM brief WHERE uuid = ?", [brief_uuid]))
    if not rows:
        return None
    head = rows[0]
    sections = []
    for section in db.query(
        "SELECT id, topic, heading FROM brief_section WHERE brief_id = ? ORDER BY position",
        [head["id"]],
    ):
        items = tuple(
            BriefItem(
                uuid=item["uuid"],
                kind=item["kind"],
                fact_uuid=item["fact_uuid"],
                text_vi=item["text_vi"],
                text_en=item["text_en"],
                cites=tuple(json.loads(item["cites"] or "[]")),
                role=item["role"],
                needs_update=item.get("needs_update") or "",
                says_own_line=bool(item.get("says_own_line")),
            )
            for item in db.query(
                "SELECT * FROM brief_item WHERE section_id = ? ORDER BY position", [section["id"]]
            )
        )
        sections.append(BriefSection(section["topic"], section["heading"], items))
    return Brief(
        pair=head["pair"],
        brief_type=head["brief_type"],
        language=head["language"],
        brief_date=head["brief_date"],
        marking=head["marking"],
        title=head["title"],
        sections=tuple(sections),
        fact_revisions=exported_revisions(db, brief_uuid),
        revision=int(head["revision"]),
        title_page=_title_page(head.get("title_page")),
    )


def _title_page(stored: object) -> TitlePage:
    try:
        return TitlePage.from_dict(json.loads(stored) if isinstance(stored, str) else None)
    except ValueError:
        return TitlePage()


def recent_briefs(db: Database, limit: int = 10) -> list[BriefSummary]:
    return [
        BriefSummary(**row)
        for row in db.query(
            "SELECT uuid, pair, brief_type, language, title, brief_date, updated_at, exported_at "
            "FROM brief ORDER BY updated_at DESC, id DESC LIMIT ?",
            [limit],
        )
    ]


def delete_brief(db: Database, brief_uuid: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM brief WHERE uuid = ?", [brief_uuid])


def record_export(db: Database, brief_uuid: str, revisions: dict[str, int]) -> None:
    """Remember which revision of each fact the exported brief used."""
    with db.atomic():
        row = db.execute("SELECT id FROM brief WHERE uuid = ?", [brief_uuid]).fetchone()
        if row is None:
            return
        db.execute("UPDATE brief SET exported_at = ? WHERE id = ?", [now_iso(), row[0]])
        db.execute("DELETE FROM brief_fact_revision WHERE brief_id = ?", [row[0]])
        db.conn.executemany(
            "INSERT INTO brief_fact_revision (brief_id, fact_uuid, revision) VALUES (?, ?, ?)",
            [(row[0], uuid, rev) for uuid, rev in sorted(revisions.items())],
        )


def exported_revisions(db: Database, brief_uuid: str) -> dict[str, int]:
    return {
        row[0]: int(row[1])
        for row in db.execute(
            "SELECT r.fact_uuid, r.revision FROM brief_fact_revision r "
            "JOIN brief b ON b.id = r.brief_id WHERE b.uuid = ?",
            [brief_uuid],
        ).fetchall()
    }


def changed_since_export(db: Database, brief_uuid: str) -> list[dict[str, Any]]:
    """Facts whose revision moved on (or which were retired or deleted) since the last export."""
    return list(
        db.query(
            "SELECT r.fact_uuid AS uuid, r.revision AS exported_revision, "
            "f.revision AS current_revision, coalesce(f.status, 'deleted') AS status "
            "FROM brief_fact_revision r JOIN brief b ON b.id = r.brief_id "
            "LEFT JOIN fact f ON f.uuid = r.fact_uuid "
            "WHERE b.uuid = ? AND (f.id IS NULL OR f.revision != r.revision "
            "OR f.status != 'approved') ORDER BY r.fact_uuid",
            [brief_uuid],
        )
    )
