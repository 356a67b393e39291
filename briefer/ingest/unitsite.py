"""A parent body's unit that runs its own site (pure).

A centre, an institute or a department of a ministry may run a site of its own: its
masthead names the unit ("ABC - Trung tâm X"), its copyright line the unit and its parent
("© Trung tâm X - Bộ Y"). The outlet weighed from such a page may come out as the parent,
the better-known body; but the page is the unit's, its masthead says so.

This module owns :func:`masthead_unit`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.fold import fold

_MAST_LINES: Final = 3  # the page's head, where its masthead is
# "Bản quyền © Unit - Parent", "Copyright © 2026 Unit – Parent"
_COPYRIGHT: Final = re.compile(
    r"(?:©|Bản\s+quyền|Copyright)[^\S\n]*(?:©[^\S\n]*)?(?:\d{4}[^\S\n]+)?"
    r"(?P<unit>[^\n©]{4,80}?)[^\S\n]+[-–][^\S\n]+(?P<parent>[^\n]{2,80}?)[^\S\n]*\.?$",
    re.MULTILINE,
)


def masthead_unit(outlet: str, text: str) -> str:
    """The unit a copyright line names before ``outlet`` ("© Unit - Outlet") when the page's
    masthead names that unit too; "" otherwise."""
    if not outlet:
        return ""
    head = fold(" ".join(line for line in text.splitlines()[:_MAST_LINES]))
    for match in _COPYRIGHT.finditer(text):
        unit = match.group("unit").strip()
        if fold(match.group("parent")) == fold(outlet) and fold(unit) in head:
            return unit
    return ""
