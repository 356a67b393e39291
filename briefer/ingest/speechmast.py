"""A speech under its issuing body's letterhead in capitals (pure).

A mission's or a ministry's speech text opens on the body's letterhead set in capitals, one
name over one to three lines ("EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM" / "IN X"), then
the delivery notes (a place and day, "Check against delivery") and the speech's own title
line ("Remarks by Ambassador Name at the X Forum", "Phát biểu của Đại sứ … tại …"). The
letterhead is the body that issues the speech, not its headline: the title line is. This
module owns that reading (:func:`speech_mast`).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from briefer.ingest.issuer import english_title_case
from briefer.ingest.outlet_table import BODY_KIND

_HEAD_LINES: Final = 8
_MAST_LINES: Final = 3
_MAST_WORDS: Final = 16
_TITLE_WORDS: Final = (4, 30)
# An English body's name opens on what it is.
_ENGLISH_BODY: Final = re.compile(
    r"^(?:(?:ROYAL\s+|HIGH\s+|GENERAL\s+)?EMBASSY|(?:CONSULATE|CONSULATE\s+GENERAL|HIGH\s+"
    r"COMMISSION)|(?:PERMANENT\s+)?MISSION|DELEGATION|MINISTRY|DEPARTMENT|TRADE\s+OFFICE|OFFICE"
    r"|CHAMBER|COUNCIL|COMMISSION|AGENCY|ASSOCIATION)\b"
)
# A speech's title line: its kind, then whose or where ("Remarks by …", "Keynote address at
# …", "Phát biểu của …", "Diễn văn khai mạc tại …").
_TITLE: Final = re.compile(
    r"^(?:(?:opening|closing|welcome|welcoming|keynote|introductory|concluding|special)\s+)?"
    r"(?:remarks|speech|address|statement)\s+(?:by|at|to|of|on|delivered)\s+\S"
    r"|^(?:bài\s+)?(?:phát\s+biểu|diễn\s+văn)(?:\s+(?:khai\s+mạc|bế\s+mạc|chào\s+mừng))?"
    r"\s+(?:của|tại)\s+\S",
    re.IGNORECASE,
)


class SpeechMast(NamedTuple):
    letterhead: str  # the letterhead's lines joined, as set ("" when none)
    body: str  # the issuing body's English name, cased as a name ("" for another's)
    title: str  # the speech's title line


def _mast_line(line: str) -> bool:
    return line.isupper() and not re.search(r"[\d@|:/]", line)


def speech_mast(text: str) -> SpeechMast | None:
    """The letterhead, its body and the speech's title line when ``text`` opens on a body's
    letterhead in capitals and a speech's title line follows in its head; else None."""
    head = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()][:_HEAD_LINES]
    run = 0
    while run < min(_MAST_LINES, len(head)) and _mast_line(head[run]):
        run += 1
    letterhead = " ".join(head[:run])
    if not run or len(letterhead.split()) > _MAST_WORDS:
        return None
    if not (_ENGLISH_BODY.match(letterhead) or BODY_KIND.match(letterhead)):
        return None
    for line in head[run:]:
        words = len(line.split())
        if (
            _TITLE.match(line)
            and _TITLE_WORDS[0] <= words <= _TITLE_WORDS[1]
            and not line.endswith((".", ",", ":", ";"))
        ):
            # (a Vietnamese body in capitals is cased by the readers that know its units)
            english = bool(_ENGLISH_BODY.match(letterhead))
            return SpeechMast(letterhead, english_title_case(letterhead) if english else "", line)
    return None


__all__ = ["SpeechMast", "speech_mast"]
