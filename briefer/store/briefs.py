"""Saved briefs: sections and items in order, and the fact revisions of the last export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefer.domain.brief import Brief, BriefItem, BriefSection
from briefer.store.clock import now_iso


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


def save_brief(db: Database, brief_uuid: str, brief: Brief) -> None:
    """Save ``brief`` as ``brief_uuid``, replacing its sections and items, in one transaction."""
    stamp = now_iso()
    with db.atomic():
        row = db.execute("SELECT id FROM brief WHERE uuid = ?", [brief_uuid]).fetchone()
        fields = [
            brief.pair,
            brief.brief_type,
            brief.language,
            brief.title,
            brief.marking,
            brief.brief_date,
        ]
        if row is None:
            cursor = db.execute(
                "INSERT INTO brief (uuid, pair, brief_type, language, title, marking, brief_date, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [brief_uuid, *fields, stamp, stamp],
            )
            brief_id = int(cursor.lastrowid or 0)
        else:
            brief_id = int(row[0])
            db.execute(
                "UPDATE brief SET pair = ?, brief_type = ?, language = ?, title = ?, marking = ?, "
                "brief_date = ?, updated_at = ? WHERE id = ?",
                [*fields, stamp, brief_id],
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
                "text_en, cites, role, needs_update) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    )
                    for index, item in enumerate(section.items)
                ],
            )


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
    )


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
