"""The day or month a document's own head lines date its issue by (pure): a paper's
masthead printing the issue's day ("THE DAILY NEWS · Saturday, 14 June 2025"), or its
running head broken over two lines by a narrow column — :func:`masthead_day`; a
bulletin's issue line above its headline that gives a month and no day ("Market Update X |
No. 1/2025 | March 2025"), read as a monthly's running head is
(:func:`briefer.ingest.edgedays.issue_month`), or on a line of its own under the bulletin's
name in capitals or named by its kind ("BẢN TIN X" / "Số 11 – Tháng 11/2025", or "PUBLISHER
| Market Update" / "Issue 11 – November 2025") — :func:`head_issue_month`. Split from
:mod:`briefer.ingest.clean`."""

from __future__ import annotations

import re
from itertools import pairwise

from briefer.ingest.edgedays import issue_month
from briefer.ingest.found import Line
from briefer.ingest.printmarks import issue_header
from briefer.ingest.runninghead import EDGE_PARTS
from briefer.text.dates import find_dates


def masthead_day(lines: list[Line]) -> str:
    """The one whole day (with its year) a paper's masthead prints ("THE DAILY NEWS ·
    Saturday, 14 June 2025"): the issue's day, which dates what the issue carries."""
    days = {
        d.start
        for line in lines
        if line.reason == "masthead"
        for d in find_dates(line.text)
        if d.precision == "day" and len(d.start) == 10 and re.search(r"\b(?:19|20)\d\d\b", d.text)
    }
    return days.pop() if len(days) == 1 else _wrapped_issue_day(lines)


_WRAP_LOOK = 4


def _wrapped_issue_day(lines: list[Line]) -> str:
    """The day of a paper's running head that a narrow column broke over two lines
    ("X REVIEW | Issue" / "1,124 | November 10-16, 2025"): neither line is the head alone,
    the two read on are (its first day: a weekly's issue dates its week by its start)."""
    head = [line.text for line in lines[:_WRAP_LOOK]]
    for above, below in pairwise(head):
        if issue_header(above)[0] or issue_header(below)[0]:
            continue
        paper, issued = issue_header(f"{above} {below}")
        days = [d for d in find_dates(issued) if d.precision == "day" and len(d.start) == 10]
        if paper and days:
            return days[0].start
    return ""


def head_issue_month(lines: list[Line]) -> str:
    """The ISO month ("2025-03") an issue line above the headline dates the issue by, or
    "" (a document with no headline has no head to read)."""
    title = next((i for i, line in enumerate(lines) if line.reason == "title"), None)
    head = [line.text for line in lines[:title]] if title else []
    # (a bulletin's name in capitals over its issue line, "BẢN TIN X" / "Số 11 – Tháng 11/2025":
    # the two lines read as the one running head "name | number | month" they stand for)
    named = [f"{above} | {line}" for above, line in pairwise(head) if _name_line(above)]
    return issue_month(head + named)


def _name_line(text: str) -> bool:
    """A periodical's name in capitals on its own line (no figure: no issue or date row), or
    a running head one of whose parts is ("PUBLISHER IN CAPITALS | Market Update – X": the
    publisher's name beside the periodical's)."""
    parts = [p for p in EDGE_PARTS.split(text.strip()) if p]
    # (or in mixed case, named by its kind: "X Export Bulletin: Asia", "Market Newsletter")
    named = any(p.isupper() or _PERIODICAL.search(p) for p in parts)
    return named and not re.search(r"\d", text)


# A periodical's noun among its name's words (a subtitle after a colon may follow).
_PERIODICAL = re.compile(
    r"\b(?:Bulletin|Newsletter|Digest|Review|Monitor|Gazette|Quarterly|Monthly|Bản\s+tin"
    r"|Tạp\s+chí|Đặc\s+san)\b(?::\s+\S.*)?$"
)


__all__ = ["head_issue_month", "masthead_day"]
