"""A forwarded or replied e-mail thread pasted as text (pure).

A mail forwarded on (once or twice) opens on a client's separator ("---------- Forwarded
message ---------", "-----Original Message-----", "Begin forwarded message:") and the
forwarder's header block; the forwarded mail follows under its own separator and headers.

- The document is the **innermost forwarded mail**: its subject is the title, its sender the
  unit that wrote it and its "Date:" the day it was sent (:func:`thread_start`,
  :func:`sent_day`, read by the metadata readers).
- Whatever stands above that separator is a forwarder's own note ("Em chuyển tiếp báo cáo …",
  "FYI, see below"), written about the document, not part of it; a **quoted reply** — the
  client's attribution line ("On Mon, 10 Nov 2025 at 10:15 Name <a@b> wrote:", "Vào Th 2, …
  đã viết:") and the earlier message's lines under it, each opened by ">" — is no part of it
  either (:func:`mark_thread`, used by the cleaner).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

# A client's separator over a forwarded or an original message (dashes around its words), or
# Apple Mail's "Begin forwarded message:".
_SEPARATOR: Final = re.compile(
    r"^\s*(?:[-_=\s]{2,}\s*(?:forwarded\s+message|original\s+message|message\s+transféré"
    r"|weitergeleitete\s+nachricht|mensaje\s+reenviado|thư\s+(?:được\s+)?chuyển\s+tiếp"
    r"|tin\s+nhắn\s+(?:đã\s+|được\s+)?chuyển\s+tiếp|thư\s+gốc)\s*[-_=\s]*"
    r"|begin\s+forwarded\s+message\s*:)\s*$",
    re.IGNORECASE,
)
# The attribution over a quoted message: a day and a sender, then "wrote:" in the client's
# language ("On … wrote:", "Vào … đã viết:", "Le … a écrit :", "Am … schrieb:").
_ATTRIBUTION: Final = re.compile(
    r"^(?:On|Vào|Lúc|Le|Am|El)\b.{5,240}\b(?:wrote|đã\s+viết|viết|a\s+écrit|schrieb|escribió)"
    r"\s*:$",
    re.IGNORECASE,
)
_QUOTED: Final = re.compile(r"^>")


def mark_thread(lines: list[Line]) -> None:
    """Mark a forwarder's note above the innermost forwarded message and a quoted reply
    (its attribution line and the ">" lines under it)."""
    separators = [i for i, line in enumerate(lines) if _SEPARATOR.match(line.text)]
    if separators:
        for line in lines[: separators[-1]]:
            if line.kept:
                line.reason = "forwarding note"
    quoting = False
    for line in lines:
        if _ATTRIBUTION.match(line.text):
            quoting = True
            line.reason = line.reason or "quoted reply"
        elif quoting and _QUOTED.match(line.text):
            line.reason = line.reason or "quoted reply"
        elif line.kept:
            quoting = False  # (the reply ends where an unquoted line of text stands)


_LOOK: Final = 60  # a thread's separators stand in its opening lines

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# "12 thg 11, 2025", "20 tháng 10, 2025", "12/11/2025"; "November 20, 2025", "20 Nov 2025".
_VI_DAY: Final = re.compile(
    r"\b(?P<d>\d{1,2})\s*(?:thg|tháng|/)\s*(?P<m>\d{1,2})\s*(?:,|/|năm)?\s*(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_EN_DAY: Final = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[a-z]{3,9})\.?|(?P<m2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2}))"
    r",?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def thread_start(lines: list[str]) -> int:
    """The index of the line after the last forwarding separator when the text opens on one
    (its innermost forwarded mail's headers start there); 0 for any other text."""
    opening = next((i for i, line in enumerate(lines) if line.strip()), None)
    if opening is None or not _SEPARATOR.match(lines[opening]):
        return 0
    last = max(i for i, line in enumerate(lines[:_LOOK]) if _SEPARATOR.match(line))
    return last + 1


def sent_day(value: str) -> str:
    """The ISO day a header's date names ("Thứ Tư, 12 thg 11, 2025 lúc 16:47",
    "Thursday, November 20, 2025 3:12 PM"); "" when it names none."""
    match = _VI_DAY.search(value)
    if match:
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    else:
        match = _EN_DAY.search(value)
        if not match:
            return ""
        month = _MONTHS.get((match["m1"] or match["m2"]).lower(), 0)
        day, year = int(match["d1"] or match["d2"]), int(match["y"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


__all__ = ["mark_thread", "sent_day", "thread_start"]
