"""The items of a dated clause, one event each (pure): where one clause holds several dated
events joined by "và"/"and", and which words each item's own (its clause start for the
direction and the verb it shares). Split from :mod:`briefer.ingest.events`."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from briefer.ingest.cueclause import joined_clause
from briefer.text.dates import DateRef

# "… có hiệu lực với Mê-hi-cô từ ngày 30/12/2018 và với Việt Nam từ ngày 14/01/2019",
# "relations with Chile on … and with Peru on …": one verb, a day for each party — the
# second item shares the clause's verb, so its words start where the clause does.
_WITH_ITEM: Final = re.compile(r"(?:,\s*|\s+)(?:và|and)\s+(?=(?:với|with)\s)")
# "…, và tháng 3/2025, Thứ trưởng … đã sang …", "…, and in March 2025, the minister flew
# to …": a clause joined on that opens with its own date, set off by a comma, is an event of
# its own with its own subject and verb — nothing of the clause before it is its.
# "Chuyến thăm Việt Nam của … vào tháng 11/2023 và chuyến thăm chính thức Morocco của …
# vào tháng 5/2025", "a visit … in May and a state visit … in June": after a dated visit, a
# visit joined on is an event of its own, with its own words (whose visit, where to).
# (or one it follows on from: "… thăm Việt Nam từ ngày 25 đến 28/2, tiếp nối chuyến thăm
# chính thức Oman của … vào tháng 10/2023", "…, following the President's visit in 2023")
_VISIT_ITEM: Final = re.compile(
    r"(?:,\s*|\s+)(?:và|and|tiếp\s+nối|nối\s+tiếp|sau|following|after)\s+"
    # ("…, và gần đây là chuyến thăm …", "…, and most recently the visit …": a time
    # word or two before the next visit)
    r"(?:(?:[^\W\d_]+\s+){1,2}là\s+|(?:most\s+|more\s+)?recently,?\s+)?"
    r"(?=(?:các\s+|những\s+)?(?:chuyến|cuộc)\s+(?:thăm|công\s+du)"
    r"(?![^\W\d_])|(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}?visits?(?![^\W\d_]))",
    re.IGNORECASE,
)
# "… đã thăm Hungary từ ngày 17 đến 19/1/2024, trong khi Thủ tướng X thăm Việt Nam vào tháng
# 9/2023", "…, while her counterpart visited Hanoi in May": a contrasted clause with its own
# subject, verb and date is an event of its own, none of the clause before it its.
_CONTRAST_ITEM: Final = re.compile(r",\s*(?:trong\s+khi|whereas|while)\s+", re.IGNORECASE)
# "… paid an official visit to Russia in September 2024, and Russian President Vladimir Putin
# visited Hanoi in June 2024", "…, và Thủ tướng X thăm Việt Nam tháng 5/2023": a clause
# joined on with its own named subject and visiting verb is a visit of its own ("…, còn Chủ
# tịch Thượng viện X thăm Việt Nam tháng 4/2024": "còn" joins two such clauses as "và"
# does; a title and a full name run to ten words).
_JOINED_VISITOR: Final = re.compile(
    r",\s*(?:và|and|còn)\s+(?=[A-ZĐ][^\s,;.]*(?:\s+[^\s,;.]+){0,9}?\s+"
    r"(?:visited|paid\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit|(?:đã\s+|sang\s+)?thăm)\s)"
)
_DATED_ITEM: Final = re.compile(r",\s*(?:và|and)\s+(?P<own>(?:(?:in|on|vào)\s+)?)\Z")


def dated_items(
    text: str, inside: list[DateRef], offset: int, c_start: int, c_end: int
) -> list[tuple[int, int, int]]:
    """A clause's items (words start, item start, item end) in ``text`` offsets (``offset``
    is the sentence's start in the body, where ``inside``'s dates are placed): cut at the
    "và với" between two dates or at a new dated clause joined on; else the clause whole."""
    items: list[tuple[int, int, int]] = []
    words, start = c_start, c_start
    for before, after in pairwise(inside):
        gap_start, gap_end = before.endpos - offset, after.pos - offset
        cut = _WITH_ITEM.search(text, gap_start, gap_end)
        if cut is not None:
            items.append((words, start, cut.start()))
            start = cut.end()
            continue
        cut = (
            _VISIT_ITEM.search(text, gap_start, gap_end)
            or _CONTRAST_ITEM.search(text, gap_start, gap_end)
            or _JOINED_VISITOR.search(text, gap_start, gap_end)
        )
        if cut is not None:
            items.append((words, start, cut.start()))
            words = start = cut.end()
            continue
        own = joined_clause(text, start, (before.pos - offset, gap_start), gap_end)
        if own is not None:
            # ", và năm nay hai nước vừa họp … vào tháng 6/2025": a clause of its own
            items.append((words, start, text.rfind(",", gap_start, own)))
            words = start = own
            continue
        if text[after.endpos - offset : after.endpos - offset + 1] != ",":
            continue  # (a date that opens a clause is set off by a comma)
        joined = _DATED_ITEM.search(text, gap_start, gap_end)
        if joined is not None:
            items.append((words, start, joined.start()))
            words = start = joined.start("own")
    return [*items, (words, start, c_end)]


__all__ = ["dated_items"]
