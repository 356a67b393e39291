"""Reading a fact pack back, only if it is whole: its manifest, then its rows, verified.

The file is opened as untrusted SQLite by :mod:`briefer.packs.untrusted` and each row is
checked by :mod:`briefer.packs.rows`; this module reads the manifest (format and schema
versions are checked before the content hash, so a pack from a newer Briefer gets "update
Briefer" rather than "damaged"), reads the four tables, checks every quote against its
source's text, and compares the content hash (see :mod:`briefer.packs.format`) and the row
counts with the manifest's.

Every refusal is a :class:`~briefer.packs.untrusted.PackRefused` whose text is one sentence,
and the store is not touched: the caller writes nothing until :func:`read_pack` has returned.
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    row_line,
    source_key,
)
from briefer.packs.rows import FACT_INDEX, checked_fact, share_strings, typed_rows
from briefer.packs.untrusted import PackRefused, open_pack, refuse

MAX_FACTS = 2_000_000  # a pack is read into memory; twenty times the largest store planned
MAX_ALL_ANCESTORS = 5_000_000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PackSource:
    """A source of the pack without its body (bodies are read again only when needed)."""

    uuid: str
    sha256: str
    title: str
    body_sha256: str  # of the body text, to compare with a local copy without keeping it
    row_digest: str  # of the hashed line, to prove a second read sees the same row


@dataclass(frozen=True, slots=True)
class PackCitation:
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
        values = self.values
        return FactState(
            uuid=self.uuid,
            fields=_content_of(values),
            revision=self.revision,
            citations=tuple(
                (source_key(c.source_uuid, sources[c.source_uuid].sha256), c.quote, c.start, c.end)
                for c in self.citations
            ),
        )


@dataclass
class PackContents:
    """A verified pack: manifest, countries, facts with citations, sources without bodies."""

    path: Path
    manifest: PackManifest
    countries: list[tuple[str, str, str]] = field(default_factory=list)
    sources: dict[str, PackSource] = field(default_factory=dict)
    facts: list[PackFact] = field(default_factory=list)


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

    Facts and citations are kept in memory; sources are streamed (their bodies can be large)
    and only their uuid, sha256, title and digests are kept. ``progress(done, total)`` is
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
    total = 2 * manifest.counts.get("facts", 0) + manifest.counts.get("sources", 0)
    too_big = refuse(path, "is larger than Briefer can import at once; export it in parts.")
    if manifest.counts.get("facts", 0) > MAX_FACTS:
        raise too_big
    contents = PackContents(path=path, manifest=manifest)
    hasher = ContentHasher(manifest.as_dict())

    # Facts and citations first (into memory), so each citation can be checked against its
    # source's body while the sources stream past; the hash is still fed in canonical order.
    fact_rows = []
    done = 0
    shared: dict[str, str] = {}
    for row in typed_rows(conn, "fact", path):
        fact_rows.append(share_strings(row, shared, "fact"))
        done += 1
        if done > MAX_FACTS:
            raise too_big
        if done % 2000 == 0:
            report(done, total)
    citation_rows = [
        share_strings(row, shared, "citation") for row in typed_rows(conn, "citation", path)
    ]
    by_fact: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    by_source: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for row in citation_rows:
        fact_uuid, _position, source_uuid, quote, start, end = row[:6]
        by_fact[fact_uuid].append(row)
        by_source[source_uuid].append((fact_uuid, quote, start, end))

    for row in typed_rows(conn, "country", path):
        hasher.add("country", row)
        if len(row[0]) != 2 or not row[0].isalpha():
            raise refuse(path, f"is damaged: it names a country “{row[0][:10]}”.")
        contents.countries.append((row[0].upper(), row[1], row[2]))

    for row in typed_rows(conn, "source", path):
        line = hasher.add("source", row)
        record = dict(zip(TABLE_COLUMNS["source"], row, strict=True))
        body: str = record["body"]
        for fact_uuid, quote, start, end in by_source.pop(record["uuid"], ()):
            if not (0 <= start <= end <= len(body)) or body[start:end] != quote or not quote:
                raise refuse(
                    path,
                    f"is damaged: a quote of fact {fact_uuid[:40]} is not in its source.",
                )
        contents.sources[record["uuid"]] = PackSource(
            uuid=record["uuid"],
            sha256=record["sha256"],
            title=record["title"],
            body_sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
            row_digest=hashlib.sha256(line).hexdigest(),
        )
        done += 1
        if done % 2000 == 0:
            report(done, total)
    if by_source:
        missing = next(iter(by_source))
        raise refuse(path, f"is damaged: it cites a source ({missing[:40]}) it does not carry.")

    ancestors = 0
    for row in fact_rows:
        hasher.add("fact", row)
        cites = tuple(
            PackCitation(c[2], c[3], c[4], c[5], c[6], c[7]) for c in by_fact.pop(row[0], [])
        )
        fact = PackFact(checked_fact(row, path), cites)
        ancestors += len(fact.values[-1])
        if ancestors > MAX_ALL_ANCESTORS:
            raise too_big
        contents.facts.append(fact)
        done += 1
        if done % 2000 == 0:
            report(done, total)
    del fact_rows  # the PackFacts share its strings
    if by_fact:
        raise refuse(path, "is damaged: it has citations of facts it does not carry.")
    for row in citation_rows:
        hasher.add("citation", row)

    actual = {
        "countries": len(contents.countries),
        "sources": len(contents.sources),
        "facts": len(contents.facts),
        "citations": len(citation_rows),
    }
    if hasher.hexdigest() != manifest.content_sha256 or actual != manifest.counts:
        raise refuse(
            path,
            "does not match its own checksum: it was damaged or altered after it was made, "
            "so nothing was imported.",
        )
    report(total, total)
    return contents


def read_source_rows(path: Path, wanted: dict[str, str]) -> Iterator[dict[str, Any]]:
    """Full rows of the sources ``wanted`` (uuid → row digest from :func:`read_pack`).

    Each row is hashed again and must give the same digest, so what is written to the store
    is exactly what was verified, even if the file changed in between.
    """
    path = Path(path)
    if not wanted:
        return
    with open_pack(path) as conn:
        seen = 0
        try:
            for row in typed_rows(conn, "source", path):
                record = dict(zip(TABLE_COLUMNS["source"], row, strict=True))
                digest = wanted.get(record["uuid"])
                if digest is None:
                    continue
                if hashlib.sha256(row_line("source", row)).hexdigest() != digest:
                    raise refuse(path, "changed while it was being imported; nothing was imported.")
                seen += 1
                yield record
        except sqlite3.DatabaseError as exc:
            raise refuse(path, f"is damaged and cannot be read ({exc}).") from exc
        if seen != len(wanted):
            raise refuse(path, "changed while it was being imported; nothing was imported.")


__all__ = [
    "PackCitation",
    "PackContents",
    "PackFact",
    "PackRefused",
    "PackSource",
    "open_pack",
    "read_manifest",
    "read_pack",
    "read_source_rows",
]
