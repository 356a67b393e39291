"""A wire's dateline opening a story's first sentence (pure): "Accra, Aug. 12, GNA – Ghana
and Vietnam have agreed …", "HÀ NỘI, 12/8 (TTXVN) - …", "NAIROBI, May 3 (Reuters) - …".

The date there is the day the story was filed, not the day of anything the sentence tells:
no event takes it. Owns where such a dateline ends; the candidate finder drops the dates
inside it (a dateline alone on its line is :data:`candidateparts.DATELINE_ONLY`'s).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

# A place (no digits), a comma, a short date, then the agency (bare, bracketed or slashed)
# or none, and the dash or colon the story starts after (with a capital).
_DATELINE: Final = re.compile(
    r"\s*[A-ZĐÀ-Ỹ][^\W\d_][^\d,;.]{0,30}?(?:\s*\([^()\d]{1,30}\))?,\s+"
    r"(?P<date>[^;–—()]{1,24}?\d{1,4})\.?,?\s*"
    r"(?:/[^/]{1,40}/|\([^()]{1,40}\)|[A-Z][A-Za-z]{1,12}\.?)?\s*[-–—:]\s+(?=[A-ZĐÀ-Ỹ\"“‘'])"
)


def dateline_end(text: str, dates: list[DateRef], offset: int) -> int:
    """Where the dateline opening ``text`` (a paragraph's first sentence, at ``offset`` in
    the body) ends, in sentence offsets: 0 when it opens on none. A dateline holds one of
    ``dates`` (its day), nothing else."""
    found = _DATELINE.match(text)
    if found is None:
        return 0
    inside = [d for d in dates if found.start("date") <= d.pos - offset < found.end("date")]
    return found.end() if inside else 0


__all__ = ["dateline_end"]
