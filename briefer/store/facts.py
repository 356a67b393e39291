"""Facts, their citations, countries and pairs: reading them, and the editor's writes
(checked, normalised and audited here, written by :mod:`briefer.store.writer`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from briefer.batches import chunks, marks
from briefer.domain.model import Citation, Country, Fact, Pair
from briefer.errors import InputError
from briefer.limits import MAX_STATEMENT_CHARS
from briefer.store import audit, writer
from briefer.store.clock import new_uuid, now_iso
from briefer.text.normalize import normalize

if TYPE_CHECKING:
    from sqlite_utils import Database

    from briefer.store.reader import Reader

# Re-exported: the writer owns them, readers and editors name them from here.
CONTEXT_CHARS = writer.CONTEXT_CHARS
EDITABLE_FIELDS = writer.EDITABLE_FIELDS
anchor_quote = writer.anchor_quote


# ---- countries and pairs -------------------------------------------------------------------


def upsert_country(db: Database, country: Country) -> None:
    db.execute(
        "INSERT INTO country (code, name_vi, name_en) VALUES (?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en",
        [country.code.upper(), normalize(country.name_vi), normalize(country.name_en)],
    )


def add_countries(db: Database, rows: Sequence[tuple[str, str, str]]) -> None:
    """Add (code, name_vi, name_en) countries this store lacks; known names are kept."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO country (code, name_vi, name_en) VALUES (?, ?, ?)", rows
    )


def countries(db: Reader) -> dict[str, Country]:
    return {
        row["code"]: Country(row["code"], row["name_vi"], row["name_en"])
        for row in db.query("SELECT code, name_vi, name_en FROM country ORDER BY code")
    }


def _country_or_code(known: dict[str, Country], code: str) -> Country:
    return known.get(code) or Country(code, code, code)


def pairs(db: Reader, status: str | None = "approved") -> list[Pair]:
    """Every pair that has facts, with its count of facts (approved ones by default)."""
    known = countries(db)
    where, params = ("WHERE status = ?", [status]) if status else ("", [])
    rows = db.execute(
        f"SELECT pair, count(*) FROM fact {where} GROUP BY pair ORDER BY pair", params
    ).fetchall()
    result = []
    for code, count in rows:
        home, _, partner = str(code).partition("-")
        result.append(
            Pair(_country_or_code(known, home), _country_or_code(known, partner), int(count))
        )
    return result


def pairs_with_drafts(db: Reader) -> list[Pair]:
    """Every pair with approved or draft facts: approved count and draft count each."""
    known = countries(db)
    # Grouped by status first, so the counts come from the (status, pair) index alone; one
    # row per pair asked SQLite to read every fact (0.5 s at 300,000 facts, now 0.02 s).
    counts: dict[str, list[int]] = {}
    for code, status, count in db.execute(
        "SELECT pair, status, count(*) FROM fact WHERE status IN ('approved', 'draft') "
        "GROUP BY status, pair"
    ).fetchall():
        counts.setdefault(code, [0, 0])[status == "draft"] = count
    result = []
    for code, (approved, drafts) in sorted(counts.items()):
        home, _, partner = str(code).partition("-")
        result.append(
            Pair(
                _country_or_code(known, home),
                _country_or_code(known, partner),
                int(approved),
                int(drafts),
            )
        )
    return result


def get_pair(db: Reader, code: str) -> Pair | None:
    """The pair ``code`` with its count of approved facts, or None when it has no facts."""
    total, approved = db.execute(
        "SELECT count(*), count(*) FILTER (WHERE status = 'approved') FROM fact WHERE pair = ?",
        [code],
    ).fetchone()
    if not total:
        return None
    known = countries(db)
    home, _, partner = code.partition("-")
    return Pair(_country_or_code(known, home), _country_or_code(known, partner), int(approved))


def normalise_pair_code(code: str) -> str:
    """``vn-cl`` → ``VN-CL``; raise InputError for anything that is not two ISO codes."""
    parts = code.strip().upper().replace("_", "-").split("-")
    if len(parts) != 2 or not all(len(p) == 2 and p.isalpha() for p in parts):
        raise InputError(f"'{code}' is not a country pair; write it like VN-CL.")
    return f"{parts[0]}-{parts[1]}"


# ---- citations -----------------------------------------------------------------------------


