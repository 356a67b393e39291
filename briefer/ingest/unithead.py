"""A unit's head without a letterhead's fields (pure): "BỘ CÔNG THƯƠNG" over "CỤC XÚC TIẾN
THƯƠNG MẠI", "UBND TỈNH X" over "SỞ NGOẠI VỤ", or one line "THƯƠNG VỤ VIỆT NAM TẠI X", set in
capitals at the top of a brief, a bulletin or a note, then the headline in mixed case.

A letterhead is known by its fields (a national motto, a number, a place and date: the
``head`` reader's marks); an office's market brief or a unit's bulletin often carries only
the left column. Its shape tells it all the same: a governing body (a ministry, a province's
people's committee) over the unit that issues the paper, each line opening on a kind of
body, or a unit abroad named with its host ("… TẠI X"), in capitals, and a line in mixed
case after them. This module owns :func:`unit_rows`, and :func:`offer_unit_lines`: a
ministry and its unit on one line ("BỘ CÔNG THƯƠNG - VỤ THỊ TRƯỜNG X") under a bulletin's
issue line taken for the headline names the issuing unit before the head's short lines
are set aside as the page's labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from briefer.ingest.issuer import issuing_body
from briefer.ingest.statestyle import without_state_style
from briefer.ingest.unitline import capitals, ministry_parts

if TYPE_CHECKING:
    from briefer.ingest.lines import Found, Line

# A governing body heading the column ("BỘ X", not "BỘ TRƯỞNG …" opening a headline). (An
# English column, "MINISTRY OF X" over "TRADE OFFICE …", is the letterhead reader's, which
# reads an office's address and kind lines under it.)
_PARENT: Final = re.compile(
    r"^(?:BỘ(?!\s+TRƯỞNG)|UBND|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|TỔNG\s+CỤC)"
    r"(?:\s+\S|$)"
)
# The unit under it (or the place its people's committee governs, on a line of its own).
_UNIT: Final = re.compile(
    r"^(?:CỤC|TỔNG\s+CỤC|VỤ|SỞ|VIỆN|BAN|VĂN\s+PHÒNG|TRUNG\s+TÂM|THƯƠNG\s+VỤ|ĐẠI\s+SỨ\s+QUÁN"
    r"|(?:TỔNG\s+)?LÃNH\s+SỰ\s+QUÁN|TỈNH|THÀNH\s+PHỐ)\b"
)
# A unit abroad named with its host, alone at the top: "THƯƠNG VỤ VIỆT NAM TẠI X".
_ABROAD: Final = re.compile(
    r"^(?:THƯƠNG\s+VỤ|ĐẠI\s+SỨ\s+QUÁN|(?:TỔNG\s+)?LÃNH\s+SỰ\s+QUÁN)\s+VIỆT\s+NAM\s+TẠI\s+\S"
    r"|^(?:EMBASSY|TRADE\s+OFFICE|CONSULATE\s+GENERAL)\s+OF\s+VIET\s?NAM\s+IN\s+\S"  # (English)
)
_WORDS: Final = 12
_SPLIT_MISSION: Final = 2  # a unit abroad set on two lines, its host on the second
# (a note in mixed case: an acronym in brackets, "(VICOFA)", is the name's own)
_NOTE: Final = re.compile(r"(?<=[A-ZĐÀ-Ỹ])\s+\((?=[^()]*[a-zđà-ỹ])[^()]*\)$")


def unit_rows(lines: list[str]) -> int:
    """How many of ``lines`` (the text's first lines) are such a head, or 0: the run of
    lines in capitals at the top, a governing body over its unit or a unit abroad alone,
    then a line in mixed case."""
    # (a note in brackets after a unit's name, "(kiêm nhiệm Y)", "(accredited to Y)", is no
    # part of the capitals line)
    lines = [without_state_style(without_note(line)) for line in lines]  # (and the state's style)
    run = 0
    while run < len(lines) and capitals(lines[run]) and len(lines[run].split()) <= _WORDS:
        run += 1
    if run == 0 or run >= len(lines) or not any(ch.islower() for ch in lines[run]):
        return 0
    if run == 1:
        return 1 if _ABROAD.match(lines[0]) else 0
    if run == _SPLIT_MISSION and _ABROAD.match(" ".join(lines[:run])):
        return run  # (an English mission over its host: "EMBASSY OF VIET NAM" / "IN X")
    if _PARENT.match(lines[0]) and all(_UNIT.match(line) for line in lines[1:run]):
        return run
    return 0


_LOOK: Final = 8


def without_note(line: str) -> str:
    """ "THƯƠNG VỤ VIỆT NAM TẠI X (kiêm nhiệm Y)" → the unit's name in capitals alone: a note
    in brackets after a name in capitals is the unit's remit, no part of its name."""
    return _NOTE.sub("", line)


def ministry_unit(text: str) -> str:
    """ "BỘ CÔNG THƯƠNG - THƯƠNG VỤ VIỆT NAM TẠI X": a known body and its unit on one line in
    capitals (:func:`unitline.ministry_parts`), read as the unit under its parent ("" for
    any other line)."""
    parts = ministry_parts(text)
    return issuing_body(parts) if parts else ""


def offer_unit_lines(lines: list[Line], found: Found) -> None:
    """Offer the unit a line at the top names with its ministry (see the module's
    docstring) when the head's reader has not (a bulletin's issue line over it)."""
    for line in lines[:_LOOK]:
        unit = ministry_unit(line.text) if line.kept else ""
        if unit and all(name != unit for name, *_ in found.outlet_offers):
            found.offer_outlet(unit, 0)
            return


__all__ = ["ministry_unit", "offer_unit_lines", "unit_rows", "without_note"]
