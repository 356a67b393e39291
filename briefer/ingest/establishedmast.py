"""A masthead that states when the paper was founded (pure): "The Island Herald Est. 1898
Monday, May 4, 2026", a copy's first line run together from the logo, its founding tag and
the day. Owns reading the paper's name before the tag ("Est. 1898", "Founded in 1898"); a
tagline's "… Daily Newspaper Since 1969" describes the paper and names none."""

from __future__ import annotations

import re
from typing import Final

# A name in capitalised words (small connectors aside), then the founding tag and its year.
_ESTABLISHED: Final = re.compile(
    r"^(?P<name>(?:The\s+)?[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|and|of|the|&)){0,7})"
    r"\s+(?:Est\.|Established|Founded(?:\s+in)?)\s+(?:1[6-9]|20)\d\d\b"
)


def established_name(text: str) -> str:
    """The paper a masthead line names before its founding year ("X Est. 1917 …" → "X"),
    or ""."""
    match = _ESTABLISHED.match(text.strip())
    if not match:
        return ""
    name = match.group("name")
    if re.search(r"['’]s\b", name):
        return ""  # ("X's Leading Daily Est. 1969": what the paper is, not its name)
    # (a name ends on a word of its own, not a connector)
    return name if name.split()[-1][:1].isupper() and len(name.split()) >= 2 else ""
