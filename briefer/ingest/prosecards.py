"""Whether the words set with a picture are the article's own text rather than the picture's
caption (pure): an infographic's last panel, a card that pairs an image with a paragraph.

A caption says what the picture shows in one sentence, with perhaps a credit or a short
note after it ("… tại Hà Nội. Ảnh: TTXVN", "… on May 5. File photo."). A passage of two
full sentences or more — each a clause of its own, not a credit — is text that tells, and
an article's sentence lost weighs more than a caption kept.
"""

from __future__ import annotations

import re
from typing import Final

# A sentence ends at a stop followed by a space or the end (a closing quote or bracket may
# sit between); "5.0%", "U.S." and "10.000" are no stops.
_STOP: Final = re.compile(r"(?<=[^\W\d_]|\d|[)\"”’])[.!?…]+[\"”’)]*(?=\s|$)")
_CLAUSE_WORDS: Final = 8  # "Ảnh: Name.", "File photo.", "(Ảnh minh họa)." are shorter


def full_sentences(text: str) -> int:
    """How many sentences of ``text`` are full clauses (at least eight words)."""
    parts = [p for p in _STOP.split(text) if p.strip()]
    return sum(1 for p in parts if len(p.split()) >= _CLAUSE_WORDS)


def tells(text: str) -> bool:
    """Two full sentences or more: the article's passage, not a picture's caption."""
    return full_sentences(text) >= 2


__all__ = ["full_sentences", "tells"]
