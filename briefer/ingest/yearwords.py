"""Dates whose year is told in words (pure): "January-September last year", "the first nine
months of last year", "Q3 last year", "9 tháng đầu năm ngoái", "quý III năm trước", "9 tháng
năm nay", "Q3 this year".

The date reader knows a run of months, a quarter or a month without a year and completes it
with the year the text is in, leaving the year words after it to be read as a year of their
own — so a nine-month figure of last year was dated as the whole of last year (or its months
as this year's), and "9 tháng năm nay", "Q3 this year" held no date at all. Here the words
are read as the year they name written out (the one before the text's year, or the text's
own), and the date they close takes it, the words included in its text (so a fronted "In
January-September last year, …" still opens its sentence).

Only a date written *before* the words takes them: "cùng kỳ năm ngoái", "the same period
last year", "in 2023 and last year" hold no date of their own here (a year told in words, or
a comparison's base, is read elsewhere). "năm trước đó" ("the year before that") counts from
another year of the text, not from the text's own, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.text.dates import DateRef, find_dates

# The words that name a year by the text's own; the groups are what stands for that year
# ("last" ones the year before it).
_YEAR_WORDS: Final = re.compile(
    r"(?<![^\W\d_])(?:(?P<en_last>last\s+year)|(?P<en_this>this\s+year)"
    r"|năm\s+(?:(?P<vi_last>ngoái|trước(?!\s+(?:đó|nữa)))|(?P<vi_this>nay)))(?![^\W\d_])",
    re.IGNORECASE,
)


def told_years(text: str, refs: list[DateRef], context_year: int | None) -> list[DateRef]:
    """``refs`` (the dates :func:`find_dates` read in ``text`` with ``context_year``) with
    every date closed by "last year" / "năm ngoái" / "năm trước" read in the year before
    ``context_year``, one closed by "this year" / "năm nay" in ``context_year``, its text
    running to the end of those words."""
    if context_year is None or not _YEAR_WORDS.search(text):
        return refs
    found = list(refs)
    for words in _YEAR_WORDS.finditer(text):
        group = next(name for name, value in words.groupdict().items() if value)
        year = context_year - 1 if group.endswith("_last") else context_year
        written = f"{text[: words.start(group)]}{year}"
        closing = [
            d
            for d in find_dates(written, context_year)
            if d.endpos == len(written) and d.pos < words.start()
        ]
        if not closing:
            continue
        date = closing[-1]
        read = replace(date, endpos=words.end(), text=text[date.pos : words.end()])
        found = [d for d in found if d.endpos <= read.pos or d.pos >= read.endpos] + [read]
    return sorted(found, key=lambda d: d.pos)


__all__ = ["told_years"]
