"""Sources: the articles, notes and reports facts are taken from."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from briefer.domain.model import Source
from briefer.store import audit
from briefer.store.clock import new_uuid, now_iso
from briefer.store.folding import index_source, source_folded
from briefer.text.normalize import normalize

_FIELDS = (
    "id, uuid, kind, title, outlet, author, url, published_on, retrieved_on, language, "
    "body, raw, sha256"
)


def _row_to_source(row: dict[str, Any]) -> Source:
    return Source(**{k: row[k] for k in Source.__dataclass_fields__})


def insert_source(db: Database, source: Source, actor: str | None = None) -> int:
    """Insert a source (body and title normalised to NFC); return its id."""
    title = normalize(source.title)
    body = normalize(source.body)
    stamp = now_iso()
    cursor = db.execute(
        "INSERT INTO source (uuid, kind, title, outlet, author, url, published_on, "
        "retrieved_on, language, body, raw, sha256, created_at, updated_at, "
        "folded_title, folded_body) VALUES "
        "(:uuid, :kind, :title, :outlet, :author, :url, :published_on, :retrieved_on, "
        ":language, :body, :raw, :sha256, :created_at, :updated_at, "
        ":folded_title, :folded_body)",
        {
            "uuid": source.uuid or new_uuid(),
            "kind": source.kind,
            "title": title,
            "outlet": normalize(source.outlet),
            "author": normalize(source.author),
            "url": source.url.strip(),
            "published_on": source.published_on,
            "retrieved_on": source.retrieved_on,
            "language": source.language,
            "body": body,
            "raw": source.raw,
            "sha256": source.sha256,
            "created_at": stamp,
            "updated_at": stamp,
            **source_folded(title, body),
        },
    )
    source_id = int(cursor.lastrowid or 0)
    folded = source_folded(title, body)
    index_source(db, source_id, folded["folded_title"], folded["folded_body"])
    audit.record(db, "create", "source", source.uuid, {"title": title}, actor)
    return source_id


def get_source(db: Database, source_id: int) -> Source | None:
    rows = list(db.query(f"SELECT {_FIELDS} FROM source WHERE id = ?", [source_id]))
    return _row_to_source(rows[0]) if rows else None


def get_sources(db: Database, ids: list[int]) -> dict[int, Source]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        row["id"]: _row_to_source(row)
        for row in db.query(f"SELECT {_FIELDS} FROM source WHERE id IN ({marks})", ids)
    }


def find_by_sha256(db: Database, sha256: str) -> Source | None:
    rows = list(db.query(f"SELECT {_FIELDS} FROM source WHERE sha256 = ? LIMIT 1", [sha256]))
    return _row_to_source(rows[0]) if rows else None


def list_sources(db: Database) -> list[Source]:
    return [_row_to_source(row) for row in db.query(f"SELECT {_FIELDS} FROM source ORDER BY id")]


EDITABLE_FIELDS: tuple[str, ...] = ("outlet", "author", "url", "published_on")


def update_source(
    db: Database, source_id: int, changes: dict[str, str], actor: str | None = None
) -> Source | None:
    """Change a source's publication details (outlet, author, URL, date), audited.

    The title and body are what quotes and search point into, so they are not edited here.
    Returns the updated source, or None when there is no source ``source_id``.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    before = get_source(db, source_id)
    if before is None:
        return None
    values = {
        key: (value.strip() if key == "url" else normalize(value).strip())
        for key, value in changes.items()
    }
    changed = {k: v for k, v in values.items() if getattr(before, k) != v}
    if not changed:
        return before
    with db.atomic():
        assignments = ", ".join(f"{key} = :{key}" for key in changed)
        db.execute(
            f"UPDATE source SET {assignments}, updated_at = :stamp WHERE id = :id",
            {**changed, "stamp": now_iso(), "id": source_id},
        )
        details = {k: {"from": getattr(before, k), "to": v} for k, v in changed.items()}
        audit.record(db, "update", "source", before.uuid, details, actor)
    return get_source(db, source_id)
