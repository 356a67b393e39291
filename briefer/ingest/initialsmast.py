"""A masthead set as initials over the name they stand for ("KDN" over "Kigali Daily
News") at the top of a pasted page: the site's logo and its name, so the outlet.

Owns only that pair of lines; spelling the initials out is ``outletforms.spelled_out``'s.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from briefer.ingest.outletforms import spelled_out

_TOP: Final = 6  # the lines at a page's top where a logo stands


def initials_masthead(text: str) -> str:
    """The name a line of initials and the line under it spell at the text's top ("" when
    no such pair opens the text)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_TOP]
    for short, below in pairwise(lines):
        name = spelled_out(short, below)
        if name:
            return name
    return ""


__all__ = ["initials_masthead"]
