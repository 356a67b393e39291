"""The founding of diplomatic relations: which facts date it, anniversaries, the agreed value.

A fact dates the founding by its metric (``relations.established``) or its words
("thiết lập quan hệ ngoại giao"); an anniversary ("tròn 30 năm", dated 2024) gives a
founding year. Compatible values ("1994", "1994-11-14") agree; others are a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefer.domain.conflicts import tiebreak
from briefer.domain.folded import pattern_fold
from briefer.domain.model import RELATIONS_ESTABLISHED, Fact
from briefer.domain.periods import normalize_period, period_bounds

_ESTABLISHED_TEXT = (
    re.compile(r"thiet lap quan he ngoai giao"),
    re.compile(r"establish(?:ed|ing|ment of)? (?:of )?diplomatic relations"),
    re.compile(r"diplomatic relations (?:were |was )?established"),
)


def is_relations_established(fact: Fact) -> bool:
    """The fact dating the establishment of diplomatic relations (metric, else its words)."""
    if fact.metric == RELATIONS_ESTABLISHED:
        return True
    if fact.metric or fact.topic not in ("diplomatic", "overview"):
        return False
    if fact.kind == "event":
        if not fact.event_date:
            return False
    elif fact.kind != "statement" or not (fact.as_of or fact.event_date or fact.period):
        return False
    elif not (_DIGIT.search(fact.statement_vi) or _DIGIT.search(fact.statement_en)):
        return False  # an anniversary says how many years (cheap test before folding)
    text = pattern_fold(f"{fact.statement_vi} {fact.statement_en}")
    if not any(p.search(text) for p in _ESTABLISHED_TEXT):
        return False
    # A dated statement counts only when it is an anniversary ("on 14/11/2024, 30 years of
    # relations"), which dates the founding; "the first country to establish relations with
    # Viet Nam" (as of 2024) does not.
    return fact.kind == "event" or anniversary_years(fact) is not None


_DIGIT = re.compile(r"\d")


# Anniversaries and the founding of relations.

# "tròn 30 năm", "kỷ niệm 30 năm", "đánh dấu 30 năm" (folded); "the 30th anniversary",
# "30 years of diplomatic relations".
_ANNIVERSARY = (
    re.compile(r"\b(?:tron|ky niem|danh dau|dip|nhan dip)\s+(?:tron\s+)?(\d{1,3})\s+nam\b"),
    re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b"),
    re.compile(r"\banniversary of (\d{1,3}) years\b"),
    re.compile(r"\b(\d{1,3})\s+years of (?:diplomatic )?relations\b"),
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def anniversary_years(fact: Fact) -> int | None:
    """N when the fact states the N-th anniversary of relations on its own date.

    "Ngày 14/11/2024 đánh dấu tròn 30 năm … thiết lập quan hệ ngoại giao" (dated 2024-11-14)
    → 30. A statement that also names a year later than its own date ("thiết lập năm 1971;
    năm 2021 kỷ niệm 50 năm", dated 1971) is dated by the founding, not the anniversary.
    """
    when = fact.event_date or fact.as_of or fact.period
    bounds = period_bounds(when) if when else None
    if bounds is None:
        return None
    year = bounds[0].year
    for statement in (fact.statement_vi, fact.statement_en):
        folded = pattern_fold(statement)
        if any(int(y) > year for y in _YEAR.findall(folded)):
            return None
        for pattern in _ANNIVERSARY:
            match = pattern.search(folded)
            if match and 0 < int(match.group(1)) < year - 1000:
                return int(match.group(1))
    return None


def founding_value(fact: Fact) -> str:
    """When relations were established, by this fact: a partial ISO date ("1971-03-25",
    "1994"). An anniversary gives a founding *year* (its date minus N years), never a date."""
    years = anniversary_years(fact)
    when = fact.event_date or fact.as_of or fact.period
    if years is not None:
        bounds = period_bounds(when)
        assert bounds is not None  # anniversary_years read it
        return f"{bounds[0].year - years:04d}"
    bounds = period_bounds(when) if when else None
    return normalize_period(when) if bounds and ".." not in when else ""


def _agrees(a: str, b: str) -> bool:
    """Two founding values agree when one is the other or a more precise date within it."""
    return a.startswith(b) or b.startswith(a)


@dataclass(frozen=True, slots=True)
class Founding:
    """The founding of relations the sources agree on, and any that disagree."""

    value: str  # the most precise agreeing value ("1971-03-25", "1994")
    shown: Fact  # the fact giving that value
    agreeing: tuple[Fact, ...] = ()  # further facts giving the same (or a compatible) value
    conflicting: tuple[Fact, ...] = ()  # facts giving another founding value

    @property
    def conflict(self) -> bool:
        return bool(self.conflicting)


def relations_founding(facts: Iterable[Fact]) -> Founding | None:
    """The founding of diplomatic relations from the facts about it.

    Each fact gives a value (``founding_value``); compatible values ("1994", "1994-11-14")
    form one group. The group with a preferred fact wins, then the one with more facts, then
    more citations; its most precise value is shown. Facts in other groups are conflicts
    (deprecated facts never count).
    """
    valued = [
        (value, f)
        for f in facts
        if f.rank != "deprecated" and is_relations_established(f)
        for value in (founding_value(f),)
        if value
    ]
    if not valued:
        return None
    groups: list[list[tuple[str, Fact]]] = []
    for value, fact in sorted(valued, key=lambda p: (-len(p[0]), p[0], p[1].uuid)):
        for group in groups:
            if all(_agrees(value, other) for other, _ in group):
                group.append((value, fact))
                break
        else:
            groups.append([(value, fact)])

    def strength(group: list[tuple[str, Fact]]) -> tuple[int, int, int]:
        preferred = sum(1 for _, f in group if f.rank == "preferred")
        return (preferred, len(group), sum(f.cited for _, f in group))

    best = max(groups, key=strength)
    value, shown = max(
        best, key=lambda p: (len(p[0]), anniversary_years(p[1]) is None, tiebreak(p[1]))
    )
    agreeing = tuple(sorted((f for _, f in best if f is not shown), key=lambda f: f.uuid))
    conflicting = tuple(
        sorted((f for g in groups if g is not best for _, f in g), key=lambda f: f.uuid)
    )
    return Founding(value, shown, agreeing, conflicting)


__all__ = [
    "RELATIONS_ESTABLISHED",
    "Founding",
    "anniversary_years",
    "founding_value",
    "is_relations_established",
    "relations_founding",
]
