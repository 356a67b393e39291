"""A run of months told without its year that counts up to the last period's end (pure).

A report gives a month's or a quarter's figure, then the total so far: "riêng quý III/2026,
thương mại hai chiều đạt 24,5 triệu USD; tính chung 9 tháng, xuất khẩu … đạt 61 triệu USD",
"In September exports reached $8 million, bringing the nine months' total to $60 million".
The run of N months ends where the period told last ends (month N of its year), so it runs
from that year's January: 2026-01..2026-09. A run of another length is no reference to it
(:mod:`briefer.ingest.toldperiod` reads a run equal to the last one from January)."""

from __future__ import annotations

import re
from typing import Final

_COUNTS: Final = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip
# "9 tháng", "9 tháng đầu năm", "the first nine months", "the nine months'" — no year after
# it (a year makes a dated period, read elsewhere).
_RUN_OF_MONTHS: Final = re.compile(
    r"(?<![^\W\d_])(?P<n>\d{1,2}|" + "|".join(_COUNTS) + r")\s+(?:tháng(?:\s+đầu(?:\s+năm)?)?"
    r"|months?(?:['’]s?)?)(?![^\W\d_])"
    r"(?!\s*(?:(?:của|of|in)\s+)?(?:đầu\s+)?(?:năm\s+)?(?:\d|nay|ngoái|trước|(?:this|last)\s+year))",
    re.IGNORECASE,
)
# The last period: a month ("2026-09") or a run of months in one year ("2026-07..2026-09").
_LAST: Final = re.compile(r"^(?P<y>\d{4})-(?:\d{2}\.\.(?P=y)-)?(?P<m>\d{2})$")


def months_to_date(clause: str, last: tuple[int, str] | None) -> str:
    """The period of a run of N months ``clause`` names without its year when the last
    period (``last`` = (paragraph, period)) ends in month N: from January to then; else ""."""
    ends = _LAST.match(last[1]) if last is not None else None
    if ends is None:
        return ""
    year, month = ends.group("y"), int(ends.group("m"))
    for match in _RUN_OF_MONTHS.finditer(clause):
        n = match.group("n").casefold()
        if (int(n) if n.isdigit() else _COUNTS.get(n, 0)) == month and month > 1:
            return f"{year}-01..{year}-{month:02d}"
    return ""


__all__ = ["months_to_date"]
