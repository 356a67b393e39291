"""Facts, sources and citations as plain frozen dataclasses (the shape of DESIGN.md §3).

A fact is shaped like a Wikidata statement: a value with qualifiers (as-of date or period),
references (citations: a source plus the exact quoted words) and a rank.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS: tuple[str, ...] = ("event", "figure", "statement")
RANKS: tuple[str, ...] = ("preferred", "normal", "deprecated")
STATUSES: tuple[str, ...] = ("draft", "approved", "retired")
# What `briefer fact set UUID FIELD VALUE` may change (scripted edits, tests and tools).
SETTABLE_FIELDS: tuple[str, ...] = (
    "statement_vi",
    "statement_en",
    "rank",
    "status",
    "value",
    "period",
)
# How a figure relates to its value: "gần 500 triệu USD" is approx, "hơn 1 tỷ USD" is more_than.
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "less_than")
# The partner of facts whose second country could not be told: ISO 3166 user-assigned code,
# used by CLDR for "unknown region". No brief is ever made for such a pair.
UNKNOWN_PARTNER: str = "ZZ"
# Metrics that name a series of facts (many visits), not one value per period.
SERIES_METRIC_PREFIXES: tuple[str, ...] = ("visit.",)
# The metric of the fact dating the establishment of diplomatic relations.
RELATIONS_ESTABLISHED: str = "relations.established"


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166 alpha-2, upper case
    name_vi: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


@dataclass(frozen=True, slots=True)
class Pair:
    """A country pair such as ``VN-CL``: home country first."""

    home: Country
    partner: Country
    fact_count: int = 0
    draft_count: int = 0  # drafts waiting for review (filled where a caller asks for them)

    @property
    def code(self) -> str:
        return f"{self.home.code}-{self.partner.code}"

    def label(self, lang: str) -> str:
        return f"{self.home.name(lang)} – {self.partner.name(lang)}"


@dataclass(frozen=True, slots=True)
class Source:
    id: int | None
    uuid: str
    kind: str  # article, report, note, …
    title: str
    outlet: str = ""
    author: str = ""
    url: str = ""
    published_on: str = ""  # ISO date, possibly partial ("2024-11", "2024")
    retrieved_on: str = ""
    language: str = "vi"
    body: str = ""  # cleaned NFC text; citation offsets point into it
    raw: str = ""  # as imported
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class Citation:
    """The exact words of a source that support a fact: ``source.body[start:end] == quote``."""

    source_id: int
    quote: str
    start: int
    end: int
    prefix: str = ""  # up to 32 characters before the quote, to re-find it and flag a mismatch
    suffix: str = ""  # up to 32 characters after it
    # Denormalised from the source, for rendering without another query.
    source_uuid: str = ""
    source_title: str = ""
    source_outlet: str = ""
    source_url: str = ""
    source_published_on: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    id: int | None
    uuid: str
    pair: str  # "VN-CL"
    topic: str  # a key of domain.topics.TOPICS
    kind: str  # one of KINDS
    statement_vi: str
    statement_en: str = ""
    event_date: str = ""  # ISO, possibly partial: "1971-03-25", "2007-05", "1994"
    as_of: str = ""  # for figures: the date the value holds at
    period: str = ""  # for figures: "2023", "2024-01..2024-09"
    value: float | None = None
    unit: str = ""  # "USD", "project", …
    qualifier: str = "exact"  # one of QUALIFIERS
    metric: str = ""  # "trade.total", "trade.rank_in_region", … for conflict detection
    rank: str = "normal"  # one of RANKS
    status: str = "draft"  # one of STATUSES
    created_at: str = ""
    updated_at: str = ""
    revision: int = 1
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    # Set when a fact is listed without its citations (assembling a brief needs only to know
    # whether and how often a fact is cited; rendering loads the citations themselves).
    citation_count: int = 0

    @property
    def cited(self) -> int:
        """How many citations the fact has, whether or not they were loaded."""
        return max(len(self.citations), self.citation_count)

    def statement(self, lang: str) -> str:
        """The statement in ``lang``; an English brief falls back to Vietnamese (and warns)."""
        if lang == "en" and self.statement_en:
            return self.statement_en
        return self.statement_vi
