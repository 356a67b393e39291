"""The date reader's patterns: every way the sources write a date, as a small record.

Owns the regex parts (days, months, years, cue words), :class:`Atom` (a single date or a
span, maybe without its year yet) and the registry of patterns :data:`PATTERNS`, each with
its handler, in the order they are tried. :mod:`briefer.text.dates` picks and joins the
atoms; what each pattern reads is listed in its docstring table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from briefer.text import daytime
from briefer.text.ymd import MONTHS_EN, YMD, read_iso, valid_ymd

# --- parts of patterns ------------------------------------------------------------------

_B: Final = r"[^\S\n]"  # a blank that does not end the line (NBSP included)
_DAY: Final = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH: Final = r"(?:0?[1-9]|1[0-2])"
_YEAR: Final = r"\d{4}"
# Not glued to a word, number, decimal or other date part on the left / right.
_L: Final = r"(?<![\w.,/:\-–])"
_R: Final = r"(?![\w/]|[.,:]\d|[-–]\d)"
_DASH: Final = rf"{_B}*[-–—]{_B}*"

_MONTH_LOOKUP: Final[dict[str, int]] = {name.casefold(): i for i, name in enumerate(MONTHS_EN, 1)}
_MONTH_LOOKUP.update({name[:3].casefold(): i for i, name in enumerate(MONTHS_EN, 1)} | {"sept": 9})
_MON: Final = (  # capitalised, or capitals "AUG": "may", "march" are also English words
    r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?![a-zA-Z])\.?)"
)
_ORD: Final = r"(?:st|nd|rd|th)?"
_NUMBER_WORDS: Final = "one two three four five six seven eight nine ten eleven twelve"
_EN_NUMBERS: Final[dict[str, int]] = {w: i for i, w in enumerate(_NUMBER_WORDS.split(), 1)}
_ROMAN: Final[dict[str, int]] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_EN_QUARTERS: Final[dict[str, int]] = {"first": 1, "second": 2, "third": 3, "fourth": 4}

# Words after a four-digit number that make it a quantity, not a year ("2000 người").
_QUANTITY_AFTER: Final = (
    rf"(?!{_B}*(?:%|(?:người|năm|tháng|ngày|tuổi|tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|VNĐ|tấn|km"
    r"|ha|lượt|doanh|dự|people|million|billion|thousand|years?|tonnes?)(?![^\W\d_])))"
)
# A day/month pair is a date after one of these (or an opening parenthesis).
_CUE: Final = re.compile(
    rf"(?:(?<![^\W\d_])(?:ngày|{daytime.WORD}|hôm|từ|đến|tới|vào|trước|sau"
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
CONNECTOR: Final = re.compile(
    rf"{_B}*(?:[-–—]|(?:đến|tới|to|until|through){_B}+(?:(?:hết|cuối){_B}+)?){_B}*",
    re.IGNORECASE,
)


# --- atoms: single dates, maybe without a year yet -------------------------------------


@dataclass(slots=True)
class Atom:
    pos: int
    endpos: int
    start: YMD
    end: YMD
    kind: str  # "single" | "range" (already a range or period in itself)
    needs_cue: bool = False  # a day/month pair: a date only after a cue, or within a range
    join_only: bool = False  # "January": a date only as the start of a range

    @property
    def precision(self) -> str:
        if self.start[2] is not None:
            return "day"
        return "month" if self.start[1] is not None else "year"


_Handler = Callable[[re.Match[str], str], "Atom | None"]


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


PATTERNS: list[_Pattern] = []
# Plain substrings would let "Novic" or "Marina" through to the English patterns.
EN_MONTH_GATE: Final = re.compile(rf"(?<![\w.]){_MON}")


def _pattern(
    regex: str, needs: tuple[str, ...] = (), english: bool = False
) -> Callable[[_Handler], _Handler]:
    # Month names are matched case-sensitively ("may" and "march" are also English words);
    # the Vietnamese words are not ("Ngày", "Tháng" at the start of a sentence).
    flags = 0 if english else re.IGNORECASE

    def register(handler: _Handler) -> _Handler:
        PATTERNS.append(_Pattern(regex, flags, handler, needs, english))
        return handler

    return register


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return int(value) if value else None


def _single(match: re.Match[str], ymd: YMD) -> Atom:
    return Atom(match.start(), match.end(), ymd, ymd, "single")


def _span(match: re.Match[str], start: YMD, end: YMD) -> Atom:
    return Atom(match.start(), match.end(), start, end, "range")


@_pattern(
    rf"{_L}(?:ngày{_B}+)?(?P<d>{_DAY})(?P<sep>[/.-])(?P<m>{_MONTH})(?P=sep)(?P<y>{_YEAR}){_R}",
    ("/", "-", "."),
)
def _day_month_year(match: re.Match[str], text: str) -> Atom | None:
    if match.group("sep") == "." and not (
        match.group().casefold().startswith("ngày")
        or _STRONG_CUE.search(text, max(0, match.start() - 24), match.start())
        or text[max(0, match.start() - 3) : match.start()].casefold() == "on "
    ):
        return None  # "phiên bản 2.10.2024" is a version; "ngày 4.2.1950", "on 4.2.1950" dates
    return _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))


# "(25/6/1975-25/6/2025)", "(12.11.1975 - 12.11.2025)": two like whole dates dashed, a span.
@_pattern(
    rf"{_L}(?P<d1>{_DAY})(?P<sep>[/.])(?P<m1>{_MONTH})(?P=sep)(?P<y1>{_YEAR}){_DASH}"
    rf"(?P<d2>{_DAY})(?P=sep)(?P<m2>{_MONTH})(?P=sep)(?P<y2>{_YEAR}){_R}",
    ("/", "."),
)
def _whole_day_range(match: re.Match[str], text: str) -> Atom | None:
    ends = [(_int(match, f"y{i}"), _int(match, f"m{i}"), _int(match, f"d{i}")) for i in "12"]
    if valid_ymd(ends[1]):
        return _span(match, ends[0], ends[1])
    # (an end that is no day of the calendar, "- 29/2/2026", says nothing; the start, a whole
    # date written on its own, still stands)
    return Atom(match.start(), match.end("y1"), ends[0], ends[0], "single")


@_pattern(
    rf"{_L}(?P<ngay>ngày{_B}+)?(?P<d>{_DAY})/(?P<m>{_MONTH})"
    rf"(?:{_B}+năm{_B}+(?P<y>{_YEAR}))?{_R}",
    ("/",),
)
def _day_month(match: re.Match[str], text: str) -> Atom | None:
    atom = _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))
    if not (match.group("ngay") or match.group("y")):
        atom.needs_cue = _CUE.search(text, max(0, match.start() - 24), match.start()) is None
    return atom


# "Ngày 16-1", "Sáng 15-1", "ngày 19.1" (Tuổi Trẻ, Lao Động, Thanh Niên write the day and
# month so): a date only right after "ngày", a time of day or a weekday, since "2-3" and
# "1.5" are as often a span or a decimal.
_STRONG_CUE: Final = re.compile(
    rf"(?<![^\W\d_])(?:ngày|{daytime.WORD}|hôm|thứ{_B}+\w+,?|chủ{_B}+nhật,?)"
    rf"(?:{_B}+(?:{'|'.join(daytime.RELATIVE)}))?{_B}+\Z",
    re.IGNORECASE,
)


@_pattern(rf"{_L}(?P<d>{_DAY})(?P<sep>[.-])(?P<m>{_MONTH})(?![\w/]|[.,:-]\d)", ("-", "."))
def _day_month_dotted(match: re.Match[str], text: str) -> Atom | None:
    if _STRONG_CUE.search(text, max(0, match.start() - 24), match.start()) is None:
        return None
    return _single(match, (None, _int(match, "m"), _int(match, "d")))


@_pattern(
    rf"{_L}(?:(?P<ngay>ngày){_B}+)?(?P<d>{_DAY}){_B}+tháng{_B}+(?P<m>{_MONTH})"
    # ("26 Tháng 11 2025": a page's stamp may write the year after a space alone)
    rf"(?:(?:{_B}+năm{_B}+|{_B}*[/,]{_B}*|{_B}+(?=(?:19|20)\d\d))(?P<y>{_YEAR}))?{_R}",
    ("tháng",),
)
def _day_thang_month(match: re.Match[str], text: str) -> Atom | None:
    if not (match.group("ngay") or match.group("y")):
        return None  # "3 tháng 6" alone is as likely "3 months, 6 …"
    return _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))


@_pattern(
    rf"{_L}(?:(?P<thang>tháng){_B}+)?(?P<m>{_MONTH})"  # ("Tháng 4.2025" too)
    rf"(?:/|(?(thang){_B}+năm{_B}+|(?!))|(?(thang)[.-]|(?!)))(?P<y>{_YEAR}){_R}",
    ("/", "tháng"),
)
def _month_year(match: re.Match[str], text: str) -> Atom | None:
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
def _month_only(match: re.Match[str], text: str) -> Atom | None:
    return _single(match, (None, _int(match, "m"), None))


@_pattern(
    rf"{_L}tháng{_B}+(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})"
    rf"(?:/|{_B}+năm{_B}+)(?P<y>{_YEAR}){_R}",
    ("tháng",),
)
def _month_range(match: re.Match[str], text: str) -> Atom | None:
    year = int(match.group("y"))
    return _span(match, (year, _int(match, "m1"), None), (year, _int(match, "m2"), None))


@_pattern(
    rf"{_L}(?:(?P<nam>năm){_B}+)?(?P<y>{_YEAR})"
    rf"(?:{_DASH}(?:năm{_B}+)?(?P<y2>{_YEAR}))?{_R}{_QUANTITY_AFTER}"
)
def _year(match: re.Match[str], text: str) -> Atom | None:
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


# "Sáu tháng đầu năm 2025", "hai tháng đầu năm": a count of months written as a word.
_VI_NUMBERS: Final[dict[str, int]] = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip
_VI_COUNT: Final = "|".join(
    name.replace(" ", f"{_B}+") for name in sorted(_VI_NUMBERS, key=len, reverse=True)
)


@_pattern(
    rf"{_L}(?P<n>1[0-2]|0?[1-9]|{_VI_COUNT}){_B}+tháng(?:{_B}+(?P<part>đầu|cuối))?(?P<nam>{_B}+năm)?"
    rf"(?:{_B}+(?P<y>{_YEAR})|(?(nam){_B}+nay(?![^\W\d_])))?{_R}{_QUANTITY_AFTER}",
    ("tháng",),
)
def _months_of_year(match: re.Match[str], text: str) -> Atom | None:
    # "9 tháng 2024", "9 tháng đầu năm 2024", "6 tháng cuối năm": the first/last n months.
    if not (match.group("y") or (match.group("part") and match.group("nam"))):
        return None  # "9 tháng" alone is a duration
    n_text = " ".join(match.group("n").casefold().split())
    n = int(n_text) if n_text.isdigit() else _VI_NUMBERS[n_text]
    if not (match.group("part") or n_text.isdigit() or (match.group("nam") and match.group("y"))):
        return None  # "năm tháng 2024" is no count of months; "Tám tháng năm 2025" is
    year = _int(match, "y")
    if match.group("part") and match.group("part").casefold() == "cuối":
        return _span(match, (year, 13 - n, None), (year, 12, None))
    return _span(match, (year, 1, None), (year, n, None))


@_pattern(
    rf"{_L}quý{_B}+(?P<q>IV|I{{1,3}}|[1-4])(?![\w])"
    rf"(?:{_B}*[/-]{_B}*(?P<y>{_YEAR})|{_B}+năm{_B}+(?P<y2>{_YEAR}))?{_R}",
    ("quý",),
)
def _quarter(match: re.Match[str], text: str) -> Atom | None:
    q = match.group("q").casefold()
    quarter = int(q) if q.isdigit() else _ROMAN[q]
    year = _int(match, "y") or _int(match, "y2")
    return _span(match, (year, 3 * quarter - 2, None), (year, 3 * quarter, None))


@_pattern(
    rf"{_L}nửa{_B}+(?P<part>đầu|cuối){_B}+năm(?:{_B}+(?P<y>{_YEAR})|{_B}+nay(?![^\W\d_]))?{_R}",
    ("nửa",),
)
def _half(match: re.Match[str], text: str) -> Atom | None:
    year = _int(match, "y")
    first = match.group("part").casefold() == "đầu"
    return _span(match, (year, 1 if first else 7, None), (year, 6 if first else 12, None))


@_pattern(
    rf"{_L}(?P<ngay>ngày{_B}+)?(?P<d1>{_DAY})(?:{_DASH}|{_B}+(?P<to>đến|tới){_B}+(?:ngày{_B}+)?"
    rf"|{_B}+(?P<both>và){_B}+)"
    rf"(?P<d2>{_DAY})(?P<sep>[/.-])(?P<m>{_MONTH})"
    rf"(?:(?P=sep)(?P<y>{_YEAR}))?{_R}",
    ("/", "-", "."),
)
def _day_range(match: re.Match[str], text: str) -> Atom | None:
    if match.group("sep") != "/" and not (match.group("ngay") or match.group("to")):
        return None  # "12-16.5" is no date; "ngày 15 đến 17-1" is
    year, month = _int(match, "y"), _int(match, "m")
    if match.group("both") and (
        not match.group("ngay") or int(match.group("d2")) != int(match.group("d1")) + 1
    ):
        return None  # "ngày 1 và 2/3": two days running; "ngày 1 và 15/3" two dates
    return _span(match, (year, month, _int(match, "d1")), (year, month, _int(match, "d2")))


# (an ISO 8601 stamp's day before its time, "2025-11-16T14:22:05+00:00", is the same day)
@_pattern(
    rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>{_MONTH})-(?P<d>{_DAY})(?=T\d\d:\d\d|(?![\w-]))", ("-",)
)
def _iso_day(match: re.Match[str], text: str) -> Atom | None:
    return _single(match, (_int(match, "y"), _int(match, "m"), _int(match, "d")))


@_pattern(
    r"(?<![\w.-])(?P<a>\d{4}(?:-\d{2}){0,2})\.\.(?P<b>\d{4}(?:-\d{2}){0,2})(?![\w.-])", ("..",)
)
def _iso_interval(match: re.Match[str], text: str) -> Atom | None:
    a, b = read_iso(match.group("a")), read_iso(match.group("b"))
    if a is None or b is None:
        return None
    return _span(match, a, b)


# Spanish and Portuguese: "29 de agosto de 2025" (a partner ministry's dateline).
_ES_MONTHS: Final = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_PT_MONTHS: Final = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho",
    "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
)  # fmt: skip
_IBERIAN_MONTHS: Final[dict[str, int]] = {"setiembre": 9} | {
    m: i for months in (_ES_MONTHS, _PT_MONTHS) for i, m in enumerate(months, 1)
}


@_pattern(
    rf"(?<![\w.])(?P<d>{_DAY}){_B}+de{_B}+(?P<mes>{'|'.join(_IBERIAN_MONTHS)})"
    rf"{_B}+(?:de|del){_B}+(?P<y>{_YEAR}){_R}",
    ("de ",),
)
def _iberian_day_month_year(match: re.Match[str], text: str) -> Atom | None:
    month = _IBERIAN_MONTHS[match.group("mes").casefold()]
    return _single(match, (_int(match, "y"), month, _int(match, "d")))


# English.
@_pattern(
    rf"(?<![\w.,/-])(?P<d>{_DAY}){_ORD}(?:{_B}+of)?{_B}+{_MON}(?:,?{_B}+(?P<y>{_YEAR}))?{_R}",
    english=True,
)
def _en_day_month(match: re.Match[str], text: str) -> Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    return _single(match, (_int(match, "y"), month, _int(match, "d")))


# ("July 17th 2025", "May 3 2024": a stamp may write the year after a blank alone — a year
# of this era, and not a count, "on May 5 2000 people"; "March, 05/2026", "April 22/2025":
# a page's stamp may write the day and year with a slash, the day never read as a month)
@_pattern(
    rf"(?<![\w.]){_MON}(?:,?{_B}+(?P<ds>{_DAY})/(?P<ys>{_YEAR})|{_B}+(?P<d>{_DAY}){_ORD}"
    rf"(?:(?:,{_B}*|{_B}+(?=(?:19|20)\d\d{_QUANTITY_AFTER}))(?P<y>{_YEAR}))?){_R}",
    english=True,
)
def _en_month_day(match: re.Match[str], text: str) -> Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    day, year = _int(match, "d") or _int(match, "ds"), _int(match, "y") or _int(match, "ys")
    return _single(match, (year, month, day))


# "January 16 to 18", "January 16-18, 2025": one month, two days.
@_pattern(
    rf"(?<![\w.]){_MON}{_B}+(?P<d1>{_DAY}){_ORD}(?:{_DASH}|{_B}+(?:to|until|through){_B}+)"
    rf"(?P<d2>{_DAY}){_ORD}(?:,{_B}*(?P<y>{_YEAR}))?{_R}",
    english=True,
)
def _en_month_day_range(match: re.Match[str], text: str) -> Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    year = _int(match, "y")
    return _span(match, (year, month, _int(match, "d1")), (year, month, _int(match, "d2")))


@_pattern(rf"(?<![\w.]){_MON}(?:,?{_B}+(?P<y>{_YEAR}){_R})?", english=True)
def _en_month(match: re.Match[str], text: str) -> Atom | None:
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    atom = _single(match, (_int(match, "y"), month, None))
    # A month without a year joins a range ("March and April 2025"); after "in" it is a
    # date of the text's own year ("the state visit to Hanoi in March"), as "tháng 3" is.
    after_in = re.search(
        r"(?<![^\W\d_])in[^\S\n]+\Z", text[max(0, match.start() - 4) : match.start()]
    )
    atom.join_only = match.group("y") is None and after_in is None
    return atom


@_pattern(
    # "10-12 December 2025", "from 10 to 12 December"
    rf"(?<![\w.,/-])(?P<d1>{_DAY}){_ORD}(?:{_DASH}|{_B}+(?:to|until|through|(?P<and>and)){_B}+)"
    rf"(?P<d2>{_DAY}){_ORD}{_B}+{_MON}"
    rf"(?:,?{_B}+(?P<y>{_YEAR}))?{_R}",
    english=True,
)
def _en_day_range(match: re.Match[str], text: str) -> Atom | None:
    running = int(match.group("d2")) == int(match.group("d1")) + 1
    if match.group("and") and not (
        running or re.search(r"between\s+\Z", text[: match.start()], re.I)
    ):
        # "on 1 and 15 October" are two days; "between 13 and 16 October" a span, and so are
        # two days running, "on 27th and 28th October" (as "ngày 1 và 2/3")
        return None
    month = _MONTH_LOOKUP[match.group("mon").rstrip(".").casefold()]
    year = _int(match, "y")
    return _span(match, (year, month, _int(match, "d1")), (year, month, _int(match, "d2")))


@_pattern(
    rf"(?<![\w-])(?:the{_B}+)?first{_B}+(?P<n>\d{{1,2}}|{'|'.join(_EN_NUMBERS)}){_B}+months"
    rf"(?:{_B}+of(?:{_B}+(?:the|this){_B}+year)?(?:{_B}+(?P<y>{_YEAR}))?)?{_R}",
    ("months",),
)
def _en_first_months(match: re.Match[str], text: str) -> Atom | None:
    n_text = match.group("n").casefold()
    n = int(n_text) if n_text.isdigit() else _EN_NUMBERS[n_text]
    if not 1 <= n <= 12:
        return None
    year = _int(match, "y")
    return _span(match, (year, 1, None), (year, n, None))


# The business press's short forms: "H1 2024", "1H2024", "9M2025", "9M 2025".
@_pattern(
    rf"(?<![\w-])(?:H(?P<h>[12])|(?P<h2>[12])H|(?P<n>[1-9]|1[0-2])M){_B}*(?P<y>{_YEAR}){_R}",
    ("h1", "h2", "1h", "2h", "m2", "m 2", "m1", "m 1"),
)
def _en_short_period(match: re.Match[str], text: str) -> Atom | None:
    year = _int(match, "y")
    half = _int(match, "h") or _int(match, "h2")
    if half:
        return _span(
            match, (year, 1 if half == 1 else 7, None), (year, 6 if half == 1 else 12, None)
        )
    return _span(match, (year, 1, None), (year, _int(match, "n"), None))


@_pattern(
    rf"(?<![\w-])(?:the{_B}+)?(?P<which>first|second){_B}+half{_B}+of"
    rf"(?:{_B}+(?:the|this){_B}+year)?(?:{_B}+(?P<y>{_YEAR}))?{_R}",
    ("half",),
)
def _en_half(match: re.Match[str], text: str) -> Atom | None:
    year = _int(match, "y")
    first = match.group("which").casefold() == "first"
    return _span(match, (year, 1 if first else 7, None), (year, 6 if first else 12, None))


@_pattern(
    rf"(?<![\w-])(?:Q(?P<q>[1-4]),?{_B}*(?P<y>{_YEAR})"  # ("in Q3": the quarter of the year told)
    rf"|(?:(?<=\b[Ii]n{_B})|(?<=\b[Ff]or{_B})|(?<=\b[Dd]uring{_B}))Q(?P<qn>[1-4])"
    rf"|(?:the{_B}+)?(?P<qw>first|second|third|fourth){_B}+quarter"
    rf"(?:{_B}+of(?:{_B}+the{_B}+year)?(?:{_B}+(?P<y2>{_YEAR}))?)?){_R}",
    ("quarter", "q1", "q2", "q3", "q4"),
)
def _en_quarter(match: re.Match[str], text: str) -> Atom | None:
    q = _int(match, "q") or _int(match, "qn") or _EN_QUARTERS[match.group("qw").casefold()]
    year = _int(match, "y") or _int(match, "y2")
    return _span(match, (year, 3 * q - 2, None), (year, 3 * q, None))


ALL_NEEDS: Final = frozenset(need for pattern in PATTERNS for need in pattern.needs)

__all__ = ["ALL_NEEDS", "CONNECTOR", "EN_MONTH_GATE", "PATTERNS", "Atom"]
