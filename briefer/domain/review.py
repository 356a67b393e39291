"""The editor's review of a draft: why it was proposed, how sure, and which approved facts
already say the same thing (or disagree).

- :class:`Proposal` is what the importer records when it drafts a fact: the cues that made
  it propose the sentence ("amount “gần 500 triệu USD”", "metric trade.total") and a
  confidence from :func:`proposal_confidence` — how much of a fact's reading was found
  (a figure with its metric and period is surer than a sentence with topic words only).
- :func:`find_matches` compares a draft with the pair's approved facts:

  * ``same`` — a figure of the same metric and period with the same value (and unit), an
    event of the same single-valued metric on an overlapping date, or near-identical words
    (most of the shorter text's word triples in the other) without a different figure or
    date. The editor can add the draft's quote to it as a second source.
  * ``conflict`` — the same metric and period with another value: the conflict view.
  * ``older`` — the same metric, an earlier period or as-of date: the draft may supersede it.

No SQL and no Qt: the store hands facts in, the desk shows the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from briefer.domain.model import Fact
from briefer.domain.rules import (
    SERIES_METRIC_PREFIXES,
    conflict_key,
    normalize_period,
    period_bounds,
    reference_end,
)
from briefer.text.fold import tokens

SAME, CONFLICT, OLDER = "same", "conflict", "older"
RELATIONS: Final = (SAME, CONFLICT, OLDER)
NEAR_IDENTICAL: Final = 0.8  # share of the shorter text's word triples found in the other
MIN_SHINGLES: Final = 3
_SAME_VALUE: Final = 0.005  # relative: 1.3e9 read from "1,3 tỷ" equals 1.3e9
_AS_OF_DAYS: Final = 366
_SAME_MONTH_DAYS: Final = 31

HIGH, MEDIUM, LOW = "high", "medium", "low"


@dataclass(frozen=True, slots=True)
class Proposal:
    """Why the importer proposed a draft, and how sure it is (0..1)."""

    reasons: tuple[str, ...] = ()
    confidence: float = 0.0

    @property
    def band(self) -> str:
        return confidence_band(self.confidence)

    def as_details(self) -> dict[str, object]:
        return {"reasons": list(self.reasons), "confidence": round(self.confidence, 2)}

    @classmethod
    def from_details(cls, details: dict[str, object]) -> Proposal:
        reasons = details.get("reasons") or []
        confidence = details.get("confidence") or 0.0
        return cls(
            tuple(str(r) for r in reasons) if isinstance(reasons, list) else (),
            float(confidence) if isinstance(confidence, int | float) else 0.0,
        )


def proposal_confidence(
    kind: str,
    metric: str = "",
    *,
    has_value: bool = False,
    has_period: bool = False,
    has_date: bool = False,
    reasons: Sequence[str] = (),
) -> float:
    """How much of a fact's reading the importer found, as a share (0..1).

    A figure needs a value, a metric and a period (or as-of date); an event a date and the
    cue that names what happened; a statement has only topic words, so it starts low.
    """
    if kind == "figure":
        score = 0.35 + 0.2 * has_value + 0.25 * bool(metric) + 0.2 * has_period
    elif kind == "event":
        cue = len(reasons) > 1  # a date alone, or a date and the cue that names the event
        score = 0.3 + 0.2 * has_date + 0.25 * cue + 0.2 * bool(metric)
    else:
        score = 0.3 + 0.1 * min(len(reasons), 2)
    return round(min(score, 1.0), 2)


def confidence_band(confidence: float) -> str:
    if confidence >= 0.75:
        return HIGH
    if confidence >= 0.5:
        return MEDIUM
    return LOW


@dataclass(frozen=True, slots=True)
class DraftMatch:
    """An approved fact beside a draft, and how they relate."""

    relation: str  # one of RELATIONS
    fact: Fact
    why: str  # "metric trade.total, 2023, same value" / "near-identical words (92 %)"


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = tokens(text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _texts(fact: Fact) -> list[str]:
    return [fact.statement_vi, *(c.quote for c in fact.citations)]


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME_VALUE * max(abs(a), abs(b), 1e-9)


def _overlap(a: str, b: str) -> bool:
    x, y = period_bounds(a), period_bounds(b)
    if x is None or y is None:
        return a.strip() == b.strip()
    return x[0] <= y[1] and y[0] <= x[1]


def _single_valued(metric: str) -> bool:
    return bool(metric) and not metric.startswith(SERIES_METRIC_PREFIXES)


def _same_figure(draft: Fact, fact: Fact) -> bool:
    if draft.value is None or fact.value is None:
        return draft.value is None and fact.value is None
    same_unit = draft.unit.strip().upper() == fact.unit.strip().upper()
    return same_unit and _same_value(draft.value, fact.value)


def _when_label(fact: Fact) -> str:
    return normalize_period(fact.period or fact.as_of) or "undated"


def _metric_match(draft: Fact, fact: Fact) -> DraftMatch | None:
    if not _single_valued(draft.metric) or draft.metric != fact.metric:
        return None
    if draft.kind == "event" or (draft.value is None and draft.event_date):
        if not draft.event_date or not fact.event_date:
            return None
        if _overlap(draft.event_date, fact.event_date):
            return DraftMatch(SAME, fact, f"{draft.metric}, {fact.event_date}")
        return DraftMatch(CONFLICT, fact, f"{draft.metric}: {fact.event_date}")
    mine, theirs = conflict_key(draft), conflict_key(fact)
    if mine is None or theirs is None:
        return None
    if mine == theirs:
        relation = SAME if _same_figure(draft, fact) else CONFLICT
        what = "same value" if relation == SAME else "another value"
        return DraftMatch(relation, fact, f"{draft.metric}, {_when_label(fact)}, {what}")
    draft_end, fact_end = reference_end(draft), reference_end(fact)
    if not draft.period and not fact.period and draft_end is not None and fact_end is not None:
        # Two "current" figures (as-of dates): within a year they speak of the same time.
        gap = (draft_end - fact_end).days
        if abs(gap) <= _AS_OF_DAYS:
            if _same_figure(draft, fact):
                return DraftMatch(SAME, fact, f"{draft.metric}, as of {fact.as_of}, same value")
            if gap > _SAME_MONTH_DAYS:
                return DraftMatch(OLDER, fact, f"{draft.metric}, as of {fact.as_of} is older")
            return DraftMatch(CONFLICT, fact, f"{draft.metric}, as of {fact.as_of}, another value")
    if draft_end is not None and fact_end is not None and fact_end < draft_end:
        return DraftMatch(OLDER, fact, f"{draft.metric}, {_when_label(fact)} is older")
    return None


def _same_reading(draft: Fact, fact: Fact) -> bool:
    """Near-identical words must not hide a different figure or date."""
    both = draft.value is not None and fact.value is not None
    if both and not _same_value(draft.value or 0.0, fact.value or 0.0):
        return False
    if draft.event_date and fact.event_date:
        return _overlap(draft.event_date, fact.event_date)
    return True


class MatchIndex:
    """The approved facts of one pair, ready to be compared with many drafts.

    It can follow the editor's decisions without being rebuilt: :meth:`put` adds or
    replaces a fact (approved, or given a citation), :meth:`discard` takes one out.
    """

    def __init__(self, approved: Iterable[Fact] = ()) -> None:
        self._live: dict[str, Fact] = {}
        self._by_metric: dict[str, list[str]] = {}
        self._postings: dict[tuple[str, ...], list[int]] = {}
        self._sizes: list[tuple[str, int]] = []  # text id → (fact uuid, word triples)
        self._indexed: dict[str, set[str]] = {}  # fact uuid → texts already indexed
        for fact in approved:
            self.put(fact)

    @property
    def facts(self) -> list[Fact]:
        return list(self._live.values())

    def put(self, fact: Fact) -> None:
        """Index ``fact`` as it now is (an approved fact that is not deprecated; anything
        else is taken out)."""
        if fact.status != "approved" or fact.rank == "deprecated":
            self.discard(fact.uuid)
            return
        self._live[fact.uuid] = fact
        if fact.metric:
            uuids = self._by_metric.setdefault(fact.metric, [])
            if fact.uuid not in uuids:
                uuids.append(fact.uuid)
        seen = self._indexed.setdefault(fact.uuid, set())
        for text in _texts(fact):
            if text in seen:
                continue
            seen.add(text)
            shingles = _shingles(text)
            text_id = len(self._sizes)
            self._sizes.append((fact.uuid, len(shingles)))
            for shingle in shingles:
                self._postings.setdefault(shingle, []).append(text_id)

    def discard(self, fact_uuid: str) -> None:
        self._live.pop(fact_uuid, None)

    def matches(self, draft: Fact, exclude: Iterable[str] = ()) -> list[DraftMatch]:
        """Approved facts that say the same as ``draft``, disagree, or are older figures
        of its metric — ``exclude`` holds uuids the editor marked as different."""
        skip = set(exclude) | {draft.uuid}
        found: dict[str, DraftMatch] = {}
        for uuid in self._by_metric.get(draft.metric, ()) if draft.metric else ():
            fact = self._live.get(uuid)
            if fact is None or uuid in skip or fact.pair != draft.pair:
                continue
            match = _metric_match(draft, fact)
            if match is not None:
                found[fact.uuid] = match
        if not any(m.relation == CONFLICT for m in found.values()):
            for fact, share in self._word_hits(draft):
                if fact.uuid in skip or fact.uuid in found or fact.pair != draft.pair:
                    continue
                if _same_reading(draft, fact):
                    found[fact.uuid] = DraftMatch(
                        SAME, fact, f"near-identical words ({round(share * 100)} %)"
                    )
        order = {SAME: 0, CONFLICT: 1, OLDER: 2}
        return sorted(found.values(), key=lambda m: (order[m.relation], m.fact.uuid))

    def _word_hits(self, draft: Fact) -> list[tuple[Fact, float]]:
        best: dict[str, tuple[Fact, float]] = {}
        for text in _texts(draft):
            mine = _shingles(text)
            if len(mine) < MIN_SHINGLES:
                continue
            counts: dict[int, int] = {}
            for shingle in mine:
                for text_id in self._postings.get(shingle, ()):
                    counts[text_id] = counts.get(text_id, 0) + 1
            for text_id, count in counts.items():
                uuid, size = self._sizes[text_id]
                fact = self._live.get(uuid)
                smaller = min(size, len(mine))
                if fact is None or smaller < MIN_SHINGLES:
                    continue
                share = count / smaller
                if share >= NEAR_IDENTICAL and share > best.get(uuid, (fact, 0.0))[1]:
                    best[uuid] = (fact, share)
        return list(best.values())


def find_matches(
    draft: Fact, approved: Iterable[Fact], exclude: Iterable[str] = ()
) -> list[DraftMatch]:
    """Approved facts beside ``draft`` (see the module docstring)."""
    return MatchIndex(approved).matches(draft, exclude)


__all__ = [
    "CONFLICT",
    "HIGH",
    "LOW",
    "MEDIUM",
    "OLDER",
    "RELATIONS",
    "SAME",
    "DraftMatch",
    "MatchIndex",
    "Proposal",
    "confidence_band",
    "find_matches",
    "proposal_confidence",
]


# ---- what the desk shows and what it can undo ----------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A draft in the queue: the fact, why it was proposed, what it resembles."""

    fact: Fact
    proposal: Proposal
    matches: tuple[DraftMatch, ...] = ()

    @property
    def duplicates(self) -> tuple[DraftMatch, ...]:
        return tuple(m for m in self.matches if m.relation == SAME)

    @property
    def conflicts(self) -> tuple[DraftMatch, ...]:
        return tuple(m for m in self.matches if m.relation == CONFLICT)

    @property
    def source_id(self) -> int | None:
        return self.fact.citations[0].source_id if self.fact.citations else None

    @property
    def source_title(self) -> str:
        cite = self.fact.citations[0] if self.fact.citations else None
        return (cite.source_title or cite.source_outlet) if cite else ""


@dataclass(frozen=True, slots=True)
class Decision:
    """One thing the editor decided, with what is needed to take it back exactly."""

    action: str  # accept | reject | second-source | supersede | different
    draft_uuids: tuple[str, ...]
    before: tuple[Fact, ...] = ()  # every fact it changed, as it was
    added_citations: tuple[int, ...] = ()  # citation rows it added
    different: tuple[tuple[str, str], ...] = ()  # (draft, approved) pairs marked different
