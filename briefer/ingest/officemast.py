"""Who publishes a page from the masthead or print header at the text's top (pure).

- A unit's own site prints its parent's name over its own in capitals ("MINISTRY OF X" /
  "TRADE OFFICE OF X IN Y", "BỘ X" / "THƯƠNG VỤ VIỆT NAM TẠI Y"), then the site's menu row:
  the site is the unit's, so the unit is the outlet, not the parent named first —
  :func:`masthead_office`. So is a unit's name in capitals with its parent's name under it in
  mixed case ("TRUNG TÂM X" / "Liên đoàn Y"), a line of affiliation, and the two set on one
  capitals line, parent first ("BỘ X - THƯƠNG VỤ Y (kiêm nhiệm Z)").
- A page printed from a browser opens on its running header, the site's bare domain and the
  print label ("x.vn - Bản in - Đăng ngày …", "x.com | Print"): the outlet the table knows
  by that domain — :func:`print_header_site`.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from briefer.ingest.outletnames import known_outlet, outlet_of_url
from briefer.ingest.rxparts import HOST
from briefer.text.fold import fold

_MAST_LINES: Final = 4
# A unit's name opens on what it is: an office, a department, a centre, a bureau.
_UNIT: Final = re.compile(
    r"^(?:THƯƠNG\s+VỤ|VĂN\s+PHÒNG|TRUNG\s+TÂM|CỤC|VỤ|SỞ|VIỆN|BAN|PHÒNG|TRADE\s+OFFICE"
    r"|(?:[A-Z]+\s+){0,2}(?:OFFICE|CENTRE|CENTER|DEPARTMENT|BUREAU|AGENCY|SECTION)\b)"
)
# A site's menu row: three cells or more parted by bars.
_MENU: Final = re.compile(r"^[^|]+(?:\s\|\s[^|]+){2,}$")
_PRINT_CELL: Final = re.compile(r"^(?:Bản\s+in|Print(?:\s+version)?|Printer-friendly)$", re.I)


def _cased(name: str) -> str:
    """ "THƯƠNG VỤ VIỆT NAM TẠI LIBYA" → "Thương vụ Việt Nam tại Libya": the table's form
    when it knows the name; else its first word capitalised and proper names kept."""
    known = known_outlet(name)
    if known:
        return known
    words = name.lower().split()
    keep = {"việt", "nam"}  # (the country's name in a unit's name is a proper name)
    out = [words[0].capitalize()]
    for prev, word in itertools.pairwise(words):
        proper = word in keep or prev in {"tại", "in", "of"}
        out.append(word.capitalize() if proper else word)
    return " ".join(out)


def masthead_office(text: str, outlet: str) -> str:
    """The unit under the parent ``outlet`` in a two-line capitals masthead over a menu row;
    "" when the text opens on none."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_MAST_LINES]
    for index, line in enumerate(lines[:-2]):
        below, menu = lines[index + 1], lines[index + 2]
        if not (line.isupper() and outlet and known_outlet(line) == outlet):
            continue
        if (
            below.isupper()
            and _UNIT.match(below)
            and not re.search(r"\d", below)
            and _MENU.match(menu)
        ):
            return _cased(below)
    return _unit_over_parent(lines, text, outlet) or _unit_after_parent(lines, outlet)


# "BỘ X - THƯƠNG VỤ Y (kiêm nhiệm Z)": parent and unit on one capitals line, a note after.
_PARENT_UNIT: Final = re.compile(
    r"^(?P<parent>[^-–|]+?)\s+[-–|]\s+(?P<unit>[^-–|(]+?)\s*(?:\(.*\))?$"
)


def _unit_after_parent(lines: list[str], outlet: str) -> str:
    """ "BỘ X - THƯƠNG VỤ Y" at the text's top, its parent the ``outlet`` chosen: the
    letterhead set on one line, parent first; the unit under it issues the document."""
    for line in lines:
        m = _PARENT_UNIT.match(line)
        if not (m and outlet and m["parent"].isupper() and m["unit"].isupper()):
            continue
        unit = m["unit"]
        if known_outlet(m["parent"]) == outlet and _UNIT.match(unit) and not re.search(r"\d", unit):
            return _cased(unit)
    return ""


def _unit_over_parent(lines: list[str], text: str, outlet: str) -> str:
    """ "TRUNG TÂM X" over "Liên đoàn Y" (the parent ``outlet``, in mixed case) at the
    text's top: a unit's masthead with its parent's name under it as an affiliation line; the
    site is the unit's. The unit as the text writes it in mixed case (its sign-off), else
    cased from its capitals."""
    for line, below in itertools.pairwise(lines):
        parent = known_outlet(below) or below
        if not (
            line.isupper()
            and _UNIT.match(line)
            and not re.search(r"\d", line)
            and not below.isupper()
            and outlet
            and fold(parent) == fold(outlet)
        ):
            continue
        written = [
            own
            for own in (" ".join(t.split()) for t in text.split("\n"))
            if fold(own) == fold(line) and not own.isupper()
        ]
        return written[0] if written else _cased(line)
    return ""


def print_header_site(text: str) -> str:
    """The outlet a printed page's first line names by its domain beside a print label."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    cells = [c.strip() for c in re.split(r"\s+[|·•–-]\s+", first)]
    if len(cells) < 2 or not HOST.match(cells[0]) or not any(_PRINT_CELL.match(c) for c in cells):
        return ""
    named = outlet_of_url(f"https://{cells[0].lower()}")
    return "" if not named or ("." in named and " " not in named) else named


__all__ = ["masthead_office", "print_header_site"]
