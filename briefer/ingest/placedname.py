"""A paper's short name placed by its masthead's slogan (pure): "DAILY POST" over "Vanuatu's
Leading Newspaper" is the "Vanuatu Daily Post" the outlet table knows.

A paper often prints its name without its place, and says the place in its slogan ("X's
leading newspaper", "X's oldest daily"). The short name alone names many papers; with the
place the slogan gives, before or after it, it is the one the table knows. Owns
:func:`placed_name`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outletnames import known_outlet, press_name

_SLOGAN: Final = re.compile(
    r"^(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})['’]s\s+(?:leading|largest|premier"
    r"|first|oldest|biggest|most|best|only|number\s+one|no\.?\s*1|favou?rite|trusted"
    r"|independent)\b",
    re.IGNORECASE,
)
_LOOK: Final = 8


def placed_name(outlet: str, text: str) -> str:
    """The table's name for ``outlet`` with the place its slogan at the text's head gives
    ("" when the outlet is known already, or no slogan places it in a known name)."""
    if not outlet.strip() or known_outlet(outlet):
        return ""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_LOOK]
    for line in lines:
        slogan = _SLOGAN.match(line)
        if slogan is None:
            continue
        place = slogan.group("place")
        for name in (f"{place} {outlet}", f"{outlet} {place}"):
            # (a name the table holds, not one made of a country and a paper's noun)
            if known_outlet(name) and not press_name(name):
                return known_outlet(name)
    return ""


__all__ = ["placed_name"]
