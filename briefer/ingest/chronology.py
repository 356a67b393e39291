"""A chronology set among an article's lines (pure): two or more lines in a row, each a date
and a colon before an event in words ("30/3/1973: Thiết lập quan hệ ngoại giao", "2015: Đối
tác chiến lược", "March 2019: Comprehensive partnership"). A box of milestones under or
beside a story is the newsroom's record of the subject, its facts: not a run of related
headlines, which are titles of other stories and never open on a dated colon in a row.

A date with a figure after it ("2023: 13.400") is a table's row, and a date with a dash
("08/10/2025 - 19:05", "12/11/2025 - Headline") a timestamp or a news list's entry: neither
is an entry here.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.factsheet import row_runs
from briefer.text.ymd import MONTH_EN_RX

_MONTHS: Final = MONTH_EN_RX
# (a day and month before the year, "30/3/1973", "11/2024", "30.3.1973"; "Tháng 11/2024",
# "Năm 2015", "March 2019", "4 March 2019")
_ENTRY: Final = re.compile(
    rf"^(?:(?:Ngày|Tháng|Năm)\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS}\s+)?"
    r"(?:\d{1,2}[/.]){0,2}(?:1[6-9]|20)\d\d\s*:\s+[^\W\d_]",
    re.IGNORECASE,
)
_RUN: Final = 2  # one dated line alone may be a headline; two in a row are a chronology


def chronology_entry(text: str) -> bool:
    """A line that is a date, a colon and an event in words."""
    return _ENTRY.match(text.strip()) is not None


def chronology_rows(texts: list[str]) -> set[int]:
    """The indices of ``texts`` that stand in a run of chronology entries."""
    return {index for run in row_runs(texts, chronology_entry) if len(run) >= _RUN for index in run}


__all__ = ["chronology_entry", "chronology_rows"]
