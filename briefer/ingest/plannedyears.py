"""Years that are no evidence of when a text was written (pure): a year inside an event's or a
plan's name ("Expo 2027", "APEC 2027", "the 2030 World Cup", "Tầm nhìn 2045") and a year a
target or a plan looks ahead to ("mục tiêu đến năm 2030", "kế hoạch 2026–2030", "aims to
reach US$1 billion by 2030", "sẽ tham dự … năm 2027").

A page is written in the year it reports in ("in 2024", "năm 2024 đạt"), not in the year of
an event it announces or a goal it sets: read as the page's year, "Expo 2027 in Belgrade"
dated a story filed "BELGRADE, March 11" in 2027. The year readers of
:mod:`briefer.ingest.metadata` leave the years this module marks out of their vote.

Structure only: the word right before the year is a capitalised name word (not a month, not
a preposition or time noun opening a sentence: "In 2024", "Năm 2024", "March 2024"), or
"the" sits before the year and a capitalised name word after it; or a word that looks ahead
(a modal, a target, a plan) stands shortly before the year in the same clause — but a
deadline before a year's end is set within the year a page is written.
"""

from __future__ import annotations

import re
from typing import Final

# A year 1900–2099 standing alone (the same shape the year vote counts): not part of a longer
# number, a code or a decimal ("2.019", "1,950,000", "2024,5 triệu"); a comma then a space
# closes a clause on the year ("In 2024, …", "Năm 2025, …", "January 30, 1950, …").
_YEAR: Final = re.compile(r"(?<![\w.,-])(?:19|20)\d\d(?!\w|,[^\s]|\.\d)")

# Capitalised words before a year that are no name: months, time nouns and the prepositions
# that open a sentence on its year ("In 2024, …", "Năm 2024, …", "Since 2020 …").
_NOT_NAME_WORDS: Final = (
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec in by since from until "
    "till to for of during through after before as at on and or the early late mid end "
    "year years fy fiscal spring summer autumn fall winter q quarter năm từ đến tới trong "
    "cuối đầu giữa sau trước tháng quý mùa niên khóa khoá và hoặc cả hết suốt vào của là "
    "đạt "
)
_NOT_NAMES: Final = frozenset(_NOT_NAME_WORDS.split())

# The word before the year, and (for "the 2030 World Cup") the word after it.
_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w'’&.-]*)\s+$")
_THE_BEFORE: Final = re.compile(r"(?<![^\W\d_])[Tt]he\s+$")
_NAME_AFTER: Final = re.compile(r"\s+[A-Z][A-Za-z]+")

# Words that look ahead: a year they govern is a target, a plan's or an event to come.
_AHEAD: Final = re.compile(
    r"(?<![^\W\d_])(?:will|would|shall|aims?|aiming|aimed\s+at|targets?|targeting|goals?"
    r"|plans?|planned|planning|vision|strategy|roadmap|agenda|expected|expects?|forecasts?"
    r"|projected|projects?\s+to|hopes?\s+to|ahead\s+of|upcoming|set\s+to|towards?"
    r"|(?:agreed|agrees?|intends?|intended|pledged|vowed|committed|wants?|wish(?:es)?)\s+to|look(?:s|ing)?\s+forward"
    r"|nhất\s+trí|cam\s+kết|dự\s+định|tiến\s+tới"
    r"|sẽ|dự\s+kiến|mục\s+tiêu|phấn\s+đấu|tầm\s+nhìn|kế\s+hoạch|chiến\s+lược|định\s+hướng"
    r"|hướng\s+tới|hướng\s+đến|nhằm|kỳ\s+vọng|dự\s+báo|sắp|tới\s+đây|quy\s+hoạch|lộ\s+trình)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# How far back (in characters) a looking-ahead word governs a year; a clause break, a
# sentence end or another year in between ends its reach.
_REACH: Final = 80
# (a past verb too: "the plan was adopted in 2021", "kế hoạch đã được ban hành năm 2021")
_BREAK: Final = re.compile(
    r"[.;:!?]\s|,\s+(?:while|but|whereas|và|nhưng|trong\s+khi)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:was|were|had|has\s+been|have\s+been|đã|đạt|reached|rose|fell|grew)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A year closing a range ("2026–2030") stands as the year opening it does.
_RANGE_END: Final = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")


def _named(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    word = _WORD_BEFORE.search(before)
    # (a run's last word: "January-September 2025" is a date, as "September 2025" is)
    last = re.split(r"[-–—/]", word.group(1))[-1].strip(".") if word else ""
    if last[:1].isupper() and last.lower() not in _NOT_NAMES:
        return True
    return bool(_THE_BEFORE.search(before) and _NAME_AFTER.match(text, end))


# A deadline before a year's end ("hope to sign before the end of 2025", "trước cuối năm
# 2025"): a wire sets one within the year it writes in, unlike a far target ("by 2030").
_BEFORE_END: Final = re.compile(
    r"(?<![^\W\d_])(?:before\s+the\s+end\s+of|trước\s+(?:cuối|hết)\s+năm)\s+$", re.IGNORECASE
)


def _ahead(text: str, start: int) -> bool:
    before = text[max(0, start - _REACH) : start]
    if _BEFORE_END.search(before):
        return False
    breaks = list(_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return bool(_AHEAD.search(before))


def planned_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a year that names an event or a plan, or that a target or a
    plan looks ahead to: (start, end) of each such year."""
    spans: list[tuple[int, int]] = []
    for m in _YEAR.finditer(text):
        opening = _RANGE_END.search(text, max(0, m.start() - 12), m.start())
        if opening is not None:
            if spans and spans[-1][0] == opening.start():
                spans.append((m.start(), m.end()))
            continue
        if _named(text, m.start(), m.end()) or _ahead(text, m.start()):
            spans.append((m.start(), m.end()))
    return spans


def witness_years(text: str) -> list[int]:
    """The years ``text`` writes that may tell when it was written: every year but those
    :func:`planned_spans` marks."""
    planned = planned_spans(text)
    return [int(m.group()) for m in _YEAR.finditer(text) if (m.start(), m.end()) not in planned]


__all__ = ["planned_spans", "witness_years"]
