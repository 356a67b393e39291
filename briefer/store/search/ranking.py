"""How good a hit is: where it matched, how well, its status and its date, as one number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefer.domain.periods import period_bounds
from briefer.store.query import Query, Term

# ---- ranking -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ranker:
    query: Query
    phrase: re.Pattern[str] | None
    accented: tuple[Term, ...]
    completed: tuple[re.Pattern[str], ...]  # the prefix words, typed in full
    countries: bool  # the query names a country (matched by text or by a fact's pair)

    @classmethod
    def of(cls, query: Query) -> Ranker:
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


def recency(when: str) -> float:
    """0 to 1.9, later dates higher (ties between equally good, equally approved hits)."""
    bounds = period_bounds(when) if when else None
    if bounds is None:
        return 0.0
    return round(1.9 * min(1.0, max(0.0, (bounds[1].toordinal() - _EPOCH) / _SPAN)), 4)


def hit_score(tier: int, points: int, status: float, when: str) -> float:
    # Lexicographic in (tier, points, status, date), written as one number: each part is
    # smaller than one step of the part before it.
    return round(tier * 100 + points * 10 + status + recency(when), 4)
