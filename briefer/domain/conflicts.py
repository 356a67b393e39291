"""Conflicts and ranking: which facts must agree, and which one a brief shows.

- **Conflict key**: eligible facts sharing metric + period must give one value
  (:func:`conflict_key`); :func:`conflict_groups` is the one grouping every caller uses
  (assembly, the brief's warnings, the editor's desk).
- **Choice**: preferred beats normal, deprecated is never shown; different values at the
  best rank are a conflict (:func:`choose`, :func:`resolve`). A single ``preferred`` value
  resolves it silently (only that one is shown).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefer.domain.model import RELATIONS_ESTABLISHED, SERIES_METRIC_PREFIXES, Fact
from briefer.domain.periods import normalize_period

_RANK_ORDER = {"preferred": 0, "normal": 1, "deprecated": 2}


def conflict_key(fact: Fact) -> tuple[str, str] | None:
    """(metric, period) facts must agree on; None when the fact has no metric or is a series.

    A fact dated only by its event date (relations established on …) competes on the metric
    alone: the date is then part of its value.
    """
    if not fact.metric or fact.metric.startswith(SERIES_METRIC_PREFIXES):
        return None
    if fact.metric == RELATIONS_ESTABLISHED:
        return None  # compared by the year or date each fact gives: ``relations_founding``
    when = fact.period or fact.as_of
    return fact.metric, normalize_period(when) if when else ""


def value_key(fact: Fact) -> tuple[object, ...]:
    """What two facts of one metric and period must share to agree."""
    if fact.value is None:
        if fact.event_date and not (fact.period or fact.as_of):
            # A milestone (a partnership upgraded, a visit): its date is its value, and two
            # sources that tell it in their own words agree.
            return (None, normalize_period(fact.event_date), fact.qualifier)
        # No number and no date of its own: the statement itself is the value.
        return (None, "", fact.qualifier, " ".join(fact.statement_vi.casefold().split()))
    # "khoảng 68 triệu USD" and "68 triệu USD" tell one figure, one source rounding it: no
    # disagreement to warn of (the outside check of session 26 saw one flagged); "hơn" /
    # "dưới" still differ from the figure itself.
    qualifier = "exact" if fact.qualifier == "approx" else fact.qualifier
    return (round(float(fact.value), 6), fact.unit.strip().upper(), qualifier)


def tiebreak(fact: Fact) -> tuple[object, ...]:
    # Most recently updated, then most citations, then a stable order.
    return (fact.updated_at, fact.revision, fact.cited, fact.uuid)


def _best(facts: Iterable[Fact]) -> Fact:
    return max(facts, key=tiebreak)


@dataclass(frozen=True, slots=True)
class Choice:
    """The fact shown for one metric and period, and what was set aside."""

    shown: Fact
    agreeing: tuple[Fact, ...] = ()  # same value from other facts (their citations may join)
    conflicting: tuple[Fact, ...] = ()  # different values at the same rank: flag them
    outranked: tuple[Fact, ...] = ()  # different values resolved by rank (silently)

    @property
    def conflict(self) -> bool:
        return bool(self.conflicting)


def choose(facts: Sequence[Fact]) -> Choice | None:
    """Pick the fact to show among facts of one metric and period.

    preferred beats normal; deprecated is never shown. Several different values at the
    best rank are a conflict: one is shown (the most recently updated) and the rest are
    returned as ``conflicting`` so a warning can name them.
    """
    candidates = [f for f in facts if f.rank != "deprecated"]
    if not candidates:
        return None
    if len(candidates) == 1:
        return Choice(candidates[0])
    best_rank = min(rank_order(f) for f in candidates)
    top = [f for f in candidates if rank_order(f) == best_rank]
    shown = _best(top)
    shown_value = value_key(shown)
    top_ids = {id(f) for f in top}
    agreeing = tuple(f for f in candidates if f is not shown and value_key(f) == shown_value)
    conflicting = tuple(f for f in top if value_key(f) != shown_value)
    outranked = tuple(f for f in candidates if id(f) not in top_ids and value_key(f) != shown_value)
    return Choice(shown, _sorted(agreeing), _sorted(conflicting), _sorted(outranked))


def _sorted(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    return tuple(sorted(facts, key=lambda f: f.uuid))


def rank_order(fact: Fact) -> int:
    """0 for preferred, 1 for normal (and any unknown rank), 2 for deprecated: lower wins."""
    return _RANK_ORDER.get(fact.rank, 1)


def conflict_groups(facts: Iterable[Fact]) -> dict[tuple[str, str], list[Fact]]:
    """The facts that must agree, by :func:`conflict_key`, in order of first appearance.

    Facts without a key (no metric, a series, the founding of relations) are left out.
    Callers choose which facts compete (eligible ones, one pair) before grouping.
    """
    groups: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        key = conflict_key(fact)
        if key is not None:
            groups.setdefault(key, []).append(fact)
    return groups


def resolve(facts: Sequence[Fact]) -> list[Choice]:
    """One choice per (metric, period) group; every fact without a metric is its own choice.

    Input order is kept (by the first fact of each group).
    """
    groups = conflict_groups(facts)
    choices: list[Choice] = []
    for fact in facts:
        key = conflict_key(fact)
        if key is None:  # most facts: no metric, nothing to choose between
            if fact.rank != "deprecated":
                choices.append(Choice(fact))
            continue
        group = groups.pop(key, None)  # chosen at its first fact, in input order
        choice = choose(group) if group is not None else None
        if choice is not None:
            choices.append(choice)
    return choices


def disagreeing_groups(facts: Iterable[Fact]) -> list[list[Fact]]:
    """Groups of shown facts (not deprecated) of one pair, metric and period whose values
    differ: what the editor's desk lists as conflicts.

    Groups come in (pair, metric, period) order; each is sorted best rank first, then by
    uuid.
    """
    by_pair: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.rank != "deprecated":
            by_pair.setdefault(fact.pair, []).append(fact)
    found: list[tuple[tuple[str, str, str], list[Fact]]] = []
    for pair, pair_facts in by_pair.items():
        for key, group in conflict_groups(pair_facts).items():
            if len({value_key(f) for f in group}) > 1:
                found.append(((pair, *key), sorted(group, key=lambda f: (rank_order(f), f.uuid))))
    return [group for _key, group in sorted(found, key=lambda entry: entry[0])]


__all__ = [
    "Choice",
    "choose",
    "conflict_groups",
    "conflict_key",
    "disagreeing_groups",
    "rank_order",
    "resolve",
    "tiebreak",
    "value_key",
]
