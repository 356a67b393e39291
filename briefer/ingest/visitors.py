"""Whose visit, from the visitor's nationality written before the visitor (pure).

"visiting Vietnamese Deputy Minister X", "the visiting Kenyan delegation", "Vietnamese
Foreign Minister X paid an official visit to the country", "Thai Prime Minister X made a
visit …": the nationality names who travelled, so a Vietnamese visitor went out and a
partner's came in, wherever the sentence places the meeting ("at the Secretariat in Dhaka");
so does one after the visit's "of"/"by" ("the visit to the Kingdom of Vietnamese Prime
Minister X").
Read before :func:`briefer.ingest.visitdirection.direction_of`, which would otherwise take
"visiting Vietnam…" for a destination.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.rules import INBOUND, OUTBOUND
from briefer.ingest.countries import HOME, find_countries

_NATIONAL: Final = r"(?P<who>[A-Z][\w'’-]+)"
_TITLE: Final = r"(?:[A-Z][\w'’-]*\s+){0,4}?"
# A title word: who the visitor is, not a place ("Vietnamese Deputy Minister").
_ROLE: Final = (
    r"(?:[Mm]inisters?|[Pp]resident|[Pp]rime|[Dd]eputy|[Vv]ice|[Dd]elegations?|[Mm]issions?"
    r"|[Ss]ecretary|[Ss]peaker|[Aa]mbassador|[Gg]overnor|[Ee]nvoys?|[Oo]fficials?|[Ll]eaders?"
    r"|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Hh]ead|[Cc]hief|[Tt]eams?|[Bb]usiness)"
)
# "visiting Vietnamese Deputy Minister …" (or "Visiting …" opening a sentence)
_VISITING: Final = re.compile(rf"\b[Vv]isiting\s+(?:the\s+)?{_NATIONAL}\s+{_TITLE}{_ROLE}\b")
# "Vietnamese Foreign Minister Do Thanh Son paid an official visit to …" (a name after the
# title, then the visit made: the visit is the titled person's)
_PAID: Final = re.compile(
    rf"(?<![\w,])\s*{_NATIONAL}\s+{_TITLE}{_ROLE}\b(?:\s+[A-Z][\w'’-]*){{0,4}}\s+"
    r"(?:paid|made|is\s+paying|was\s+paying|began|started|concluded|was\s+on|is\s+on)\s+"
    r"(?:an?|his|her|the|their)\s+(?:[\w-]+\s+){0,2}visit\b"
)
# "the official visit to the Kingdom of Vietnamese Prime Minister X", "the visit by Kenyan
# President X": the nationality after "of"/"by" names whose visit it is, wherever it went
# (the place after "to" may be told only as "the Kingdom", "the island").
_VISIT_OF: Final = re.compile(
    r"\b(?:visit|trip|tour)\s+(?:to\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?"
    rf"(?:of|by)\s+(?:the\s+)?{_NATIONAL}\s+{_TITLE}{_ROLE}\b"
)
_HOME_ADJECTIVE: Final = re.compile(r"Vietnamese|Viet\s?Nam(?:ese)?")
# "nhân chuyến thăm cấp Nhà nước của Tổng thống X", "the state visit of King X": a visit
# named by its kind alone, whose visitor holds a title Việt Nam's own leaders never bear (a
# president is "Chủ tịch nước" in Vietnamese), is a foreign head's visit — to Việt Nam.
_FOREIGN_HEAD_VISIT: Final = re.compile(
    r"(?<![^\W\d_])(?:chuyến\s+thăm|visit)"
    r"(?:\s+(?:cấp\s+Nhà\s+nước|chính\s+thức|làm\s+việc|hữu\s+nghị|lịch\s+sử|cấp\s+cao))*"
    r"\s+(?:của|of|by)\s+(?:the\s+)?(?:Phó\s+)?(?:Tổng\s+thống|Quốc\s+vương|Nhà\s+vua|Nữ\s+hoàng"
    r"|Hoàng\s+đế|Hoàng\s+tử|Thái\s+tử|Tiểu\s+vương|King|Queen|Emperor|Sultan|Emir|Crown"
    r"\s+Prince)\s+[A-ZĐÀ-Ỹ]",
)


def visitor_side(text: str, partner: str) -> str:
    """OUTBOUND when ``text`` names its visitor as Vietnamese, INBOUND as the partner's, else
    ""."""
    for pattern in (_VISITING, _PAID, _VISIT_OF):
        for match in pattern.finditer(text):
            who = match.group("who")
            if _HOME_ADJECTIVE.fullmatch(who):
                return OUTBOUND
            codes = {m.code for m in find_countries(who)}
            if partner in codes and HOME not in codes:
                return INBOUND
    return ""


def visiting_guest(text: str) -> re.Match[str] | None:
    """A guest told by the adjective "visiting" before a nationality and a title ("visiting
    Vietnamese Deputy Minister X"), or None."""
    return _VISITING.search(text)


def foreign_head_side(text: str) -> str:
    """INBOUND when ``text`` tells a visit by its kind alone whose visitor holds a title Việt
    Nam's own leaders never bear, else "". A last resort (the caller asks after every other
    reading): "Chủ tịch nước … thăm Chile, đáp lại chuyến thăm … của Tổng thống Boric" is
    Việt Nam's visit, the president's an earlier one it recalls."""
    return INBOUND if _FOREIGN_HEAD_VISIT.search(text) else ""


__all__ = ["foreign_head_side", "visiting_guest", "visitor_side"]
