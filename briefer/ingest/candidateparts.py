"""The small pieces the candidate miner reads a sentence with (pure): where a figure's
clause ends, a quote's trimmed span and statement, whether a date is a period, and the word
shapes that mark commentary, wishes, a dateline, a price per unit, a change of the figure
before. Split from :mod:`briefer.ingest.candidates`, which uses them.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.wording import without_relative_day
from briefer.text.dates import DateRef

PERIOD_MONTHS: Final = re.compile(r"^\d{4}-\d{2}\.\.\d{4}-\d{2}$")
# A figure's own clause ends at a comma, or where a verb of saying joins a second clause:
# "… established relations in 2013 and noted that trade reached … in 2024", "… và cho biết …".
CLAUSE_COMMA: Final = re.compile(
    r",(?=\s)|\s(?:and|but)\s(?=[a-z]+(?:ed|s)\s+that\s)"
    r"|\s(?:và|nhưng)\s(?=(?:cho\s+biết|khẳng\s+định|nhấn\s+mạnh|lưu\s+ý|nhận\s+định)\s)"
)
# A statement whose subject is a vague quantity, with no example named, is commentary.
VAGUE: Final = re.compile(r"^(?:Nhiều|Một số|Không ít|Many|Several|Some)\s", re.I)
EXAMPLES: Final = re.compile(r"\b(?:như|gồm|bao gồm|such as|including|like)\b|:|\d")
LETTER_WORD: Final = re.compile(r"[^\W\d_]{2,}")
# Who ranks above: "sau Pakistan", "chỉ sau …", "after Australia", "behind …".
AHEAD: Final = re.compile(
    r"(?<!\w)(?:(?:chỉ\s+)?(?:xếp\s+)?sau|(?:only\s+)?(?:after|behind))\s", re.I
)
# A unit price or an exchange rate after money: "4.300 USD/tấn", "NGN 1,480 per US dollar".
PER: Final = re.compile(r"\s*(?:/|per\s|mỗi\s|một\s+(?:tấn|kg|USD|đô))", re.I)
# A speech's closing wishes: "Một lần nữa, xin chúc …", "Chúc chuyến thăm thành công …".
WISHES: Final = re.compile(
    r"^\s*(?:(?:Một\s+lần\s+nữa|Nhân\s+dịp\s+này),?\s+)?(?:[Xx]in\s+)?[Cc]húc\s", re.I
)
# The pair named as such: "giữa hai nước", "song phương", "between the two countries".
BOTH_SIDES: Final = re.compile(
    r"(?<!\w)(?:hai\s+nước|song\s+phương|hai\s+chiều|bilateral|two-way|the\s+two\s+countries)"
    r"(?!\w)",
    re.IGNORECASE,
)
# The dot of a month's short name inside a dateline's day: "Nov. 6", "Sept. 30".
_MON_DOT: Final = r"(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\."
DATELINE_ONLY: Final = re.compile(
    rf"^\s*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ '.-]{{1,30}},\s+(?:[^.;]|{_MON_DOT}){{3,30}}?\d{{1,4}}\.?\s*"
    r"(?:/[^/]{1,40}/|\([^()]{1,40}\)|[-–—]\s*\S{2,20})?\s*\.?\s*$"
    # a wire's dateline with its place in title case, told by the agency's mark in capitals
    # after the day: "Ulaanbaatar, October 3 (MONTSAME).", "Hà Nội, ngày 5/3 (TTXVN)." (the
    # mark makes it one: "Năm 2024, kim ngạch đạt 12." is no dateline)
    rf"|^\s*[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ -][A-ZĐÀ-Ỹ][^\W\d_]*){{0,3}},\s+(?:[^.;()]|{_MON_DOT}){{3,30}}?"
    r"\d{1,4}\s*"
    r"\([A-ZĐ][A-ZĐ&.-]{1,15}\)\s*[.:–—-]?\s*$"
)
# A clause with no subject of its own that tells how the figure before it changed: "… năm
# 2024 đạt 180 triệu USD, tăng 12% so với năm 2023", "…, up 9% from 2023".
CHANGE_OF_THE_LAST: Final = re.compile(
    r"^(?:và\s+|and\s+)?(?:tăng|giảm|(?:up|down)(?!\s+from)|an?\s+(?:increase|decrease|rise|fall)\s+of"
    # the level it came to: "… năm 2024 giảm 8%, còn 410 triệu USD" ("up from" the level before)
    r"|(?:xuống\s+)?còn|lên\s+mức|(?:to\s+)?(?:stand|stood)\s+at)\b",
    re.I,
)


def trim_span(body: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without surrounding blanks, commas or semicolons."""
    while start < end and (body[start].isspace() or body[start] in ",;"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;"):
        end -= 1
    return start, end


def statement_of(quote: str) -> str:
    text = without_relative_day(quote).strip().rstrip(",;:")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


DIGIT: Final = re.compile(r"\d")
SCALE: Final = re.compile(r"tỷ|tỉ|triệu|billion|million", re.IGNORECASE)
# A period written without a digit: "in the first nine months", "Sáu tháng đầu năm".
# (or a month of the text's year after "in": "the state visit to Hanoi in March")
PERIOD_WORDS: Final = re.compile(
    r"months|half|quarter|tháng|quý|nửa|\bin (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.IGNORECASE,
)


def is_period(ref: DateRef) -> bool:
    """A year or a run of months ("năm 2023", "9 tháng 2024"): what a figure is counted over."""
    return ref.precision == "year" or bool(PERIOD_MONTHS.match(ref.iso))


__all__ = [
    "AHEAD",
    "BOTH_SIDES",
    "CHANGE_OF_THE_LAST",
    "CLAUSE_COMMA",
    "DATELINE_ONLY",
    "DIGIT",
    "EXAMPLES",
    "LETTER_WORD",
    "PER",
    "PERIOD_MONTHS",
    "PERIOD_WORDS",
    "SCALE",
    "VAGUE",
    "WISHES",
    "is_period",
    "statement_of",
    "trim_span",
]
