"""Dates and periods in Vietnamese and English text, as partial ISO strings.

Owns: :class:`DateRef`, :func:`find_dates` and :func:`parse_date` (which atoms the patterns
of :mod:`~briefer.text.datepatterns` found make the dates of a text); :func:`format_date`
lives in :mod:`~briefer.text.dateformat` and is re-exported here.

What the sources write, and what it becomes (``start``/``end``, ``precision``):

========================================  =================================  =======
"25/3/1971", "ngày 25 tháng 3 năm 1971"   1971-03-25                         day
"tháng 5/2007", "(7/1998)", "May 2007"    2007-05                            month
"năm 1994", "APEC 2024", "1994"           1994                               year
"25-27/8/2024", "25–27 August 2024"       2024-08-25 .. 2024-08-27           day
"12 - 16/11", "sáng 25/8"                 needs ``context_year``             day
"9 tháng (đầu năm) 2024", "quý III/2024"  2024-01 .. 2024-09, 2024-07 .. 09  month
"2014-2024", "từ năm 2014 đến năm 2024"   2014 .. 2024                       year
========================================  =================================  =======

A date without a year ("30/11") is reported only when the caller gives ``context_year``
(the year the source was published); it is never guessed. Day/month pairs also need a word
that makes them a date ("ngày", "sáng", "từ", "(" …), since "2/3" is as often a fraction.
Periods and ranges are written ``start..end`` by :attr:`DateRef.iso` and read back by
:func:`format_date`, which is how facts store them (``2024-01..2024-09``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from briefer.text.dateformat import format_date
from briefer.text.datepatterns import ALL_NEEDS, CONNECTOR, EN_MONTH_GATE, PATTERNS, Atom
from briefer.text.ymd import MONTHS_EN, YMD, valid_ymd, ymd_iso, ymd_key

PRECISIONS: Final = ("day", "month", "year")


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date, range or period found in text: ``source[pos:endpos] == text``.

    ``start``/``end`` are ISO dates cut to ``precision`` ("1971-03-25", "2007-05", "1994");
    ``end == start`` for a single date.
    """

    start: str
    end: str
    text: str
    pos: int
    endpos: int
    precision: str  # "day" | "month" | "year"

    @property
    def iso(self) -> str:
        """``start`` for a single date, ``"start..end"`` for a range or period."""
        return self.start if self.end == self.start else f"{self.start}..{self.end}"


# --- from atoms to DateRefs -------------------------------------------------------------


def _candidates(text: str) -> list[Atom]:
    atoms: list[Atom] = []
    folded = text.casefold()
    english = EN_MONTH_GATE.search(text) is not None
    present = {need for need in ALL_NEEDS if need in folded}  # each substring tested once
    for pattern in PATTERNS:
        if pattern.needs and present.isdisjoint(pattern.needs):
            continue
        if pattern.english and not english:
            continue
        for match in pattern.regex.finditer(text):
            atom = pattern.handler(match, text)
            if atom is not None:
                atoms.append(atom)
    # Leftmost, then longest: "tháng 5/2007" beats "5/2007", "ngày 14/11/2024" beats "14/11".
    atoms.sort(key=lambda a: (a.pos, -(a.endpos - a.pos)))
    chosen: list[Atom] = []
    end = 0
    for atom in atoms:
        if atom.pos >= end:
            chosen.append(atom)
            end = atom.endpos
    return chosen


_AND: Final = re.compile(r"\s+(?:and|và)\s+(?:năm\s+)?", re.IGNORECASE)
_BETWEEN: Final = re.compile(r"(?<![^\W\d_])(?:between|giữa)\s+\Z", re.IGNORECASE)


def _fill(ymd: YMD, other: YMD) -> YMD:
    """``ymd`` with its missing year taken from ``other`` (the far end of its range)."""
    return (other[0], ymd[1], ymd[2]) if ymd[0] is None else ymd


# "November 18 and 19(, 2025)": the month first, then a second day joined by "and".
_AND_DAY: Final = re.compile(
    r"[^\S\n]+and[^\S\n]+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,[^\S\n]*(?P<y>(?:19|20)\d\d))?"
    r"(?![\w/.-]|,?[^\S\n]*\d)"
    # (a count after it is no day: "November 18 and 19 percent", "… and 19 firms")
    r"(?![^\S\n]*(?:%|percent|per|million|billion|thousand|people|companies|firms|tonnes?"
    r"|years?|days?|units?)\b)"
)


def _and_next_day(text: str, atom: Atom) -> Atom:
    """A month-first day with the day after it joined by "and" ("on November 18 and 19"):
    the two days running, as "18 and 19 November" and "ngày 18 và 19/11" are read; two days
    apart ("March 3 and 17") stay two dates."""
    joined = _AND_DAY.match(text, atom.endpos)
    y, m, d = atom.start
    if joined is None or atom.kind != "single" or d is None or not text[atom.pos].isalpha():
        return atom
    # (a year written before "and" closed the date: "November 18, 2025 and 19 …")
    if int(joined.group("d")) != d + 1 or y is not None or not valid_ymd((2000, m, d + 1)):
        return atom
    year = int(joined.group("y")) if joined.group("y") else None
    return Atom(atom.pos, joined.end(), (year, m, d), (year, m, d + 1), "range")


