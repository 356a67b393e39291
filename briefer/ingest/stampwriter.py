"""The writer a date-stamp row names beside its stamp (pure).

A page's head may run its credit and its stamp on one row ("Jean-Yves Lê 04/12/2025 09:15",
"14/05/2025 — Name"); the words the stamp leaves are the writer when they read as a byline.
A release's kind before the stamp ("PRESS RELEASE · 27 May") names no writer.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta

# A release's kind above its headline: a label, never the author.
RELEASE_KIND: Final = re.compile(
    # ("JOINT PRESS RELEASE", "THÔNG CÁO CHUNG": a kind issued by both sides, no writer)
    r"^(?:(?:JOINT\s+)?(?:(?:PRESS|MEDIA|NEWS)\s+RELEASE|STATEMENT|COMMUNIQU[EÉ])"
    r"|(?:THÔNG\s+CÁO|TUYÊN\s+BỐ)(?:\s+(?:BÁO\s+CHÍ|CHUNG))?)\.?$",
    re.IGNORECASE,
)


def stamp_writer(text: str) -> str:
    """The writer a stamp row names: a labelled one ("By X", "Thực hiện: X"), else the words
    the stamp leaves when they read as a byline ("… 14/05/2025 — Name"); else ""."""
    author = fur.byline_in(text) or meta.reporter_in(text)
    if author:
        return author
    name = fur.stamp_remainder(text).strip(" —–-")
    if meta.BYLINE.match(name) and len(fur.words(name)) >= 2 and not RELEASE_KIND.match(name):
        return name
    return ""


__all__ = ["RELEASE_KIND", "stamp_writer"]
