"""The date reader's English patterns (and the Iberian datelines of partner ministries):
month names, "the first nine months", "H1 2024", quarters and halves. Tried after the
Vietnamese and numeric ones of :mod:`briefer.text.datepatterns`, in the order defined here.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dateparts import DASH as _DASH
from briefer.text.dateparts import DAY as _DAY
from briefer.text.dateparts import QUANTITY_AFTER as _QUANTITY_AFTER
from briefer.text.dateparts import YEAR as _YEAR
from briefer.text.dateparts import Atom, Pattern, registrar
from briefer.text.dateparts import B as _B
from briefer.text.dateparts import R as _R
from briefer.text.dateparts import int_group as _int
from briefer.text.dateparts import single as _single
from briefer.text.dateparts import span as _span
from briefer.text.ymd import MONTHS_EN

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
_EN_QUARTERS: Final[dict[str, int]] = {"first": 1, "second": 2, "third": 3, "fourth": 4}

ENGLISH_PATTERNS: list[Pattern] = []
_pattern = registrar(ENGLISH_PATTERNS)
# Plain substrings would let "Novic" or "Marina" through to the English patterns.
EN_MONTH_GATE: Final = re.compile(rf"(?<![\w.]){_MON}")


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


# "14-Nov-2025", "03/SEP/2025": a day, month and year joined by one dash or slash (the
# form of registers and ministry release lists); the year is required, since "14-Nov"
# alone may be a label.
_pattern(rf"(?<![\w.,/-])(?P<d>{_DAY})(?P<sep>[-/]){_MON}(?P=sep)(?P<y>{_YEAR}){_R}", english=True)(
    _en_day_month
)


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


__all__ = ["ENGLISH_PATTERNS", "EN_MONTH_GATE"]
