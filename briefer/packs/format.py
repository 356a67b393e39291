"""The fact pack file format: its tables, its manifest, and the canonical content hash.

A fact pack is a small SQLite file, separate from the store, that carries chosen facts with
their citations, the sources they cite and the countries of their pairs. Rows are keyed by
uuid (never by the integer ids of the store that wrote them), so any store can merge them.

Tables (format version 1; every column is read by name, never ``SELECT *``)::

    manifest (key TEXT PRIMARY KEY, value TEXT)        -- value is JSON
    country  (code, name_vi, name_en)
    source   (uuid, kind, title, outlet, author, url, published_on, retrieved_on, language,
              body, raw, sha256, created_at, updated_at)
    fact     (uuid, pair, topic, kind, statement_vi, statement_en, event_date, as_of, period,
              value, unit, qualifier, metric, rank, status, created_at, updated_at, revision,
              ancestors)                               -- ancestors: JSON list of versions
    citation (fact_uuid, position, source_uuid, quote, start, end, prefix, suffix)

``PRAGMA application_id`` is :data:`APPLICATION_ID` and ``PRAGMA user_version`` the format
version, so a pack is recognisable without reading a row.

The content hash (manifest key ``content_sha256``) is SHA-256 over the UTF-8 bytes of a
sequence of lines, each ``canonical_json(value) + "\\n"``:

1. ``["manifest", {every manifest key except content_sha256: its value}]``
2. ``["country", code, name_vi, name_en]`` for each country, by ``code``;
3. ``["source", uuid, kind, …, updated_at]`` for each source, by ``uuid``;
4. ``["fact", uuid, pair, …, revision, ancestors]`` for each fact, by ``uuid``;
5. ``["citation", fact_uuid, position, source_uuid, quote, start, end, prefix, suffix]``
   by ``(fact_uuid, position)``;

with columns in the order listed above. ``canonical_json`` is JSON with sorted object keys,
no spaces (``","`` and ``":"`` separators), non-ASCII characters written as themselves,
integers as integers, reals in Python's shortest round-trip form, NULL as ``null``; NaN and
infinities are not allowed. Ordering is by code point, which is also SQLite's BINARY order
for UTF-8 text. The hash detects damage and tampering; it is not a signature.

A fact *version* is the SHA-256 of ``canonical_json(["fact-version", uuid, pair, topic,
kind, statement_vi, statement_en, event_date, as_of, period, value, unit, qualifier,
metric, rank, status, revision, [[source_key, quote, start, end], …]])`` where
``source_key`` is ``"sha256:<hex>"`` when the source has a sha256 and ``"uuid:<uuid>"``
otherwise (so a source deduplicated by sha256 under another uuid gives the same version).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefer.limits import one_shot

FORMAT = "briefer-fact-pack"
FORMAT_VERSION = 1
APPLICATION_ID = 0x42524650  # "BRFP"

MANIFEST_KEYS = (
    "format", "format_version", "pack_id", "created_at", "creator", "app_version",
    "schema_version", "pairs", "since", "include_drafts", "include_retired", "counts",
    "content_sha256",
)  # fmt: skip

COUNTRY_COLUMNS = ("code", "name_vi", "name_en")
SOURCE_COLUMNS = (
    "uuid", "kind", "title", "outlet", "author", "url", "published_on", "retrieved_on",
    "language", "body", "raw", "sha256", "created_at", "updated_at",
)  # fmt: skip
FACT_COLUMNS = (
    "uuid", "pair", "topic", "kind", "statement_vi", "statement_en", "event_date", "as_of",
    "period", "value", "unit", "qualifier", "metric", "rank", "status", "created_at",
    "updated_at", "revision", "ancestors",
)  # fmt: skip
CITATION_COLUMNS = (
    "fact_uuid", "position", "source_uuid", "quote", "start", "end", "prefix", "suffix",
)  # fmt: skip

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "country": COUNTRY_COLUMNS,
    "source": SOURCE_COLUMNS,
    "fact": FACT_COLUMNS,
    "citation": CITATION_COLUMNS,
}
TABLE_ORDER: dict[str, str] = {
    "country": "code",
    "source": "uuid",
    "fact": "uuid",
    "citation": "fact_uuid, position",
}
# Columns that hold integers or reals; every other column holds text.
INTEGER_COLUMNS = frozenset({"revision", "position", "start", "end"})
REAL_COLUMNS = frozenset({"value"})

PACK_DDL = f"""
PRAGMA application_id = {APPLICATION_ID};
PRAGMA user_version = {FORMAT_VERSION};
CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE country (
    code TEXT PRIMARY KEY, name_vi TEXT NOT NULL, name_en TEXT NOT NULL
);
CREATE TABLE source (
    uuid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT NOT NULL,
    author TEXT NOT NULL, url TEXT NOT NULL, published_on TEXT NOT NULL,
    retrieved_on TEXT NOT NULL, language TEXT NOT NULL, body TEXT NOT NULL, raw TEXT NOT NULL,
    sha256 TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE fact (
    uuid TEXT NOT NULL UNIQUE, pair TEXT NOT NULL, topic TEXT NOT NULL, kind TEXT NOT NULL,
    statement_vi TEXT NOT NULL, statement_en TEXT NOT NULL, event_date TEXT NOT NULL,
    as_of TEXT NOT NULL, period TEXT NOT NULL, value REAL, unit TEXT NOT NULL,
    qualifier TEXT NOT NULL, metric TEXT NOT NULL, rank TEXT NOT NULL, status TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, revision INTEGER NOT NULL,
    ancestors TEXT NOT NULL
);
CREATE TABLE citation (
    fact_uuid TEXT NOT NULL, position INTEGER NOT NULL, source_uuid TEXT NOT NULL,
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    prefix TEXT NOT NULL, suffix TEXT NOT NULL,
    PRIMARY KEY (fact_uuid, position)
);
"""


def select_sql(table: str, order_by: str = "") -> str:
    """The query that reads ``table``: explicit columns, canonical order unless ``order_by``
    (column names, comma-separated) asks for another."""
    columns = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[table])
    order = ", ".join(f'"{c.strip()}"' for c in (order_by or TABLE_ORDER[table]).split(","))
    return f'SELECT {columns} FROM "{table}" ORDER BY {order}'


def insert_sql(table: str) -> str:
    columns = TABLE_COLUMNS[table]
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'


_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)


canonical_json: Callable[[Any], str] = one_shot(_ENCODER)
canonical_json.__doc__ = """JSON with one spelling per value (see the module docstring)."""


def row_line(table: str, row: Sequence[Any]) -> bytes:
    """The bytes one row contributes to the content hash."""
    return (canonical_json([table, *row]) + "\n").encode("utf-8")


class ContentHasher:
    """Feeds manifest and rows, in canonical order, into SHA-256."""

    def __init__(self, manifest: dict[str, Any]) -> None:
        self._sha = hashlib.sha256()
        head = {k: v for k, v in manifest.items() if k != "content_sha256"}
        self._sha.update((canonical_json(["manifest", head]) + "\n").encode("utf-8"))

    def add(self, table: str, row: Sequence[Any]) -> bytes:
        """Add one row; return the exact bytes hashed (callers may digest them per row)."""
        line = row_line(table, row)
        self._sha.update(line)
        return line

    def add_all(self, table: str, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.add(table, row)

    def hexdigest(self) -> str:
        return self._sha.hexdigest()


def source_key(uuid: str, sha256: str) -> str:
    return f"sha256:{sha256}" if sha256 else f"uuid:{uuid}"


# The fields of a fact that make its content (what an editor can see and change).
CONTENT_FIELDS = (
    "pair", "topic", "kind", "statement_vi", "statement_en", "event_date", "as_of", "period",
    "value", "unit", "qualifier", "metric", "rank", "status",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class FactState:
    """One version of a fact, as both the store and a pack can describe it.

    ``citations`` are (source_key, quote, start, end) in order; ``content`` leaves out the
    revision, so two editors who made the same change are not in conflict.
    """

    uuid: str
    fields: tuple[Any, ...]  # CONTENT_FIELDS in order
    revision: int
    citations: tuple[tuple[str, str, int, int], ...]

    @property
    def content(self) -> tuple[Any, ...]:
        return (self.fields, self.citations)

    @property
    def version(self) -> str:
        return fact_version(self.uuid, self.fields, self.revision, self.citations)


def fact_version(
    uuid: str,
    fields: Sequence[Any],
    revision: int,
    citations: Iterable[Sequence[Any]],
) -> str:
    """The version of a fact (see the module docstring): ``fields`` are CONTENT_FIELDS in
    order, ``citations`` (source_key, quote, start, end) in order."""
    payload = ["fact-version", uuid, *fields, revision, [list(c) for c in citations]]
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def real_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True, slots=True)
class PackManifest:
    """What a pack says about itself (the ``manifest`` table)."""

    pack_id: str
    created_at: str
    creator: str
    app_version: str
    schema_version: int
    pairs: tuple[str, ...]
    since: str
    include_drafts: bool
    include_retired: bool
    counts: dict[str, int] = field(default_factory=dict)
    content_sha256: str = ""
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "format_version": self.format_version,
            "pack_id": self.pack_id,
            "created_at": self.created_at,
            "creator": self.creator,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "pairs": list(self.pairs),
            "since": self.since,
            "include_drafts": self.include_drafts,
            "include_retired": self.include_retired,
            "counts": dict(self.counts),
            "content_sha256": self.content_sha256,
        }


__all__ = [
    "APPLICATION_ID",
    "FORMAT",
    "FORMAT_VERSION",
    "ContentHasher",
    "FactState",
    "PackManifest",
    "canonical_json",
    "fact_version",
    "row_line",
    "source_key",
]
