"""The speaker a speech's heading credits on the line under its label (pure).

Owns one shape of a speech printed to be read out: a label alone on its line ("BÀI PHÁT
BIỂU", "DIỄN VĂN", "SPEECH", "REMARKS"), then the credit on the next line, "của PGS.TS.
Name, Chủ tịch Hội …" / "by H.E. Name, Minister of …": the speaker's degrees or honorifics,
the name, and after a comma their post. A speech's speaker is its author, so the name is
taken when the text is the speech itself (a salutation opens it a few lines below).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import NAME_WORD as _WORD
from briefer.ingest.salutations import is_salutation

_LABEL: Final = re.compile(
    r"^(?:bài\s+)?(?:phát\s+biểu|diễn\s+văn|tham\s+luận)(?:\s+(?:khai\s+mạc|bế\s+mạc"
    r"|chào\s+mừng|chỉ\s+đạo))?"
    r"|^(?:(?:opening|closing|welcome|welcoming|keynote)\s+)?(?:speech|remarks|address|statement)$",
    re.IGNORECASE,
)
# (a degree or honorific before the name: "PGS.TS.", "GS.", "Dr.", "H.E.", "Ông", "Mr")
_TITLES: Final = (
    r"(?:(?:PGS|GS|TS|ThS|NCS|BS|KS|Dr|Prof|H\.\s?E|Mr|Mrs|Ms|Hon)\.?\s*)*"
    r"(?:(?:Ông|Bà|Ngài|His\s+Excellency|Her\s+Excellency)\s+)?"
)
_CREDIT: Final = re.compile(
    rf"^(?:của|by|of)\s+{_TITLES}(?P<name>{_WORD}(?:\s+{_WORD}){{1,4}})"
    r"(?:\s*,\s*\S.{0,120})?$"
)
_OPENING: Final = 8  # the lines under the credit a speech's salutation stands among


def credited_speaker(text: str) -> str:
    """The speaker a speech's label and credit lines name ("BÀI PHÁT BIỂU" / "của PGS.TS.
    Name, Chủ tịch …" → "Name") when a salutation follows; "" otherwise."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for at, line in enumerate(lines[:-1]):
        if not _LABEL.match(line) or len(line.split()) > 4:
            continue
        credit = _CREDIT.match(lines[at + 1])
        below = lines[at + 2 : at + 2 + _OPENING]
        if credit and any(is_salutation(b) for b in below):
            return credit.group("name")
    return ""


__all__ = ["credited_speaker"]
