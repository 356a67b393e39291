"""Reading a fact pack back, only if it is whole: its manifest, then its rows, verified.

The file is opened as untrusted SQLite by :mod:`briefer.packs.untrusted` and each row is
checked by :mod:`briefer.packs.rows`; this module reads the manifest (format and schema
versions are checked before the content hash, so a pack from a newer Briefer gets "update
Briefer" rather than "damaged"), streams the four tables, checks every quote against its
source's text, and compares the content hash (see :mod:`briefer.packs.format`) and the row
counts with the manifest's. Memory does not grow with the pack's facts: they are not kept,
only a fingerprint of each chunk of them, by which :mod:`briefer.packs.reread` proves the
rows it reads again for the merge are the rows verified here.

Every refusal is a :class:`~briefer.packs.untrusted.PackRefused` whose text is one sentence,
and the store is not touched: the caller writes nothing until :func:`read_pack` has returned.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import operator
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from briefer.limits import MAX_FIELD_CHARS, MAX_JSON_DEPTH, TooDeep, loads_bounded
from briefer.packs.format import (
    APPLICATION_ID,
    CONTENT_FIELDS,
    FACT_COLUMNS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_KEYS,
    TABLE_COLUMNS,
    ContentHasher,
    FactState,
    PackManifest,
    fact_version,
    source_key,
)
from briefer.packs.rows import FACT_INDEX, fact_ancestors, typed_rows
from briefer.packs.untrusted import PackRefused, open_pack, refuse

MAX_FACTS = 2_000_000  # twenty times the largest store planned (one transaction)
MAX_ALL_ANCESTORS = 5_000_000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PackSource:
    """A source of the pack without its body (bodies are read again only when needed)."""

    uuid: str
    sha256: str
    title: str
    body_sha256: bytes  # SHA-256 of the body text, to compare with a local copy without it
    row_digest: bytes  # SHA-256 of the row's fingerprint: a second read must see the same row


class PackCitation(NamedTuple):
    """A citation of a pack's fact (a tuple: an import makes one per citation, 100,000s)."""

    source_uuid: str
    quote: str
    start: int
    end: int
    prefix: str
    suffix: str


_CONTENT_AT = tuple(FACT_INDEX[f] for f in CONTENT_FIELDS)
_content_of = operator.itemgetter(*_CONTENT_AT)
_REVISION_AT = FACT_INDEX["revision"]


@dataclass(frozen=True, slots=True)
class PackFact:
    """A fact of the pack: its columns as a tuple (memory: a pack may hold 100,000)."""

    values: tuple[Any, ...]  # FACT_COLUMNS in order; value as float; ancestors as a tuple
    citations: tuple[PackCitation, ...]

    @property
    def uuid(self) -> str:
        return str(self.values[0])

    @property
    def revision(self) -> int:
        return int(self.values[_REVISION_AT])

    @property
    def ancestors(self) -> tuple[str, ...]:
        return tuple(self.values[-1])

    def get(self, name: str) -> Any:
        return self.values[FACT_INDEX[name]]

    @property
    def row(self) -> dict[str, Any]:
        return dict(zip(FACT_COLUMNS, self.values, strict=True))

    def state(self, sources: dict[str, PackSource]) -> FactState:
        return FactState(
            uuid=self.uuid,
            fields=_content_of(self.values),
            revision=self.revision,
            citations=self._keyed(sources),
        )

    def version(self, sources: dict[str, PackSource]) -> str:
        """``self.state(sources).version``, without making the state (once per new fact)."""
        values = self.values
        return fact_version(
            values[0], _content_of(values), values[_REVISION_AT], self._keyed(sources)
        )

    def _keyed(self, sources: dict[str, PackSource]) -> tuple[tuple[str, str, int, int], ...]:
        return tuple(
            (source_key(c.source_uuid, sources[c.source_uuid].sha256), c.quote, c.start, c.end)
            for c in self.citations
        )


FACT_CHUNK = 2000  # facts read again at a time, with their citations


