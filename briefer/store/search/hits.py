"""What a search returns and how it is narrowed: hits, filters, and the limits of a query's
walk over the index."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from briefer.domain.model import KINDS, STATUSES
from briefer.domain.periods import period_bounds
from briefer.errors import InputError

SNIPPET_CHARS = 180
# Candidates per page of the FTS5 rowid walk, and how many pages a query may read.
PAGE = {"fact_fts": 300, "source_fts": 100}
MAX_PAGES = 4
# Where a match is: a statement outranks a quote, which outranks a source passage.
TIERS = {"statement_vi": 3, "statement_en": 3, "quote": 2, "title": 1, "body": 1}
STATUS_POINTS = {"approved": 4.0, "draft": 2.0, "retired": 0.0}


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
