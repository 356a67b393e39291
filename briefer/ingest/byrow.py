"""A byline row under a headline that no class marks, its writer followed by a post (pure).

A newsletter sent as mail sets "By Name, Policy Officer" / "Bởi Name, phóng viên" as a plain
paragraph under its headline: the writer is the name between the label and the comma; the
post after it is no part of the name.

This module owns :func:`by_row_name` and :func:`name_core`; the caller checks that the name
is a person's ("Pieter de Wit", "Ahmad bin Ali": its particles aside, capitalised words).
"""

from __future__ import annotations

import re
from typing import Final

_BY_ROW: Final = re.compile(
    r"^(?:By|BY|Bởi|Viết\s+bởi|Written\s+by)\s*:?\s+(?P<name>[^,|·•]{3,60}?)"
    r"(?:\s*[,|·•–—-]\s*(?P<post>[^,|·•]{2,60}))?\.?$"
)


# A surname's particle written in lower case inside a name: "de", "van der", "bin", "al".
_PARTICLE: Final = re.compile(
    r"(?<=\S)(?:\s+(?:de|da|di|do|dos|das|del|della|van|von|der|den|ter|te|la|le|bin|binti|ibn|al|el))+"
    r"(?=\s+[A-ZÀ-Ỹ])"
)


def name_core(name: str) -> str:
    """The name without its lower-case particles ("Pieter de Wit" → "Pieter Wit")."""
    return _PARTICLE.sub("", name)


def by_row_name(row: str) -> str:
    """The writer a "By Name, Post" row names ("" when the row is no such byline)."""
    m = _BY_ROW.match(" ".join(row.split()))
    return m["name"].strip() if m else ""


__all__ = ["by_row_name", "name_core"]
