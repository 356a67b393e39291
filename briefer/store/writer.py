"""The one fact writer: every row of ``fact``, ``citation`` and ``fact_fts`` is written here.

Whoever adds, edits, retires or deletes a fact (the editor through ``store.facts`` and
``store.desk``, an import, a pack, sync) decides *what* to write and audits it; this module
writes the rows, single facts and bulk alike (one ``executemany`` per table), and keeps the
folded search columns and the FTS5 index in step with the statements in this one place. Each
call is atomic: inside the caller's transaction (a bulk load is one transaction) or, when
none is open, in its own.

``tests/unit/test_layers.py`` checks that no other module runs INSERT, UPDATE or DELETE on
these tables (the schema's migrations aside).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from briefer.batches import chunks, marks
from briefer.errors import InputError
from briefer.store.folding import fact_folded
from briefer.text.fold import fold
from briefer.text.normalize import normalize

if TYPE_CHECKING:
    from sqlite_utils import Database

CONTEXT_CHARS = 32
# What an editor may change on a fact; pair and uuid are its identity, revision is ours.
EDITABLE_FIELDS = (
    "topic", "kind", "statement_vi", "statement_en", "event_date", "as_of", "period",
    "value", "unit", "qualifier", "metric", "rank", "status",
)  # fmt: skip
# The columns a new fact is written with (its id and folded columns are the writer's).
FACT_COLUMNS = ("uuid", "pair", *EDITABLE_FIELDS, "created_at", "updated_at", "revision")
# (source id, quote, start, end, prefix, suffix): a citation anchored in its source's body.
CitationRow = tuple[int, str, int, int, str, str]
_WIDTH = len(FACT_COLUMNS)
_VI_AT, _EN_AT, _PAIR_AT = (FACT_COLUMNS.index(c) for c in ("statement_vi", "statement_en", "pair"))
# Columns whose change moves a fact's search row.
_INDEXED = ("statement_vi", "statement_en", "pair")

_FACT_INSERT = (
    f"INSERT INTO fact (id, {', '.join(FACT_COLUMNS)}, folded_vi, folded_en) "
    f"VALUES ({', '.join('?' * (len(FACT_COLUMNS) + 3))})"
)
_FTS_INSERT = "INSERT INTO fact_fts (rowid, folded_vi, folded_en, pair) VALUES (?, ?, ?, ?)"
_FTS_DELETE = (
    "INSERT INTO fact_fts (fact_fts, rowid, folded_vi, folded_en, pair) "
    "VALUES ('delete', ?, ?, ?, ?)"
)
_CITATION_INSERT = (
    'INSERT INTO citation (fact_id, source_id, quote, start, "end", prefix, suffix) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


P = ParamSpec("P")
R = TypeVar("R")


def atomic_write(write: Callable[P, R]) -> Callable[P, R]:
    """Run ``write(db, ...)`` in the caller's transaction, or in its own when none is open."""

    @functools.wraps(write)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        db = args[0]
        from sqlite_utils import Database  # loaded already: writes go through a Database

        assert isinstance(db, Database)
        with db.atomic():
            return write(*args, **kwargs)

    return run


# ---- citations -----------------------------------------------------------------------------


def anchor_quote(body: str, quote: str, start: int | None = None) -> tuple[int, int, str, str]:
    """Locate ``quote`` in ``body`` and return (start, end, prefix, suffix).

    With ``start`` given the quote must be exactly there; without it, the first occurrence.
    A quote that is not in the body is an InputError: a citation never points at words its
    source does not contain.
    """
    quote = normalize(quote)
    if not quote.strip():
        raise InputError("A citation needs the quoted words of its source.")
    if start is None:
        start = body.find(quote)
        if start < 0:
            raise InputError(f"The quote “{quote[:60]}” is not in its source.")
    elif body[start : start + len(quote)] != quote:
        raise InputError(f"The quote “{quote[:60]}” is not at the given place in its source.")
    end = start + len(quote)
    return start, end, body[max(0, start - CONTEXT_CHARS) : start], body[end : end + CONTEXT_CHARS]


def source_bodies(db: Database, source_ids: Iterable[int]) -> dict[int, str]:
    """The stored body of each source of ``source_ids`` (InputError for a missing one)."""
    wanted = sorted(set(source_ids))
    bodies: dict[int, str] = {}
    for chunk in chunks(wanted):
        bodies.update(
            db.conn.execute(
                f"SELECT id, body FROM source WHERE id IN ({marks(chunk)})", chunk
            ).fetchall()
        )
    for source_id in wanted:
        if source_id not in bodies:
            raise InputError(f"There is no source with id {source_id}.")
    return bodies


def anchored(
    db: Database,
    citations: Iterable[tuple[int, str, int | None]],
    bodies: dict[int, str] | None = None,
) -> list[CitationRow]:
    """Citations given as (source id, quote, start or None), anchored in their sources.

    ``bodies`` maps source ids to bodies the caller has already read; others are read here.
    """
    cites = list(citations)
    known = dict(bodies or {})
    known.update(source_bodies(db, (sid for sid, _q, _s in cites if sid not in known)))
    rows: list[CitationRow] = []
    for source_id, quote, start in cites:
        body = known[source_id]
        begin, end, prefix, suffix = anchor_quote(body, quote, start)
        rows.append((source_id, body[begin:end], begin, end, prefix, suffix))
    return rows