@dataclass
class PackContents:
    """A verified pack: manifest, countries and sources (without bodies) in memory.

    Facts are not kept: :func:`fact_chunks` reads them again, :data:`FACT_CHUNK` at a time,
    and proves each chunk is the rows verified (``verified``: per chunk, the digests of its
    fact rows and of its citation rows), so a pack of any size is imported in bounded memory.
    """

    path: Path
    manifest: PackManifest
    countries: list[tuple[str, str, str]] = field(default_factory=list)
    sources: dict[str, PackSource] = field(default_factory=dict)
    chunk: int = FACT_CHUNK  # facts per chunk (as it was when the pack was read)
    fact_count: int = 0
    citation_count: int = 0
    verified: list[tuple[bytes, bytes]] = field(default_factory=list)


def fingerprint(row: tuple[Any, ...]) -> bytes:
    """The bytes that prove a row read again is the row verified: a pure function of its
    values and their types (marshal version 2 writes no references or interning flags) and
    several times cheaper than the canonical line."""
    return marshal.dumps(row, 2)


def chunk_digest(rows: list[tuple[Any, ...]]) -> bytes:
    """The digest that proves a chunk of rows read again is the chunk verified: the SHA-256
    of their fingerprints, made in one call (a chunk is held in memory by the merge anyway)."""
    return hashlib.sha256(marshal.dumps(rows, 2)).digest()


def _read_manifest(conn: sqlite3.Connection, path: Path) -> PackManifest:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    raw: dict[str, Any] = {}
    for key, value in conn.execute("SELECT key, value FROM manifest").fetchall():
        if not isinstance(key, str) or not isinstance(value, str):
            raise refuse(path, "has a damaged manifest.")
        try:
            raw[key] = loads_bounded(value)
        except TooDeep as exc:
            raise refuse(
                path,
                f"has a manifest value nested more than {MAX_JSON_DEPTH} levels deep "
                "(the limit for JSON in a pack); it was refused.",
            ) from exc
        except json.JSONDecodeError as exc:
            raise refuse(path, "has a damaged manifest.") from exc
    if raw.get("format") != FORMAT or app_id != APPLICATION_ID:
        raise refuse(path, "is not a Briefer fact pack; nothing was imported.")
    format_version = raw.get("format_version")
    schema_version = raw.get("schema_version")
    if not isinstance(format_version, int) or not isinstance(schema_version, int):
        raise refuse(path, "has a damaged manifest.")
    # The store's schema is checked by the importer (briefer.sync.pack_import): packs are
    # pure and know nothing of the store.
    if format_version > FORMAT_VERSION:
        raise refuse(
            path,
            "was made by a newer version of Briefer; update Briefer to import it "
            "(nothing was imported).",
        )
    unknown = set(raw) - set(MANIFEST_KEYS)
    missing = set(MANIFEST_KEYS) - set(raw)
    if unknown or missing:
        raise refuse(path, "has a damaged manifest.")
    checks: list[tuple[str, type | tuple[type, ...]]] = [
        ("pack_id", str), ("created_at", str), ("creator", str), ("app_version", str),
        ("pairs", list), ("since", str), ("include_drafts", bool), ("include_retired", bool),
        ("counts", dict), ("content_sha256", str),
    ]  # fmt: skip
    for key, kind in checks:
        if not isinstance(raw[key], kind):
            raise refuse(path, "has a damaged manifest.")
    counts = raw["counts"]
    if not all(isinstance(k, str) and type(v) is int for k, v in counts.items()):
        raise refuse(path, "has a damaged manifest.")
    # These end up in the store (provenance, audit): keep them to what the writer makes.
    if not _UUID.match(raw["pack_id"]) or len(raw["creator"]) > 200:
        raise refuse(path, "has a damaged manifest.")
    short = (raw["created_at"], raw["app_version"], raw["since"], *raw["pairs"])
    if not all(isinstance(v, str) and len(v) <= MAX_FIELD_CHARS for v in short):
        raise refuse(path, "has a damaged manifest.")
    return PackManifest(
        pack_id=raw["pack_id"],
        created_at=raw["created_at"],
        creator=raw["creator"],
        app_version=raw["app_version"],
        schema_version=schema_version,
        pairs=tuple(str(p) for p in raw["pairs"]),
        since=raw["since"],
        include_drafts=raw["include_drafts"],
        include_retired=raw["include_retired"],
        counts=dict(counts),
        content_sha256=raw["content_sha256"],
        format=FORMAT,
        format_version=format_version,
    )


