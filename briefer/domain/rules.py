"""Pure rules over facts: eligibility, staleness and section order.

Nothing here touches the store or the UI; every function takes facts and returns answers.

- **Eligible**: approved, not deprecated (draft and retired facts never reach a brief).
- **Stale**: a figure whose period ended longer ago than its limit (``STALENESS_RULES``).
- **Order**: figures newest period first; events (visits) as a dated timeline, oldest first.

The other rules live by job: dates and periods in :mod:`~briefer.domain.periods`,
conflicts and ranking in :mod:`~briefer.domain.conflicts`, visits in
:mod:`~briefer.domain.visits`, the founding of relations in :mod:`~briefer.domain.founding`.
Their names are also importable from here, as before the split.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from fnmatch import fnmatchcase

from briefer.domain.conflicts import (
    Choice,
    choose,
    conflict_groups,
    conflict_key,
    disagreeing_groups,
    rank_order,
    resolve,
    tiebreak,
    value_key,
)
from briefer.domain.founding import (
    Founding,
    anniversary_years,
    founding_value,
    is_relations_established,
    relations_founding,
)
from briefer.domain.model import RELATIONS_ESTABLISHED, SERIES_METRIC_PREFIXES, Fact
from briefer.domain.periods import (
    add_months,
    completed_years,
    date_bounds,
    fact_when,
    normalize_period,
    period_bounds,
    reference_end,
    reference_start,
)
from briefer.domain.visits import (
    INBOUND,
    OUTBOUND,
    VISIT_DAYS,
    group_visits,
    meeting_venue,
    met_elsewhere,
    visit_direction,
)

# ---- eligibility -----------------------------------------------------------------------------


def is_eligible(fact: Fact, pair_code: str | None = None) -> bool:
    """Approved and not deprecated (and of ``pair_code`` when given)."""
    if pair_code is not None and fact.pair != pair_code:
        return False
    return fact.status == "approved" and fact.rank != "deprecated"


def is_figure(fact: Fact) -> bool:
    """A figure is shown with its period; so is any fact carrying a value."""
    return fact.kind == "figure" or fact.value is not None


# ---- staleness -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StalenessRule:
    """``months`` after the end of its period a matching fact is stale (None: never)."""

    kind: str  # a fact kind, or "*"
    metric: str  # a glob over the metric ("trade.*"); "*" also matches an empty metric
    months: int | None
    why: str = ""


# First matching rule wins; keep specific rules above general ones.
STALENESS_RULES: tuple[StalenessRule, ...] = (
    StalenessRule("event", "*", None, "events happened; they do not expire"),
    StalenessRule("*", "relations.*", None, "dates of relations and frameworks"),
    StalenessRule("*", "visit.*", None, "visits are events"),
    StalenessRule("*", "*rank*", 24, "ranks among partners move slowly"),
    StalenessRule("*", "trade.*", 18, "trade is reported yearly and by 6/9 months"),
    StalenessRule("*", "investment.*", 24, "investment stocks are reported yearly"),
    StalenessRule("figure", "*", 24, "any other figure"),
    StalenessRule("statement", "*", None, "statements without a figure"),
)


def staleness_limit(fact: Fact, rules: Sequence[StalenessRule] = STALENESS_RULES) -> int | None:
    """Months a fact stays current after its period ends; None when it never goes stale."""
    for rule in rules:
        if rule.kind not in ("*", fact.kind):
            continue
        if rule.metric == "*" or fnmatchcase(fact.metric, rule.metric):
            return rule.months
    return None


def is_stale(fact: Fact, on: date, rules: Sequence[StalenessRule] = STALENESS_RULES) -> bool:
    """True when the fact's period ended more than its limit before ``on``.

    A figure with a limit but no period, as-of or event date cannot be vouched for as
    current, so it counts as stale too.
    """
    months = staleness_limit(fact, rules)
    if months is None:
        return False
    end = reference_end(fact)
    if end is None:
        return True
    return add_months(end, months) < on


# ---- ordering --------------------------------------------------------------------------------

_FAR_FUTURE = date(9999, 12, 31)


def chronological(facts: Iterable[Fact]) -> list[Fact]:
    """Oldest first (a dated timeline); undated facts last, in their input order."""
    indexed = list(enumerate(facts))
    return [
        f
        for _, f in sorted(
            indexed,
            key=lambda p: (
                reference_start(p[1]) or _FAR_FUTURE,
                reference_end(p[1]) or _FAR_FUTURE,
                p[0],
            ),
        )
    ]


def newest_first(facts: Iterable[Fact]) -> list[Fact]:
    """Newest period first (by period end, then the shorter/later period); undated last."""
    indexed = list(enumerate(facts))

    def key(p: tuple[int, Fact]) -> tuple[int, int, int, int]:
        end, start = reference_end(p[1]), reference_start(p[1])
        if end is None or start is None:
            return (1, 0, 0, p[0])
        return (0, -end.toordinal(), -start.toordinal(), p[0])

    return [f for _, f in sorted(indexed, key=key)]


def order_for_topic(topic: str, facts: Iterable[Fact]) -> list[Fact]:
    """Section order: visits as a timeline; elsewhere events (oldest first), then figures
    (newest first), then statements in their given order."""
    facts = list(facts)
    if topic == "visits":
        return chronological(facts)
    events = [f for f in facts if f.kind == "event" and not is_figure(f)]
    figures = [f for f in facts if is_figure(f)]
    placed = {id(f) for f in events} | {id(f) for f in figures}
    others = [f for f in facts if id(f) not in placed]
    return chronological(events) + newest_first(figures) + others


__all__ = [
    "INBOUND",
    "OUTBOUND",
    "RELATIONS_ESTABLISHED",
    "SERIES_METRIC_PREFIXES",
    "STALENESS_RULES",
    "VISIT_DAYS",
    "Choice",
    "Founding",
    "StalenessRule",
    "add_months",
    "anniversary_years",
    "choose",
    "chronological",
    "completed_years",
    "conflict_groups",
    "conflict_key",
    "date_bounds",
    "disagreeing_groups",
    "fact_when",
    "founding_value",
    "group_visits",
    "is_eligible",
    "is_figure",
    "is_relations_established",
    "is_stale",
    "meeting_venue",
    "met_elsewhere",
    "newest_first",
    "normalize_period",
    "order_for_topic",
    "period_bounds",
    "rank_order",
    "reference_end",
    "reference_start",
    "relations_founding",
    "resolve",
    "staleness_limit",
    "tiebreak",
    "value_key",
    "visit_direction",
]
