"""The date reader's patterns: every way the sources write a date, as a small record.

Owns the Vietnamese and numeric patterns and their cue words, and the registry
:data:`PATTERNS`: these, then the month names spelled out of
:mod:`briefer.text.datepatterns_vimonths` and the English ones of
:mod:`briefer.text.datepatterns_en`, each with its handler, in the order they are tried
(the shared regex parts and :class:`Atom` are in :mod:`briefer.text.dateparts`).
:mod:`briefer.text.dates` picks and joins the atoms; what each pattern reads is listed in
its docstring table.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text import daytime
from briefer.text.dateparts import DASH as _DASH
from briefer.text.dateparts import DAY as _DAY
from briefer.text.dateparts import MONTH as _MONTH
from briefer.text.dateparts import QUANTITY_AFTER as _QUANTITY_AFTER
from briefer.text.dateparts import VI_NUMBERS, Atom, Pattern, registrar, word_alternation
from briefer.text.dateparts import YEAR as _YEAR
from briefer.text.dateparts import B as _B
from briefer.text.dateparts import L as _L
from briefer.text.dateparts import R as _R
from briefer.text.dateparts import int_group as _int
from briefer.text.dateparts import single as _single
from briefer.text.dateparts import span as _span
from briefer.text.datepatterns_en import EN_MONTH_GATE, ENGLISH_PATTERNS
from briefer.text.datepatterns_vimonths import VI_WORD_PATTERNS
from briefer.text.ymd import read_iso, valid_ymd

_ROMAN: Final[dict[str, int]] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
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
# A number after these counts or ranks ("lần thứ 3 tháng 5/2025": the third round, held in
# May), so it is no day of the month that follows.
_ORDINAL: Final = re.compile(
    rf"(?<![^\W\d_])(?:thứ|lần|khóa|kỳ|phiên|số){_B}+\Z",
    re.IGNORECASE,
)
# Between two dates that form a range.
CONNECTOR: Final = re.compile(
    rf"{_B}*(?:[-–—]|(?:đến|tới|to|until|through){_B}+(?:(?:hết|cuối){_B}+)?){_B}*",
    re.IGNORECASE,
)

_OWN: list[Pattern] = []
_pattern = registrar(_OWN)


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
    if not match.group("ngay") and _ORDINAL.search(text, max(0, match.start() - 8), match.start()):
        return None  # (then "tháng 5/2025" alone is the date)
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
    # ("từ tháng 1 - 9, …": without its year, a run of the text's year, as "tháng 1 đến
    # tháng 9" is)
    rf"(?:(?:/|{_B}+năm{_B}+)(?P<y>{_YEAR}))?{_R}",
    ("tháng",),
)
def _month_range(match: re.Match[str], text: str) -> Atom | None:
    year = _int(match, "y")
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
_VI_COUNT: Final = word_alternation(VI_NUMBERS)


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
    n = int(n_text) if n_text.isdigit() else VI_NUMBERS[n_text]
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


# "từ ngày 15 đến 18 tháng 5 năm 2026", "ngày 2 - 4 tháng 7/2025": a run of days with the
# month written out after the last one (without "ngày" or a year, "3 - 5 tháng 6" may count
# months).
@_pattern(
    rf"{_L}(?P<ngay>ngày{_B}+)?(?P<d1>{_DAY})(?:{_DASH}|{_B}+(?:đến|tới){_B}+(?:ngày{_B}+)?)"
    rf"(?P<d2>{_DAY}){_B}+tháng{_B}+(?P<m>{_MONTH})"
    rf"(?:(?:{_B}+năm{_B}+|{_B}*[/,]{_B}*)(?P<y>{_YEAR}))?{_R}",
    ("tháng",),
)
def _day_range_thang(match: re.Match[str], text: str) -> Atom | None:
    if not (match.group("ngay") or match.group("y")):
        return None
    first, last = _int(match, "d1"), _int(match, "d2")
    if first is None or last is None or first >= last:
        return None
    year, month = _int(match, "y"), _int(match, "m")
    return _span(match, (year, month, first), (year, month, last))


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


# The month names spelled out, then the English (and Iberian) patterns, are tried after these.
PATTERNS: Final[list[Pattern]] = [*_OWN, *VI_WORD_PATTERNS, *ENGLISH_PATTERNS]
ALL_NEEDS: Final = frozenset(need for pattern in PATTERNS for need in pattern.needs)

__all__ = ["ALL_NEEDS", "CONNECTOR", "EN_MONTH_GATE", "PATTERNS", "Atom"]
