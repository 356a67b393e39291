"""The body a publisher's disclaimer names as the document's publisher (pure).

A ministry's or an agency's market report brands its head with a short mark ("X Foreign
Affairs & Trade | <name in another language>") and names itself in full only in the small
print closing it: "Disclaimer: This information released by the X Ministry of Y draws from
…", "This report is published by the Z Department of W and …". The disclaimer speaks for
the publisher; the body it says released, published or issued the text is the document's
issuer. This module owns :func:`disclaimer_issuer` and :func:`offer_disclaimer_issuer`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.disclaimers import publisher_disclaimer
from briefer.ingest.found import Found, Line

# "… released by the X Ministry of Y and Z draws …": the body's name, capitalised words and
# their connectors, up to the first word in lower case that is no connector.
_BY: Final = re.compile(
    r"\b(?:released|published|issued|produced|compiled)\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w'’.-]*)){1,11})"
)
# A body's kind among the name's words: a state's unit, not a person or a paper.
_BODY: Final = re.compile(
    r"\b(?:Ministry|Department|Embassy|Office|Agency|Commission|Council|Authority"
    r"|Administration|Bureau|Chamber|Board|Institute|Corporation)\b"
)
_TRAILING: Final = re.compile(r"(?:\s+(?:of|and|for|the|&))+$")
# (an offer below the page's own marks and a letterhead, above nothing at all)
_RANK: Final = 6


def disclaimer_issuer(text: str) -> str:
    """The body a disclaimer paragraph says released the text ("" when it names none)."""
    if not publisher_disclaimer(text):
        return ""
    match = _BY.search(text)
    if match is None:
        return ""
    name = _TRAILING.sub("", match["name"])
    return name if _BODY.search(name) else ""


def offer_disclaimer_issuer(lines: list[Line], found: Found) -> None:
    """Offer the issuer the last disclaimer naming one names (the document's own small print)."""
    for line in reversed(lines):
        name = disclaimer_issuer(line.text)
        if name:
            found.offer_outlet(name, _RANK)
            return


__all__ = ["disclaimer_issuer", "offer_disclaimer_issuer"]
