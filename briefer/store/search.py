"""Accent-insensitive, đ-aware search over facts, their quotes and source passages.

What a query means is :mod:`briefer.store.query`'s job (AND by default, ``"phrase"``, ``OR``,
``-word``, prefix on the word being typed). This module finds and ranks:

- **where it matches**: a fact's statement (Vietnamese or English) ranks above the quote
  that supports it, which ranks above any other passage (paragraph) of a source, or a
  source's title. The whole query must match inside one field or one passage: a three-word
  query never returns a passage holding only one of its words.
- **one hit per passage**: a passage whose quote already brought its fact up is not listed
  again as a source hit, and a paragraph that a source repeats (or that two sources share)
  is listed once.
- **how well**: the query's bare words as a phrase in the order typed, the accents typed
  (an accented query prefers text written with the same accents), a word typed in full;
  then, at equal match, approved before draft before retired, and newer before older.
- **filters that filter**: pair, topic, kind, status and date narrow the candidates before
  ranking and limiting. A source belongs to the pairs and topics of the facts that cite it.
- **countries**: a partner country's name (from the store's country table) also matches
  the facts of its pair, whose statements often say only "hai nước" (text naming it ranks
  first).
- **near spellings**: when nothing matches as typed, words the index does not know are
  replaced by the nearest indexed words, and the hits say so (``approximate``).

``SearchHit.score`` is higher for a better hit, and the hits come in that order.

Speed: FTS5 finds the newest candidates page by page (a rowid walk, well under a
millisecond per page; SQLite's bm25 walks each term's whole doclist instead), and the
checks and ranking above run in Python on those candidates only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlite_utils import Database

from briefer.domain.model import KINDS, STATUSES
from briefer.domain.rules import period_bounds
from briefer.errors import InputError
from briefer.store.query import Query, Term, parse_query
from briefer.text.fold import fold, fold_with_map, tokens

SNIPPET_CHARS = 180
# Candidates per page of the FTS5 rowid walk, and how many pages a query may read.
PAGE = {"fact_fts": 300, "source_fts": 100}
MAX_PAGES = 4
# Where a match is: a statement outranks a quote, which outranks a source passage.
TIERS = {"statement_vi": 3, "statement_en": 3, "quote": 2, "title": 1, "body": 1}
STATUS_POINTS = {"approved": 4.0, "draft": 2.0, "retired": 0.0}
_PASSAGE = re.compile(r"[^\n]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "fact" | "source"
    id: int
    uuid: str
    pair: str  # facts only
    title: str  # the fact's statement, or the source's title
    snippet: str  # original text around the first match
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans of matches within ``snippet``
    score: float  # higher is a better match; hits come in descending score
    field: str = ""  # where it matched: statement_vi, statement_en, quote, title or body
    topic: str = ""  # facts only
    fact_kind: str = ""  # facts only: event, figure or statement
    status: str = ""  # facts only: draft, approved or retired
    date: str = ""  # the fact's period / as-of / event date, or the source's publication date
    source_uuid: str = ""  # the source of a quote or passage
    passage_start: int | None = None  # the quote or passage in the source body: [start, end)
    passage_end: int | None = None
    approximate: bool = False  # nothing matched as typed: this matches a near spelling


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What narrows a search; ``None`` means any.

    ``kind`` is a fact kind (event, figure, statement) or ``"source"`` for source passages
    only. ``since``/``until`` are partial ISO dates ("2023", "2024-11", "2024-11-12"): a
    fact's period / as-of / event date, or a source's publication date, must overlap them.
    Status and a fact kind apply to facts only, so they leave source passages out.
    """

    pair: str | None = None
    topic: str | None = None
    kind: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    _window: tuple[date, date] | None = field(default=None, init=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind and self.kind not in (*KINDS, "source"):
            raise InputError(
                f"'{self.kind}' is not a kind to search; use one of "
                f"{', '.join((*KINDS, 'source'))}."
            )
        if self.status and self.status not in STATUSES:
            raise InputError(f"'{self.status}' is not a status; use one of {', '.join(STATUSES)}.")
        low, high = date.min, date.max
        for name, text in (("since", self.since), ("until", self.until)):
            if not text:
                continue
            bounds = period_bounds(text)
            if bounds is None:
                raise InputError(
                    f"'{text}' is not a date for --{name}; write it like 2024, 2024-11 "
                    "or 2024-11-12."
                )
            if name == "since":
                low = bounds[0]
            else:
                high = bounds[1]
        if self.since or self.until:
            object.__setattr__(self, "_window", (low, high))

    @property
    def facts_wanted(self) -> bool:
        return self.kind in (None, "", *KINDS)

    @property
    def sources_wanted(self) -> bool:
        return self.kind in (None, "", "source") and not self.status

    def fact_ok(self, topic: str, kind: str, status: str, when: str) -> bool:
        if self.topic and topic != self.topic:
            return False
        if self.kind and kind != self.kind:
            return False
        if self.status and status != self.status:
            return False
        return self.date_ok(when)

    def date_ok(self, when: str) -> bool:
        if self._window is None:
            return True
        bounds = period_bounds(when) if when else None
        if bounds is None:
            return False
        return bounds[1] >= self._window[0] and bounds[0] <= self._window[1]


NO_FILTERS = SearchFilters()


# ---- snippets ----------------------------------------------------------------------------


def _words_query(words: Sequence[str], prefix: bool) -> Query:
    terms = [Term((w,), (w,)) for w in words]
    if prefix and terms:
        terms[-1] = Term(terms[-1].words, terms[-1].typed, prefix=True)
    return Query(" ".join(words), tuple((t,) for t in terms))


def match_expression(query: str, prefix: bool = True) -> str | None:
    """The FTS5 MATCH expression for ``query``, or None when it has nothing to search for."""
    return parse_query(query, prefix).fts()


def make_snippet(
    text: str,
    words: Sequence[str] | Query,
    prefix: bool = True,
    folded: str | None = None,
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the first match, with match spans relative to it."""
    query = words if isinstance(words, Query) else _words_query(list(words), prefix)
    spans: list[tuple[int, int]] = []
    if folded is not None and len(folded) == len(text):
        # Usually fold() maps one character to one, so stored folded offsets are the text's
        # own; check each span, since an expanding and a vanishing character can cancel out.
        spans = query.spans(folded)
        if any(fold(text[a:b]) != folded[a:b] for a, b in spans):
            folded = None
    else:
        folded = None
    if folded is None:
        mapped, index = fold_with_map(text)
        spans = [(index[a], index[b - 1] + 1) for a, b in query.spans(mapped) if b > a]
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


# ---- ranking -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ranker:
    query: Query
    phrase: re.Pattern[str] | None
    accented: tuple[Term, ...]
    completed: tuple[re.Pattern[str], ...]  # the prefix words, typed in full
    countries: bool  # the query names a country (matched by text or by a fact's pair)

    @classmethod
    def of(cls, query: Query) -> _Ranker:
        completed = tuple(Term(t.words, t.typed).pattern for t in query.terms if t.prefix)
        accented = tuple(t for t in query.terms if t.accented)
        countries = any(t.codes for t in query.terms)
        return cls(query, query.phrase(), accented, completed, countries)

    def points(self, folded: str, original: str) -> int:
        """How well a matching text matches, 0-8: phrase 4, accents as typed 2, whole word 1,
        and 1 when a country the query names is in the text, not only in the fact's pair."""
        points = 0
        if self.countries and self.query.in_text(folded):
            points += 1
        if self.phrase is not None and self.phrase.search(folded):
            points += 4
        if self.accented:
            lowered = original.lower()
            same = sum(1 for t in self.accented if t.typed_pattern.search(lowered))
            points += 2 if same == len(self.accented) else 1 if same else 0
        if self.completed and all(p.search(folded) for p in self.completed):
            points += 1
        return points


_EPOCH = date(1900, 1, 1).toordinal()
_SPAN = date(2100, 1, 1).toordinal() - _EPOCH


def _recency(when: str) -> float:
    """0 to 1.9, later dates higher (ties between equally good, equally approved hits)."""
    bounds = period_bounds(when) if when else None
    if bounds is None:
        return 0.0
    return round(1.9 * min(1.0, max(0.0, (bounds[1].toordinal() - _EPOCH) / _SPAN)), 4)


def _score(tier: int, points: int, status: float, when: str) -> float:
    # Lexicographic in (tier, points, status, date), written as one number: each part is
    # smaller than one step of the part before it.
    return round(tier * 100 + points * 10 + status + _recency(when), 4)


# ---- candidates --------------------------------------------------------------------------


def _pages(db: Database, table: str, expression: str) -> Iterable[list[int]]:
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


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


_FACT_COLUMNS = (
    "id, uuid, pair, topic, kind, status, statement_vi, statement_en, folded_vi, folded_en, "
    "coalesce(nullif(period, ''), nullif(as_of, ''), event_date)"
)


class _Search:
    def __init__(self, db: Database, query: Query, filters: SearchFilters) -> None:
        self.db = db
        self.query = query.with_countries(_country_names(db))
        self.filters = filters
        self.ranker = _Ranker.of(query)
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
                f"SELECT {_FACT_COLUMNS} FROM fact WHERE id IN ({_marks(ids)})", ids
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
        score = _score(TIERS[name], points, STATUS_POINTS.get(status, 0.0), when or "")
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
                f"substr(created_at, 1, 10) FROM source WHERE id IN ({_marks(ids)})",
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
            f"WHERE c.source_id IN ({_marks(ids)})",
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
                f"SELECT {_FACT_COLUMNS} FROM fact WHERE id IN ({_marks(fact_ids)})", fact_ids
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
            score = _score(TIERS["quote"], points, STATUS_POINTS.get(status, 0.0), when or "")
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
        where: list[str] = [f"c.source_id IN ({_marks(ids)})"]
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
        score = _score(TIERS[name], points, 0.0, when)
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


def _country_names(db: Database) -> dict[tuple[str, ...], str]:
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


# ---- near spellings -----------------------------------------------------------------------


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions (Damerau), or ``limit + 1`` once it exceeds it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


def _vocabulary(db: Database, table: str) -> str:
    """A temporary fts5vocab table over ``table`` (this connection only; the store is unchanged)."""
    name = f"briefer_vocab_{table}"
    db.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} USING fts5vocab(main, {table}, row)"
    )
    return f"temp.{name}"


