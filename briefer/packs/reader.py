"""Opening a fact pack as untrusted SQLite, and reading it back only if it is whole.

A pack comes from another machine, maybe by e-mail or USB stick, so it is treated as hostile:

- the file is looked at before SQLite touches it (empty, not SQLite, a folder);
- it is opened read-only and immutable (``mode=ro&immutable=1``: no journal, no lock, no
  side file is created, nothing is ever written), with ``trusted_schema`` off, ``query_only``
  on and limits on the size of a value and on attached databases;
- a pack with any view, trigger or virtual table, or a generated column, is **refused**, not
  ignored. The writer never makes them, so their presence means the file was made or edited
  by something else; and refusing means a name we read (``fact``…) can only be a plain
  table, so no SQL an attacker wrote is ever evaluated. (Triggers fire only on writes, which
  this connection cannot make; views run only when selected from, which we never do.)
- only the four named tables are read, with explicit column lists, and every value is
  type-checked before use;
- the manifest's format and schema versions are checked before the content hash, so a pack
  from a newer Briefer gets "update Briefer" rather than "damaged";
- the content hash (see :mod:`briefer.packs.format`) and the row counts must match.

Every refusal is a :class:`PackRefused` whose text is one sentence, and the store is not
touched: the caller writes nothing until :func:`read_pack` has returned.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import operator
import os
import re
import sqlite3
import stat
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.domain.model import KINDS, QUALIFIERS, RANKS, STATUSES
from briefer.errors import InputError
from briefer.limits import (
    MAX_ARTICLE_CHARS,
    MAX_CONTEXT_CHARS,
    MAX_FIELD_CHARS,
    MAX_JSON_DEPTH,
    MAX_QUOTE_CHARS,
    MAX_REVISION,
    MAX_STATEMENT_CHARS,
    MAX_TITLE_CHARS,
    TooDeep,
    loads_bounded,
)
from briefer.packs.format import (
    APPLICATION_ID,
    CONTENT_FIELDS,
    FACT_COLUMNS,
    FORMAT,
    FORMAT_VERSION,
    INTEGER_COLUMNS,
    MANIFEST_KEYS,
    REAL_COLUMNS,
    TABLE_COLUMNS,
    ContentHasher,
    FactState,
    PackManifest,
    real_or_none,
    row_line,
    select_sql,
    source_key,
)
from briefer.text.controls import one_line, readable_path

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_VALUE_BYTES = 64 * 1024 * 1024  # one source body; far above any real article or report
MAX_ANCESTORS = 10_000  # per fact
MAX_FACTS = 2_000_000  # a pack is read into memory; twenty times the largest store planned
MAX_ALL_ANCESTORS = 5_000_000
_PAIR = re.compile(r"^[A-Z]{2}-[A-Z]{2}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

Progress = Callable[[int, int], None]


class PackRefused(InputError):
    """The file cannot be imported as a fact pack; ``str()`` says why in one sentence."""


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


_FACT_INDEX = {name: i for i, name in enumerate(FACT_COLUMNS)}
_CONTENT_AT = tuple(_FACT_INDEX[f] for f in CONTENT_FIELDS)
_content_of = operator.itemgetter(*_CONTENT_AT)
_REVISION_AT = _FACT_INDEX["revision"]


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
        return self.values[_FACT_INDEX[name]]

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


def _refuse(path: Path, why: str) -> PackRefused:
    # ``why`` may quote the pack's own (untrusted) words: one line, whatever they hold.
    return PackRefused(f"{readable_path(path.name)} {one_line(why)}")


def _check_file(path: Path) -> None:
    """Look at the file before SQLite does; only a regular file is opened.

    The file is opened without blocking and checked with ``fstat``: a FIFO given as a pack
    would otherwise block for ever.
    """
    if path.is_dir():
        raise _refuse(path, "is a folder, not a fact pack.")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PackRefused(f"There is no file {readable_path(path)}.") from None
    except OSError as exc:
        raise _refuse(path, f"cannot be read ({exc.strerror or exc}).") from exc
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise _refuse(
                path, "is not a regular file (a pipe, device or socket), not a fact pack."
            )
        try:
            header = fh.read(100)
        except OSError as exc:
            raise _refuse(path, f"cannot be read ({exc.strerror or exc}).") from exc
    if not header:
        raise _refuse(path, "is an empty file, not a fact pack; nothing was imported.")
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise _refuse(path, "is not a Briefer fact pack; nothing was imported.")


def _connect(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    try:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cell_size_check = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def open_pack(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a pack that passed the structural checks (not yet the hash)."""
    path = Path(path)
    _check_file(path)
    try:
        conn = _connect(path)
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"cannot be opened as a fact pack ({exc}).") from exc
    try:
        try:
            _check_structure(conn, path)
        except sqlite3.DatabaseError as exc:
            raise _refuse(path, f"is damaged or not a fact pack ({exc}).") from exc
        yield conn
    finally:
        conn.close()


