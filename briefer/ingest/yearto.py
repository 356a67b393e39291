"""A twelve-month run told by its last month (pure): "in the year to September 2026", "the 12
months to June 2025", "the year ended March 2024".

The date reader reads the month alone, so a figure counted over the twelve months up to it was
dated as that one month. Here the words before a month with its year make the date the twelve
months that end with it ("2025-10..2026-09"), its text starting at the words (so a fronted
"In the year to June 2025, …" still opens its sentence).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.text.dates import DateRef

# "(in) the year to", "the 12 months to", "the twelve months ended", "the year ending": the
# words that stand right before the month the run ends with.
_YEAR_TO: Final = re.compile(
    r"(?<![^\W\d_])(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ended|ending)\s+"
    r"(?:(?:the\s+)?end(?:\s+of|-)\s*)?\Z",
    re.IGNORECASE,
)
_MONTH: Final = re.compile(r"^(\d{4})-(\d{2})$")


def year_to(text: str, refs: list[DateRef]) -> list[DateRef]:
    """``refs`` (the dates read in ``text``) with each month of a known year that closes
    "the year to" / "the 12 months to" read as the twelve months ending with it."""
    found: list[DateRef] = []
    for ref in refs:
        month = _MONTH.match(ref.start)
        words = _YEAR_TO.search(text, max(0, ref.pos - 40), ref.pos)
        if month is None or ref.end != ref.start or words is None:
            found.append(ref)
            continue
        year, last = int(month.group(1)), int(month.group(2))
        start = f"{year}-01" if last == 12 else f"{year - 1}-{last + 1:02d}"
        text_of = text[words.start() : ref.endpos]
        found.append(replace(ref, start=start, pos=words.start(), text=text_of))
    return found


__all__ = ["year_to"]