_CITATION_SELECT = (
    'SELECT c.fact_id, c.source_id, c.quote, c.start, c."end", c.prefix, c.suffix FROM citation c '
)


def _collect_citations(db: Reader, rows: list[tuple[Any, ...]]) -> dict[int, list[Citation]]:
    """Citations grouped by fact id, with their source's details looked up once per source.

    (Joining the source table per citation cost as much again as reading the citations.)
    """
    source_ids = sorted({row[1] for row in rows})
    details: dict[int, tuple[Any, ...]] = {}
    for chunk in chunks(source_ids):
        # fetchall: iterating a store cursor is a Python call per row (its failures become
        # sentences); fetching them at once is one.
        for sid, *fields in db.conn.execute(
            "SELECT id, uuid, title, outlet, url, published_on FROM source "
            f"WHERE id IN ({marks(chunk)})",
            chunk,
        ).fetchall():
            details[sid] = tuple(fields)
    found: dict[int, list[Citation]] = defaultdict(list)
    for fact_id, source_id, *fields in rows:
        found[fact_id].append(Citation(source_id, *fields, *details[source_id]))
    return found


def citations_for(db: Reader, fact_ids: Sequence[int]) -> dict[int, list[Citation]]:
    rows: list[tuple[Any, ...]] = []
    for chunk in chunks(fact_ids):
        rows += db.conn.execute(
            f"{_CITATION_SELECT} WHERE c.fact_id IN ({marks(chunk)}) ORDER BY c.fact_id, c.id",
            chunk,
        ).fetchall()
    return _collect_citations(db, rows)


def _citations_where(db: Reader, clause: str, params: list[Any]) -> dict[int, list[Citation]]:
    """Citations of every fact matching ``clause`` (on table alias ``f``), in one query."""
    rows = db.conn.execute(
        f"{_CITATION_SELECT} JOIN fact f ON f.id = c.fact_id {clause} ORDER BY c.fact_id, c.id",
        params,
    ).fetchall()
    return _collect_citations(db, rows)


# ---- facts ---------------------------------------------------------------------------------


_FACT_FIELDS = tuple(
    name for name in Fact.__dataclass_fields__ if name not in ("citations", "citation_count")
)


def _check_statement_length(*statements: str) -> None:
    """A statement is a sentence or two; a megabyte of it would stall every export."""
    for statement in statements:
        if len(statement) > MAX_STATEMENT_CHARS:
            raise InputError(
                f"A fact statement of {len(statement):,} characters is too long; Briefer "
                f"takes statements of up to {MAX_STATEMENT_CHARS:,} characters."
            )


def fact_row(fact: Fact, stamp: str) -> dict[str, Any]:
    """The columns the writer stores for a new ``fact``: text NFC, pair checked, stamps set."""
    statement_vi = normalize(fact.statement_vi)
    statement_en = normalize(fact.statement_en)
    if not statement_vi.strip():
        raise InputError("A fact needs a statement in Vietnamese.")
    _check_statement_length(statement_vi, statement_en)
    return {
        **{name: getattr(fact, name) for name in EDITABLE_FIELDS},
        "uuid": fact.uuid or new_uuid(),
        "pair": normalise_pair_code(fact.pair),
        "statement_vi": statement_vi,
        "statement_en": statement_en,
        "created_at": fact.created_at or stamp,
        "updated_at": fact.updated_at or stamp,
        "revision": fact.revision,
    }


@writer.atomic_write
def add_citation(
    db: Database,
    fact_id: int,
    source_id: int,
    quote: str,
    start: int | None = None,
    body: str | None = None,
) -> None:
    """Cite ``quote`` of source ``source_id``; ``body`` (the source's stored body, when the
    caller has it) saves reading it again: importing a long article writes many citations."""
    bodies = {source_id: body} if body is not None else None
    writer.add_citations(db, fact_id, writer.anchored(db, [(source_id, quote, start)], bodies))


