"""A labelled byline that names two writers joined by a dash (pure).

Broadcasters and papers sign a piece by its two reporters in one credit: "Phóng viên: A - B
/ QTV", "PV: A - B (Outlet)". The reporting label's reader takes the first name and reads
what follows a dash as a unit or post ("Người viết: Name - Ban Thư ký Hội"); when what
follows is a second person's name (no unit, outlet or place), both wrote it: "A - B", as the
writer of a joint byline is kept whole elsewhere.

This module owns :func:`with_co_writer`.
"""

from __future__ import annotations

import re
from typing import Final

# " - B", " – B / Outlet", " - B (Outlet)": the rest of the credit after the first name.
_CO: Final = re.compile(
    r"^\s+[-–]\s+(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,3}?)"
    r"\s*(?:/\s*[\w.+&-]+(?:\s[\w.+&-]+){0,2}|\([^()]{2,30}\))?\s*$"
)


# What a unit's, not a person's, name opens on ("Ban Thư ký", "Phòng X", "Department of X").
_UNIT: Final = re.compile(
    r"^(?:Ban|Phòng|Vụ|Cục|Sở|Bộ|Viện|Văn\s+phòng|Trung\s+tâm|Hội|Nhóm|Đài|Báo|Tạp\s+chí"
    r"|Department|Office|Division|Unit|Desk|Team|Staff|Centre|Center|Institute)\b"
)
_WORD: Final = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


def _person(name: str) -> bool:
    """Two to four capitalised words, none a unit's, outlet's, country's or home place's."""
    from briefer.ingest.countries import country_of_name
    from briefer.ingest.homeplaces import home_places
    from briefer.ingest.outletnames import known_outlet

    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and _WORD.match(w) for w in words)
        and not _UNIT.match(name)
        and not known_outlet(name)
        and not any(country_of_name(w) for w in words)
        and not home_places().fullmatch(name)
    )


def with_co_writer(text: str, name: str) -> str:
    """ "A - B" when the credit ``text`` names ``name`` and then, after a dash, a second
    person's name (the outlet after it aside); ``name`` otherwise."""
    at = text.find(name)
    match = _CO.match(text[at + len(name) :]) if at >= 0 and name else None
    if match and _person(match.group("name")):
        return f"{name} - {match.group('name')}"
    return name


__all__ = ["with_co_writer"]
