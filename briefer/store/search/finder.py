"""Finding hits: FTS5 candidates page by page, checked and ranked in Python; the entry points
:func:`search`, :func:`search_facts`, :func:`search_sources` and the index check."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from briefer.batches import marks
from briefer.store.query import Query, parse_query
from briefer.store.search.hits import (
    MAX_PAGES,
    NO_FILTERS,
    PAGE,
    STATUS_POINTS,
    TIERS,
    SearchFilters,
    SearchHit,
)
from briefer.store.search.ranking import Ranker, hit_score
from briefer.store.search.snippets import make_snippet
from briefer.store.search.spelling import near_spellings
from briefer.text.fold import fold, fold_with_map, tokens

if TYPE_CHECKING:
    from sqlite_utils import Database

    from briefer.store.reader import Reader

# ---- candidates --------------------------------------------------------------------------


def _pages(db: Reader, table: str, expression: str) -> Iterable[list[int]]:
    """Matching rowids, newest first, a page at a time (at most MAX_PAGES pages)."""
    size = PAGE[table]
    before: int | None = None
    for _ in range(MAX_PAGES):
        where = f"{table} MATCH ?" + (" AND rowid < ?" if before is not None else "")
        params: list[Any] = [expression] + ([before] if before is not None else [])
        ids = [
            row[0]
            for row in db.execute(
                f"SELECT rowid FROM {table} WHERE {where} ORDER BY rowid DESC LIMIT {size}",
                params,
            ).fetchall()
        ]
        if ids:
            yield ids
        if len(ids) < size:
            return
        before = ids[-1]


_PASSAGE = re.compile(r"[^\n]+")
_SPACES = re.compile(r"\s+")
_FACT_COLUMNS = (
    "id, uuid, pair, topic, kind, status, statement_vi, statement_en, folded_vi, folded_en, "
    "coalesce(nullif(period, ''), nullif(as_of, ''), event_date)"
)


class _Search:
    def __init__(self, db: Reader, query: Query, filters: SearchFilters) -> None:
        self.db = db
        self.query = query.with_countries(_country_names(db))
        self.filters = filters
        self.ranker = Ranker.of(query)
        self.pair = _pair_code(filters.pair) if filters.pair else None
        # Candidates keep the text to cut a snippet from; only the hits shown get one.
        self.facts: dict[int, tuple[tuple[float, int, int], SearchHit, str, str]] = {}
        # fact id → (source id, start, end) of each of its quotes that matched
        self.quotes: dict[int, list[tuple[int, int, int]]] = {}
        self.covered: dict[int, list[tuple[int, int]]] = {}  # source id → spans shown as facts
        self.passages: list[tuple[tuple[float, int, int], SearchHit, str, str]] = []

    # -- facts by their statements --

    def statements(self, enough: int) -> None:
        expression = self.query.fts(columns="{folded_vi folded_en}", codes_column="pair")
        if expression is None:
            return
        if self.pair:
            expression += " AND pair : " + " + ".join(f'"{p}"' for p in tokens(self.pair))
        kept = 0
        for ids in _pages(self.db, "fact_fts", expression):
            rows = self.db.execute(
                f"SELECT {_FACT_COLUMNS} FROM fact WHERE id IN ({marks(ids)})", ids
            ).fetchall()
            for row in rows:
                kept += self._statement_hit(row)
            if kept >= enough:
                break

    def _fact_ok(self, row: Sequence[Any]) -> bool:
        if self.pair and row[2] != self.pair:
            return False
        return self.filters.fact_ok(row[3], row[4], row[5], row[10] or "")

    def _statement_hit(self, row: Sequence[Any]) -> int:
        if not self._fact_ok(row):
            return 0
        fid, uuid, pair, topic, kind, status, vi, en, folded_vi, folded_en, when = row
        best: tuple[int, str, str, str] | None = None
        fields = (("statement_vi", vi, folded_vi), ("statement_en", en, folded_en))
        codes = pair.split("-")
        for name, text, folded in fields:
            if folded and self.query.matches(folded, codes):
                points = self.ranker.points(folded, text)
                if best is None or points > best[0]:
                    best = (points, name, text, folded)
        if best is None:
            return 0
        points, name, text, folded = best
        score = hit_score(TIERS[name], points, STATUS_POINTS.get(status, 0.0), when or "")
        hit = SearchHit(
            "fact", fid, uuid, pair, vi, "", (), score, name, topic, kind, status, when or "",
        )  # fmt: skip
        self._keep_fact(hit, text, folded)
        return 1

    def _keep_fact(self, hit: SearchHit, text: str, folded: str) -> None:
        key = (hit.score, -len(text), hit.id)
        current = self.facts.get(hit.id)
        if current is None or key > current[0]:
            self.facts[hit.id] = (key, hit, text, folded)

    # -- quotes and passages of sources --

    def sources(self, want_quotes: bool, want_passages: bool, enough: int) -> None:
        terms = self.query.fts(negate=False)
        if terms is None:
            return
        kept = 0
        for ids in _pages(self.db, "source_fts", terms):
            rows = self.db.execute(
                "SELECT id, uuid, title, body, folded_title, folded_body, published_on, "
                f"substr(created_at, 1, 10) FROM source WHERE id IN ({marks(ids)})",
                ids,
            ).fetchall()
            # Only a body holding every group can hold a passage or quote that does.
            groups = self.query.groups
            bodies = [
                row for row in rows
                if all(any(t.pattern.search(row[5]) for t in group) for group in groups)
            ]  # fmt: skip
            if want_quotes:
                kept += self._quotes(bodies)
            if want_passages:
                kept += self._passages(rows, {row[0] for row in bodies})
            if kept >= enough:
                break

    def _quotes(self, sources: list[Any]) -> int:
        if not sources:
            return 0
        by_id = {row[0]: row for row in sources}
        ids = list(by_id)
        rows = self.db.execute(
            'SELECT c.fact_id, c.source_id, c.quote, c.start, c."end" FROM citation c '
            f"WHERE c.source_id IN ({marks(ids)})",
            ids,
        ).fetchall()
        matched = []
        for fid, sid, quote, start, end in rows:
            source = by_id[sid]
            body, folded_body = source[3], source[5]
            # The stored fold lines up with the body when their lengths agree (the usual case).
            same = len(body) == len(folded_body) and body[start:end] == quote
            folded = folded_body[start:end] if same else fold(quote)
            if self.query.matches(folded):
                matched.append((fid, sid, quote, folded, start, end, source[1]))
        if not matched:
            return 0
        fact_ids = sorted({row[0] for row in matched})
        facts = {
            row[0]: row
            for row in self.db.execute(
                f"SELECT {_FACT_COLUMNS} FROM fact WHERE id IN ({marks(fact_ids)})", fact_ids
            ).fetchall()
            if self._fact_ok(row)
        }
        kept = 0
        for fid, sid, quote, folded, start, end, source_uuid in matched:
            row = facts.get(fid)
            if row is None:
                continue
            self.quotes.setdefault(fid, []).append((sid, start, end))
            _, uuid, pair, topic, kind, status, vi, _en, _fvi, _fen, when = row
            points = self.ranker.points(folded, quote)
            score = hit_score(TIERS["quote"], points, STATUS_POINTS.get(status, 0.0), when or "")
            hit = SearchHit(
                "fact", fid, uuid, pair, vi, "", (), score, "quote", topic, kind,
                status, when or "", source_uuid, start, end,
            )  # fmt: skip
            self._keep_fact(hit, quote, folded)
            kept += 1
        return kept

    def _source_ids_in_scope(self, ids: list[int]) -> set[int]:
        if not (self.pair or self.filters.topic) or not ids:
            return set(ids)
        where: list[str] = [f"c.source_id IN ({marks(ids)})"]
        params: list[Any] = list(ids)
        if self.pair:
            where.append("f.pair = ?")
            params.append(self.pair)
        if self.filters.topic:
            where.append("f.topic = ?")
            params.append(self.filters.topic)
        return {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT c.source_id FROM citation c JOIN fact f ON f.id = c.fact_id "
                f"WHERE {' AND '.join(where)}",
                params,
            ).fetchall()
        }

    def _passages(self, sources: list[Any], bodies: set[int]) -> int:
        scope = self._source_ids_in_scope([row[0] for row in sources])
        kept = 0
        for sid, uuid, title, body, folded_title, folded_body, published, created in sources:
            if sid not in scope:
                continue
            when = published or created or ""
            if not self.filters.date_ok(when):
                continue
            if self.query.matches(folded_title):
                kept += self._passage(sid, uuid, title, "title", title, folded_title, None, when)
            if sid not in bodies:
                continue
            folded, index = (
                (folded_body, None) if len(folded_body) == len(body) else (fold_with_map(body))
            )
            for found in _PASSAGE.finditer(folded):
                if not self.query.matches(found.group()):
                    continue
                a, b = found.span()
                start, end = (a, b) if index is None else (index[a], index[b - 1] + 1)
                text = body[start:end]
                kept += self._passage(
                    sid, uuid, title, "body", text, found.group(), (start, end), when
                )
        return kept

    def _passage(
        self,
        sid: int,
        uuid: str,
        title: str,
        name: str,
        text: str,
        folded: str,
        span: tuple[int, int] | None,
        when: str,
    ) -> int:
        points = self.ranker.points(folded, text)
        score = hit_score(TIERS[name], points, 0.0, when)
        hit = SearchHit(
            "source", sid, uuid, "", title, "", (), score, name, date=when,
            source_uuid=uuid, passage_start=span[0] if span else None,
            passage_end=span[1] if span else None,
        )  # fmt: skip
        self.passages.append(((score, -len(text), sid), hit, text, folded))
        return 1

    def _with_snippet(self, hit: SearchHit, text: str, folded: str) -> SearchHit:
        snippet, marks = make_snippet(text, self.query, folded=folded)
        return replace(hit, snippet=snippet, highlights=marks)

    # -- results --

    def fact_hits(self, limit: int) -> list[SearchHit]:
        """The best ``limit`` facts; the passages they show are not listed again."""
        ranked = sorted(self.facts.values(), key=lambda item: item[0], reverse=True)
        hits = [self._with_snippet(hit, text, folded) for _k, hit, text, folded in ranked[:limit]]
        for hit in hits:
            # A fact found by its statement stands for every quote of it that matched; one
            # found by a quote stands for that quote (its other sources are still listed).
            for sid, start, end in self.quotes.get(hit.id, ()):
                if hit.field != "quote" or (start, end) == (hit.passage_start, hit.passage_end):
                    self.covered.setdefault(sid, []).append((start, end))
        return hits

    def source_hits(self, limit: int) -> list[SearchHit]:
        hits: list[SearchHit] = []
        seen: set[str] = set()
        ranked = sorted(self.passages, key=lambda item: item[0], reverse=True)
        for _key, hit, text, folded in ranked:
            same = _SPACES.sub(" ", folded).strip()
            if same in seen or self._is_covered(hit):
                continue
            seen.add(same)
            hits.append(self._with_snippet(hit, text, folded))
            if len(hits) >= limit:
                break
        return hits

    def _is_covered(self, hit: SearchHit) -> bool:
        if hit.passage_start is None or hit.passage_end is None:
            return False
        return any(
            start < hit.passage_end and end > hit.passage_start
            for start, end in self.covered.get(hit.id, ())
        )


def _country_names(db: Reader) -> dict[tuple[str, ...], str]:
    """Partner countries by their folded names (vi and en); the home country is left out,
    since every pair has it."""
    first = db.execute("SELECT pair FROM fact LIMIT 1").fetchone()
    if first is None:
        return {}
    home = str(first[0]).split("-")[0]
    names: dict[tuple[str, ...], str] = {}
    for code, name_vi, name_en in db.execute("SELECT code, name_vi, name_en FROM country"):
        if code == home:
            continue
        for name in (name_vi, name_en):
            words = tuple(tokens(name))
            if words and words != (code.lower(),):
                names.setdefault(words, code)
    return names


def _pair_code(pair: str) -> str:
    return "-".join(p.upper() for p in tokens(pair))


def search(
    db: Reader,
    query: str | Query,
    filters: SearchFilters = NO_FILTERS,
    fact_limit: int = 50,
    source_limit: int = 20,
    prefix: bool = True,
) -> tuple[list[SearchHit], list[SearchHit]]:
    """Fact hits and source-passage hits for ``query``, each list best first.

    Either limit may be 0 to skip that kind. A fact found both by its statement and by its
    quote is one hit (the statement's); a passage holding a found fact's quote is not
    listed again as a source hit.
    """
    parsed = query if isinstance(query, Query) else parse_query(query, prefix)
    if parsed.empty:
        return [], []
    run = _Search(db, parsed, filters)
    want_facts = fact_limit > 0 and filters.facts_wanted
    want_passages = source_limit > 0 and filters.sources_wanted
    if want_facts:
        run.statements(fact_limit)
    # Quotes rank below statements: when statements alone fill the facts asked for, and no
    # passages are wanted, the sources need not be read at all.
    quotes_can_show = want_facts and len(run.facts) < fact_limit
    if quotes_can_show or want_passages:
        run.sources(want_facts, want_passages, fact_limit + source_limit)
    facts = run.fact_hits(fact_limit) if want_facts else []  # first: it marks what it shows
    passages = run.source_hits(source_limit) if want_passages else []
    if not facts and not passages and not isinstance(query, Query):
        # Nothing as typed: try near spellings of the words the index does not know.
        near = near_spellings(db, parsed)
        if near is not None:
            facts, passages = search(db, near, filters, fact_limit, source_limit, prefix)
            facts = [replace(h, approximate=True) for h in facts]
            passages = [replace(h, approximate=True) for h in passages]
    return facts, passages


def search_facts(
    db: Reader,
    query: str,
    pair: str | None = None,
    limit: int = 50,
    prefix: bool = True,
    status: str | None = None,
    filters: SearchFilters | None = None,
) -> list[SearchHit]:
    """Facts matching ``query`` in their statements or quotes, best first."""
    filters = filters or SearchFilters(pair=pair, status=status)
    return search(db, query, filters, fact_limit=limit, source_limit=0, prefix=prefix)[0]


def search_sources(
    db: Reader,
    query: str,
    limit: int = 20,
    prefix: bool = True,
    filters: SearchFilters | None = None,
) -> list[SearchHit]:
    """Source passages (and titles) matching ``query``, best first."""
    found = search(db, query, filters or NO_FILTERS, 0, limit, prefix)
    return found[1]


def fts_in_sync(db: Database) -> list[str]:
    """Problems with the FTS indexes (empty list when they match their tables)."""
    problems = []
    for table in ("fact_fts", "source_fts"):
        try:
            db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # sqlite3.DatabaseError: "database disk image is malformed"
            problems.append(f"The search index {table} does not match its table ({exc}).")
    return problems
