"""A masthead set as initials over the name they stand for ("KDN" over "Kigali Daily
News") at the top of a pasted page: the site's logo and its name, so the outlet. Also the
pair set side by side in one line's cells ("KDN Online | Kigali Daily News").

Owns only that pair of lines; spelling the initials out is ``outletforms.spelled_out``'s.
"""

from __future__ import annotations

import re
from itertools import pairwise, permutations
from typing import Final

from briefer.ingest.outletforms import spelled_out

_TOP: Final = 6  # the lines at a page's top where a logo stands
# A logo's initials with its web edition's word after them ("KDN Online", "KDN.com")
_EDITION: Final = re.compile(r"\s+(?:Online|Digital|Web|News)$|\.(?:com|net|org)$")
_CELL: Final = re.compile(r"\s+[|·•]\s+")


def initials_masthead(text: str) -> str:
    """The name a line of initials and the line under it spell at the text's top ("" when
    no such pair opens the text)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_TOP]
    for short, below in pairwise(lines):
        name = spelled_out(short, below)
        if name:
            return name
    for line in lines:
        cells = _CELL.split(line)
        if len(cells) != 2:  # (a menu's row has more: its items are no name and logo)
            continue
        for short, full in permutations(cells):
            name = spelled_out(_EDITION.sub("", short), full)
            if name:
                return name
    return ""


__all__ = ["initials_masthead"]
