"""Pure rules over facts: eligibility, staleness, conflicts, ranking, ordering, visit direction.

Nothing here touches the store or the UI; every function takes facts and returns answers.

- **Eligible**: approved, not deprecated (draft and retired facts never reach a brief).
- **Stale**: a figure whose period ended longer ago than its limit (``STALENESS_RULES``).
- **Conflict**: eligible facts sharing metric + period with different values/qualifiers;
  a single ``preferred`` value resolves it silently (only that one is shown).
- **Order**: figures newest period first; events (visits) as a dated timeline, oldest first.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from fnmatch import fnmatchcase
from functools import lru_cache

from briefer.domain.model import Country, Fact

# ---- partial ISO dates and periods -----------------------------------------------------------

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@lru_cache(maxsize=4096)
def date_bounds(text: str) -> tuple[date, date] | None:
    """First and last day covered by a partial ISO date ("2023", "2024-05", "1971-03-25")."""
    match = _PARTIAL.match(text.strip())
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
    except ValueError:
        return None
    return exact, exact


@lru_cache(maxsize=4096)
def period_bounds(text: str) -> tuple[date, date] | None:
    """First and last day of a period: a partial date or ``start..end`` ("2024-01..2024-09")."""
    text = text.strip()
    if ".." in text:
        start_text, _, end_text = text.partition("..")
        start, end = date_bounds(start_text), date_bounds(end_text)
        if start is None or end is None or start[0] > end[1]:
            return None
        return start[0], end[1]
    return date_bounds(text)


def normalize_period(text: str) -> str:
    """A canonical spelling so "2023-01..2023-12" and "2023" compare equal."""
    text = text.strip()
    bounds = period_bounds(text)
    if bounds is None:
        return text
    start, end = bounds
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return f"{start.year:04d}"
    month_last = calendar.monthrange(end.year, end.month)[1]
    same_month = (start.year, start.month) == (end.year, end.month)
    if same_month and start.day == 1 and end.day == month_last:
        return f"{start.year:04d}-{start.month:02d}"
    if start == end:
        return start.isoformat()
    return text


def fact_when(fact: Fact) -> str:
    """The date text a fact is about: its period, else its as-of date, else its event date."""
    return fact.period or fact.as_of or fact.event_date


def reference_end(fact: Fact) -> date | None:
    """The last day the fact speaks for (end of its period / as-of / event date)."""
    bounds = period_bounds(fact_when(fact))
    return bounds[1] if bounds else None


def reference_start(fact: Fact) -> date | None:
    bounds = period_bounds(fact_when(fact))
    return bounds[0] if bounds else None


def add_months(day: date, months: int) -> date:
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def completed_years(since: str, on: date) -> int | None:
    """Whole years from the partial date ``since`` to ``on`` ("1971-03-25", 2026-03-25 → 55)."""
    match = _PARTIAL.match(since.strip())
    if not match or date_bounds(since) is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2) or 0)
    day = int(match.group(3) or 0)
    years = on.year - year
    if month and (on.month, on.day if day else 99) < (month, day or 0):
        years -= 1
    return years


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


# ---- conflicts and ranking -------------------------------------------------------------------

# Metrics that name a series of facts (many visits), not one value per period.
SERIES_METRIC_PREFIXES: tuple[str, ...] = ("visit.",)

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
        # No number: the dated statement itself is the value.
        when = "" if (fact.period or fact.as_of) else normalize_period(fact.event_date)
        return (None, when, fact.qualifier, " ".join(fact.statement_vi.casefold().split()))
    return (round(float(fact.value), 6), fact.unit.strip().upper(), fact.qualifier)


def _tiebreak(fact: Fact) -> tuple[object, ...]:
    # Most recently updated, then most citations, then a stable order.
    return (fact.updated_at, fact.revision, fact.cited, fact.uuid)


def _best(facts: Iterable[Fact]) -> Fact:
    return max(facts, key=_tiebreak)


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
    best_rank = min(_RANK_ORDER.get(f.rank, 1) for f in candidates)
    top = [f for f in candidates if _RANK_ORDER.get(f.rank, 1) == best_rank]
    shown = _best(top)
    shown_value = value_key(shown)
    top_ids = {id(f) for f in top}
    agreeing = tuple(f for f in candidates if f is not shown and value_key(f) == shown_value)
    conflicting = tuple(f for f in top if value_key(f) != shown_value)
    outranked = tuple(f for f in candidates if id(f) not in top_ids and value_key(f) != shown_value)
    return Choice(shown, _sorted(agreeing), _sorted(conflicting), _sorted(outranked))


def _sorted(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    return tuple(sorted(facts, key=lambda f: f.uuid))


def resolve(facts: Sequence[Fact]) -> list[Choice]:
    """One choice per (metric, period) group; every fact without a metric is its own choice.

    Input order is kept (by the first fact of each group).
    """
    groups: dict[tuple[str, str], list[Fact]] = {}
    entries: list[Fact | list[Fact]] = []  # a fact on its own, or a group, in input order
    for fact in facts:
        key = conflict_key(fact)
        if key is None:  # most facts: no metric, nothing to choose between
            entries.append(fact)
            continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = []
            entries.append(group)
        group.append(fact)
    choices: list[Choice] = []
    for entry in entries:
        if isinstance(entry, list):
            choice = choose(entry)
            if choice is not None:
                choices.append(choice)
        elif entry.rank != "deprecated":
            choices.append(Choice(entry))
    return choices


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


# ---- visits ----------------------------------------------------------------------------------

OUTBOUND = "outbound"  # the home country's leader visits the partner
INBOUND = "inbound"  # the partner's leader visits the home country

_HOME_ALIASES: dict[str, tuple[str, ...]] = {"VN": ("viet nam", "vietnam", "vn")}
_VISIT_VERB = re.compile(
    r"\b(?:tham(?!\s+(?:du|gia|khao|van|quan|nhung|muu))|sang|den"
    r"|visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|travel(?:s|led|ed)?\s+to|went\s+to)\b"
)


_D_TABLE = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    """Lower case, without tone marks, đ/Đ/Ð → d: for matching, never for display."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFD", text.translate(_D_TABLE)))
    return _SPACES.sub(" ", text.casefold())