@atomic_write
def add_citations(db: Database, fact_id: int, rows: Sequence[CitationRow]) -> list[int]:
    """Add anchored citations to fact ``fact_id``; return their new ids."""
    return [int(db.conn.execute(_CITATION_INSERT, (fact_id, *row)).lastrowid or 0) for row in rows]


@atomic_write
def replace_citations(db: Database, items: Sequence[tuple[int, Sequence[CitationRow]]]) -> None:
    """Give each fact id of ``items`` exactly these citations, in this order."""
    if not items:
        return
    db.conn.executemany("DELETE FROM citation WHERE fact_id = ?", [(fid,) for fid, _r in items])
    db.conn.executemany(_CITATION_INSERT, [(fid, *row) for fid, rows in items for row in rows])


@atomic_write
def delete_citation(db: Database, citation_id: int) -> None:
    db.execute("DELETE FROM citation WHERE id = ?", [citation_id])


# ---- facts ---------------------------------------------------------------------------------


def next_id(db: Database, table: str) -> int:
    # Ids are given explicitly so rows can be written in bulk; writers hold the write lock
    # (their transaction has written or BEGIN IMMEDIATE), so nobody else can take them.
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


@atomic_write
def add_facts(
    db: Database, items: Sequence[tuple[Sequence[Any], Sequence[CitationRow]]]
) -> list[int]:
    """Insert facts given as their FACT_COLUMNS values in order, each with anchored citations.

    Writes the fact rows with their folded columns, their search rows and their citations,
    one statement per table; returns the new ids in order. The caller normalises and audits.
    """
    if not items:
        return []
    first = next_id(db, "fact")
    facts: list[tuple[Any, ...]] = []
    fts: list[tuple[Any, ...]] = []
    cites: list[tuple[Any, ...]] = []
    for fact_id, (row, citations) in enumerate(items, start=first):
        vi, en = fold(row[_VI_AT]), fold(row[_EN_AT])
        facts.append((fact_id, *row[:_WIDTH], vi, en))
        fts.append((fact_id, vi, en, row[_PAIR_AT]))
        cites.extend((fact_id, *c) for c in citations)
    db.conn.executemany(_FACT_INSERT, facts)
    db.conn.executemany(_FTS_INSERT, fts)
    db.conn.executemany(_CITATION_INSERT, cites)
    return list(range(first, first + len(items)))


@atomic_write
def change_facts(db: Database, changes: Sequence[tuple[int, dict[str, Any]]]) -> None:
    """Set columns of existing facts: (fact id, {column: value}) with any of FACT_COLUMNS
    but ``uuid``. A changed statement or pair refolds the fact and moves its search row."""
    if not changes:
        return
    moved = sorted({fid for fid, values in changes if any(k in values for k in _INDEXED)})
    current: dict[int, tuple[Any, ...]] = {}
    for chunk in chunks(moved):
        for fid, *row in db.conn.execute(
            "SELECT id, statement_vi, statement_en, pair, folded_vi, folded_en FROM fact "
            f"WHERE id IN ({marks(chunk)})",
            chunk,
        ):
            current[fid] = tuple(row)
    unindex, index = [], []
    grouped: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for fact_id, given in changes:
        values = dict(given)
        if "uuid" in values:
            raise ValueError("a fact's uuid is its identity and never changes")
        if fact_id in current:
            vi, en, pair, old_vi, old_en = current[fact_id]
            vi, en = values.get("statement_vi", vi), values.get("statement_en", en)
            pair = values.get("pair", pair)
            values.update(fact_folded(vi, en))
            unindex.append((fact_id, old_vi, old_en, current[fact_id][2]))
            index.append((fact_id, values["folded_vi"], values["folded_en"], pair))
        names = tuple(values)
        grouped.setdefault(names, []).append((*values.values(), fact_id))
    db.conn.executemany(_FTS_DELETE, unindex)
    for names, rows in grouped.items():
        assignments = ", ".join(f'"{name}" = ?' for name in names)
        db.conn.executemany(f"UPDATE fact SET {assignments} WHERE id = ?", rows)
    db.conn.executemany(_FTS_INSERT, index)


@atomic_write
def delete_facts(db: Database, fact_ids: Sequence[int]) -> None:
    """Delete facts with their citations and search rows."""
    for chunk in chunks(fact_ids):
        rows = db.conn.execute(
            f"SELECT id, folded_vi, folded_en, pair FROM fact WHERE id IN ({marks(chunk)})", chunk
        ).fetchall()
        db.conn.executemany(_FTS_DELETE, rows)
        db.conn.executemany("DELETE FROM citation WHERE fact_id = ?", [(r[0],) for r in rows])
        db.conn.executemany("DELETE FROM fact WHERE id = ?", [(r[0],) for r in rows])


# ---- the whole index -----------------------------------------------------------------------


@atomic_write
def rebuild_search(db: Database) -> None:
    """Refold every fact and source and rebuild both indexes (migrations, repair)."""
    conn = db.conn
    facts: list[Any] = conn.execute("SELECT id, statement_vi, statement_en FROM fact").fetchall()
    conn.executemany(
        "UPDATE fact SET folded_vi = ?, folded_en = ? WHERE id = ?",
        [(fold(vi), fold(en), fid) for fid, vi, en in facts],
    )
    sources: list[Any] = conn.execute("SELECT id, title, body FROM source").fetchall()
    conn.executemany(
        "UPDATE source SET folded_title = ?, folded_body = ? WHERE id = ?",
        [(fold(t), fold(b), sid) for sid, t, b in sources],
    )
    conn.execute("INSERT INTO fact_fts (fact_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO source_fts (source_fts) VALUES ('rebuild')")
