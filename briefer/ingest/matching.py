"""Is a candidate a fact the store already has (corroboration), or does it contradict one?

- A figure with a metric corroborates a fact of the same pair, metric and period with the
  same value (and unit), and conflicts with an *approved* one whose value differs. Two
  figures with no period are compared only when their as-of dates are within a year.
- An event with a metric that is not a series (``relations.established``, not
  ``visit.*``) does the same with its date: "1971" agrees with "1971-03-25", "1972" does not.
- Anything else corroborates a fact whose statement or quote says nearly the same words:
  most of the shorter text's word triples (folded: no tone marks, đ → d) are in the longer
  one. Text alone never makes a conflict.

No SQL here. The facts a store already has are looked up per candidate through a
:class:`Lookup` (the importer's, over the store's indexes: the facts of the candidate's metric,
and the texts sharing one of its word triples, which every near-identical text does), so the
work and memory of a match do not grow with the pair's size; facts drafted earlier in the
same import are added as they are written and matched from memory.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from typing import Final, Protocol

from briefer.domain.rules import SERIES_METRIC_PREFIXES, normalize_period, period_bounds
from briefer.ingest.candidates import Candidate
from briefer.ingest.pair_words import MAX_TEXTS, PairWords
from briefer.text.fold import tokens

NEAR_IDENTICAL: Final = 0.8  # share of the shorter text's word triples found in the other
MIN_SHINGLES: Final = 3  # texts shorter than five words never match on words alone
_SAME_VALUE: Final = 0.005  # relative tolerance: 1.3e9 == 1.3e9 read from "1,3 tỷ"
_AS_OF_DAYS: Final = 366
LOOKUPS_PER_LOAD: Final = 300  # facts read whole cost about one lookup per this many
# Postings held for pairs read whole (8 bytes each, ~50 MB; a pair of 15,000 facts has ~0.5
# million): past it the least recently used pair goes.
MAX_POSTINGS_HELD: Final = 6_000_000


@dataclass(frozen=True, slots=True)
class Known:
    """A fact as matching sees it: identity, reading, and its words."""

    uuid: str
    pair: str
    status: str
    kind: str
    metric: str = ""
    period: str = ""
    as_of: str = ""
    event_date: str = ""
    value: float | None = None
    unit: str = ""
    texts: tuple[str, ...] = ()  # statement and citation quotes

    @classmethod
    def of(cls, uuid: str, candidate: Candidate, status: str = "draft") -> Known:
        return cls(
            uuid,
            candidate.pair,
            status,
            candidate.kind,
            candidate.metric,
            candidate.period,
            candidate.as_of,
            candidate.event_date,
            candidate.value,
            candidate.unit,
            (candidate.quote,),
        )


@dataclass(frozen=True, slots=True)
class Match:
    corroborates: tuple[str, ...] = ()
    conflict_with: tuple[str, ...] = ()


class Lookup(Protocol):
    """The stored facts a candidate could match (the importer's side, over the store)."""

    def by_metric(self, pair: str, metric: str) -> Iterable[Known]:
        """The pair's facts with ``metric``, not retired."""
        ...

    def by_words(self, pair: str, shingles: set[tuple[str, ...]]) -> Iterable[Known]:
        """The pair's facts, not retired, with a text holding one of ``shingles``: each with
        that text as its ``texts`` (a fact may come once per such text, or more often)."""
        ...

    def pair_size(self, pair: str) -> int:
        """How many facts (not retired) the pair has."""
        ...

    def pair_texts(self, pair: str) -> Iterable[tuple[Known, int, str]]:
        """Every text of the pair's facts (not retired): (its fact, without texts; a reference
        for :meth:`text`; the text)."""
        ...

    def text(self, ref: int) -> str:
        """A text of :meth:`pair_texts` read again."""
        ...


class NoStore:
    """A lookup for a store without facts (tests, a first import)."""

    def by_metric(self, pair: str, metric: str) -> Iterable[Known]:
        return ()

    def by_words(self, pair: str, shingles: set[tuple[str, ...]]) -> Iterable[Known]:
        return ()

    def pair_size(self, pair: str) -> int:
        return 0

    def pair_texts(self, pair: str) -> Iterable[tuple[Known, int, str]]:
        return ()

    def text(self, ref: int) -> str:
        return ""


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = tokens(text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME_VALUE * max(abs(a), abs(b), 1e-9)


def _overlap(a: str, b: str) -> bool:
    """Whether two partial dates or periods can be the same time ("1971" and "1971-03-25")."""
    x, y = period_bounds(a), period_bounds(b)
    if x is None or y is None:
        return a.strip() == b.strip()
    return x[0] <= y[1] and y[0] <= x[1]


def _as_of_close(a: str, b: str) -> bool:
    if not a or not b:
        return True
    x, y = period_bounds(a), period_bounds(b)
    if x is None or y is None:
        return True
    return abs((x[1] - y[1]).days) <= _AS_OF_DAYS


def _is_single_valued(metric: str) -> bool:
    return bool(metric) and not metric.startswith(SERIES_METRIC_PREFIXES)


class FactIndex:
    """The facts a batch of candidates is checked against: the store's, looked up per
    candidate (``lookup``), and the ones drafted in this run, held here.

    Looking a candidate's words up in the store's search indexes costs about as much as
    reading ``LOOKUPS_PER_LOAD`` facts: a run with few candidates of a pair (one article into
    a large store) looks each up; once a run has looked up more than the pair's size over
    that, the pair's texts are read once into packed postings (:class:`PairWords`, ~8 bytes
    a word triple; 9 MB for a pair of 15,000 facts), as a large batch needs, up to
    ``MAX_POSTINGS_HELD`` postings at a time. A run of many ``files`` reads a pair whole
    sooner (more of its candidates are to come). Either way the matches are the same.
    """

    def __init__(self, lookup: Lookup, files: int = 1) -> None:
        self._lookup = lookup
        # More files, more candidates of each pair to come: read a pair whole sooner.
        self._files = max(1, files)
        self._lookups: Counter[str] = Counter()  # word lookups per pair through the store
        self._sizes: dict[str, int] = {}
        self._pairs: dict[str, tuple[list[Known], PairWords]] = {}  # pairs read whole
        self._facts: list[Known] = []
        self._by_metric: dict[tuple[str, str], list[int]] = defaultdict(list)
        # The store's facts of a metric, looked up once per run (few per metric).
        self._stored_by_metric: dict[tuple[str, str], list[Known]] = {}
        self._texts: list[tuple[int, int]] = []  # (fact index, number of word triples)
        # A candidate's quote is folded once: for matching it, then for adding it.
        self._shingle_cache: dict[str, set[tuple[str, ...]]] = {}
        # Per pair: word triple → the texts (indices into _texts) that hold it.
        self._postings: dict[str, dict[tuple[str, ...], list[int]]] = defaultdict(
            lambda: defaultdict(list)
        )

    def add(self, fact: Known) -> None:
        """Add a fact just drafted, for later candidates of the run to match."""
        index = len(self._facts)
        self._facts.append(fact)
        if fact.metric:
            self._by_metric[(fact.pair, fact.metric)].append(index)
        postings = self._postings[fact.pair]
        for text in fact.texts:
            shingles = self._shingle_cache.pop(text, None) or _shingles(text)
            text_id = len(self._texts)
            self._texts.append((index, len(shingles)))
            for shingle in shingles:
                postings[shingle].append(text_id)

    def match(self, candidate: Candidate) -> Match:
        if candidate.kind == "figure" and candidate.metric and candidate.value is not None:
            return self._match_figure(candidate)
        if candidate.kind == "event" and _is_single_valued(candidate.metric):
            found = self._match_event(candidate)
            if found.corroborates or found.conflict_with:
                return found
        return Match(self._match_words(candidate))

    def _of_metric(self, pair: str, metric: str) -> list[Known]:
        """The facts of ``metric``: the store's (oldest first), then this run's."""
        key = (pair, metric)
        stored = self._stored_by_metric.get(key)
        if stored is None:
            stored = self._stored_by_metric[key] = list(self._lookup.by_metric(pair, metric))
        return [*stored, *(self._facts[i] for i in self._by_metric.get(key, ()))]

    def _match_figure(self, candidate: Candidate) -> Match:
        assert candidate.value is not None
        agree: list[str] = []
        conflict: list[str] = []
        period = normalize_period(candidate.period)
        for fact in self._of_metric(candidate.pair, candidate.metric):
            if fact.status == "retired" or fact.value is None:
                continue
            if normalize_period(fact.period) != period:
                continue
            if not period and not _as_of_close(candidate.as_of, fact.as_of):
                continue  # two "current" figures years apart: an update, not a conflict
            same_unit = fact.unit.strip().upper() == candidate.unit.strip().upper()
            if same_unit and _same_value(fact.value, candidate.value):
                agree.append(fact.uuid)
            elif fact.status == "approved":
                conflict.append(fact.uuid)
        return Match(tuple(dict.fromkeys(agree)), tuple(dict.fromkeys(conflict)))

    def _match_event(self, candidate: Candidate) -> Match:
        agree: list[str] = []
        conflict: list[str] = []
        for fact in self._of_metric(candidate.pair, candidate.metric):
            if fact.status == "retired" or not fact.event_date or not candidate.event_date:
                continue
            if _overlap(fact.event_date, candidate.event_date):
                agree.append(fact.uuid)
            elif fact.status == "approved":
                conflict.append(fact.uuid)
        return Match(tuple(dict.fromkeys(agree)), tuple(dict.fromkeys(conflict)))

    def _pair_words(self, pair: str) -> tuple[list[Known], PairWords] | None:
        """The pair's texts as postings, once looking them up has cost as much as reading."""
        if pair in self._pairs:
            self._pairs[pair] = self._pairs.pop(pair)  # the most recently used last
            return self._pairs[pair]
        if pair not in self._sizes:
            self._sizes[pair] = self._lookup.pair_size(pair)
        self._lookups[pair] += 1
        if self._lookups[pair] <= self._sizes[pair] // (LOOKUPS_PER_LOAD * self._files):
            return None
        facts: list[Known] = []
        numbers: dict[str, int] = {}
        words = PairWords()
        for fact, ref, text in self._lookup.pair_texts(pair):
            number = numbers.get(fact.uuid)
            if number is None:
                number = numbers[fact.uuid] = len(facts)
                facts.append(fact)
            if len(words) >= MAX_TEXTS:  # more than one index can number: keep looking up
                self._sizes[pair] = 1 << 62
                return None
            words.add(number, ref, _shingles(text))
        words.seal()
        held = sum(w.postings for _f, w in self._pairs.values())
        while self._pairs and held + words.postings > MAX_POSTINGS_HELD:
            # Memory bounded, not by the pairs a batch touches: the least recently used goes.
            evicted = next(iter(self._pairs))
            held -= self._pairs.pop(evicted)[1].postings
            self._lookups[evicted] = 0
        self._pairs[pair] = (facts, words)
        return self._pairs[pair]

    def _stored_near(self, candidate: Candidate, mine: set[tuple[str, ...]]) -> Iterable[Known]:
        """The store's facts with a text near ``mine`` (not yet checked for reading)."""
        loaded = self._pair_words(candidate.pair)
        if loaded is not None:
            facts, words = loaded
            near = words.near(mine, self._near, self._lookup.text, _shingles)
            yield from (facts[number] for number in near)
            return
        # A near-identical text shares at least MIN_SHINGLES triples, so it is among those
        # sharing one; each text counted once.
        seen: set[tuple[str, str]] = set()
        for fact in self._lookup.by_words(candidate.pair, mine):
            for text in fact.texts:
                if (fact.uuid, text) in seen:
                    continue
                seen.add((fact.uuid, text))
                theirs = _shingles(text)
                if self._near(len(mine & theirs), len(theirs), len(mine)):
                    yield fact

    def _match_words(self, candidate: Candidate) -> tuple[str, ...]:
        mine = _shingles(candidate.quote)
        if len(self._shingle_cache) > 10_000:
            self._shingle_cache.clear()
        self._shingle_cache[candidate.quote] = mine
        if len(mine) < MIN_SHINGLES:
            return ()
        found = [
            fact.uuid
            for fact in self._stored_near(candidate, mine)
            if fact.status != "retired" and self._same_reading(candidate, fact)
        ]
        postings = self._postings.get(candidate.pair, {})
        hits = Counter(chain.from_iterable(postings.get(shingle, ()) for shingle in mine))
        for text_id, count in hits.items():
            index, size = self._texts[text_id]
            if not self._near(count, size, len(mine)):
                continue
            fact = self._facts[index]
            if fact.status == "retired" or not self._same_reading(candidate, fact):
                continue
            found.append(fact.uuid)
        return tuple(dict.fromkeys(found))

    @staticmethod
    def _near(shared: int, size: int, mine: int) -> bool:
        """Most of the shorter text's word triples are in the other."""
        shorter = min(size, mine)
        return shorter >= MIN_SHINGLES and shared / shorter >= NEAR_IDENTICAL

    @staticmethod
    def _same_reading(candidate: Candidate, fact: Known) -> bool:
        """Near-identical words must not hide a different figure or date."""
        mine, theirs = candidate.value, fact.value
        if mine is not None and theirs is not None and not _same_value(mine, theirs):
            return False
        if candidate.event_date and fact.event_date:
            return _overlap(candidate.event_date, fact.event_date)
        return True


__all__ = ["MIN_SHINGLES", "NEAR_IDENTICAL", "FactIndex", "Known", "Lookup", "Match", "NoStore"]
