"""Dates and periods in Vietnamese and English text, as partial ISO strings.

Owns: :class:`DateRef`, :func:`find_dates`, :func:`parse_date` and :func:`format_date`.

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

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

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


# --- parts of patterns ------------------------------------------------------------------

_B: Final = r"[^\S\n]"  # a blank that does not end the line (NBSP included)
_DAY: Final = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH: Final = r"(?:0?[1-9]|1[0-2])"
_YEAR: Final = r"\d{4}"
# Not glued to a word, number, decimal or other date part on the left / right.
_L: Final = r"(?<![\w.,/:\-–])"
_R: Final = r"(?![\w/]|[.,:]\d|[-–]\d)"
_DASH: Final = rf"{_B}*[-–—]{_B}*"

MONTHS_EN: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_LOOKUP: Final[dict[str, int]] = {name.casefold(): i for i, name in enumerate(MONTHS_EN, 1)}
_MONTH_LOOKUP.update({name[:3].casefold(): i for i, name in enumerate(MONTHS_EN, 1)} | {"sept": 9})
# Capitalised only: "may" and "march" are also ordinary English words.
_MON: Final = (
    r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\.?)"
)
_ORD: Final = r"(?:st|nd|rd|th)?"
_EN_NUMBERS: Final[dict[str, int]] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_ROMAN: Final[dict[str, int]] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_EN_QUARTERS: Final[dict[str, int]] = {"first": 1, "second": 2, "third": 3, "fourth": 4}

# Words after a four-digit number that make it a quantity, not a year ("2000 người").
_QUANTITY_AFTER: Final = (
    rf"(?!{_B}*(?:%|(?:người|năm|tháng|ngày|tuổi|tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|VNĐ|tấn|km"
    r"|ha|lượt|doanh|dự|people|million|billion|thousand|years?|tonnes?)(?![^\W\d_])))"
)
# A day/month pair is a date after one of these (or an opening parenthesis).
_CUE: Final = re.compile(
    rf"(?:(?<![^\W\d_])(?:ngày|sáng|chiều|tối|trưa|đêm|khuya|hôm|từ|đến|tới|vào|trước|sau"
    rf"|lúc|nay|qua|mai|thứ{_B}+\w+,?|chủ{_B}+nhật,?){_B}+|\({_B}*)\Z",
    re.IGNORECASE,
)
# A month/year pair after these is a document number ("Thông tư 12/2024"), not a date.
_DOCUMENT: Final = re.compile(
    rf"(?<![^\W\d_])(?:số|nghị định|nghị quyết|thông tư|quyết định|luật|chỉ thị|công văn"
    rf"|no\.?|decree|resolution|circular){_B}+\Z",
    re.IGNORECASE,
)
# Between two dates that form a range.
_CONNECTOR: Final = re.compile(
    rf"{_B}*(?:[-–—]|(?:đến|tới|to|until|through){_B}+(?:(?:hết|cuối){_B}+)?){_B}*",
    re.IGNORECASE,
)


# --- atoms: single dates, maybe without a year yet -------------------------------------

_YMD = tuple[int | None, int | None, int | None]  # year, month, day


@dataclass(slots=True)
class _Atom:
    pos: int
    endpos: int
    start: _YMD
    end: _YMD
    kind: str  # "single" | "range" (already a range or period in itself)
    needs_cue: bool = False  # a day/month pair: a date only after a cue, or within a range
    join_only: bool = False  # "January": a date only as the start of a range

    @property
    def precision(self) -> str:
        if self.start[2] is not None:
            return "day"
        return "month" if self.start[1] is not None else "year"


_Handler = Callable[[re.Match[str], str], "_Atom | None"]


@dataclass(slots=True)
class _Pattern:
    source: str
    flags: int
    handler: _Handler
    # Cheap prefilter: the pattern can only match if one of these (case-folded) is in the
    # text. Scanning a 10,000-character article costs about as much per pattern as all
    # these substring tests together, and most articles are Vietnamese-only or English-only.
    needs: tuple[str, ...]
    english: bool  # needs a capitalised English month name (checked once per text)
    # Compiled on first use: compiling all of them cost every process ~35 ms at start-up,
    # although most commands (`pairs`, `facts`, exports) never read a date out of text.
    compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.source, self.flags)
        return self.compiled


_PATTERNS: list[_Pattern] = []
# Plain substrings would let "Novic" or "Marina" through to the English patterns.
_EN_MONTH_GATE: Final = re.compile(rf"(?<![\w.]){_MON}")


def _pattern(
    regex: str, needs: tuple[str, ...] = (), english: bool = False
) -> Callable[[_Handler], _Handler]:
    # Month names are matched case-sensitively ("may" and "march" are also English words);
    # the Vietnamese words are not ("Ngày", "Tháng" at the start of a sentence).
    flags = 0 if english else re.IGNORECASE

    def register(handler: _Handler) -> _Handler:
        _PATTERNS.append(_Pattern(regex, flags, handler, needs, english))
        return handler

    return register


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return int(value) if value else None


def _single(match: re.Match[str], ymd: _YMD) -> _Atom:
    return _Atom(match.start(), match.end(), ymd, ymd, "single")


def _span(match: re.Match[str], start: _YMD, end: _YMD) -> _Atom:
    return _Atom(match.start(), match.end(), start, end, "range")


@_pattern(
    rf"{_L}(?:ngày{_B}+)?(?P<d>{_DAY})(?P<sep>[/-])(?P<m>{_MONTH})(?P=sep)(?P<y>{_YEAR}){_R}",
    ("/", "-"),
)
def _day_month_year(match: re.Match[str], text: str) -> _Atom | None:
    return _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))


@_pattern(
    rf"{_L}(?P<ngay>ngày{_B}+)?(?P<d>{_DAY})/(?P<m>{_MONTH})"
    rf"(?:{_B}+năm{_B}+(?P<y>{_YEAR}))?{_R}",
    ("/",),
)
def _day_month(match: re.Match[str], text: str) -> _Atom | None:
    atom = _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))
    if not (match.group("ngay") or match.group("y")):
        atom.needs_cue = _CUE.search(text, max(0, match.start() - 24), match.start()) is None
    return atom


@_pattern(
    rf"{_L}(?:(?P<ngay>ngày){_B}+)?(?P<d>{_DAY}){_B}+tháng{_B}+(?P<m>{_MONTH})"
    rf"(?:(?:{_B}+năm{_B}+|{_B}*[/,]{_B}*)(?P<y>{_YEAR}))?{_R}",
    ("tháng",),
)
def _day_thang_month(match: re.Match[str], text: str) -> _Atom | None:
    if not (match.group("ngay") or match.group("y")):
        return None  # "3 tháng 6" alone is as likely "3 months, 6 …"
    return _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))


@_pattern(
    rf"{_L}(?:(?P<thang>tháng){_B}+)?(?P<m>{_MONTH})"
    rf"(?:/|(?(thang){_B}+năm{_B}+|(?!))|(?(thang)-|(?!)))(?P<y>{_YEAR}){_R}",
    ("/", "tháng"),
)
def _month_year(match: re.Match[str], text: str) -> _Atom | None:
    year = int(match.group("y"))
    if not match.group("thang"):
        # A bare "7/1998" is a month in running text, unless it numbers a document or is
        # an implausible year for one.
        if not 1900 <= year <= 2099:
            return None
        if _DOCUMENT.search(text, max(0, match.start() - 16), match.start()):
            return None
    return _single(match, (year, _int(match, "m"), None))


@_pattern(rf"{_L}tháng{_B}+(?P<m>{_MONTH})(?![\w/]|[.,:-]\d|{_B}+năm{_B}+\d)", ("tháng",))
def _month_only(match: re.Match[str], text: str) -> _Atom | None:
    return _single(match, (None, _int(match, "m"), None))


@_pattern(
    rf"{_L}tháng{_B}+(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})"
    rf"(?:/|{_B}+năm{_B}+)(?P<y>{_YEAR}){_R}",
    ("tháng",),
)
def _month_range(match: re.Match[str], text: str) -> _Atom | None:
    year = int(match.group("y"))
    return _span(match, (year, _int(match, "m1"), None), (year, _int(match, "m2"), None))


@_pattern(
    rf"{_L}(?:(?P<nam>năm){_B}+)?(?P<y>{_YEAR})"
    rf"(?:{_DASH}(?:năm{_B}+)?(?P<y2>{_YEAR}))?{_R}{_QUANTITY_AFTER}"
)
def _year(match: re.Match[str], text: str) -> _Atom | None:
    year = int(match.group("y"))
    plausible = range(1000, 3000) if match.group("nam") else range(1900, 2100)
    if year not in plausible:
        return None
    if not match.group("nam") and _DOCUMENT.search(text, max(0, match.start() - 16), match.start()):
        return None
    if match.group("y2"):
        last = int(match.group("y2"))
        if not year < last < 3000:
            return None
        return _span(match, (year, None, None), (last, None, None))
    return _single(match, (year, None, None))


@_pattern(
    rf"{_L}(?P<n>1[0-2]|0?[1-9]){_B}+tháng(?:{_B}+(?P<part>đầu|cuối))?(?P<nam>{_B}+năm)?"
    rf"(?:{_B}+(?P<y>{_YEAR}))?{_R}{_QUANTITY_AFTER}",
    ("tháng",),
)
def _months_of_year(match: re.Match[str], text: str) -> _Atom | None:
    # "9 tháng 2024", "9 tháng đầu năm 2024", "6 tháng cuối năm": the first/last n months.
    if not (match.group("y") or (match.group("part") and match.group("nam"))):
        return None  # "9 tháng" alone is a duration
    n = int(match.group("n"))
    year = _int(match, "y")
    if match.group("part") and match.group("part").casefold() == "cuối":
        return _span(match, (year, 13 - n, None), (year, 12, None))
    return _span(match, (year, 1, None), (year, n, None))


@_pattern(
    rf"{_L}quý{_B}+(?P<q>IV|I{{1,3}}|[1-4])(?![\w])"
    rf"(?:{_B}*[/-]{_B}*(?P<y>{_YEAR})|{_B}+năm{_B}+(?P<y2>{_YEAR}))?{_R}",
    ("quý",),
)
def _quarter(match: re.Match[str], text: str) -> _Atom | None:
    q = match.group("q").casefold()
    quarter = int(q) if q.isdigit() else _ROMAN[q]
    year = _int(match, "y") or _int(match, "y2")
    return _span(match, (year, 3 * quarter - 2, None), (year, 3 * quarter, None))


@_pattern(rf"{_L}nửa{_B}+(?P<part>đầu|cuối){_B}+năm(?:{_B}+(?P<y>{_YEAR}))?{_R}", ("nửa",))
def _half(match: re.Match[str], text: str) -> _Atom | None:
    year = _int(match, "y")
    first = match.group("part").casefold() == "đầu"
    return _span(match, (year, 1 if first else 7, None), (year, 6 if first else 12, None))


@_pattern(
    rf"{_L}(?:ngày{_B}+)?(?P<d1>{_DAY})(?:{_DASH}|{_B}+(?:đến|tới){_B}+(?:ngày{_B}+)?)"
    rf"(?P<d2>{_DAY})/(?P<m>{_MONTH})"
    rf"(?:/(?P<y>{_YEAR}))?{_R}",
    ("/",),
)
def _day_range(match: re.Match[str], text: str) -> _Atom | None:
    year, month = _int(match, "y"), _int(match, "m")
    return _span(match, (year, month, _int(match, "d1")), (year, month, _int(match, "d2")))


@_pattern(rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>{_MONTH})-(?P<d>{_DAY})(?![\w-])", ("-",))
def _iso_day(match: re.Match[str], text: str) -> _Atom | None:
    return _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))


@_pattern(
    r"(?<![\w.-])(?P<a>\d{4}(?:-\d{2}){0,2})\.\.(?P<b>\d{4}(?:-\d{2}){0,2})(?![\w.-])", ("..",)
)
def _iso_interval(match: re.Match[str], text: str) -> _Atom | None:
    a, b = _read_iso(match.group("a")), _read_iso(match.group("b"))
    if a is None or b is None:
        return None
    return _span(match, a, b)


# English.
@_pattern(
    rf"(?<![\w.,/-])(?P<d>{_DAY}){_ORD}{_B}+{_MON}(?:,?{_B}+(?P<y>{_YEAR}))?{_R}",
    english=True,
)
def _en_day_month(match: re.Match[str], text: str) -> _Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    return _single(match, (_int(match, "y"), month, _int(match, "d")))


@_pattern(rf"(?<![\w.]){_MON}{_B}+(?P<d>{_DAY}){_ORD}(?:,{_B}*(?P<y>{_YEAR}))?{_R}", english=True)
def _en_month_day(match: re.Match[str], text: str) -> _Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    return _single(match, (_int(match, "y"), month, _int(match, "d")))


@_pattern(rf"(?<![\w.]){_MON}(?:,?{_B}+(?P<y>{_YEAR}){_R})?", english=True)
def _en_month(match: re.Match[str], text: str) -> _Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    atom = _single(match, (_int(match, "y"), month, None))
    atom.join_only = match.group("y") is None
    return atom


@_pattern(
    rf"(?<![\w.,/-])(?P<d1>{_DAY}){_ORD}{_DASH}(?P<d2>{_DAY}){_ORD}{_B}+{_MON}"
    rf"(?:,?{_B}+(?P<y>{_YEAR}))?{_R}",
    english=True,
)
def _en_day_range(match: re.Match[str], text: str) -> _Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    year = _int(match, "y")
    return _span(match, (year, month, _int(match, "d1")), (year, month, _int(match, "d2")))


@_pattern(
    rf"(?<![\w-])(?:the{_B}+)?first{_B}+(?P<n>\d{{1,2}}|{'|'.join(_EN_NUMBERS)}){_B}+months"
    rf"(?:{_B}+of(?:{_B}+the{_B}+year)?(?:{_B}+(?P<y>{_YEAR}))?)?{_R}",
    ("months",),
)
def _en_first_months(match: re.Match[str], text: str) -> _Atom | None:
    n_text = match.group("n").casefold()
    n = int(n_text) if n_text.isdigit() else _EN_NUMBERS[n_text]
    if not 1 <= n <= 12:
        return None
    year = _int(match, "y")
    return _span(match, (year, 1, None), (year, n, None))


@_pattern(
    rf"(?<![\w-])(?:the{_B}+)?(?P<which>first|second){_B}+half{_B}+of"
    rf"(?:{_B}+the{_B}+year)?(?:{_B}+(?P<y>{_YEAR}))?{_R}",
    ("half",),
)
def _en_half(match: re.Match[str], text: str) -> _Atom | None:
    year = _int(match, "y")
    first = match.group("which").casefold() == "first"
    return _span(match, (year, 1 if first else 7, None), (year, 6 if first else 12, None))


@_pattern(
    rf"(?<![\w-])(?:Q(?P<q>[1-4]),?{_B}*(?P<y>{_YEAR})"
    rf"|(?:the{_B}+)?(?P<qw>first|second|third|fourth){_B}+quarter"
    rf"(?:{_B}+of(?:{_B}+the{_B}+year)?(?:{_B}+(?P<y2>{_YEAR}))?)?){_R}",
    ("quarter", "q1", "q2", "q3", "q4"),
)
def _en_quarter(match: re.Match[str], text: str) -> _Atom | None:
    q = _int(match, "q") or _EN_QUARTERS[match.group("qw").casefold()]
    year = _int(match, "y") or _int(match, "y2")
    return _span(match, (year, 3 * q - 2, None), (year, 3 * q, None))


# --- from atoms to DateRefs -------------------------------------------------------------


def _read_iso(iso: str) -> _YMD | None:
    parts = iso.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    if len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    ymd = (year, month, day)
    return ymd if _valid(ymd) else None


def _valid(ymd: _YMD) -> bool:
    year, month, day = ymd
    if year is None or not 1 <= year <= 9999:
        return False
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _iso(ymd: _YMD) -> str:
    year, month, day = ymd
    out = f"{year:04d}"
    if month is not None:
        out += f"-{month:02d}"
    if day is not None:
        out += f"-{day:02d}"
    return out


def _candidates(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    folded = text.casefold()
    english = _EN_MONTH_GATE.search(text) is not None
    for pattern in _PATTERNS:
        if pattern.needs and not any(need in folded for need in pattern.needs):
            continue
        if pattern.english and not english:
            continue
        for match in pattern.regex.finditer(text):
            atom = pattern.handler(match, text)
            if atom is not None:
                atoms.append(atom)
    # Leftmost, then longest: "tháng 5/2007" beats "5/2007", "ngày 14/11/2024" beats "14/11".
    atoms.sort(key=lambda a: (a.pos, -(a.endpos - a.pos)))
    chosen: list[_Atom] = []
    end = 0
    for atom in atoms:
        if atom.pos >= end:
            chosen.append(atom)
            end = atom.endpos
    return chosen


def _key(ymd: _YMD) -> tuple[int, int, int]:
    """An order on dates of one precision; a missing year sorts as if shared."""
    return (ymd[0] or 0, ymd[1] or 0, ymd[2] or 0)


def _fill(ymd: _YMD, other: _YMD) -> _YMD:
    """``ymd`` with its missing year taken from ``other`` (the far end of its range)."""
    return (other[0], ymd[1], ymd[2]) if ymd[0] is None else ymd


def _joined(text: str, atoms: list[_Atom]) -> Iterator[_Atom]:
    """Merge "30/11 - 2/12/2024", "January–September 2024", "năm 2014 đến năm 2024"."""
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if i + 1 < len(atoms):
            nxt = atoms[i + 1]
            between = _CONNECTOR.fullmatch(text, atom.endpos, nxt.pos)
            if (
                between is not None
                and atom.kind == nxt.kind == "single"
                and atom.precision == nxt.precision
            ):
                start = _fill(atom.start, nxt.start)
                if (start[0] is None) == (nxt.start[0] is None) and _key(start) < _key(nxt.start):
                    yield _Atom(atom.pos, nxt.endpos, start, nxt.end, "range")
                    i += 2
                    continue
        yield atom
        i += 1


def find_dates(text: str, context_year: int | None = None) -> list[DateRef]:
    """Every date, date range and period in ``text``, in order, with offsets.

    ``context_year`` (the year the source was published) completes dates written without
    one ("sáng 25/8", "12 - 16/11", "6 tháng đầu năm"); without it they are skipped.
    """
    refs: list[DateRef] = []
    for atom in _joined(text, _candidates(text)):
        if atom.kind == "single" and (atom.needs_cue or atom.join_only):
            continue
        start = _fill(atom.start, atom.end)
        end = _fill(atom.end, start)
        if start[0] is None and context_year is not None:
            start = (context_year, start[1], start[2])
            end = (context_year, end[1], end[2])
        if not (_valid(start) and _valid(end)) or _key(end) < _key(start):
            continue
        refs.append(
            DateRef(
                _iso(start),
                _iso(end),
                text[atom.pos : atom.endpos],
                atom.pos,
                atom.endpos,
                atom.precision,
            )
        )
    return refs


def parse_date(text: str, context_year: int | None = None) -> DateRef | None:
    """The first date in ``text`` (see :func:`find_dates`), or None."""
    found = find_dates(text, context_year)
    return found[0] if found else None


# --- writing dates ----------------------------------------------------------------------


def _parse_iso_or_range(iso: str) -> tuple[_YMD, _YMD]:
    first, sep, last = iso.strip().partition("..")
    start = _read_iso(first)
    end = _read_iso(last) if sep else start
    if start is None or end is None:
        raise ValueError(f"not an ISO date, month, year or range of them: {iso!r}")
    if (start[1] is None) != (end[1] is None) or (start[2] is None) != (end[2] is None):
        raise ValueError(f"the two ends of {iso!r} have different precisions")
    if _key(end) < _key(start):
        raise ValueError(f"{iso!r} ends before it starts")
    return start, end


def _month_name(month: int | None) -> str:
    assert month is not None
    return MONTHS_EN[month - 1]


def _format_single(ymd: _YMD, lang: str, bare: bool) -> str:
    year, month, day = ymd
    if day is not None:
        return f"{day}/{month}/{year}" if lang == "vi" else f"{day} {_month_name(month)} {year}"
    if month is not None:
        if lang == "vi":
            return f"{month}/{year}" if bare else f"tháng {month}/{year}"
        return f"{_month_name(month)} {year}"
    return str(year) if bare or lang != "vi" else f"năm {year}"


def _format_days(start: _YMD, end: _YMD, lang: str) -> str:
    (y1, m1, d1), (y2, m2, d2) = start, end
    if lang == "vi":
        if (y1, m1) == (y2, m2):
            return f"{d1}-{d2}/{m1}/{y1}"
        if y1 == y2:
            return f"{d1}/{m1} - {d2}/{m2}/{y2}"
        return f"{d1}/{m1}/{y1} - {d2}/{m2}/{y2}"
    if (y1, m1) == (y2, m2):
        return f"{d1}–{d2} {_month_name(m1)} {y1}"
    if y1 == y2:
        return f"{d1} {_month_name(m1)} – {d2} {_month_name(m2)} {y2}"
    return f"{d1} {_month_name(m1)} {y1} – {d2} {_month_name(m2)} {y2}"


_ROMAN_OUT: Final = ("I", "II", "III", "IV")


def _format_months(start: _YMD, end: _YMD, lang: str, bare: bool) -> str:
    (y1, m1, _), (y2, m2, _) = start, end
    assert m1 is not None and m2 is not None
    if y1 != y2:
        if lang == "vi":
            prefix = "" if bare else "tháng "
            return f"{prefix}{m1}/{y1} - {prefix}{m2}/{y2}"
        return f"{_month_name(m1)} {y1} – {_month_name(m2)} {y2}"
    if lang != "vi":
        return f"{_month_name(m1)}–{_month_name(m2)} {y1}"
    if m1 % 3 == 1 and m2 == m1 + 2:
        return f"quý {_ROMAN_OUT[m1 // 3]}/{y1}"
    if m1 == 1:
        return f"{m2} tháng {y1}" if bare else f"{m2} tháng đầu năm {y1}"
    if m2 == 12:
        return f"{13 - m1} tháng cuối năm {y1}"
    return f"tháng {m1}-{m2}/{y1}"


def format_date(iso: str, lang: str, bare: bool = False) -> str:
    """Write an ISO date, month, year, range or period as the briefs do.

    ``"1971-03-25"`` → "25/3/1971" / "25 March 1971"; ``"2007-05"`` → "tháng 5/2007" /
    "May 2007"; ``"1994"`` → "năm 1994" / "1994"; ``"2024-01..2024-09"`` →
    "9 tháng đầu năm 2024" / "January–September 2024"; ``"2014..2024"`` → "2014-2024".
    ``bare=True`` drops the Vietnamese "tháng"/"năm" prefixes ("5/2007", "1994",
    "9 tháng 2024") for callers that write their own. Raises ValueError on anything that
    is not such an ISO string.
    """
    lang = "vi" if lang == "vi" else "en"
    start, end = _parse_iso_or_range(iso)
    if start == end:
        return _format_single(start, lang, bare)
    if start[2] is not None:
        return _format_days(start, end, lang)
    if start[1] is not None:
        return _format_months(start, end, lang, bare)
    return f"{start[0]}-{end[0]}" if lang == "vi" else f"{start[0]}–{end[0]}"


__all__ = ["PRECISIONS", "DateRef", "find_dates", "format_date", "parse_date"]
