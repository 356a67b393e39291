"""A section's name that a page's menu row lists, offered as its masthead (pure).

A pasted page often repeats the section it files the article under on a line of its own
over the headline ("Local News", "Kinh tế"): read alone, a name of that shape looks like a
masthead. When the page's own menu row at its top lists the same words as one of its items,
the line is that section, never the site (unless the outlet table knows the name or it is a
kind of outlet and its name: a top bar may list the paper beside its sections). This module
owns dropping such claims; the first cell of a row is left alone, as a site may open its
menu on its own name ("Báo X | Thời sự | Kinh tế"). A name with such an item after a dash
("X - Business", a printed header's "<title>" with its section) is the site's name, X.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.mastheads import kind_and_name
from briefer.ingest.metachoice import Claim
from briefer.ingest.outletnames import known_outlet
from briefer.text.fold import fold

# A menu's items sit apart by a gap of spaces or a separator.
# (the separator first: "A  ·  B" is two cells, not a "·" between them)
_GAP: Final = re.compile(r"\s*[|·•›»]\s+|\s{2,}")
_ROW_CELLS: Final = 4  # a row of fewer items is a masthead with its tagline, no menu
_ITEM_WORDS: Final = 3  # a menu's item is a word or three; a longer cell is a line of text


def menu_sections(head: str) -> frozenset[str]:
    """The items (folded) of the menu rows in a page's head, each row's first cell aside."""
    items: set[str] = set()
    for line in head.split("\n"):
        cells = [c.strip() for c in _GAP.split(line.strip()) if c.strip()]
        # (a row with a day or a number in it is a page's top bar: its name and date)
        if len(cells) < _ROW_CELLS or any(
            len(c.split()) > _ITEM_WORDS or re.search(r"\d", c) for c in cells
        ):
            continue
        items.update(" ".join(fold(c).split()) for c in cells[1:])
    return frozenset(items)


def without_sections(claims: list[Claim], head: str) -> list[Claim]:
    """The claims less the text's lines that name one of the head's menu items (a name the
    outlet table knows, or a kind of outlet and its name, "Báo X", is a site's all the same)."""
    sections = menu_sections(head)
    return [
        c
        for c in claims
        if not (
            c.signal.startswith("text")
            and " ".join(fold(c.name).split()) in sections
            and not (known_outlet(c.name) or kind_and_name(c.name))
        )
    ]


# "Name - Section": the last part after a dash
_DASHED_TAIL: Final = re.compile(r"^(?P<name>.+?)\s+[-–|]\s+(?P<tail>[^-–|]+)$")


def without_section_tails(claims: list[Claim], head: str) -> list[Claim]:
    """The claims with a menu item after a dash cut off their names ("X - Business" where the
    head's menu lists "Business"): the site's section, filed beside its name."""
    sections = menu_sections(head)
    cut: list[Claim] = []
    for c in claims:
        parts = _DASHED_TAIL.match(c.name.strip())
        section = parts and " ".join(fold(parts.group("tail")).split()) in sections
        cut.append(Claim(parts.group("name"), c.weight, c.signal) if parts and section else c)
    return cut


__all__ = ["menu_sections", "without_section_tails", "without_sections"]
