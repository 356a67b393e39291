"""Visits: which way a visit went (outbound/inbound), where a meeting was, one row per visit.

The direction comes from the metric (``visit.outbound``), else from the first of the two
countries named after a visiting verb, else from the venue ("tại Đà Nẵng"). Facts that
describe the same visit (overlapping dates, no contradicting direction, a shared person
or place) become one row of the visits timeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from briefer.domain.folded import pattern_fold
from briefer.domain.model import Country, Fact
from briefer.domain.periods import fact_when, period_bounds

OUTBOUND = "outbound"  # the home country's leader visits the partner
INBOUND = "inbound"  # the partner's leader visits the home country

_HOME_ALIASES: dict[str, tuple[str, ...]] = {"VN": ("viet nam", "vietnam", "vn")}
_VISIT_VERB = re.compile(
    r"\b(?:tham(?!\s+(?:du|gia|khao|van|quan|nhung|muu))|sang|den"
    r"|visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|travel(?:s|led|ed)?\s+to|went\s+to)\b"
)

# (folded: "của"; a Vietnamese adjective follows its noun: "chuyến thăm gần nhất của …",
# "chuyến thăm đầu tiên của …" name the visitor as well)
_WHOSE = re.compile(
    r"\s*(?:(?:gan (?:nhat|day)|dau tien|moi nhat|lich su|chinh thuc|cap nha nuoc)\s+)?"
    r"(?:by|of|from|cua)\b"
)
_TO = re.compile(r"\b(?:to|toward|den|toi|sang)\b")


def _aliases(country: Country) -> tuple[str, ...]:
    names = {pattern_fold(country.name_vi), pattern_fold(country.name_en)}
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
        folded = pattern_fold(statement)
        for verb in _VISIT_VERB.finditer(folded):
            window = folded[verb.end() : verb.end() + 60]
            window = re.split(r"[.;:()]", window, maxsplit=1)[0]
            if _WHOSE.match(window):
                # "a visit by Vietnam's minister (to X)", "chuyến thăm của …": the words
                # after "by/of/của" name the visitor; only a "to" after them names where
                window = window[to.end() :] if (to := _TO.search(window)) else ""
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


def met_elsewhere(fact: Fact, home: Country, partner: Country) -> bool:
    """Whether ``fact`` says it happened in a third country (a meeting on the sidelines of a
    summit abroad): an event that names no such place and no direction is no exchange of
    either side's, and a brief says nothing of its direction rather than guess one."""
    venue = meeting_venue(fact)
    return bool(venue) and venue not in (home.code.upper(), partner.code.upper())


_VENUE = re.compile(r"\b(?:tai|o|in|at)\s+(?:thanh pho\s+|thu do\s+|the city of\s+)?")


def meeting_venue(fact: Fact) -> str:
    """The country code of the place a fact says it happened in ("tại Đà Nẵng" → "VN"), or
    "" when no known place follows "tại / ở / in / at". Country names count too."""
    places = _places_by_initial()
    for statement in (fact.statement_vi, fact.statement_en):
        folded = pattern_fold(statement)
        for match in _VENUE.finditer(folded):
            window = folded[match.end() : match.end() + 40]
            for name, code in places.get(window[:1], ()):
                if window.startswith(name) and not window[len(name) : len(name) + 1].isalnum():
                    return code
    return ""


@lru_cache(maxsize=1)
def _place_names() -> tuple[tuple[str, str], ...]:
    from briefer.domain.places import city_names

    names = [(pattern_fold(name), code) for name, code in city_names()]
    names += [(alias, code) for code, aliases in _HOME_ALIASES.items() for alias in aliases]
    names += [(pattern_fold(name), code) for name, code in _COUNTRY_NAMES]
    return tuple(sorted(set(names), key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def _places_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """``_place_names`` by first letter, each list in the same order (longest first): only a
    name starting with the window's first letter can start it, so each venue word ("ở",
    "at": several per fact, ~350 facts looked at per export) tries a handful of the ~360
    names, not every one (~5 ms of an export)."""
    by_initial: dict[str, list[tuple[str, str]]] = {}
    for name, code in _place_names():
        by_initial.setdefault(name[:1], []).append((name, code))
    empty = by_initial.pop("", [])  # (none today) a "" name starts every window: kept last
    return {key: (*names, *empty) for key, names in by_initial.items()} | {"": tuple(empty)}


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


# One row per visit.

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
                found.add(pattern_fold(" ".join(words[i : i + 2])))
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
    countries = {pattern_fold(c.name_vi) for c in (home, partner)} | {
        pattern_fold(c.name_en) for c in (home, partner)
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


__all__ = [
    "INBOUND",
    "OUTBOUND",
    "VISIT_DAYS",
    "group_visits",
    "meeting_venue",
    "met_elsewhere",
    "visit_direction",
]
