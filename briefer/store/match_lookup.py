"""The store side of near-duplicate matching: the few stored facts a new candidate could
match, found through indexes, never by reading a pair's every fact.

The importer (:mod:`briefer.ingest.matching`) compares a candidate with facts of its pair
that have the same metric, or whose statement or a citation's quote shares a run of three
words with it. Both are looked up here: the metric through ``fact (pair, metric, period)``,
the word triples as phrases in the search indexes (``fact_fts`` for statements,
``source_fts`` for the source bodies the quotes are cut from; their tokenizer splits words
exactly as :func:`briefer.text.fold.tokens` does). Every fact sharing a triple is found (a
superset: the matcher then counts the shared triples of each text), so the matches are the
same as reading the whole pair, while the memory of one import no longer grows with the
pair's size. Rows are streamed, not collected. A lookup's time grows with how common the
candidate's words are in the whole store (Vietnamese syllables are in nearly every text, and
a phrase query reads their position lists): ~14 ms per candidate at 300,000 facts, which is
why a large batch reads its pairs whole instead (:class:`briefer.ingest.matching.FactIndex`).

Only facts up to ``up_to`` (the newest fact id when the import run began) are looked up:
drafts the run writes itself are matched from memory, as they were written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlite_utils import Database

# (id, uuid, status, kind, metric, period, as_of, event_date, value, unit)
_COLUMNS = (
    "f.id, f.uuid, f.status, f.kind, f.metric, f.period, f.as_of, f.event_date, f.value, f.unit"
)
# A query names at most this many triples at once: a long quote is looked up in parts.
_PHRASES_PER_QUERY = 200


def newest_fact_id(db: Database) -> int:
    return int(db.execute("SELECT coalesce(max(id), 0) FROM fact").fetchone()[0])


def facts_of_metric(db: Database, pair: str, metric: str, up_to: int) -> list[tuple[Any, ...]]:
    """The pair's facts (not retired) with ``metric``, oldest first: rows of ``_COLUMNS``."""
    return db.execute(
        f"SELECT {_COLUMNS} FROM fact f WHERE f.pair = ? AND f.metric = ? "
        "AND f.status != 'retired' AND f.id <= ? ORDER BY f.id",
        [pair, metric, up_to],
    ).fetchall()


def _phrases(triples: list[tuple[str, ...]]) -> str:
    # Folded tokens are runs of letters and digits: nothing in them needs escaping.
    return " OR ".join(f'"{" ".join(t)}"' for t in triples)


# CROSS JOIN keeps the search index the outer loop: joined freely, SQLite may walk the pair's
# facts and run the whole MATCH once per fact.
def texts_sharing_triples(
    db: Database, pair: str, triples: Iterable[tuple[str, ...]], up_to: int
) -> Iterator[tuple[tuple[Any, ...], str]]:
    """(row of ``_COLUMNS``, text) for each statement and citation quote of the pair's facts
    (not retired) whose words hold one of ``triples``; a text may come more than once."""
    wanted = sorted(triples)
    pair_phrase = '"' + " ".join(pair.lower().split("-")) + '"'
    for at in range(0, len(wanted), _PHRASES_PER_QUERY):
        phrases = _phrases(wanted[at : at + _PHRASES_PER_QUERY])
        yield from (
            (tuple(row[:-1]), row[-1])
            for row in db.execute(
                f"SELECT {_COLUMNS}, f.statement_vi FROM fact_fts "
                "CROSS JOIN fact f ON f.id = fact_fts.rowid WHERE fact_fts MATCH ? "
                "AND f.pair = ? AND f.status != 'retired' AND f.id <= ?",
                [f"(folded_vi : ({phrases})) AND (pair : {pair_phrase})", pair, up_to],
            )
        )
        yield from (
            (tuple(row[:-1]), row[-1])
            for row in db.execute(
                f"SELECT {_COLUMNS}, c.quote FROM source_fts "
                "CROSS JOIN citation c ON c.source_id = source_fts.rowid "
                "CROSS JOIN fact f ON f.id = c.fact_id WHERE source_fts MATCH ? "
                "AND f.pair = ? AND f.status != 'retired' AND f.id <= ?",
                [f"folded_body : ({phrases})", pair, up_to],
            )
        )


def pair_size(db: Database, pair: str, up_to: int) -> int:
    """How many facts of the pair (not retired) there are, from the (pair, topic) index."""
    return int(
        db.execute(
            "SELECT count(*) FROM fact WHERE pair = ? AND status != 'retired' AND id <= ?",
            [pair, up_to],
        ).fetchone()[0]
    )


def pair_texts(db: Database, pair: str, up_to: int) -> Iterator[tuple[tuple[Any, ...], int, str]]:
    """Every statement and quote of the pair's facts (not retired), streamed: (row of
    ``_COLUMNS``, a reference for :func:`text_of`, the text). A statement's reference is its
    fact's id, a quote's the negated id of its citation."""
    where = "f.pair = ? AND f.status != 'retired' AND f.id <= ?"
    for row in db.execute(
        f"SELECT {_COLUMNS}, f.statement_vi FROM fact f WHERE {where}", [pair, up_to]
    ):
        yield tuple(row[:-1]), int(row[0]), row[-1]
    for row in db.execute(
        f"SELECT {_COLUMNS}, c.id, c.quote FROM fact f JOIN citation c ON c.fact_id = f.id "
        f"WHERE {where}",
        [pair, up_to],
    ):
        yield tuple(row[:-2]), -int(row[-2]), row[-1]


def text_of(db: Database, ref: int) -> str:
    """The text a reference of :func:`pair_texts` names ("" if it is gone)."""
    if ref >= 0:
        row = db.execute("SELECT statement_vi FROM fact WHERE id = ?", [ref]).fetchone()
    else:
        row = db.execute("SELECT quote FROM citation WHERE id = ?", [-ref]).fetchone()
    return str(row[0]) if row is not None else ""


__all__ = [
    "facts_of_metric",
    "newest_fact_id",
    "pair_size",
    "pair_texts",
    "text_of",
    "texts_sharing_triples",
]
