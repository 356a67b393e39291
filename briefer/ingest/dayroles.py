"""Dates that mark no event of the pair (pure): an aim's horizon and a country's own holiday.

- An aim's year ahead ("Madagascar đặt mục tiêu tự chủ lương thực vào năm 2030", "the plan
  targets 6,000 MW of offshore wind by 2030–2035") is when a goal falls due, not a day
  something happened or is set to happen between the two sides. A date after an aim's word,
  later than the year the text came out, with no event cue between them ("mục tiêu ký FTA
  vào năm 2026" is a signing planned), is the aim's.
- A national day ("As Vietnam marks its National Day on September 2", "Quốc khánh 2/9") is
  one country's holiday, the occasion of a report, no milestone of the pair.
The candidate finder (:mod:`briefer.ingest.candidates`) passes a sentence's dates through
:func:`event_days` before the event rules see them (with :mod:`briefer.ingest.saidday`).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import keywords as kw
from briefer.ingest.saidday import unsaid
from briefer.text.dates import DateRef

_AIM: Final = re.compile(
    r"(?<![^\W\d_])(?:mục\s+tiêu|targets?|targeting|aims?\s+(?:to|for|at)|aiming\s+(?:to|for)"
    r"|goal\s+of|goals?\s+(?:is|are)\s+to)(?![^\W\d_])",
    re.IGNORECASE,
)
_AIM_REACH: Final = 100  # characters from an aim's word to its horizon
_HOLIDAY: Final = re.compile(
    r"(?<![^\W\d_])(?:Quốc\s+khánh|National\s+Day|Independence\s+Day|Ngày\s+Độc\s+lập)"
    r"(?:\s+(?:on|ngày|là))?\s*$",
    re.IGNORECASE,
)


def aim_horizon(sentence: str, ref: DateRef, offset: int, published_on: str) -> bool:
    """Whether ``ref`` (``offset``: where ``sentence`` starts in its body) is an aim's year
    ahead."""
    at = ref.pos - offset
    if not published_on or ref.start[:4] <= published_on[:4]:
        return False
    for aim in _AIM.finditer(sentence, max(0, at - _AIM_REACH), at):
        between = sentence[aim.end() : at]
        if ";" in between or any(cue.pattern.search(between) for cue in kw.EVENT_CUES):
            continue
        return True
    return False


def holiday(sentence: str, ref: DateRef, offset: int) -> bool:
    """Whether ``ref`` is the day of a country's national holiday named just before it."""
    at = ref.pos - offset
    return _HOLIDAY.search(sentence[max(0, at - 40) : at]) is not None


def event_days(
    sentence: str, dates: list[DateRef], offset: int, published_on: str
) -> list[DateRef]:
    """``dates`` of ``sentence`` that may date an event: not a remark's day, an aim's horizon
    or a national holiday."""
    return [
        d
        for d in unsaid(sentence, dates, offset)
        if not aim_horizon(sentence, d, offset, published_on) and not holiday(sentence, d, offset)
    ]


__all__ = ["aim_horizon", "event_days", "holiday"]
