"""A clause a PDF's column or page break cuts in two (pure): the line after the break
continues the sentence above whatever the break looks like.

- After a semicolon or a comma, a line in lower case is the same sentence's next clause
  ("… đạt 1,08 tỷ USD;" / "trong đó xuất khẩu …"): a new paragraph opens with a capital,
  a list's next item with its mark.
- After a word that wants what follows — a range's or a day's preposition ("từ ngày 29
  đến" / "31/7/2025.", "from 3" / "to 5 May") — a line opening on a figure completes it,
  though alone it reads as a date line.
"""

from __future__ import annotations

import re
from typing import Final

_CLAUSE_END: Final = re.compile(r"[;,]$")
_WANTS_FIGURE: Final = re.compile(
    r"(?:^|\s)(?:từ|đến|tới|ngày|tháng|năm|đạt|khoảng|from|to|until|till|through|on|since|by"
    r"|about|reached|of)$",
    re.IGNORECASE,
)


def clause_runs_on(previous: str, line: str) -> bool:
    """``line`` continues the sentence ``previous`` leaves open (see the module docstring)."""
    if _CLAUSE_END.search(previous) and line[:1].islower():
        return True
    return bool(_WANTS_FIGURE.search(previous)) and line[:1].isdigit()


__all__ = ["clause_runs_on"]
