"""The site's own footer line left under the article's boxes (pure).

A page's foot names the site that published it: "X - News Agency of Y. Founded in 1959.",
"X — the daily of Y since 1946". Copied or printed as text, such a line is a sentence like
the article's and no tag marks it. What marks it is where it stands and what it opens with:
below the boxes that follow the article (its tags, "Related news", the headlines of other
stories), with no article text after it, and opening with the outlet's own name. An
article's closing sentence that names the outlet comes before those boxes, never under them.

This module owns :func:`mark_own_footer`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Line
from briefer.text.fold import fold

# What a page sets between its article and its footer.
_BOXES: Final = frozenset(
    ("tags", "sidebar", "related headline", "page furniture", "copyright", "share", "box")
)


def mark_own_footer(lines: list[Line], outlet: str) -> None:
    """A kept line that opens with the outlet's own name, under a box of the page and with
    no kept line after it, is the site's footer ("imprint")."""
    own = fold(" ".join(outlet.split()))
    if len(own) < 4:
        return
    kept = [i for i, line in enumerate(lines) if line.kept]
    if not kept:
        return
    last = kept[-1]
    text = fold(" ".join(lines[last].text.split()))
    if not re.match(rf"{re.escape(own)}(?:\s*[-–—:|,]|\s+\w)", text):
        return
    above = next((ln for ln in reversed(lines[:last]) if ln.text.strip()), None)
    if above is not None and not above.kept and above.reason in _BOXES:
        lines[last].reason = "imprint"


__all__ = ["mark_own_footer"]