def read_manifest(path: Path) -> PackManifest:
    """The manifest of the pack at ``path`` (structure and versions checked, hash not)."""
    with open_pack(path) as conn:
        try:
            return _read_manifest(conn, Path(path))
        except sqlite3.DatabaseError as exc:
            raise refuse(Path(path), f"is damaged ({exc}).") from exc


def read_pack(path: Path, progress: Progress | None = None) -> PackContents:
    """Open, check and verify the pack at ``path``; raise :class:`PackRefused` if it is not whole.

    Every table is streamed in canonical order into the content hash, and each citation's
    quote checked against its source's text as the two stream side by side (both ordered by
    source), so memory does not grow with the pack: only countries and sources (uuid,
    sha256, title and digests, not their bodies) are kept. ``progress(done, total)`` is
    called now and then with rows read so far.
    """
    path = Path(path)
    with open_pack(path) as conn:
        try:
            return _read_verified(conn, path, progress)
        except sqlite3.DatabaseError as exc:
            # Damaged pages, a value over the size limit, …: still one sentence.
            raise refuse(path, f"is damaged and cannot be read ({exc}).") from exc
        except (ValueError, OverflowError) as exc:  # a real that JSON cannot spell (inf)
            raise refuse(path, f"is damaged: it holds a value Briefer cannot use ({exc}).") from exc


def _read_verified(conn: sqlite3.Connection, path: Path, progress: Progress | None) -> PackContents:
    manifest = _read_manifest(conn, path)
    report = progress or (lambda _done, _total: None)
    counts = manifest.counts
    total = sum(max(0, counts.get(k, 0)) for k in ("facts", "sources", "citations"))
    if counts.get("facts", 0) > MAX_FACTS:
        raise _too_big(path)
    contents = PackContents(path=path, manifest=manifest, chunk=FACT_CHUNK)
    hasher = ContentHasher(manifest.as_dict())
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 2000 == 0:
            report(min(done, total), total)

    for row in typed_rows(conn, "country", path):
        hasher.add("country", row)
        if len(row[0]) != 2 or not row[0].isalpha():
            raise refuse(path, f"is damaged: it names a country “{row[0][:10]}”.")
        contents.countries.append((row[0].upper(), row[1], row[2]))
    _read_sources(conn, path, hasher, contents, tick)
    facts = _read_facts(conn, path, hasher, contents, tick)
    citations = _read_citations(conn, path, hasher, contents, tick)
    contents.verified = list(zip(facts, citations, strict=True))

    actual = {
        "countries": len(contents.countries),
        "sources": len(contents.sources),
        "facts": contents.fact_count,
        "citations": contents.citation_count,
    }
    if hasher.hexdigest() != manifest.content_sha256 or actual != manifest.counts:
        raise refuse(
            path,
            "does not match its own checksum: it was damaged or altered after it was made, "
            "so nothing was imported.",
        )
    report(total, total)
    return contents


def _too_big(path: Path) -> PackRefused:
    return refuse(path, "is larger than Briefer can import at once; export it in parts.")


_SOURCE_AT = {name: i for i, name in enumerate(TABLE_COLUMNS["source"])}


