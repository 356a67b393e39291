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


def insert_sources(db: Database, sources: list[Source], actor: str | None = None) -> list[int]:
    """Insert many sources in bulk: the rows :func:`insert_source` writes (NFC text, folded
    columns, search index, an audit row each), one statement per table. In a transaction."""
    import json

    if not sources:
        return []
    stamp = now_iso()
    who = actor or audit.current_actor()
    next_id = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM source").fetchone()[0])
    rows, fts, audits, ids = [], [], [], []
    for source in sources:
        title, body = normalize(source.title), normalize(source.body)
        folded = source_folded(title, body)
        uuid = source.uuid or new_uuid()
        rows.append(
            (next_id, uuid, source.kind, title, normalize(source.outlet), normalize(source.author),
             source.url.strip(), source.published_on, source.retrieved_on, source.language, body,
             source.raw, source.sha256, stamp, stamp, folded["folded_title"], folded["folded_body"])
        )  # fmt: skip
        fts.append((next_id, folded["folded_title"], folded["folded_body"]))
        audits.append(
            (stamp, who, "create", "source", uuid, json.dumps({"title": title}, ensure_ascii=False))
        )
        ids.append(next_id)
        next_id += 1
    db.conn.executemany(
        "INSERT INTO source (id, uuid, kind, title, outlet, author, url, published_on, "
        "retrieved_on, language, body, raw, sha256, created_at, updated_at, folded_title, "
        "folded_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.conn.executemany(
        "INSERT INTO source_fts (rowid, folded_title, folded_body) VALUES (?, ?, ?)", fts
    )
    db.conn.executemany(
        "INSERT INTO audit (at, actor, action, entity, entity_uuid, details) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        audits,
    )
    return ids


SOURCE_EDITABLE = (
    "kind", "title", "outlet", "author", "url", "published_on", "retrieved_on", "language",
    "body", "raw", "sha256",
)  # fmt: skip


def replace_source_fields(
    db: Database, source_uuid: str, changes: dict[str, Any], actor: str | None = None
) -> bool:
    """Write ``changes`` (any of SOURCE_EDITABLE, title and body too: what another store's
    copy of the source says, received by sync) to a source; keep search in step.

    A new body must still hold the exact words every citation of the source quotes there;
    otherwise InputError and nothing changes. False when there is no such source.
    """
    from briefer.errors import InputError
    from briefer.store.folding import unindex_source

    row = db.execute("SELECT id, title, body FROM source WHERE uuid = ?", [source_uuid]).fetchone()
    if row is None:
        return False
    values = {k: v for k, v in changes.items() if k in SOURCE_EDITABLE}
    for key in ("title", "body", "outlet", "author"):
        if key in values:
            values[key] = normalize(values[key])
    title, body = values.get("title", row[1]), values.get("body", row[2])
    if "body" in values:
        for quote, start, end in db.execute(
            'SELECT quote, start, "end" FROM citation WHERE source_id = ?', [row[0]]
        ).fetchall():
            if body[start:end] != quote:
                raise InputError(
                    f"The new text of the source “{title[:60]}” no longer holds the words "
                    "its facts quote; it was not changed."
                )
    folded = source_folded(title, body)
    values.update(folded, updated_at=now_iso())
    unindex_source(db, int(row[0]))
    assignments = ", ".join(f"{k} = :{k}" for k in values)
    db.execute(f"UPDATE source SET {assignments} WHERE id = :id", {**values, "id": row[0]})
    index_source(db, int(row[0]), folded["folded_title"], folded["folded_body"])
    changed = sorted(k for k in changes if k in SOURCE_EDITABLE)
    audit.record(db, "update", "source", source_uuid, {"fields": changed}, actor)
    return True


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
