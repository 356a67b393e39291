"""Periods a figure's clause tells without a full date (pure).

- A run of months without its year ("trong cơ cấu thương mại 10 tháng, xuất khẩu …", "in the
  nine months, exports …"): the same run the text dated last ("10 tháng đầu năm 2025" →
  2025-01..2025-10), however many paragraphs lie between — a report names the run again when
  it comes back to it, and a run of another length is no reference to it.
- A fiscal year written with its two years ("the fiscal year 2024/25", "năm tài khóa
  2024-2025"): its months by the country's own calendar (Nepal's runs mid-July to mid-July,
  India's April to March). The fiscal year is the partner's (Việt Nam's is the calendar year):
  the country the clause names, else the text's partner; one whose calendar is not known
  gives none (a guess would state a wrong period).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

_COUNTS: Final = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip
_COUNT: Final = r"(?P<n>\d{1,2}|" + "|".join(_COUNTS) + r")"
# "10 tháng", "9 tháng đầu năm", "the first nine months" — with no year after it (a year,
# in figures or in words, makes it a dated period, read elsewhere).
_BARE_MONTHS: Final = re.compile(
    rf"(?<![^\W\d_]){_COUNT}\s+(?:tháng(?:\s+đầu(?:\s+năm)?)?|months)(?![^\W\d_])"
    r"(?!\s*(?:(?:của|of|in)\s+)?(?:đầu\s+)?(?:năm\s+)?(?:\d|nay|ngoái|trước|(?:this|last)\s+year))",
    re.IGNORECASE,
)
_RUN: Final = re.compile(r"^(\d{4})-01\.\.\1-(\d{2})$")

# "fiscal year 2024/25", "FY2024-25", "năm tài khóa 2024/2025", "the 2024-25 fiscal year"
_FISCAL: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:fiscal|financial)\s+year|FY|(?:năm\s+)?tài\s+(?:khóa|khoá)"
    r"|năm\s+tài\s+chính)\s*(?P<y>\d{4})\s*[/–-]\s*(?P<y2>\d{4}|\d{2})(?!\d)"
    # (the years first: "in the 2024-2025 financial year", "the 2024/25 fiscal year")
    r"|(?<!\d)(?P<yb>\d{4})\s*[/–-]\s*(?P<y2b>\d{4}|\d{2})\s+(?:fiscal|financial)\s+year"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A fiscal year's first month, and its last month in the year after (a year starting
# mid-month ends in the same month: Nepal's Shrawan 1 ≈ 16 July, Iran's 1 Farvardin ≈ 21
# March, Ethiopia's Hamle 1 ≈ 8 July).
_FISCAL_MONTHS: Final = {
    "NP": (7, 7), "ET": (7, 7), "IR": (3, 3),
    "IN": (4, 3), "JP": (4, 3), "GB": (4, 3), "CA": (4, 3), "HK": (4, 3), "SG": (4, 3),
    "ZA": (4, 3), "MM": (4, 3), "KW": (4, 3), "BW": (4, 3), "LS": (4, 3),
    "AU": (7, 6), "NZ": (7, 6), "PK": (7, 6), "BD": (7, 6), "EG": (7, 6), "KE": (7, 6),
    "UG": (7, 6), "TZ": (7, 6), "BT": (7, 6), "MU": (7, 6),
    "US": (10, 9), "TH": (10, 9), "HT": (10, 9),
}  # fmt: skip


def same_months(clause: str, last: tuple[int, str] | None) -> str:
    """The period of a run of months ``clause`` names without its year: the last dated
    period's (``last`` = (paragraph, period)) when it is the same run from January, else ""."""
    run = _RUN.match(last[1]) if last is not None else None
    if run is None:
        return ""
    for match in _BARE_MONTHS.finditer(clause):
        n = match.group("n").casefold()
        if (int(n) if n.isdigit() else _COUNTS.get(n, 0)) == int(run.group(2)):
            return last[1] if last is not None else ""
    return ""


def fiscal_year(clause: str, partner: str) -> str:
    """The months of a fiscal year ``clause`` names with its two years, "" if none or if the
    country's calendar is unknown."""
    match = _FISCAL.search(clause)
    if match is None:
        return ""
    start = int(match.group("y") or match.group("yb"))
    end = match.group("y2") or match.group("y2b")
    if int(end) % 100 != (start + 1) % 100:
        return ""  # ("2024/2026" is no one fiscal year)
    named = [m.code for m in find_countries(clause) if m.code != HOME]
    months = next((_FISCAL_MONTHS[c] for c in [*named, partner] if c in _FISCAL_MONTHS), None)
    if months is None:
        return ""
    return f"{start}-{months[0]:02d}..{start + 1}-{months[1]:02d}"


def in_fiscal_year(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies in the years of a fiscal year it names ("the
    2024-2025 financial year" is no span of two calendar years: :func:`fiscal_year` reads it)."""
    return any(m.start() <= at < m.end() for m in _FISCAL.finditer(text))


class RunsSeen:
    """The last run of months from January the text dated, kept apart from the last period
    of all ("Lũy kế 11 tháng đầu năm 2025, … Năm 2024, … đạt … . Xuất khẩu … trong 11 tháng
    đạt …": the bare run is 2025's, though a year was dated after it)."""

    def __init__(self) -> None:
        self.run: tuple[int, str] | None = None

    def note(self, period: tuple[int, str]) -> tuple[int, str]:
        """Remember ``period`` (paragraph, period) when it is a run; give it back."""
        if _RUN.match(period[1]):
            self.run = period
        return period


def told_period(
    clause: str, last: tuple[int, str] | None, partner: str, run: tuple[int, str] | None = None
) -> str:
    """A fiscal year's months, else a bare run of months' period (the last period's, else the
    last run's), else ""."""
    return fiscal_year(clause, partner) or same_months(clause, last) or same_months(clause, run)


__all__ = ["RunsSeen", "fiscal_year", "in_fiscal_year", "same_months", "told_period"]
