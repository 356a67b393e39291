"""The periodical a story says its sources spoke to (pure): "…, officials told X Monthly".

English reporting names its own publication when a source speaks to it ("traders told Gulf
Trade Monthly", "the minister told The Harbour Times"). When no masthead, markup, address
or credit named the outlet, a publication so named — a run of capitalised words ending on a
periodical's kind (Monthly, Weekly, Daily, Magazine, Review, Journal, Times, Post, News …) —
is the outlet the page was read from, as a last resort.

This module owns :func:`told_outlet`.
"""

from __future__ import annotations

import re
from typing import Final

_TOLD: Final = re.compile(
    r"\b(?:told|said\s+to|speaking\s+to|in\s+an\s+interview\s+with)\s+"
    r"(?P<name>(?:The\s+)?(?:[A-Z][\w&'-]*\s+){0,4}"
    r"(?:Monthly|Weekly|Daily|Magazine|Review|Journal|Times|Post|News|Herald|Gazette"
    r"|Tribune|Chronicle|Observer|Quarterly|Bulletin))\b"
)


def told_outlet(text: str) -> str:
    """The periodical the text's first "told X Monthly" names, or ""."""
    match = _TOLD.search(text)
    return match.group("name") if match else ""


__all__ = ["told_outlet"]