@writer.atomic_write
def insert_fact(
    db: Database,
    fact: Fact,
    citations: Iterable[tuple[int, str, int | None]] = (),
    actor: str | None = None,
    bodies: dict[int, str] | None = None,
) -> int:
    """Insert ``fact`` with citations given as (source_id, quote, start or None).

    ``bodies`` (optional) maps source ids to their stored bodies, read once by the caller.
    """
    row = fact_row(fact, now_iso())
    values = [row[name] for name in writer.FACT_COLUMNS]
    (fact_id,) = writer.add_facts(db, [(values, writer.anchored(db, citations, bodies))])
    audit.record(db, "create", "fact", str(row["uuid"]), {"pair": row["pair"]}, actor)
    return fact_id


@writer.atomic_write
def insert_facts(
    db: Database,
    items: Sequence[tuple[Fact, Sequence[tuple[int, str, int | None]]]],
    actor: str | None = None,
    action: str = "create",
) -> list[int]:
    """Insert many facts (each with citations as for :func:`insert_fact`) in bulk.

    The same rows :func:`insert_fact` writes — folded columns, search index, anchored
    citations, one audit row per fact — with one statement per table instead of one per
    row, for sync's first pull of a hub's whole store. Call inside a transaction.
    """
    stamp = now_iso()
    bodies = writer.source_bodies(db, (sid for _f, cites in items for sid, _q, _s in cites))
    rows = [(fact_row(fact, stamp), writer.anchored(db, cites, bodies)) for fact, cites in items]
    ids = writer.add_facts(db, [([r[c] for c in writer.FACT_COLUMNS], cs) for r, cs in rows])
    audit.record_many(
        db, [(action, "fact", str(row["uuid"]), {"pair": row["pair"]}) for row, _c in rows], actor
    )
    return ids