def _check_structure(conn: sqlite3.Connection, path: Path) -> None:
    schema = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_schema").fetchall()
    kinds = {str(name): (str(kind), str(sql)) for kind, name, sql in schema}
    if "manifest" not in kinds:
        if "_sqlite_migrations" in kinds or "fact_fts" in kinds:
            raise _refuse(path, "is a Briefer store, not a fact pack; export a pack from it.")
        raise _refuse(path, "is an SQLite database, but not a Briefer fact pack.")
    hostile = sorted(
        name
        for name, (kind, sql) in kinds.items()
        if kind in ("view", "trigger") or sql.lstrip().upper().startswith("CREATE VIRTUAL")
    )
    if hostile:
        raise _refuse(
            path,
            f"contains views, triggers or virtual tables ({', '.join(hostile[:3])}), which "
            "Briefer never writes into a pack; it was refused as unsafe.",
        )
    for table, columns in {"manifest": ("key", "value"), **TABLE_COLUMNS}.items():
        if kinds.get(table, ("", ""))[0] != "table":
            raise _refuse(path, f"is damaged: it has no {table} table.")
        info = conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
        present = {str(row[1]) for row in info}
        if any(int(row[6]) != 0 for row in info):  # hidden or generated columns
            raise _refuse(path, f"has computed columns in its {table} table; it was refused.")
        missing = [c for c in columns if c not in present]
        if missing:
            raise _refuse(path, f"is damaged: its {table} table has no column {missing[0]}.")


def _read_manifest(conn: sqlite3.Connection, path: Path) -> PackManifest:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    raw: dict[str, Any] = {}
    for key, value in conn.execute("SELECT key, value FROM manifest").fetchall():
        if not isinstance(key, str) or not isinstance(value, str):
            raise _refuse(path, "has a damaged manifest.")
        try:
            raw[key] = loads_bounded(value)
        except TooDeep as exc:
            raise _refuse(
                path,
                f"has a manifest value nested more than {MAX_JSON_DEPTH} levels deep "
                "(the limit for JSON in a pack); it was refused.",
            ) from exc
        except json.JSONDecodeError as exc:
            raise _refuse(path, "has a damaged manifest.") from exc
    if raw.get("format") != FORMAT or app_id != APPLICATION_ID:
        raise _refuse(path, "is not a Briefer fact pack; nothing was imported.")
    format_version = raw.get("format_version")
    schema_version = raw.get("schema_version")
    if not isinstance(format_version, int) or not isinstance(schema_version, int):
        raise _refuse(path, "has a damaged manifest.")
    # The store's schema is checked by the importer (briefer.sync.pack_import): packs are
    # pure and know nothing of the store.
    if format_version > FORMAT_VERSION:
        raise _refuse(
            path,
            "was made by a newer version of Briefer; update Briefer to import it "
            "(nothing was imported).",
        )
    unknown = set(raw) - set(MANIFEST_KEYS)
    missing = set(MANIFEST_KEYS) - set(raw)
    if unknown or missing:
        raise _refuse(path, "has a damaged manifest.")
    checks: list[tuple[str, type | tuple[type, ...]]] = [
        ("pack_id", str), ("created_at", str), ("creator", str), ("app_version", str),
        ("pairs", list), ("since", str), ("include_drafts", bool), ("include_retired", bool),
        ("counts", dict), ("content_sha256", str),
    ]  # fmt: skip
    for key, kind in checks:
        if not isinstance(raw[key], kind):
            raise _refuse(path, "has a damaged manifest.")
    counts = raw["counts"]
    if not all(isinstance(k, str) and type(v) is int for k, v in counts.items()):
        raise _refuse(path, "has a damaged manifest.")
    # These end up in the store (provenance, audit): keep them to what the writer makes.
    if not _UUID.match(raw["pack_id"]) or len(raw["creator"]) > 200:
        raise _refuse(path, "has a damaged manifest.")
    short = (raw["created_at"], raw["app_version"], raw["since"], *raw["pairs"])
    if not all(isinstance(v, str) and len(v) <= MAX_FIELD_CHARS for v in short):
        raise _refuse(path, "has a damaged manifest.")
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
            raise _refuse(Path(path), f"is damaged ({exc}).") from exc


