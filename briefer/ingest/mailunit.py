"""The unit a mail speaks for when its sender is a division of it.

A mail sent from a division's box ("Phòng X") signs with the division and, on the next
line, the department it belongs to ("Vụ Y | Bộ Z"): the department is the body that
publishes the mail's bulletin, the division only its desk. This module owns that step up
from a sending division to its department, read from the signature's lines.
"""

from __future__ import annotations

import re
from typing import Final

# A division inside a department: "Phòng …", "Division of …".
_DIVISION: Final = re.compile(r"^(?:Phòng|Division\s+of|Section\s+of)\s+\S")
# A department or agency a division belongs to (a ministry's "Vụ", "Cục", an "Institute" …).
_DEPARTMENT: Final = re.compile(
    r"^(?:Vụ|Cục|Ban|Sở|Viện|Trung\s+tâm|Thương\s+vụ|Đại\s+sứ\s+quán|Department|Directorate"
    r"|Institute|Agency|Bureau)\s+\S"
)


def _with_short_form(sender: str, line: str) -> bool:
    """Whether the sender is the signature's division line and a short form after a dash."""
    head, dash, _short = sender.partition(" - ")
    return bool(dash) and _DIVISION.match(line) is not None and head.casefold() == line.casefold()


def department_of(sender: str, text: str) -> str:
    """The department a division sender signs under ("Phòng X" over "Vụ Y | Bộ Z" → "Vụ Y"),
    else the sender as it is."""
    if not _DIVISION.match(sender):
        return sender
    lines = [" ".join(line.split()) for line in text.split("\n")]
    for i, line in enumerate(lines[:-1]):
        # (a display name may add the unit's short form: "Phòng X - ABC Tỉnh" signs "Phòng X")
        if line.casefold() == sender.casefold() or _with_short_form(sender, line):
            parent = re.split(r"\s+[|–-]\s+(?=Bộ\b|Ministry\b)|\s*\|\s*", lines[i + 1])[0]
            if _DEPARTMENT.match(parent) and len(parent.split()) <= 14:
                return parent
    return sender


__all__ = ["department_of"]
