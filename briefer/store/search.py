"""Accent-insensitive, đ-aware full-text search over facts and sources (FTS5 + bm25).

Queries are folded the same way as the stored shadow columns, split into tokens, and every
token is quoted, so user input can never be read as FTS5 syntax (a stray ``"`` or ``*`` is
just a character). The last token matches as a prefix, for search-as-you-type. Snippets and
highlights are cut from the original text, not the folded one.

Ranking: FTS5 finds the newest ``RANK_WINDOW`` matches (a rowid walk, well under a
millisecond), and Briefer scores those in Python on the folded text: the query's words
as a phrase in the order typed (names such as "Lương Cường"), how many of the words
appear, how early, and how short the text is; newer first on ties. SQLite's bm25 was
measured and set aside: to weigh terms it walks each term's whole doclist, so a query of
three common syllables ("viet nam hop") took 15-35 ms at 100,000 facts. A very broad query
therefore ranks its most recent matches (what a briefing wants); a narrower one — fewer
matches than the window — is ranked over all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

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
    score: float  # higher is a better match


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
    spans: list[tuple[int, int]] = []
    if folded is not None and len(folded) == len(text):
        # Usually fold() maps one character to one, so stored folded offsets are the text's
        # own; check each span, since an expanding and a vanishing character can cancel out.
        spans = _spans(folded, words, prefix)
        if any(fold(text[a:b]) != folded[a:b] for a, b in spans):
            folded = None
    else:
        folded = None
    if folded is None:
        mapped, index = fold_with_map(text)
        spans = [(index[a], index[b - 1] + 1) for a, b in _spans(mapped, words, prefix) if b > a]
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


RANK_WINDOW = {"fact_fts": 300, "source_fts": 100}


def _phrase(words: list[str], prefix: bool) -> re.Pattern[str]:
    """The query words as a phrase, in the order typed, on folded text."""
    parts = [re.escape(w) for w in words]
    tail = r"\w*" if prefix else r"(?!\w)"
    body = r"(?!\w)\W+".join(parts)
    return re.compile(rf"(?<!\w){body}{tail}")


def score_text(folded: str, words: list[str], phrase: re.Pattern[str]) -> float:
    """Relevance of one folded text to the query: higher is better, 0 when nothing matches.

    FTS5 has already checked that every word is a real word match somewhere in the fact, so
    plain substring finds are enough here (this runs on every candidate: keep it cheap).
    """
    places = [at for at in (folded.find(w) for w in words) if at >= 0]
    if not places:
        return 0.0
    score = 2.0 * len(places) / len(words)
    if len(words) > 1 and phrase.search(folded):
        score += 2.0
    score += 0.5 * (1.0 - min(places) / (len(folded) + 1))
    return score / (1.0 + len(folded) / 400.0)


def _candidates(
    db: Database, table: str, expression: str, columns: str, join: str
) -> list[tuple[Any, ...]]:
    """The newest RANK_WINDOW matches with the given columns (cheap: no ranking in SQL)."""
    # The window is taken inside FTS5 first: joined directly, SQLite would fetch every
    # match before sorting (measured: 28 ms instead of 3 ms at 100,000 facts).
    return db.execute(
        f"SELECT {columns} FROM (SELECT rowid AS id FROM {table} WHERE {table} MATCH ? "
        f"ORDER BY rowid DESC LIMIT ?) AS w {join} ORDER BY w.id DESC",
        [expression, RANK_WINDOW[table]],
    ).fetchall()


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
    phrase = _phrase(words, prefix)
    # The user's words search the statements only; the pair column narrows by pair.
    expression = f"{{folded_vi folded_en}} : ({terms})"
    if pair:
        expression += " AND pair : " + " + ".join(f'"{p}"' for p in tokens(pair))
    rows = _candidates(
        db,
        "fact_fts",
        expression,
        "f.id, f.uuid, f.pair, f.statement_vi, f.statement_en, f.folded_vi, f.folded_en, f.status",
        "JOIN fact f ON f.id = w.id",
    )
    scored = []
    for row in rows:
        if status and row[7] != status:
            continue
        vi_score = score_text(row[5], words, phrase)
        en_score = 0.8 * score_text(row[6], words, phrase) if row[6] else 0.0
        scored.append((max(vi_score, en_score), vi_score >= en_score, row))
    scored.sort(key=lambda item: (-item[0], -item[2][0]))
    hits = []
    for score, in_vi, (fid, uuid, fpair, vi, en, folded_vi, folded_en, _) in scored[:limit]:
        text, folded = (vi, folded_vi) if in_vi else (en, folded_en)
        snippet, marks = make_snippet(text, words, prefix, folded)
        hits.append(SearchHit("fact", fid, uuid, fpair, vi, snippet, marks, round(score, 4)))
    return hits


def search_sources(
    db: Database, query: str, limit: int = 20, prefix: bool = True
) -> list[SearchHit]:
    expression = match_expression(query, prefix)
    if expression is None:
        return []
    words = tokens(query)
    phrase = _phrase(words, prefix)
    rows = _candidates(
        db,
        "source_fts",
        expression,
        "s.id, s.folded_title, s.folded_body",
        "JOIN source s ON s.id = w.id",
    )
    # Titles weigh most; a body is long, so only its opening is scored (where the news is).
    scored = sorted(
        (
            (
                3.0 * score_text(title, words, phrase)
                + score_text(body[:1500], words, phrase) * 4.0,
                sid,
            )
            for sid, title, body in rows
        ),
        key=lambda item: (-item[0], -item[1]),
    )[:limit]
    hits = []
    for score, sid in scored:
        uuid, title, body, folded_body = db.execute(
            "SELECT uuid, title, body, folded_body FROM source WHERE id = ?", [sid]
        ).fetchone()
        snippet, marks = make_snippet(body, words, prefix, folded_body)
        hits.append(SearchHit("source", sid, uuid, "", title, snippet, marks, round(score, 4)))
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
