"""A figure told as "this figure" of the one before it (pure).

"Năm 2024, kim ngạch thương mại song phương Việt Nam - Chile đạt 1,8 tỷ USD. Trong 10 tháng
đầu năm 2025, con số này đạt 1,7 tỷ USD" — the second amount names no kind of its own: it is
the same measure as the figure before it, in its own period. Read alone it is no fact ("this
figure reached USD 1.7 billion"), and as a brief's line it would dangle. So the candidate finder

- files it under the metric of the figure it refers back to (:func:`refers_back`), and
- states it with that figure's own subject in place of the pointing words (:func:`subject_of`,
  :func:`restated`): "Trong 10 tháng đầu năm 2025, kim ngạch thương mại song phương Việt Nam -
  Chile đạt 1,7 tỷ USD". The quote stays the source's words; only the statement is restated.

Only words that point back *before* the amount count: "more than double the figure for 2023"
and "USD 140 million of that figure" compare with or split the figure, they are not it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries

_POINTER = (
    r"(?:các\s+)?con\s+số\s+(?:này|đó|trên|nói\s+trên|tương\s+ứng)"
    r"|(?:the|this|that)\s+(?:corresponding\s+|same\s+)?figure"
)
# The pointing words, then at most three words (a verb, "khoảng", "at") up to the amount.
_POINTS_BACK: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_POINTER})(?![^\W\d_])(?:\s+[^\W\d_]+){{0,3}}\s*$",
    re.IGNORECASE,
)
_POINTER_AT: Final = re.compile(rf"(?<![^\W\d_])(?:{_POINTER})(?![^\W\d_])", re.IGNORECASE)
# What ends a figure's subject before its amount: the verb of reaching and a qualifier.
_VERB_TAIL: Final = re.compile(
    r"(?:\s+(?:đã|vẫn|chỉ|cũng|mới|sẽ|has|had|have))*"
    r"\s+(?:đạt|là|ở\s+mức|lên\s+tới|lên\s+đến|tăng\s+lên|giảm\s+xuống|tăng|giảm|reached"
    r"|stood\s+at|was|were|totall?ed|amounted\s+to|rose\s+to|fell\s+to|hit|came\s+to|grew\s+to)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ|around|about|nearly|more\s+than|over|some|almost"
    r"|approximately|roughly))?\s*(?:US\$|USD|\$)?\s*$",
    re.IGNORECASE,
)
# Words that open a clause before its subject: "trong đó", "còn", "while", "and".
_OPENER: Final = re.compile(
    r"^(?:(?:trong\s+đó|còn|riêng|và|while|and|but|whereas|meanwhile)\s*,?\s+)+",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"[^\W\d_]+")
# A year opening the clause without a comma: "năm 2024 thương mại song phương … đạt", "in 2024
# bilateral trade reached".
_TOLD_FIRST: Final = re.compile(r"^(?:(?:trong|in|during)\s+)?(?:năm\s+)?(?:19|20)\d\d\s+", re.I)
# The time a subject is told at ("Xuất khẩu … năm 2024 đạt", "exports in 2024 reached"): the
# figure's own period, not part of what it measures.
_TOLD_AT: Final = re.compile(
    r"\s+(?:(?:trong|in|during)\s+)?(?:(?:the\s+)?(?:first\s+)?(?:\d+|[^\W\d_]+)\s+(?:tháng"
    r"|months)\s+(?:đầu\s+|of\s+)?)?(?:năm\s+)?(?:19|20)\d\d$",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 14


def refers_back(text: str, at: int) -> bool:
    """Whether the amount at ``text[at:]`` is told as "this figure" of one before it."""
    return bool(_POINTS_BACK.search(text[max(0, at - 80) : at]))


def subject_of(before: str) -> str:
    """The subject a figure is told of, from its clause's words before the amount ("Năm 2024,
    kim ngạch thương mại song phương Việt Nam - Chile đạt " → "kim ngạch thương mại song
    phương Việt Nam - Chile"); "" when no clean noun phrase stands there."""
    tail = _VERB_TAIL.search(before)
    if tail is None:
        return ""
    head = before[: tail.start()]
    head = re.split(r"[,;:(]", head)[-1].strip()
    head = _TOLD_AT.sub("", _OPENER.sub("", head).strip())
    head = _TOLD_FIRST.sub("", head)  # ("năm 2024 thương mại … đạt": no comma after the year)
    words = head.split()
    if not 2 <= len(words) <= _MAX_WORDS or re.search(r"\d", head) or _POINTER_AT.search(head):
        return ""
    if not _WORD.match(head):
        return ""
    return head


def restated(statement: str, subject: str) -> str:
    """``statement`` with its pointing words ("con số này", "the figure") replaced by
    ``subject``; ``statement`` itself when they are not in it."""
    if not subject:
        return statement  # (every candidate passes here: most point back to nothing)
    match = _POINTER_AT.search(statement)
    if match is None:
        return statement
    at_start = not statement[: match.start()].strip()
    named = find_countries(subject)
    keeps_case = (named and named[0].start == 0) or subject.split(maxsplit=1)[0].isupper()
    if at_start:
        subject = subject[0].upper() + subject[1:]
    elif not keeps_case:
        subject = subject[0].lower() + subject[1:]
    return statement[: match.start()] + subject + statement[match.end() :]


__all__ = ["refers_back", "restated", "subject_of"]
