"""The thread around an e-mail pasted as text (pure): what a mail client adds around the
message that is the document.

- A **forwarded message** ("---------- Forwarded message ---------", "-----Original
  Message-----") carries the document under its header block; whatever stands above the
  innermost one is a forwarder's own note ("Em chuyển tiếp báo cáo …", "FYI, see below"),
  written about the document, not part of it.
- A **quoted reply**: the client's attribution line ("On Mon, 10 Nov 2025 at 10:15 Name
  <a@b> wrote:", "Vào Th 2, … đã viết:") and the earlier message's lines under it, each
  opened by ">".

:func:`mark_thread` marks those lines (``Line.reason``) and returns nothing.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

# A client's separator over a forwarded or an original message, dashes around its words.
_FORWARD: Final = re.compile(
    r"^[-_=\s]{2,}\s*(?:forwarded\s+message|original\s+message|message\s+transféré"
    r"|weitergeleitete\s+nachricht|mensaje\s+reenviado|thư\s+(?:được\s+)?chuyển\s+tiếp"
    r"|tin\s+nhắn\s+(?:đã\s+|được\s+)?chuyển\s+tiếp|thư\s+gốc)\s*[-_=\s]*$",
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
    separators = [i for i, line in enumerate(lines) if _FORWARD.match(line.text)]
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


__all__ = ["mark_thread"]