def _aliases(country: Country) -> tuple[str, ...]:
    names = {_fold(country.name_vi), _fold(country.name_en)}
    names.update(_HOME_ALIASES.get(country.code.upper(), ()))
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


def visit_direction(fact: Fact, home: Country, partner: Country) -> str:
    """``OUTBOUND``, ``INBOUND`` or "" (unknown, e.g. a meeting at a summit elsewhere).

    Relies first on the metric (``visit.outbound`` / ``visit.inbound``), then on the
    statement: the first country named after a visiting verb ("thăm", "sang", "đến",
    "visit(ed) (to)") is the destination.
    """
    metric = fact.metric.lower()
    if metric.endswith((".outbound", ".out")):
        return OUTBOUND
    if metric.endswith((".inbound", ".in")):
        return INBOUND
    home_names, partner_names = _aliases(home), _aliases(partner)
    for statement in (fact.statement_vi, fact.statement_en):
        folded = _fold(statement)
        for verb in _VISIT_VERB.finditer(folded):
            window = folded[verb.end() : verb.end() + 60]
            window = re.split(r"[.;:()]", window, maxsplit=1)[0]
            found = _first_name(window, home_names, partner_names)
            if found:
                return found
    # No visiting verb names a country: the venue decides. A meeting hosted in one of the
    # two countries (APEC 25 in Đà Nẵng) means the other side travelled there; a venue in a
    # third country is a meeting on the sidelines.
    venue = meeting_venue(fact)
    if venue == home.code.upper():
        return INBOUND
    if venue == partner.code.upper():
        return OUTBOUND
    return ""


_VENUE = re.compile(r"\b(?:tai|o|in|at)\s+(?:thanh pho\s+|thu do\s+|the city of\s+)?")


def meeting_venue(fact: Fact) -> str:
    """The country code of the place a fact says it happened in ("tại Đà Nẵng" → "VN"), or
    "" when no known place follows "tại / ở / in / at". Country names count too."""
    places = _place_names()
    for statement in (fact.statement_vi, fact.statement_en):
        folded = _fold(statement)
        for match in _VENUE.finditer(folded):
            window = folded[match.end() : match.end() + 40]
            for name, code in places:
                if window.startswith(name) and not window[len(name) : len(name) + 1].isalnum():
                    return code
    return ""


@lru_cache(maxsize=1)
def _place_names() -> tuple[tuple[str, str], ...]:
    from briefer.domain.places import city_names

    names = [(_fold(name), code) for name, code in city_names()]
    names += [(alias, code) for code, aliases in _HOME_ALIASES.items() for alias in aliases]
    names += [(_fold(name), code) for name, code in _COUNTRY_NAMES]
    return tuple(sorted(set(names), key=lambda p: len(p[0]), reverse=True))


# Country names a venue may be given as (besides cities); the pair's own names are matched
# through their aliases as well.
_COUNTRY_NAMES: tuple[tuple[str, str], ...] = (
    ("Việt Nam", "VN"),
    ("Viet Nam", "VN"),
    ("Peru", "PE"),
    ("Chile", "CL"),
    ("Mexico", "MX"),
    ("Colombia", "CO"),
    ("Hoa Kỳ", "US"),
    ("Mỹ", "US"),
    ("United States", "US"),
    ("the United States", "US"),
    ("Trung Quốc", "CN"),
    ("China", "CN"),
    ("Nhật Bản", "JP"),
    ("Japan", "JP"),
    ("Hàn Quốc", "KR"),
    ("South Korea", "KR"),
    ("Thái Lan", "TH"),
    ("Thailand", "TH"),
    ("Indonesia", "ID"),
    ("Philippines", "PH"),
    ("Malaysia", "MY"),
    ("Australia", "AU"),
    ("Ôxtrâylia", "AU"),
    ("New Zealand", "NZ"),
    ("Papua New Guinea", "PG"),
    ("Nga", "RU"),
    ("Russia", "RU"),
    ("Canada", "CA"),
)