_NONE = type(None)
_TYPES: dict[str, tuple[type | tuple[type, ...], ...]] = {
    table: tuple(
        int if c in INTEGER_COLUMNS else (int, float, _NONE) if c in REAL_COLUMNS else str
        for c in columns
    )
    for table, columns in TABLE_COLUMNS.items()
}


def _typed_rows(conn: sqlite3.Connection, table: str, path: Path) -> Iterator[tuple[Any, ...]]:
    """Rows of ``table`` in canonical order, each value checked against its column's type.

    Keys must be strictly increasing: a hand-made pack without the writer's UNIQUE
    constraints could otherwise carry one fact twice.
    """
    columns = TABLE_COLUMNS[table]
    types = _TYPES[table]
    width = 2 if table == "citation" else 1
    previous: tuple[Any, ...] | None = None
    for row in conn.execute(select_sql(table)):
        # bool is an int to isinstance, but SQLite never returns one.
        if not all(map(isinstance, row, types)):
            bad = next(
                n for n, v, t in zip(columns, row, types, strict=True) if not isinstance(v, t)
            )
            raise _refuse(path, f"is damaged: a {table} row has a bad {bad}.")
        _check_lengths(row, table, path)
        key = row[:width]
        if previous is not None and key <= previous:
            raise _refuse(path, f"is damaged: its {table} table has the same row twice.")
        previous = key
        yield row


def _share(row: tuple[Any, ...], shared: dict[str, str], table: str) -> tuple[Any, ...]:
    """The row with its short strings (status, topic, dates, ``""``…) shared between rows.

    SQLite hands out a new string object per value; a 100,000-fact pack would otherwise hold
    a million copies of "approved" and its like. Only the table's text columns are looked
    at (numbers never: 1 and 1.0 are one key to a dict).
    """
    values = list(row)
    share = shared.setdefault
    for i in _SHORT_AT[table]:
        value = values[i]
        if len(value) <= _SHARED_MAX:
            values[i] = share(value, value)
    return tuple(values)


_SHARED_MAX = 40  # uuids (36) and short fields; statements and quotes are left alone
# The text columns that are not long text by nature (those are never shared).
_LONG = {"statement_vi", "statement_en", "quote", "body", "raw", "ancestors"}
_SHORT_AT = {
    table: tuple(
        i for i, (c, t) in enumerate(zip(columns, _TYPES[table], strict=True))
        if t is str and c not in _LONG
    )
    for table, columns in TABLE_COLUMNS.items()
}  # fmt: skip


# Per text column of the pack: the longest value Briefer takes, and what the sentence calls it.
_TEXT_LIMITS: dict[str, dict[str, tuple[int, str]]] = {
    "fact": {
        "statement_vi": (MAX_STATEMENT_CHARS, "a statement"),
        "statement_en": (MAX_STATEMENT_CHARS, "a statement"),
        "ancestors": (MAX_ANCESTORS * 70, "a list of ancestors"),
    },
    "citation": {
        "quote": (MAX_QUOTE_CHARS, "a quote"),
        "prefix": (MAX_CONTEXT_CHARS, "a quote context"),
        "suffix": (MAX_CONTEXT_CHARS, "a quote context"),
    },
    "source": {
        "body": (MAX_ARTICLE_CHARS, "a source text"),
        "raw": (MAX_ARTICLE_CHARS * 2, "a source's original text"),
        "title": (MAX_TITLE_CHARS, "a source title"),
        "outlet": (MAX_TITLE_CHARS, "a source outlet"),
        "author": (MAX_TITLE_CHARS, "a source author"),
        "url": (MAX_TITLE_CHARS, "a source address"),
    },
    "country": {},
}


