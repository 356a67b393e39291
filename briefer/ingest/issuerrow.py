"""The office-holder a release's head row names as the one issuing it (pure).

A minister's media release or statement names its issuer in a row under the headline, by an
honorific and the office after the name: "Senator the Hon Jane Roe, Minister for Trade",
"Joint media release with: Hon John Doe MP, Minister of X", "H.E. Name, Ambassador of X".
The release speaks in that person's voice as a speech does in its speaker's, so the person is
its author, named bare (older keys: "Hon Name" under a speech's title is "Name").

This module owns :func:`issuer_in_row`.
"""

from __future__ import annotations

import re
from typing import Final

# "Joint media release with:", "Issued by:", "From:": a label before the issuer.
_LABEL: Final = r"(?:[A-Z][\w ]{0,40}?(?:with|by|from|From|By)\s*:\s*)?"
# The honorifics of an office-holder (at least one), as a release's head writes them.
_HONORIFIC: Final = (
    r"(?:(?:Senator|Senador[a]?|(?:the|The)\s+Hon(?:ourable|\.)?|(?:Rt\.?\s+)?Hon(?:ourable|\.)?"
    r"|H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)+"
)
_ROW: Final = re.compile(
    rf"^{_LABEL}{_HONORIFIC}(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}?)"
    # (a member's letters after the name: "MP", "TD", "MHK"; then the office after a comma)
    r"(?:\s+(?:MP|TD|MLA|MHK|MHR|QC|KC|AO|AM|OBE|CBE))*"
    r"(?:\s*,\s*(?:[A-Z][\w'’-]*|of|for|and|the|&)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|&))*)?$"
)


def issuer_in_row(row: str) -> str:
    """The person a release's head row names by honorific ("" when the row is no such row)."""
    match = _ROW.match(" ".join(row.split()))
    return match.group("name") if match else ""


__all__ = ["issuer_in_row"]
