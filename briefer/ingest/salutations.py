"""A speech's or letter's salutation line ("Kính thưa Ngài Đại sứ …,", "Thưa quý vị,",
"Excellencies,", "Dear friends,"): the first words of the spoken text, never a box's
headline or a heading, though it is short and ends on no full stop (pure)."""

from __future__ import annotations

import re
from typing import Final

# An address opens the line and a comma, colon or exclamation closes it (a line that runs on
# after the address is the speech's first sentence, which the prose rules keep anyway).
_SALUTATION: Final = re.compile(
    r"^(?:Kính\s+thưa|Kính\s+chào|Thưa|(?:My\s+)?Dear|(?:Your\s+)?Excellenc(?:y|ies)"
    r"|Distinguished|Ladies\s+and\s+gentlemen)\b.{0,150}[,:!]$",
    re.IGNORECASE,
)


def is_salutation(text: str) -> bool:
    """``text`` is a salutation line of a speech or letter."""
    return bool(_SALUTATION.match(text.strip()))


__all__ = ["is_salutation"]