NEAR_WORDS = 3  # near spellings tried for one word
MAX_UNKNOWN = 2  # more unknown words than this is not a misspelling: no near spellings


def near_spellings(db: Database, query: Query) -> Query | None:
    """``query`` with each word the index does not know replaced by the indexed words
    nearest to it (one edit, two for words of seven letters or more; same first letter; a
    word being typed may also be near the start of a word), or None when every word is
    known, more than MAX_UNKNOWN words are unknown (that is not a misspelling), or no near
    word exists."""
    tables = [_vocabulary(db, "fact_fts"), _vocabulary(db, "source_fts")]

    def known(term: Term) -> bool:
        if term.codes or len(term.words) != 1 or len(term.words[0]) < 4:
            return True  # phrases, country names and short words are left as typed
        word = term.words[0]
        # A word being typed is known when some indexed word starts with it.
        upper = word + "\uffff" if term.prefix else word + "\x00"
        return any(
            db.execute(f"SELECT 1 FROM {t} WHERE term >= ? AND term < ?", [word, upper]).fetchone()
            for t in tables
        )

    unknown = [t for t in query.terms if not known(t)]
    if not unknown or len(unknown) > MAX_UNKNOWN:
        return None
    replacements: dict[int, list[Term]] = {}
    for term in unknown:
        word = term.words[0]
        limit = 2 if len(word) >= 7 else 1
        found: dict[str, tuple[int, int]] = {}
        for t in tables:
            rows = db.execute(
                f"SELECT term, doc FROM {t} WHERE term >= ? AND term < ?",
                [word[0], chr(ord(word[0]) + 1)],
            ).fetchall()
            for candidate, docs in rows:
                distance = _distance(word, candidate, limit)
                if term.prefix and distance > limit:  # perhaps still being typed
                    distance = _distance(word, candidate[: len(word)], limit)
                if distance <= limit:
                    best = found.get(candidate, (distance, 0))
                    found[candidate] = (distance, best[1] + docs)
        nearest = sorted(found, key=lambda w: (found[w][0], -found[w][1]))[:NEAR_WORDS]
        if nearest:
            replacements[id(term)] = [Term((w,), (w,)) for w in nearest]
    if not replacements:
        return None
    groups = tuple(
        tuple(r for t in group for r in replacements.get(id(t), [t])) for group in query.groups
    )
    return Query(query.text, groups, query.excluded)


def search(
    db: Database,
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
    db: Database,
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
    db: Database,
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


__all__ = [
    "SearchFilters",
    "SearchHit",
    "fold",
    "make_snippet",
    "match_expression",
    "search",
    "search_facts",
    "search_sources",
]