def _lone_start(atom: Atom, nxt: Atom) -> bool:
    """A whole date ("29/2/1992") before an end that is no day of the calendar ("- 29/2/2026":
    2026 has no 29 February): the start stands alone, the end says nothing, rather than the
    range falling whole."""
    whole = atom.start[0] is not None and valid_ymd(atom.start)
    return whole and nxt.start[0] is not None and not valid_ymd(nxt.start)


def _next_months(atom: Atom, nxt: Atom) -> bool:
    """Two months running of one year joined by "and" ("tháng 1 và tháng 2 năm 2025",
    "January and February 2025"): the two together are one span of months, as "January to
    February" is; months apart ("January and March") stay two dates."""
    one, two = atom.start, nxt.start
    return (
        atom.precision == nxt.precision == "month"
        and one[0] is None
        and one[1] is not None
        and two[1] == one[1] + 1
    )


def _joined(text: str, atoms: list[Atom]) -> Iterator[Atom]:
    """Merge "30/11 - 2/12/2024", "January–September 2024", "năm 2014 đến năm 2024"."""
    i = 0
    while i < len(atoms):
        atom = _and_next_day(text, atoms[i])
        if atom.endpos > atoms[i].endpos:
            # (what the joined day covers goes with it: the year of "… and 19, 2025")
            rest = [a for a in atoms[i + 1 :] if a.pos >= atom.endpos]
            atoms = [*atoms[:i], atom, *rest]
        if i + 1 < len(atoms):
            nxt = atoms[i + 1]
            between = CONNECTOR.fullmatch(text, atom.endpos, nxt.pos) or (
                # "between 2019 and 2023", "giữa năm 2019 và năm 2023": a span too
                _AND.fullmatch(text, atom.endpos, nxt.pos)
                if _BETWEEN.search(text, max(0, atom.pos - 12), atom.pos) or _next_months(atom, nxt)
                else None
            )
            if (
                between is not None
                and atom.kind == nxt.kind == "single"
                and atom.precision == nxt.precision
                and not _lone_start(atom, nxt)
            ):
                start = _fill(atom.start, nxt.start)
                if (start[0] is None) == (nxt.start[0] is None) and ymd_key(start) < ymd_key(
                    nxt.start
                ):
                    yield Atom(atom.pos, nxt.endpos, start, nxt.end, "range")
                    i += 2
                    continue
        yield atom
        i += 1


# "the January-October period of 2025", "the March–May period in 2024": a run of months
# whose year comes after the word "period".
_PERIOD_OF: Final = re.compile(r"[^\S\n]+period[^\S\n]+(?:of|in)[^\S\n]+", re.IGNORECASE)


def _period_of_year(text: str, atoms: Iterator[Atom]) -> Iterator[Atom]:
    """Give a run of months told without its year the year told after "period of"."""
    pending: Atom | None = None
    for atom in atoms:
        if (
            pending is not None
            and atom.kind == "single"
            and atom.precision == "year"
            and _PERIOD_OF.fullmatch(text, pending.endpos, atom.pos)
        ):
            year = atom.start[0]
            start, end = pending.start, pending.end
            yield Atom(pending.pos, atom.endpos, (year, *start[1:]), (year, *end[1:]), "range")
            pending = None
            continue
        if pending is not None:
            yield pending
            pending = None
        if atom.kind == "range" and atom.precision == "month" and atom.start[0] is None:
            pending = atom
        else:
            yield atom
    if pending is not None:
        yield pending


def find_dates(text: str, context_year: int | None = None) -> list[DateRef]:
    """Every date, date range and period in ``text``, in order, with offsets.

    ``context_year`` (the year the source was published) completes dates written without
    one ("sáng 25/8", "12 - 16/11", "6 tháng đầu năm"); without it they are skipped.
    """
    refs: list[DateRef] = []
    for atom in _period_of_year(text, _joined(text, _candidates(text))):
        if atom.kind == "single" and (atom.needs_cue or atom.join_only):
            continue
        start = _fill(atom.start, atom.end)
        end = _fill(atom.end, start)
        if start[0] is None and context_year is not None:
            start = (context_year, start[1], start[2])
            end = (context_year, end[1], end[2])
        if not (valid_ymd(start) and valid_ymd(end)) or ymd_key(end) < ymd_key(start):
            continue
        refs.append(
            DateRef(
                ymd_iso(start),
                ymd_iso(end),
                text[atom.pos : atom.endpos],
                atom.pos,
                atom.endpos,
                atom.precision,
            )
        )
    return refs


