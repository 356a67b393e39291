"""Writer credits the byline readers pass over (pure): an agency credited with the outlet's
own initials, a labelled team of writers.

- "Anadolu-HDN", "AFP - TT": a wire agency the story comes from joined to the initials of the
  outlet that ran it (the outlet's newsroom added to the agency's copy). The credit as printed
  is the piece's author line, the way a writer's name would be.
- "Nhóm biên tập: Name A - Name B", "Nhóm tác giả: …", "Written by: A and B": a label naming
  the team that wrote the piece, then the persons; the persons are the author. A desk or a
  unit after the label ("Ban Biên tập") names no writer.

This module owns :func:`agency_credit` and :func:`team_writers`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.metachoice import initials_in_name
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.pageauthor import is_person

_HEAD_LINES: Final = 20  # a credit sits under the headline
_AGENCY_INITIALS: Final = re.compile(
    r"^(?P<agency>[A-ZÀ-Ỹ][\w.]+(?: [A-Z][\w.]+)?)\s?[-–/]\s?(?P<own>[A-Z]{2,6})$"
)
_TEAM: Final = re.compile(
    r"^(?:nhóm\s+(?:biên\s+tập|tác\s+giả|phóng\s+viên|thực\s+hiện)|tác\s+giả|thực\s+hiện"
    r"|written\s+by|authors?|reporting\s+by)\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)
_JOINER: Final = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+(?:và|and|&)\s+")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()][:_HEAD_LINES]


def agency_credit(text: str, outlet: str) -> str:
    """The head's "Agency-OWN" credit line, the outlet's initials after a known agency."""
    if not outlet:
        return ""
    for line in _lines(text):
        match = _AGENCY_INITIALS.match(line)
        if (
            match
            and known_outlet(match.group("agency"))
            and initials_in_name(match.group("own"), outlet)
        ):
            return line
    return ""


def team_writers(text: str) -> str:
    """The persons a labelled team credit names, as printed, or ""."""
    for line in _lines(text):
        match = _TEAM.match(line)
        if match is None:
            continue
        names = match.group("names").strip()
        parts = _JOINER.split(names)
        if parts and all(is_person(p) for p in parts):
            return names
    return ""


__all__ = ["agency_credit", "team_writers"]
