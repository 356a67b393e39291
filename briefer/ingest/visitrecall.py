"""A visit told again by its noun alone takes the direction told before (pure).

"Deputy President X has arrived in Hanoi for a three-day official visit. The visit, from 24
to 26 February, follows the invitation of …": the second sentence dates the visit but names
no visitor or destination — "The visit", "This trip", "Chuyến thăm này" is the one the text
has just told. Its direction is that of the last visit of the same pair told before it
(a statement or an event with a ``visit.*`` metric), when one was told close above.
Run in :mod:`briefer.ingest.candidatepass` once all candidates are found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest.candidate import Candidate

# The visit as the sentence's subject, told by its noun only ("The visit, …", "This official
# trip …", "Chuyến thăm lần này …"); a visit "to X", "of X", "by X" names its own side.
_RECALLED: Final = re.compile(
    r"^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b(?!\s+(?:to|of|by)\b)"
    r"|^\s*(?:Chuyến|Cuộc)\s+(?:thăm|công\s+tác|công\s+du)"
    r"(?:\s+(?:chính\s+thức|cấp\s+nhà\s+nước|làm\s+việc))*\s*(?:này|lần\s+này)?\s*,",
    re.IGNORECASE,
)
_REACH: Final = 1500  # characters above: the visit told in the paragraphs just before


def recalled_visits(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with an undirected visit told by its noun alone given the direction of
    the visit of its pair told just before it."""
    out: list[Candidate] = []
    for c in candidates:
        told = [
            o
            for o in out
            if o.pair == c.pair
            and o.metric.startswith("visit.")
            and 0 <= c.start - o.start <= _REACH
        ]
        if told and c.kind == "event" and not c.metric and _RECALLED.match(c.quote):
            out.append(replace(c, metric=told[-1].metric, topic="visits"))
        else:
            out.append(c)
    return out


__all__ = ["recalled_visits"]
