"""The institution a handout's presenter speaks for, from the affiliation under the name on
the title slide (pure).

A slide deck printed as a handout is published by the body its presenter belongs to when no
foot row on the slides names an office: "TS. Name – Khoa X, Trường Đại học Y, ĐHQG-HCM" is
the faculty (a unit), the university (the institution), and its umbrella's initials; the
institution is the first part that names a school, an academy or an institute.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.handoutslides import slide_label

# a person credited with a degree, then the affiliation after a dash or a comma
_DEGREE: Final = re.compile(
    r"^(?:(?:PGS|GS|TS|ThS|NCS|Dr|Prof)\.\s*)+[^,–—]{3,60}?(?:\s+[–—]\s+|,\s*)(?P<rest>.+)$"
)
# an institution's kind (a faculty, "Khoa", or a department is its unit, not it)
_INSTITUTION: Final = re.compile(
    r"^(?:Trường|Đại\s+học|Học\s+viện|Viện|University|Institute|College|Academy|School)\s+\S",
    re.IGNORECASE,
)
_PARTS: Final = re.compile(r"\s+[–—]\s+|,\s*")
_TITLE_LINES: Final = 8


def presenter_body(text: str) -> str:
    """The presenter's institution the title slide names ("" when none)."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    for line in lines[:_TITLE_LINES]:
        if slide_label(line):
            break  # (a slide's number mark: the title slide ends at the first)
        match = _DEGREE.match(line)
        if not match:
            continue
        for part in _PARTS.split(match.group("rest")):
            if _INSTITUTION.match(part.strip()):
                return part.strip()
    return ""


__all__ = ["presenter_body"]