def _limits(table: str) -> tuple[Callable[[tuple[Any, ...]], tuple[Any, ...]], tuple[int, ...]]:
    """(picker of the row's text values, their limits) for ``table``: checked in C loops."""
    limits = _TEXT_LIMITS[table]
    text = [i for i, t in enumerate(_TYPES[table]) if t is str]
    picked = [limits.get(TABLE_COLUMNS[table][i], (MAX_FIELD_CHARS, ""))[0] for i in text]
    if len(text) == 1:
        only = text[0]
        return (lambda row: (row[only],)), tuple(picked)
    return operator.itemgetter(*text), tuple(picked)


_TEXT_AT = {table: _limits(table) for table in TABLE_COLUMNS}


def _check_lengths(row: tuple[Any, ...], table: str, path: Path) -> None:
    """Refuse a text value longer than Briefer takes, naming the limit (one sentence).

    A 1 MB statement would otherwise reach every brief and make a PDF export run for
    minutes; every other text column is a short field (dates, codes, names).
    """
    pick, maxima = _TEXT_AT[table]
    if not any(map(operator.gt, map(len, pick(row)), maxima)):
        return  # the common case, without a Python loop per value
    limits = _TEXT_LIMITS[table]
    for name, value in zip(TABLE_COLUMNS[table], row, strict=True):
        if type(value) is not str:
            continue
        limit, what = limits.get(name, (MAX_FIELD_CHARS, f"a {name.replace('_', ' ')}"))
        if len(value) > limit:
            raise _refuse(
                path,
                f"holds {what} of {len(value):,} characters; Briefer takes at most "
                f"{limit:,} characters there, so the pack was refused.",
            )


def _checked_fact(row: tuple[Any, ...], path: Path) -> tuple[Any, ...]:
    """The fact row with its value as a float and its ancestors decoded; refuse bad values."""
    uuid = row[0]
    revision = row[_FACT_INDEX["revision"]]
    if not 1 <= revision <= MAX_REVISION:
        raise _refuse(
            path,
            f"gives fact {uuid[:40]} the revision {revision}; revisions go from 1 to "
            f"{MAX_REVISION:,}, so the pack was refused.",
        )
    problems = (
        not _PAIR.match(row[_FACT_INDEX["pair"]]),
        row[_FACT_INDEX["kind"]] not in KINDS,
        row[_FACT_INDEX["rank"]] not in RANKS,
        row[_FACT_INDEX["status"]] not in STATUSES,
        row[_FACT_INDEX["qualifier"]] not in QUALIFIERS,
        row[_FACT_INDEX["revision"]] < 1,
        not row[_FACT_INDEX["statement_vi"]].strip(),
        not uuid.strip(),
    )
    if any(problems):
        raise _refuse(path, f"is damaged: fact {uuid[:40]} has a value Briefer cannot use.")
    try:
        ancestors = loads_bounded(row[_FACT_INDEX["ancestors"]], max_depth=1)
    except TooDeep as exc:
        raise _refuse(
            path,
            f"is damaged: the ancestors of fact {uuid[:40]} are nested lists "
            "(a flat list is the only form Briefer takes).",
        ) from exc
    except json.JSONDecodeError as exc:
        raise _refuse(path, f"is damaged: fact {uuid[:40]} has bad ancestors.") from exc
    if (
        not isinstance(ancestors, list)
        or len(ancestors) > MAX_ANCESTORS
        or not all(isinstance(a, str) and _HEX64.match(a) for a in ancestors)
    ):
        raise _refuse(path, f"is damaged: fact {uuid[:40]} has bad ancestors.")
    values = list(row)
    values[_FACT_INDEX["value"]] = real_or_none(values[_FACT_INDEX["value"]])
    values[_FACT_INDEX["ancestors"]] = tuple(ancestors)
    return tuple(values)


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
            raise _refuse(path, f"is damaged and cannot be read ({exc}).") from exc
        except (ValueError, OverflowError) as exc:  # a real that JSON cannot spell (inf)
            raise _refuse(
                path, f"is damaged: it holds a value Briefer cannot use ({exc})."
            ) from exc