def _read_sources(
    conn: sqlite3.Connection,
    path: Path,
    hasher: ContentHasher,
    contents: PackContents,
    tick: Callable[[], None],
) -> None:
    """Hash the sources and check every quote against its source's text.

    The citations are read ordered by source beside the sources (ordered by uuid), so each
    body is held only while its own quotes are checked.
    """
    quotes = typed_rows(conn, "citation", path, order_by="source_uuid, fact_uuid, position")
    pending = next(quotes, None)
    body_at, sha_at, title_at = _SOURCE_AT["body"], _SOURCE_AT["sha256"], _SOURCE_AT["title"]
    for row in typed_rows(conn, "source", path):
        hasher.add("source", row)
        uuid, body = row[0], row[body_at]
        if pending is not None and pending[2] < uuid:
            raise _missing_source(path, pending[2])
        while pending is not None and pending[2] == uuid:
            fact_uuid, _position, _source, quote, start, end = pending[:6]
            if not (0 <= start <= end <= len(body)) or body[start:end] != quote or not quote:
                raise refuse(
                    path,
                    f"is damaged: a quote of fact {fact_uuid[:40]} is not in its source.",
                )
            pending = next(quotes, None)
        contents.sources[uuid] = PackSource(
            uuid=uuid,
            sha256=row[sha_at],
            title=row[title_at],
            body_sha256=hashlib.sha256(body.encode("utf-8")).digest(),
            row_digest=hashlib.sha256(fingerprint(row)).digest(),
        )
        tick()
    if pending is not None:
        raise _missing_source(path, pending[2])


def _missing_source(path: Path, uuid: str) -> PackRefused:
    return refuse(path, f"is damaged: it cites a source ({uuid[:40]}) it does not carry.")


def _read_facts(
    conn: sqlite3.Connection,
    path: Path,
    hasher: ContentHasher,
    contents: PackContents,
    tick: Callable[[], None],
) -> list[bytes]:
    """Hash and check every fact; return the fingerprint digest of each chunk of facts."""
    digests: list[bytes] = []
    rows: list[tuple[Any, ...]] = []  # one chunk's, as the merge holds them
    ancestors = 0
    for row in typed_rows(conn, "fact", path):
        hasher.add("fact", row)
        rows.append(row)
        ancestors += len(fact_ancestors(row, path))
        contents.fact_count += 1
        if contents.fact_count > MAX_FACTS or ancestors > MAX_ALL_ANCESTORS:
            raise _too_big(path)
        if len(rows) == contents.chunk:
            digests.append(chunk_digest(rows))
            rows = []
        tick()
    if rows:
        digests.append(chunk_digest(rows))
    return digests


def _read_citations(
    conn: sqlite3.Connection,
    path: Path,
    hasher: ContentHasher,
    contents: PackContents,
    tick: Callable[[], None],
) -> list[bytes]:
    """Hash every citation and check that its fact is in the pack (the fact uuids stream
    beside, in order); return the fingerprint digest of the citations of each chunk of facts."""
    n_chunks = -(-contents.fact_count // contents.chunk)
    digests: list[bytes] = []
    rows: list[tuple[Any, ...]] = []  # the citations of one chunk of facts
    facts = (str(row[0]) for row in conn.execute('SELECT "uuid" FROM "fact" ORDER BY "uuid"'))
    current, at = next(facts, None), 0
    for row in typed_rows(conn, "citation", path):
        hasher.add("citation", row)
        while current is not None and current < row[0]:
            current, at = next(facts, None), at + 1
        if current != row[0]:
            raise refuse(path, "is damaged: it has citations of facts it does not carry.")
        while len(digests) < at // contents.chunk:  # a later chunk's: the earlier are whole
            digests.append(chunk_digest(rows))
            rows = []
        rows.append(row)
        contents.citation_count += 1
        tick()
    while len(digests) < n_chunks:
        digests.append(chunk_digest(rows))
        rows = []
    return digests


__all__ = [
    "FACT_CHUNK",
    "PackCitation",
    "PackContents",
    "PackFact",
    "PackRefused",
    "PackSource",
    "chunk_digest",
    "fingerprint",
    "open_pack",
    "read_manifest",
    "read_pack",
]
