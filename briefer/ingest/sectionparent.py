"""A section named as the outlet under its parent body's name: the parent (pure).

A bulletin or a press review sent by a section of a body prints the body in capitals and
the section under it in mixed case ("BAN TUYÊN GIÁO … TỈNH ỦY X" / "Phòng Thông tin - Báo
chí"), and its mail is sent in the section's name. The section is the body's own desk, no
publisher (as a publisher's own unit is no outlet): the body above it is. A chamber of
commerce ("Phòng Thương mại …") is a body of its own, not a section. The case of a unit in
capitals over its parent in mixed case (a unit's own masthead) is ``officemast``'s.

This module owns :func:`section_parent`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.issuer import issuing_body
from briefer.ingest.outlet_table import BODY_KIND

_SECTION: Final = re.compile(
    r"^(?:Phòng(?!\s+Thương\s+mại)|Tổ|Bộ\s+phận|Section)\s+\S",
    re.IGNORECASE,
)
_HEAD_LINES: Final = 16
_BODY_WORDS: Final = 14


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def section_parent(outlet: str, text: str) -> str:
    """The body printed in capitals right above the section ``outlet`` names ("BAN X" over
    "Phòng Y" → "Ban X"); "" when the outlet is no section or stands under no such body."""
    if not _SECTION.match(outlet.strip()):
        return ""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for at, line in enumerate(lines[1:_HEAD_LINES], start=1):
        if not _same(line, outlet) or line.isupper():
            continue  # (the section as printed, in mixed case under its body's capitals)
        above = lines[at - 1]
        if (
            above.isupper()
            and BODY_KIND.match(above)
            and not _SECTION.match(above)
            and len(above.split()) <= _BODY_WORDS
            and not re.search(r"\d", above)
        ):
            return issuing_body([above])
    return ""


__all__ = ["section_parent"]
