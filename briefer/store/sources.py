"""Sources: the articles, notes and reports facts are taken from.

The one writer of ``source`` and ``source_fts`` rows (new sources, single and bulk, and the
one updater for an editor's, a pack's or sync's changes), keeping the folded columns and the
search index in step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefer.batches import chunks, marks
from briefer.domain.model import Source
from briefer.errors import InputError
from briefer.store import audit
from briefer.store.clock import new_uuid, now_iso
from briefer.store.folding import source_folded
from briefer.text.normalize import normalize

if TYPE_CHECKING:
    from sqlite_utils import Database

    from briefer.store.reader import Reader

_FIELDS = (
    "id, uuid, kind, title, outlet, author, url, published_on, retrieved_on, language, "
    "body, raw, sha256"
)


_FTS_INSERT = "INSERT INTO source_fts (rowid, folded_title, folded_body) VALUES (?, ?, ?)"
_FTS_DELETE = (
    "INSERT INTO source_fts (source_fts, rowid, folded_title, folded_body) "
    "VALUES ('delete', ?, ?, ?)"
)
# The columns a source is stored with, as a pack carries them (its id and folded columns
# are the store's).
SOURCE_COLUMNS = (
    "uuid", "kind", "title", "outlet", "author", "url", "published_on", "retrieved_on",
    "language", "body", "raw", "sha256", "created_at", "updated_at",
)  # fmt: skip


def _row_to_source(row: dict[str, Any]) -> Source:
    return Source(**{k: row[k] for k in Source.__dataclass_fields__})


def insert_source(db: Database, source: Source, actor: str | None = None) -> int:
    """Insert a source (body and title normalised to NFC); return its id."""
    title = normalize(source.title)
    body = normalize(source.body)
    stamp = now_iso()
    folded = source_folded(title, body)  # once: folding the body is most of this function
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
            **folded,
        },
    )
    source_id = int(cursor.lastrowid or 0)
    db.execute(_FTS_INSERT, [source_id, folded["folded_title"], folded["folded_body"]])
    audit.record(db, "create", "source", source.uuid, {"title": title}, actor)
    return source_id


def insert_sources(db: Database, sources: list[Source], actor: str | None = None) -> list[int]:
    """Insert many sources in bulk: the rows :func:`insert_source` writes (NFC text, folded
    columns, search index, an audit row each), one statement per table. In a transaction."""
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
    db.conn.executemany(_FTS_INSERT, fts)
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


def get_source(db: Database, source_id: int) -> Source | None:
    rows = list(db.query(f"SELECT {_FIELDS} FROM source WHERE id = ?", [source_id]))
    return _row_to_source(rows[0]) if rows else None


def get_sources(db: Reader, ids: list[int]) -> dict[int, Source]:
    if not ids:
        return {}
    return {
        row["id"]: _row_to_source(row)
        for chunk in chunks(ids)
        for row in db.query(f"SELECT {_FIELDS} FROM source WHERE id IN ({marks(chunk)})", chunk)
    }


def find_by_sha256(db: Database, sha256: str) -> Source | None:
    rows = list(db.query(f"SELECT {_FIELDS} FROM source WHERE sha256 = ? LIMIT 1", [sha256]))
    return _row_to_source(rows[0]) if rows else None


def list_sources(db: Database) -> list[Source]:
    return [_row_to_source(row) for row in db.query(f"SELECT {_FIELDS} FROM source ORDER BY id")]


EDITABLE_FIELDS: tuple[str, ...] = ("outlet", "author", "url", "published_on")


def source_ids(db: Database, uuids: Sequence[str]) -> dict[str, int]:
    """The local id of each source of ``uuids`` this store has."""
    found: dict[str, int] = {}
    for chunk in chunks(uuids):
        found.update(
            db.conn.execute(
                f"SELECT uuid, id FROM source WHERE uuid IN ({marks(chunk)})", chunk
            ).fetchall()
        )
    return found


def add_source_rows(db: Database, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert sources given whole, as another store wrote them ({column: value} over
    SOURCE_COLUMNS, stamps kept): rows, folded columns and search rows; the new ids."""
    if not rows:
        return []
    first = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM source").fetchone()[0])
    values, fts = [], []
    for source_id, row in enumerate(rows, start=first):
        folded = source_folded(row["title"], row["body"])
        values.append((source_id, *(row[c] for c in SOURCE_COLUMNS), *folded.values()))
        fts.append((source_id, folded["folded_title"], folded["folded_body"]))
    db.conn.executemany(
        f"INSERT INTO source (id, {', '.join(SOURCE_COLUMNS)}, folded_title, folded_body) "
        f"VALUES ({', '.join('?' * (len(SOURCE_COLUMNS) + 3))})",
        values,
    )
    db.conn.executemany(_FTS_INSERT, fts)
    return list(range(first, first + len(rows)))


