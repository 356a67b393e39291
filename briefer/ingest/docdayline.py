"""A document's own day where its head prints it (pure).

Owns three shapes:

- a bulletin's heading line in capitals that dates the issue, "ĐIỂM BÁO NGÀY 29/10/2025",
  "BẢN TIN NGÀY 5 THÁNG 11 NĂM 2025", "DAILY BRIEF OF 3/11/2025"
  (:func:`head_issue_day`);
- an official letter's dateline, "Nghệ An, ngày 03 tháng 11 năm 2025", which dates the
  document over the day an incoming stamp ("ĐẾN Số: … Ngày: 05/11/2025") gives when it was
  received (:func:`received_stamp_day`, :func:`letterhead_dateline`);
- a printed handout's running head naming the event, its place and its day, "Hội thảo X –
  TP. Hồ Chí Minh, 20/11/2025", "Forum X – Nairobi, 3/11/2025" (:func:`event_head_day`).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.ymd import valid_ymd, ymd_iso

_HEAD_LINES: Final = 12
_DMY: Final = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
_WORDS: Final = r"(?P<d2>\d{1,2})\s+THÁNG\s+(?P<m2>\d{1,2})\s+NĂM\s+(?P<y2>(?:19|20)\d{2})"
# a heading in capitals ending on the day it is of
_ISSUE_HEAD: Final = re.compile(
    rf"^(?P<head>\D{{3,80}}?)\s+(?:NGÀY|OF|DATED|FOR)\s+(?:{_DMY}|{_WORDS})\s*$"
)


def _iso(day: str, month: str, year: str) -> str:
    ymd = (int(year), int(month), int(day))
    return ymd_iso(ymd) if valid_ymd(ymd) else ""


def head_issue_day(text: str) -> str:
    """The day a heading in capitals near the top dates the issue by ("" when none)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]
    for line in lines:
        match = _ISSUE_HEAD.match(line)
        head = match.group("head") if match else ""
        if match and any(ch.isalpha() for ch in head) and head == head.upper():
            if match.group("d"):
                return _iso(match.group("d"), match.group("m"), match.group("y"))
            return _iso(match.group("d2"), match.group("m2"), match.group("y2"))
    return ""


# "Place, ngày 03 tháng 11 năm 2025" (the place a capitalised name), anywhere on its line
_DATELINE: Final = re.compile(
    r"(?:^|\s)[A-ZĐÀ-Ỹ][\w.]*(?:\s+[A-ZĐÀ-Ỹ][\w.]*){0,4},\s+ngày\s+(?P<d>\d{1,2})\s+tháng\s+"
    r"(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d{2})"
)
# an incoming stamp: "ĐẾN" (received), then its number and its "Ngày: dd/mm/yyyy" below
_STAMP: Final = re.compile(r"^\s*ĐẾN\b")
_STAMP_DAY: Final = re.compile(rf"\bNgày\s*:\s*{_DMY}")
_STAMP_LINES: Final = 3


def letterhead_dateline(text: str) -> str:
    """The day the letterhead's dateline gives ("" when none in the head)."""
    for line in text.splitlines()[:_HEAD_LINES]:
        match = _DATELINE.search(line)
        if match:
            return _iso(match.group("d"), match.group("m"), match.group("y"))
    return ""


def received_stamp_day(text: str) -> str:
    """The day an incoming stamp in the head says the document was received ("" if none)."""
    lines = text.splitlines()[:_HEAD_LINES]
    for i, line in enumerate(lines):
        if not _STAMP.match(line):
            continue
        for below in lines[i : i + _STAMP_LINES]:
            match = _STAMP_DAY.search(below)
            if match:
                return _iso(match.group("d"), match.group("m"), match.group("y"))
    return ""


def issued_over_received(day: str, text: str) -> str:
    """The letterhead's day where the day read is the one its received stamp gives ("" when
    not): a document is dated when it is issued, not when it arrived."""
    if not day or day != received_stamp_day(text):
        return ""
    return letterhead_dateline(text)


# "… – Place, 20/11/2025" (or "ngày 20/11/2025") closing a running head
_EVENT_HEAD: Final = re.compile(
    rf"\S\s+[–—-]\s+(?P<place>[^,–—]{{2,40}}),\s*(?:ngày\s+)?{_DMY}\s*$", re.IGNORECASE
)


def event_head_day(edges: list[str]) -> str:
    """The day a running head naming an event and its place closes on ("" when none)."""
    for edge in edges:
        match = _EVENT_HEAD.search(edge.strip())
        if match and any(ch.isupper() for ch in match.group("place")):
            return _iso(match.group("d"), match.group("m"), match.group("y"))
    return ""


__all__ = [
    "event_head_day",
    "head_issue_day",
    "issued_over_received",
    "letterhead_dateline",
    "received_stamp_day",
]
