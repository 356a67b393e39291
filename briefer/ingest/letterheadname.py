"""The body and the day a document's letterhead gives (pure).

Owns one reading: an office's or an agency's own document (a market update, a brief, a
report) opens on its letterhead, the issuing body's name set in capitals on the first line
("NORDIC TRADE COUNCIL", "HIỆP HỘI X"), then what it is, its office, and the document's
fields: its reference and its day ("Ref: NTC-2025-04", "Date: 3 April 2025", "Số: 12/BC",
"Ngày: 03/04/2025"). A head carrying such fields is a letterhead, not a headline in
capitals: when no other signal names the outlet, its first line does (the body issues the
document), and its labelled day dates it over a year the text names. The name is given as
the text writes it in running prose or its foot ("Nordic Trade Council – Box 12 …").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import find_dates

_HEAD_LINES: Final = 8
_NAME_WORDS: Final = 6
# A line that is no name: an address, a number, a mail, a motto's or a field's line.
_NOT_NAME: Final = re.compile(r"[\d@:/|]|www\.|CỘNG\s+HÒA|ĐỘC\s+LẬP", re.IGNORECASE)
_DAY_FIELD: Final = re.compile(r"^(?:Date|Dated|Ngày)\s*:\s*\S", re.IGNORECASE)
_REF_FIELD: Final = re.compile(r"^(?:Ref(?:erence)?\.?|Our\s+ref\.?|Số|No\.)\s*:\s*\S", re.I)


def _head(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_HEAD_LINES]


def _fielded(head: list[str]) -> bool:
    """A letterhead's head: its reference and its day stand as labelled fields."""
    return any(_DAY_FIELD.match(x) for x in head) and any(_REF_FIELD.match(x) for x in head)


def letterhead_day(text: str) -> str:
    """The ISO day a letterhead's "Date: …" field gives ("" when the head is no letterhead
    with a reference and a day, or the field holds no single day)."""
    head = _head(text)
    if not _fielded(head):
        return ""
    for line in head:
        if _DAY_FIELD.match(line):
            days = {d.start for d in find_dates(line) if d.precision == "day"}
            return days.pop() if len(days) == 1 else ""
    return ""


def letterhead_name(text: str) -> str:
    """The body a letterhead's first line names in capitals ("" when the head is no
    letterhead or its first line is no name in capitals)."""
    head = _head(text)
    if not head or not _fielded(head):
        return ""
    first = head[0]
    if not any(ch.isalpha() for ch in first) or not first.isupper() or _NOT_NAME.search(first):
        return ""
    if not 1 <= len(first.split()) <= _NAME_WORDS:
        return ""
    # (as the text writes it in mixed case elsewhere: its foot, a sentence)
    spelled = r"(?<!\w)" + r"\s+".join(map(re.escape, first.split())) + r"(?!\w)"
    for written in re.finditer(spelled, text, re.IGNORECASE):
        if not written.group().isupper():
            return " ".join(written.group().split())
    return first


__all__ = ["letterhead_day", "letterhead_name"]