@writer.atomic_write
def update_facts(
    db: Database,
    changes: Sequence[tuple[str, dict[str, Any], Sequence[tuple[int, str, int | None]] | None]],
    actor: str | None = None,
) -> None:
    """Write new values for many facts at once: (uuid, every field of EDITABLE_FIELDS,
    citations as for :func:`insert_fact` or None to keep them).

    The bulk twin of :func:`update_fact`: a new revision each, folded columns and search
    index in step, one audit row each naming the changed fields. In a transaction.
    """
    if not changes:
        return
    stamp = now_iso()
    current: dict[str, tuple[Any, ...]] = {}
    names = ", ".join(EDITABLE_FIELDS)
    uuids = [uuid for uuid, _f, _c in changes]
    for offset in range(0, len(uuids), 500):
        chunk = uuids[offset : offset + 500]
        for row in db.conn.execute(
            f"SELECT uuid, id, revision, {names} FROM fact "
            f"WHERE uuid IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            current[row[0]] = row[1:]
    updates: list[tuple[int, dict[str, Any]]] = []
    recite: list[tuple[int, list[writer.CitationRow]]] = []
    audits: list[tuple[str, str, str, dict[str, Any]]] = []
    for uuid, fields, citations in changes:
        if uuid not in current:
            raise InputError(f"There is no fact {uuid}.")
        fact_id, revision, *old = current[uuid]
        values = {name: fields[name] for name in EDITABLE_FIELDS}
        values["statement_vi"] = normalize(values["statement_vi"])
        values["statement_en"] = normalize(values["statement_en"])
        changed = sorted(
            name
            for name, before in zip(EDITABLE_FIELDS, old, strict=True)
            if values[name] != before
        )
        # Only the columns that change: SQLite rewrites the entries of every index over a
        # column an UPDATE sets, even to the same value (a pull of 2,500 facts whose
        # English statement changed: 65 -> 10 ms of UPDATE), and an unchanged statement keeps
        # its search row.
        values = {name: values[name] for name in changed}
        updates.append((fact_id, {**values, "updated_at": stamp, "revision": revision + 1}))
        if citations is not None:
            recite.append((fact_id, writer.anchored(db, citations)))
            changed.append("citations")
        audits.append(("update", "fact", uuid, {"fields": changed}))
    writer.change_facts(db, updates)
    writer.replace_citations(db, recite)
    audit.record_many(db, audits, actor)


@writer.atomic_write
def set_citations(
    db: Database,
    fact_uuid: str,
    citations: Iterable[tuple[int, str, int | None]],
    actor: str | None = None,
) -> None:
    """Replace the citations of a fact (given as for :func:`insert_fact`): a new revision."""
    row = db.execute("SELECT id, revision FROM fact WHERE uuid = ?", [fact_uuid]).fetchone()
    if row is None:
        raise InputError(f"There is no fact {fact_uuid}.")
    rows = writer.anchored(db, citations)
    writer.replace_citations(db, [(int(row[0]), rows)])
    writer.change_facts(db, [(int(row[0]), {"revision": row[1] + 1, "updated_at": now_iso()})])
    audit.record(db, "cite", "fact", fact_uuid, {"citations": len(rows)}, actor)


@writer.atomic_write
def delete_fact(db: Database, fact_uuid: str, actor: str | None = None) -> bool:
    """Delete a fact with its citations and search row; audited. False if there was none.

    Facts are normally retired, not deleted; deletion is for facts deleted on a shared hub
    (a tombstone arrives) and for mistakes.
    """
    row = db.execute(
        "SELECT id, statement_vi, revision FROM fact WHERE uuid = ?", [fact_uuid]
    ).fetchone()
    if row is None:
        return False
    writer.delete_facts(db, [int(row[0])])
    audit.record(
        db, "delete", "fact", fact_uuid, {"statement_vi": row[1], "revision": row[2]}, actor
    )
    return True


@writer.atomic_write
def update_fact(db: Database, fact: Fact, actor: str | None = None) -> Fact:
    """Write the editable fields of ``fact``; bump its revision; keep its citations."""
    current = get_fact(db, fact.uuid)
    if current is None:
        raise InputError(f"There is no fact {fact.uuid}.")
    changed = {
        name: getattr(fact, name)
        for name in EDITABLE_FIELDS
        if getattr(fact, name) != getattr(current, name)
    }
    if not changed:
        return current
    for key in ("statement_vi", "statement_en"):
        if key in changed:
            changed[key] = normalize(changed[key])
            _check_statement_length(changed[key])
    stamp = now_iso()
    values = {**changed, "updated_at": stamp, "revision": current.revision + 1}
    writer.change_facts(db, [(int(current.id or 0), values)])
    audit.record(db, "update", "fact", fact.uuid, {k: changed[k] for k in sorted(changed)}, actor)
    return replace(current, **changed, updated_at=stamp, revision=current.revision + 1)


def get_fact(db: Reader, fact_uuid: str) -> Fact | None:
    row = db.execute("SELECT id FROM fact WHERE uuid = ?", [fact_uuid]).fetchone()
    found = list_facts(db, ids=[int(row[0])]) if row else []
    return found[0] if found else None


def list_facts(
    db: Reader,
    pair: str | None = None,
    topic: str | None = None,
    status: str | None = None,
    ids: Sequence[int] | None = None,
    with_citations: bool = True,
) -> list[Fact]:
    """Facts filtered by pair, topic and status, in topic-then-date order.

    With ``with_citations=False`` each fact carries only its ``citation_count``: enough to
    assemble a brief, and three times faster for a pair of thousands of facts.
    """
    where: list[str] = []
    params: list[Any] = []
    if pair:
        where.append("f.pair = ?")
        params.append(normalise_pair_code(pair))
    if topic:
        where.append("f.topic = ?")
        params.append(topic)
    if status:
        where.append("f.status = ?")
        params.append(status)
    if ids is not None:
        if not ids:
            return []
        where.append(f"f.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    # Tuples, not sqlite-utils' dict rows: a pair of 5,000 facts loads in a third of the time.
    columns = ", ".join(f"f.{name}" for name in _FACT_FIELDS)
    if not with_citations:
        columns += ", (SELECT count(*) FROM citation c WHERE c.fact_id = f.id)"
    rows = db.conn.execute(
        f"SELECT {columns} FROM fact f {clause} ORDER BY f.pair, f.topic, "
        "coalesce(nullif(f.event_date, ''), nullif(f.period, ''), f.as_of), f.id",
        params,
    ).fetchall()
    # Positional rows in _FACT_FIELDS order (mypy cannot see that the tuple stops short of
    # the two keyword fields); keyword construction would cost a third more at 5,000 facts.
    if not with_citations:
        return [Fact(*row[:-1], citation_count=row[-1]) for row in rows]  # type: ignore[misc]
    cites = (
        citations_for(db, [row[0] for row in rows])
        if ids is not None
        else _citations_where(db, clause, params)
    )
    return [Fact(*row, citations=tuple(cites.get(row[0], ()))) for row in rows]  # type: ignore[misc]