def _read_verified(conn: sqlite3.Connection, path: Path, progress: Progress | None) -> PackContents:
    manifest = _read_manifest(conn, path)
    report = progress or (lambda _done, _total: None)
    total = 2 * manifest.counts.get("facts", 0) + manifest.counts.get("sources", 0)
    too_big = _refuse(path, "is larger than Briefer can import at once; export it in parts.")
    if manifest.counts.get("facts", 0) > MAX_FACTS:
        raise too_big
    contents = PackContents(path=path, manifest=manifest)
    hasher = ContentHasher(manifest.as_dict())

    # Facts and citations first (into memory), so each citation can be checked against its
    # source's body while the sources stream past; the hash is still fed in canonical order.
    fact_rows = []
    done = 0
    shared: dict[str, str] = {}
    for row in _typed_rows(conn, "fact", path):
        fact_rows.append(_share(row, shared, "fact"))
        done += 1
        if done > MAX_FACTS:
            raise too_big
        if done % 2000 == 0:
            report(done, total)
    citation_rows = [_share(row, shared, "citation") for row in _typed_rows(conn, "citation", path)]
    by_fact: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    by_source: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for row in citation_rows:
        fact_uuid, _position, source_uuid, quote, start, end = row[:6]
        by_fact[fact_uuid].append(row)
        by_source[source_uuid].append((fact_uuid, quote, start, end))

    for row in _typed_rows(conn, "country", path):
        hasher.add("country", row)
        if len(row[0]) != 2 or not row[0].isalpha():
            raise _refuse(path, f"is damaged: it names a country “{row[0][:10]}”.")
        contents.countries.append((row[0].upper(), row[1], row[2]))

    for row in _typed_rows(conn, "source", path):
        line = hasher.add("source", row)
        record = dict(zip(TABLE_COLUMNS["source"], row, strict=True))
        body: str = record["body"]
        for fact_uuid, quote, start, end in by_source.pop(record["uuid"], ()):
            if not (0 <= start <= end <= len(body)) or body[start:end] != quote or not quote:
                raise _refuse(
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
        raise _refuse(path, f"is damaged: it cites a source ({missing[:40]}) it does not carry.")

    ancestors = 0
    for row in fact_rows:
        hasher.add("fact", row)
        cites = tuple(
            PackCitation(c[2], c[3], c[4], c[5], c[6], c[7]) for c in by_fact.pop(row[0], [])
        )
        fact = PackFact(_checked_fact(row, path), cites)
        ancestors += len(fact.values[-1])
        if ancestors > MAX_ALL_ANCESTORS:
            raise too_big
        contents.facts.append(fact)
        done += 1
        if done % 2000 == 0:
            report(done, total)
    del fact_rows  # the PackFacts share its strings
    if by_fact:
        raise _refuse(path, "is damaged: it has citations of facts it does not carry.")
    for row in citation_rows:
        hasher.add("citation", row)

    actual = {
        "countries": len(contents.countries),
        "sources": len(contents.sources),
        "facts": len(contents.facts),
        "citations": len(citation_rows),
    }
    if hasher.hexdigest() != manifest.content_sha256 or actual != manifest.counts:
        raise _refuse(
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
            for row in _typed_rows(conn, "source", path):
                record = dict(zip(TABLE_COLUMNS["source"], row, strict=True))
                digest = wanted.get(record["uuid"])
                if digest is None:
                    continue
                if hashlib.sha256(row_line("source", row)).hexdigest() != digest:
                    raise _refuse(
                        path, "changed while it was being imported; nothing was imported."
                    )
                seen += 1
                yield record
        except sqlite3.DatabaseError as exc:
            raise _refuse(path, f"is damaged and cannot be read ({exc}).") from exc
        if seen != len(wanted):
            raise _refuse(path, "changed while it was being imported; nothing was imported.")


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
