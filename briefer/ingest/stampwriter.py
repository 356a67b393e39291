"""The writer a date-stamp row names beside its stamp (pure).

A page's head may run its credit and its stamp on one row ("Jean-Yves Lê 04/12/2025 09:15",
"14/05/2025 — Name"); the words the stamp leaves are the writer when they read as a byline.
A release's kind before the stamp ("PRESS RELEASE · 27 May") names no writer. A name before
the stamp is the writer alone: the words after it on the row are a widget's (a view counter's
"Views: 1,284", "Comments 3"). A name written with its initial run on ("B.Khuder") keeps its
dot; a romanised Cyrillic initial is one or two letters ("Ts.", "Ch.", "Sh.", "Kh.").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest import stamplines
from briefer.ingest.rxparts import CAPITAL

# A release's kind above its headline: a label, never the author.
RELEASE_KIND: Final = re.compile(
    # ("JOINT PRESS RELEASE", "THÔNG CÁO CHUNG": a kind issued by both sides, no writer)
    r"^(?:(?:JOINT\s+)?(?:(?:PRESS|MEDIA|NEWS)\s+RELEASE|STATEMENT|COMMUNIQU[EÉ])"
    r"|(?:THÔNG\s+CÁO|TUYÊN\s+BỐ)(?:\s+(?:BÁO\s+CHÍ|CHUNG))?)\.?$",
    re.IGNORECASE,
)
_B: Final = r"[^\S\n]"
# An initial run on to a surname: "B.Khuder", "N. Hà", "A.B.Petrov", "Ts.Enkhmaa" (a digraph
# initial: Ц, Ч, Ш, Х, Ж romanised as Ts, Ch, Sh, Kh, Zh).
_INITIALLED: Final = re.compile(rf"^(?:[{CAPITAL}][hs]?\.{_B}?){{1,2}}[{CAPITAL}][^\W\d_]{{2,}}$")
# The words of a row before its first figure: "Name 2026-04-22 15:48 Views: 12".
_BEFORE_FIGURE: Final = re.compile(r"^(?P<head>[^\d]+?)[\s—–|·•,-]*\d")


def initialled(name: str) -> bool:
    """A surname with its initial run on ("B.Khuder", "Ts.Enkhmaa")."""
    return bool(_INITIALLED.match(name.strip()))


def _writer(name: str) -> bool:
    return (
        bool(meta.BYLINE.match(name)) and len(fur.words(name)) >= 2 and not RELEASE_KIND.match(name)
    )


def stamp_writer(text: str) -> str:
    """The writer a stamp row names: a labelled one ("By X", "Thực hiện: X"), else the words
    the stamp leaves when they read as a byline ("… 14/05/2025 — Name"); else ""."""
    author = stamplines.byline_in(text) or meta.reporter_in(text)
    if author:
        return author
    name = stamplines.stamp_remainder(text).strip(" —–-")
    before = _BEFORE_FIGURE.match(text)
    if before:
        head = before["head"].strip()
        if initialled(head):
            return head
        lead = stamplines.stamp_remainder(head).strip(" —–-")
        # (the row's words after the stamp are a counter's or a widget's: the name before it)
        if lead and lead != name and name.startswith(lead + " ") and _writer(lead):
            return lead
    # (the stamp's punctuation taken away took an initial's dot with it: "… 15:42:10
    # B.Tuya" names "B.Tuya", as written)
    written = [t for t in text.split() if initialled(t)]
    if len(written) == 1 and re.sub(r"\.", " ", written[0]).split() == name.split():
        return written[0]
    return name if _writer(name) else ""


__all__ = ["RELEASE_KIND", "initialled", "stamp_writer"]