# "on Wednesday", "last Monday", "hôm thứ Tư", "vào Chủ nhật": a day of the article's week.
_WEEKDAY: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:on|last|this|next)\s+(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|(?:hôm|vào)\s+(?P<vi>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# "… came into force today.", "…, the ministry said yesterday": the day of the report or
# the one before; only at a clause's end ("Vietnam today is …" means nowadays), or before
# where or when it happened ("signed … yesterday at the Ministry", "… yesterday in Lima").
_NEAR_DAY: Final = re.compile(
    # ("signed in Suva this morning during …": a part of the report's own day)
    r"(?<![^\W\d_])(?P<w>today|yesterday|this\s+(?:morning|afternoon|evening))"
    r"(?=\s*(?:[,.;]|$)|\s+(?:at|in|during|after|before|when|while)\s)",
    re.I,
)
# A clause that tells of what is still to come ("will travel on Monday", "the visit ends on
# Sunday", "sẽ … vào thứ Hai", "next Tuesday"): its weekday is the next such day, not the last.
_AHEAD: Final = re.compile(
    r"(?<![^\W\d_])(?:will|shall|next|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to"
    r"|ends|begins|starts|opens|closes|sẽ|sắp|dự\s+kiến|tuần\s+tới)(?![^\W\d_])",
    re.IGNORECASE,
)
# "from Sunday to Wednesday", "từ thứ Hai đến thứ Năm": a span of days of the article's week.
_DAY_NAME: Final = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
)
_WEEKDAY_SPAN: Final = re.compile(
    rf"(?<![^\W\d_])(?:from|từ)\s+(?P<a>{_DAY_NAME})\s+(?:to|until|through|till|đến|tới)\s+"
    rf"(?P<b>{_DAY_NAME})(?![^\W\d_])",
    re.IGNORECASE,
)
_EN_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
_VI_WEEKDAYS: Final = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy")


def _weekday_index(word: str) -> int:
    """Monday 0 … Sunday 6 for an English or Vietnamese weekday's name."""
    name = " ".join(word.casefold().split())
    for names in (_EN_WEEKDAYS, _VI_WEEKDAYS):
        if name in names:
            return names.index(name)
    return 6  # Sunday, "chủ nhật"


def _weekday_near(day: date, wanted: int, ahead: bool) -> date:
    """The latest such weekday on or before ``day``, or the next one on or after it when
    the clause tells of what is to come."""
    if ahead:
        return day + timedelta(days=(wanted - day.weekday()) % 7)
    return day - timedelta(days=(day.weekday() - wanted) % 7)


def weekday_dates(text: str, published: str) -> list[DateRef]:
    """Days named by their weekday ("on Wednesday", "hôm thứ Tư"), as the latest such day on
    or before ``published`` (an ISO day: a report tells of its own week), or the next such
    day when the clause tells of what is to come ("will leave on Monday"); "today" and
    "yesterday" at a clause's end, as that day and the one before."""
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return []
    refs = []
    for match in _WEEKDAY_SPAN.finditer(text):
        # "is on a state visit … from Sunday to Wednesday": the span's first day is read as
        # a lone weekday is; its last, the first such day after it
        clause = re.split(r"[.;!?]\s", text[: match.end()])[-1]
        first = _weekday_near(day, _weekday_index(match.group("a")), bool(_AHEAD.search(clause)))
        last = first + timedelta(days=(_weekday_index(match.group("b")) - first.weekday()) % 7)
        at, end = match.start("a"), match.end("b")
        refs.append(DateRef(first.isoformat(), last.isoformat(), text[at:end], at, end, "day"))
    for match in _WEEKDAY.finditer(text):
        wanted = _weekday_index(match.group("en") or match.group("vi"))
        clause = re.split(r"[.;!?]\s", text[: match.end()])[-1]
        when = _weekday_near(day, wanted, bool(_AHEAD.search(clause)))
        word = match.group("en") or match.group("vi")
        at = match.start("en") if match.group("en") else match.start("vi")
        refs.append(DateRef(when.isoformat(), when.isoformat(), word, at, at + len(word), "day"))
    for match in _NEAR_DAY.finditer(text):
        when = day - timedelta(days=match.group("w").casefold() == "yesterday")
        refs.append(
            DateRef(when.isoformat(), when.isoformat(), match.group("w"), *match.span(), "day")
        )
    return sorted(refs, key=lambda r: r.pos)


def parse_date(text: str, context_year: int | None = None) -> DateRef | None:
    """The first date in ``text`` (see :func:`find_dates`), or None."""
    found = find_dates(text, context_year)
    return found[0] if found else None


__all__ = [
    "MONTHS_EN",
    "PRECISIONS",
    "DateRef",
    "find_dates",
    "format_date",
    "parse_date",
    "weekday_dates",
]
