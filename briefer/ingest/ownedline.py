"""The owner a site's foot names in a line of ownership (pure).

Government and mission sites built on a shared platform set no copyright line; their foot
says whose the content is instead: "Content owned by X", "Website content owned and
maintained by X", "This site is owned by X". X publishes the page, as a copyright's holder
does. A mission named with its city after a comma ("Embassy of X, Hanoi") is the mission in
that city. This module owns :func:`content_owner`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.missionplace import mission_comma

# "Content owned by", "Website content owned, updated and maintained by", "This site is owned by"
_OWNED: Final = re.compile(
    r"^(?:(?:this\s+)?(?:web\s*site|site|portal)(?:'s)?\s+)?(?:content\s+)?(?:is\s+)?owned"
    r"(?:\s*(?:,|and)\s*(?:updated|maintained|managed))*\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^.|;]{2,80}?)\s*(?:[.|;]|$)",
    re.IGNORECASE,
)
_NAME_WORDS: Final = 10


def content_owner(line: str) -> str:
    """The body a line of ownership names ("Content owned by Embassy of X, Hanoi." → "Embassy
    of X in Hanoi"); "" for any other line."""
    match = _OWNED.match(" ".join(line.split()))
    if match is None:
        return ""
    name = match["name"].strip(" ,")
    if len(name.split()) > _NAME_WORDS or not name[:1].isupper():
        return ""
    return mission_comma(name) or name


__all__ = ["content_owner"]
