"""A feed reader's unlabelled entry row and the item's own link (pure).

Owns what any feed reader shows of an entry besides labelled fields: readers print the
entry's published moment as the feed gave it, a full timestamp with its time of day and
zone ("Wed, 15 Oct 2025 09:30:00 +0300", "2025-10-15T09:30:00Z"), often with the writer
after a separator ("… · by Jane Roe", "… | Author: Jane Roe"); and they link the item's
headline to the original post on the publisher's own site. A bare day with no time ("4
February 2026") is how pages print dates, not how feeds stamp entries, so it is no entry.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

import lxml.html

# The timestamp a feed gives an entry, as the first thing on its row: RFC 822 (weekday
# optional) or ISO 8601, always with a time of day and a zone.
_STAMP: Final = re.compile(
    r"^(?P<stamp>(?:[A-Z][a-z]{2},\s+)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s+(?:[+-]\d{4}|GMT|UTC|UT|Z)"
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))"
    r"(?P<rest>.*)$"
)
# The writer after the stamp: "· by Jane Roe", "| Author: Jane Roe", "— Tác giả: An Bình".
_WRITER: Final = re.compile(
    r"^\s*[·•|—–-]\s*(?:by|By|BY|Author\s*:|Tác\s+giả\s*:|Bởi)\s+(?P<name>[^·•|@()]{2,60}?)\s*$"
)
_NAME_WORDS: Final = 5


def entry_stamp(row: str) -> tuple[str, str]:
    """(the timestamp, the writer) of a reader's entry row ("Wed, 15 Oct 2025 09:30:00
    +0300 · by Jane Roe" → ("Wed, 15 Oct 2025 09:30:00 +0300", "Jane Roe")); ("", "") for
    a row that does not begin with a feed's full timestamp."""
    match = _STAMP.match(row.strip())
    if match is None:
        return "", ""
    rest = match.group("rest")
    writer = _WRITER.match(rest) if rest.strip() else None
    name = writer.group("name").strip() if writer else ""
    if name and (len(name.split()) > _NAME_WORDS or not name[:1].isupper()):
        name = ""  # (a sentence after the stamp, not a name)
    return match.group("stamp"), name


def item_link(root: lxml.html.HtmlElement) -> str:
    """The address the item's headline links to (its original post): the first heading
    whose link goes to a web address; "" when no heading links out."""
    for href in root.xpath("//h1//a/@href | //h2//a/@href | //h3//a/@href"):
        host = urlsplit(str(href)).hostname if str(href).startswith("http") else None
        if host:
            return str(href)
    return ""


__all__ = ["entry_stamp", "item_link"]