# ---- visits: one row per visit ----------------------------------------------------------------

# A visit dated to the day lasts a few days; facts dated within this many days of its first
# day describe the same visit when they also share a person or have no direction of their own.
VISIT_DAYS = 7
_NAME = re.compile(r"(?:[A-ZÀ-ỸĐ][\w'’-]*)(?:\s+[A-ZÀ-ỸĐ][\w'’-]*)+")


def _span(fact: Fact) -> tuple[date, date] | None:
    bounds = period_bounds(fact_when(fact))
    if bounds is None:
        return None
    start, end = bounds
    if start == end:
        end = date.fromordinal(start.toordinal() + VISIT_DAYS - 1)
    return start, end


def _names(fact: Fact) -> set[str]:
    """Runs of capitalised words (people, places) of a statement, folded."""
    found: set[str] = set()
    for statement in (fact.statement_vi, fact.statement_en):
        for match in _NAME.finditer(statement):
            words = match.group(0).split()
            # Two-word runs anywhere inside a longer run ("Tổng thống Peru Dina Boluarte").
            for i in range(len(words) - 1):
                found.add(_fold(" ".join(words[i : i + 2])))
    return found


def group_visits(
    facts: Sequence[Fact], home: Country, partner: Country
) -> list[tuple[Fact, tuple[Fact, ...]]]:
    """Visit events grouped so that facts describing the same visit make one row.

    Facts are the events of a visits section (oldest first). A fact joins an earlier row
    when their dates overlap (a day-dated visit counts for ``VISIT_DAYS`` days), their
    directions do not contradict each other, and either one of them has no direction (a
    meeting during the visit) or they name the same person or place. The row's main fact is
    the one with a direction (else the first); the others are merged into it.
    """
    countries = {_fold(c.name_vi) for c in (home, partner)} | {
        _fold(c.name_en) for c in (home, partner)
    }
    names_of: dict[str, set[str]] = {}

    def names(fact: Fact) -> set[str]:  # only needed when two directions meet: lazily
        if fact.uuid not in names_of:
            names_of[fact.uuid] = _names(fact) - countries
        return names_of[fact.uuid]

    rows: list[tuple[Fact, list[Fact], str, tuple[date, date] | None, list[Fact]]] = []
    for fact in facts:
        direction = visit_direction(fact, home, partner)
        span = _span(fact)
        joined = False
        if span is not None:
            # Rows are in date order: look back from the newest, no further than a year.
            horizon = date.fromordinal(max(1, span[0].toordinal() - 400))
            for index in range(len(rows) - 1, -1, -1):
                row_main, merged, row_dir, row_span, members = rows[index]
                if row_span is None:
                    continue
                if row_span[0] < horizon:
                    break
                if row_span[1] < span[0] or span[1] < row_span[0]:
                    continue
                if direction and row_dir and direction != row_dir:
                    continue
                if direction and row_dir:
                    row_names = set().union(*(names(f) for f in members))
                    if not (names(fact) & row_names):
                        continue
                main, main_dir = row_main, row_dir
                if direction and not row_dir:
                    merged.insert(0, row_main)
                    main, main_dir = fact, direction
                else:
                    merged.append(fact)
                start = min(row_span[0], span[0])
                end = max(row_span[1], span[1])
                rows[index] = (main, merged, main_dir, (start, end), [*members, fact])
                joined = True
                break
        if not joined:
            rows.append((fact, [], direction, span, [fact]))
    return [(main, tuple(merged)) for main, merged, _d, _s, _m in rows]


def _first_name(window: str, home_names: Sequence[str], partner_names: Sequence[str]) -> str:
    best: tuple[int, str] | None = None
    for names, direction in ((partner_names, OUTBOUND), (home_names, INBOUND)):
        for name in names:
            match = re.search(rf"\b{re.escape(name)}\b", window)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), direction)
    return best[1] if best else ""


# ---- relations -------------------------------------------------------------------------------

RELATIONS_ESTABLISHED = "relations.established"
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
    text = _fold(f"{fact.statement_vi} {fact.statement_en}")
    if not any(p.search(text) for p in _ESTABLISHED_TEXT):
        return False
    # A dated statement counts only when it is an anniversary ("on 14/11/2024, 30 years of
    # relations"), which dates the founding; "the first country to establish relations with
    # Viet Nam" (as of 2024) does not.
    return fact.kind == "event" or anniversary_years(fact) is not None


_DIGIT = re.compile(r"\d")


# ---- anniversaries and the founding of relations -------------------------------------------

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
        folded = _fold(statement)
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
        best, key=lambda p: (len(p[0]), anniversary_years(p[1]) is None, _tiebreak(p[1]))
    )
    agreeing = tuple(sorted((f for _, f in best if f is not shown), key=lambda f: f.uuid))
    conflicting = tuple(
        sorted((f for g in groups if g is not best for _, f in g), key=lambda f: f.uuid)
    )
    return Founding(value, shown, agreeing, conflicting)
