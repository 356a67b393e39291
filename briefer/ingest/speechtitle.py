"""A speech's head read for its title and speaker (pure).

A speech issued by a body (a chamber, a ministry) comes under the body's letterhead, then
the speech's own title line ("Opening remarks at the X Forum", "Phát biểu khai mạc tại …"),
then its byline ("Opening remarks by H.E. Name, Minister of Y"). Two things follow:

- a title that is the issuing body's own name (its letterhead taken for the headline) gives
  way to the speech's title line;
- the byline line names the speaker, the speech's author (a speech's speaker is its author),
  a post after the comma no part of the name.

This module owns :func:`speech_title` and :func:`speech_byline`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.fold import fold

_HEAD_LINES: Final = 12  # the lines of a speech's head, above its salutation
_KIND: Final = (
    r"(?:(?:opening|closing|welcome|welcoming|keynote|introductory|concluding|special)\s+)?"
    r"(?:remarks|speech|address|statement)"
)
# "Opening remarks at the X Forum", "Keynote address to the Y", "Phát biểu khai mạc tại …"
_TITLE_LINE: Final = re.compile(
    rf"^(?:{_KIND}\s+(?:at|to|on|before)\s+\S"
    r"|(?:bài\s+)?(?:phát\s+biểu|diễn\s+văn)(?:\s+(?:khai\s+mạc|bế\s+mạc|chào\s+mừng))?"
    r"\s+tại\s+\S)",
    re.IGNORECASE,
)
_OFFICE: Final = (
    r"(?:H\.?\s?E\.?|Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?|Sheikh|Senator"
    r"|ông|bà|đồng\s+chí)"
)
_PARTICLE: Final = r"(?:bin|binti|bint|al|el|de|da|di|van|von|der|du|dos|la|le)"
_WORD: Final = r"[^\W\d_][\w'’.-]*"
# "Opening remarks by H.E. Name bin Name, Minister of X", "Phát biểu của ông Name, Bộ trưởng …"
_BYLINE: Final = re.compile(
    rf"^(?i:{_KIND}|(?:bài\s+)?phát\s+biểu(?:\s+khai\s+mạc)?)\s+(?i:delivered\s+)?(?i:by|của)\s+"
    rf"(?:(?i:{_OFFICE})\s+)*"
    rf"(?P<name>{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,5}})"
    r"(?:\s*,\s*[^,]{2,80}(?:,[^,]{2,80})?)?$"
)


def _head(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return [line for line in lines if line][:_HEAD_LINES]


def speech_title(text: str, title: str, outlet: str) -> str:
    """The speech's own title line when ``title`` is only its issuing body's name (the
    outlet); "" otherwise."""
    if not title or not outlet or fold(title) != fold(outlet):
        return ""
    return next((line for line in _head(text) if _TITLE_LINE.match(line)), "")


def speech_byline(text: str) -> str:
    """The speaker a speech's byline line names in its head ("Remarks by H.E. Jane Roe,
    Minister of Trade" → "Jane Roe"); "" when the head has none."""
    for line in _head(text):
        match = _BYLINE.match(line)
        # (a line in capitals names an office, "PHÁT BIỂU CỦA PHÓ THỦ TƯỚNG": no name to tell)
        if match is None or line.isupper():
            continue
        name = match.group("name")
        # (a name's words are capitalised, its particles aside: "bin", "van")
        if all(w[:1].isupper() or re.fullmatch(_PARTICLE, w) for w in name.split()):
            return name
    return ""
