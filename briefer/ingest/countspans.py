"""A run of months counted from a year's start dates no event (pure).

"10 tháng năm 2025", "9 tháng đầu năm 2025", "the first nine months of 2025" name the span a
figure is counted over. A sentence that has such a span and no event cue at all — a report's
heading ("Thương mại X - Y 9 tháng đầu năm 2025: nhập khẩu … tăng"), its opening ("… gửi
thông tin về tình hình thương mại 10 tháng năm 2025 như sau:") — tells of no event then. A
quarter or a half-year still may ("tổ chức diễn đàn trong quý I/2026": when a plan is due),
and so may any date beside a cue ("đã trao đổi 12 đoàn trong 6 tháng đầu năm").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.keywords import EVENT_CUES
from briefer.text.dates import DateRef

_FROM_JANUARY: Final = re.compile(r"^\d{4}-01\.\.\d{4}-\d{2}$")
_MONTHS: Final = re.compile(r"(?<![^\W\d_])(?:tháng|months?)(?![^\W\d_])", re.IGNORECASE)


def counting_span(ref: DateRef) -> bool:
    """A run of months told as such, from January on: what a figure counts over."""
    return bool(_FROM_JANUARY.match(ref.iso) and _MONTHS.search(ref.text))


def event_dates(sentence: str, dates: list[DateRef]) -> list[DateRef]:
    """``dates`` of ``sentence`` that may date an event: all of them beside an event cue,
    else all but the runs of months a figure counts over."""
    if not any(counting_span(d) for d in dates):
        # (the cues only decide whether runs of months go: with none among the dates, no
        # date at all in most sentences, the answer is the dates without a scan of every cue)
        return dates
    if any(cue.pattern.search(sentence) for cue in EVENT_CUES):
        return dates
    return [d for d in dates if not counting_span(d)]


__all__ = ["counting_span", "event_dates"]
