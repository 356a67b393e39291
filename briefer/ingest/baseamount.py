"""An amount a figure is compared with (pure): "… stood at US$912mn in 2025, up from US$774mn
in 2024", "tăng so với mức 3 tỷ USD năm 2024", "grew from $5mn to $7mn". Its year is the
base's, not the period the text goes on telling: the next figure that names no year of its
own ("Omani exports …, accounted for US$587mn of the total") is in the period of the result
before the base, never the base's. A base told as a year before ("up from US$31.2 million a
year earlier", "so với 3 tỷ USD của cùng kỳ năm trước") is in the result's period a year back
(:func:`year_before`)."""

from __future__ import annotations

import re
from typing import Final

# The words just before a base amount (up to its currency sign).
_BASE_BEFORE: Final = re.compile(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing|climbing|jumping|grew|rose|fell"
    r"|increased|decreased)\s+from|\b(?:as\s+)?compared\s+(?:with|to)|\bagainst|\bversus"
    r"|\bso\s+với(?:\s+mức)?|\b(?:tăng|giảm)\s+từ(?:\s+mức)?|\btừ\s+mức)\s*(?:US)?\$?\s*$",
    re.IGNORECASE,
)


def is_base_amount(text: str, at: int) -> bool:
    """Whether the amount starting at ``at`` of ``text`` is the base a figure is compared
    with (its period is no period the text carries on)."""
    return bool(_BASE_BEFORE.search(text[max(0, at - 40) : at]))


# The words right after a base amount that put it a year before the result: "a year
# earlier", "the year before", "in the previous year", "cùng kỳ năm trước". ("last year",
# "năm ngoái" name the year itself, which the period readers take: no shift again.)
_YEAR_BACK: Final = re.compile(
    r"\s*(?:(?:in\s+)?(?:a|one|the)\s+(?:year\s+(?:earlier|before|ago)|previous\s+year"
    r"|prior\s+year)|(?:của\s+|trong\s+)?cùng\s+kỳ\s+năm\s+trước)(?!\w)",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"\b(\d{4})(?=-|\.\.|$)")


def year_before(text: str, at: int, end: int, period: str) -> str:
    """The period of the amount at ``at:end`` of ``text`` told with ``period``: the same
    months a year back when it is a base told as a year before the result ("up from US$31.2
    million a year earlier" after "… in 2024" → "2023"), else ``period`` itself."""
    if not period or not is_base_amount(text, at) or not _YEAR_BACK.match(text, end):
        return period
    return _YEAR.sub(lambda m: str(int(m.group(1)) - 1), period)


__all__ = ["is_base_amount", "year_before"]