def update_source(
    db: Database,
    source_id: int,
    changes: dict[str, Any],
    actor: str | None = None,
    editable: Sequence[str] = EDITABLE_FIELDS,
) -> Source | None:
    """Change fields of a source, audited; the one updater of sources.

    An editor changes the publication details (``editable`` = EDITABLE_FIELDS: the title
    and body are what quotes and search point into); sync brings another store's copy
    (``editable`` = SOURCE_EDITABLE). A new body must still hold the exact words every
    citation of the source quotes there, else InputError and nothing changes. Returns the
    updated source, or None when there is no source ``source_id``.
    """
    unknown = set(changes) - set(editable)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    before = get_source(db, source_id)
    if before is None:
        return None
    typed = set(editable) <= set(EDITABLE_FIELDS)  # an editor's words, not a store's copy
    values = {key: _clean(key, value, typed) for key, value in changes.items()}
    changed = {k: v for k, v in values.items() if getattr(before, k) != v}
    if not changed:
        return before
    with db.atomic():
        if "body" in changed:
            _check_quotes_kept(db, source_id, changed.get("title", before.title), changed["body"])
        assignments = ", ".join(f"{key} = :{key}" for key in changed)
        params = {**changed, "stamp": now_iso(), "id": source_id}
        if "title" in changed or "body" in changed:
            old = db.execute(
                "SELECT folded_title, folded_body FROM source WHERE id = ?", [source_id]
            ).fetchone()
            db.execute(_FTS_DELETE, [source_id, *old])
            folded = source_folded(
                changed.get("title", before.title), changed.get("body", before.body)
            )
            assignments += ", folded_title = :folded_title, folded_body = :folded_body"
            params.update(folded)
            db.execute(_FTS_INSERT, [source_id, folded["folded_title"], folded["folded_body"]])
        db.execute(f"UPDATE source SET {assignments}, updated_at = :stamp WHERE id = :id", params)
        details = {
            k: {"from": getattr(before, k), "to": v} if k not in _LONG else {"chars": len(v)}
            for k, v in changed.items()
        }
        audit.record(db, "update", "source", before.uuid, details, actor)
    return get_source(db, source_id)


# Fields too long to copy into the audit trail: it records their new length.
_LONG = ("body", "raw")


def _clean(key: str, value: Any, typed: bool) -> Any:
    """NFC text; what an editor typed is trimmed too (another store's copy is taken as is)."""
    if key in ("title", "body", "outlet", "author"):
        value = normalize(value)
    if typed and key in ("url", "outlet", "author", "published_on"):
        value = normalize(value).strip() if key != "url" else str(value).strip()
    return value


def _check_quotes_kept(db: Database, source_id: int, title: str, body: str) -> None:
    for quote, start, end in db.execute(
        'SELECT quote, start, "end" FROM citation WHERE source_id = ?', [source_id]
    ).fetchall():
        if body[start:end] != quote:
            raise InputError(
                f"The new text of the source “{title[:60]}” no longer holds the words "
                "its facts quote; it was not changed."
            )
