"""Accent-insensitive, đ-aware full-text search over facts and sources (FTS5 + bm25).

Queries are folded the same way as the stored shadow columns, split into tokens, and every
token is quoted, so user input can never be read as FTS5 syntax (a stray ``"`` or ``*`` is
just a character). The last token matches as a prefix, for search-as-you-type. Snippets and
highlights are cut from the original text, not the folded one.

Ranking is bm25 among the newest ``RANK_WINDOW`` matches. Common syllables ("viet", "nam")
match most of a large store; scoring every match would cost ~100 ms at 100,000 facts,
while finding the window's floor is a rowid walk FTS5 does in well under a millisecond. So
a very broad query ranks its most recent matches (what a briefing wants), and a narrower
query — fewer matches than the window — is ranked over all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from briefer.text.fold import fold, fold_with_map, tokens

SNIPPET_CHARS = 180


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "fact" | "source"
    id: int
    uuid: str
    pair: str  # facts only
    title: str  # the fact's statement, or the source's title
    snippet: str  # original text around the first match
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans of matches within ``snippet``
    score: float


def match_expression(query: str, prefix: bool = True) -> str | None:
    """The FTS5 MATCH expression for ``query``, or None when it has nothing to search for."""
    words = tokens(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def _spans(folded: str, words: list[str], prefix: bool) -> list[tuple[int, int]]:
    """Where the query words start words of ``folded`` (the last one as a prefix)."""
    spans: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        tail = r"\w*" if prefix and i == len(words) - 1 else r"(?!\w)"
        spans.extend(m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}{tail}", folded))
    spans.sort()
    return spans


def make_snippet(
    text: str, words: list[str], prefix: bool, folded: str | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the first match, with match spans relative to it."""
    if folded is None or len(folded) != len(text):
        # fold() maps one character to one almost always; when it did not, map back exactly.
        folded, index = fold_with_map(text)
    else:
        index = None
    spans = _spans(folded, words, prefix)
    if index is not None:
        spans = [(index[a], index[b - 1] + 1) for a, b in spans if b > a]
    if not spans:
        return text[:SNIPPET_CHARS], ()
    first = spans[0][0]
    start = max(0, first - SNIPPET_CHARS // 3)
    if start > 0:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and first - space < SNIPPET_CHARS else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    window = text[start:end]
    marks = tuple((a - start, b - start) for a, b in spans if a >= start and b <= end)
    lead = "…" if start > 0 else ""
    trail = "…" if end < len(text) else ""
    shift = len(lead)
    return lead + window + trail, tuple((a + shift, b + shift) for a, b in marks)


RANK_WINDOW = {"fact_fts": 1000, "source_fts": 400}


def _window_floor(db: Database, table: str, expression: str) -> int:
    """The smallest rowid among the newest RANK_WINDOW matches (0 when there are fewer)."""
    row = db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [expression, RANK_WINDOW[table] - 1],
    ).fetchone()
    return int(row[0]) if row else 0


def search_facts(
    db: Database,
    query: str,
    pair: str | None = None,
    limit: int = 50,
    prefix: bool = True,
    status: str | None = None,
) -> list[SearchHit]:
    terms = match_expression(query, prefix)
    if terms is None:
        return []
    words = tokens(query)
    # The user's words search the statements only; the pair column narrows by pair.
    expression = f"{{folded_vi folded_en}} : ({terms})"
    if pair:
        expression += " AND pair : " + " + ".join(f'"{p}"' for p in tokens(pair))
    where = ["fact_fts MATCH ?", "fact_fts.rowid >= ?"]
    params: list[object] = [expression, _window_floor(db, "fact_fts", expression)]
    if status:
        where.append("f.status = ?")
        params.append(status)
    params.append(limit)
    rows = db.execute(
        "SELECT f.id, f.uuid, f.pair, f.statement_vi, f.statement_en, f.folded_vi, "
        "f.folded_en, bm25(fact_fts, 1.0, 0.8, 0.0) AS score "
        "FROM fact_fts JOIN fact f ON f.id = fact_fts.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY score LIMIT ?",
        params,
    ).fetchall()
    hits = []
    for fid, uuid, fpair, vi, en, folded_vi, folded_en, score in rows:
        text, folded = (vi, folded_vi)
        if not _spans(folded_vi, words, prefix) and _spans(folded_en, words, prefix):
            text, folded = (en, folded_en)
        snippet, marks = make_snippet(text, words, prefix, folded)
        hits.append(SearchHit("fact", fid, uuid, fpair, vi, snippet, marks, float(score)))
    return hits


def search_sources(
    db: Database, query: str, limit: int = 20, prefix: bool = True
) -> list[SearchHit]:
    expression = match_expression(query, prefix)
    if expression is None:
        return []
    words = tokens(query)
    rows = db.execute(
        "SELECT s.id, s.uuid, s.title, s.body, s.folded_body, r.score FROM ("
        "  SELECT rowid AS id, bm25(source_fts, 2.0, 1.0) AS score FROM source_fts"
        "  WHERE source_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ?"
        ") r JOIN source s ON s.id = r.id ORDER BY r.score",
        [expression, _window_floor(db, "source_fts", expression), limit],
    ).fetchall()
    hits = []
    for sid, uuid, title, body, folded_body, score in rows:
        snippet, marks = make_snippet(body, words, prefix, folded_body)
        hits.append(SearchHit("source", sid, uuid, "", title, snippet, marks, float(score)))
    return hits


def fts_in_sync(db: Database) -> list[str]:
    """Problems with the FTS indexes (empty list when they match their tables)."""
    problems = []
    for table in ("fact_fts", "source_fts"):
        try:
            db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # sqlite3.DatabaseError: "database disk image is malformed"
            problems.append(f"The search index {table} does not match its table ({exc}).")
    return problems


__all__ = ["SearchHit", "fold", "match_expression", "search_facts", "search_sources"]
