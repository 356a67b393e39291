"""A state named as copyright holder, and the body a document's letterhead names (pure).

A government department's page or print-out closes on the state's copyright ("© State of X
2025", "© Commonwealth of X", "Crown copyright"): the state holds the rights to every
department's text, so its name says nothing about who published this one. The letterhead
over the title ("X Government" / "Department of Y") names the body that did. This module
owns :func:`body_over_state`: that body, when the outlet read is a state as holder.
"""

from __future__ import annotations

import re
from typing import Final

# The state as a rights holder, not a body that writes: "Commonwealth of X", "Crown".
_STATE: Final = re.compile(
    r"^(?:the\s+)?(?:(?:Commonwealth|State|Government|Kingdom|Republic)\s+of\s+[A-Z][\w .'-]*"
    r"|Crown(?:\s+copyright)?)$"
)
# A body in a letterhead: what it is ("Department of", "Ministry for", "Office of") and its
# remit in title case, nothing more on the line.
_BODY: Final = re.compile(
    r"^(?:Federal\s+|State\s+)?(?:Department|Ministry|Office|Agency|Bureau|Secretariat)"
    r"\s+(?:of|for)\s+(?:(?:the|and|of|for|&|[A-Z][\w'-]*),?\s+){0,8}[A-Z][\w'-]*$"
)
_HEAD_LINES: Final = 5  # the letterhead stands over the title, in the text's first lines


def body_over_state(outlet: str, text: str) -> str:
    """The department the text's first lines name when ``outlet`` is a state as copyright
    holder; "" otherwise."""
    if not _STATE.match(outlet.strip()):
        return ""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        if line.endswith(".") or re.search(r"\d", line):
            continue
        if _BODY.match(line):
            return line
    return ""


__all__ = ["body_over_state"]
