"""A country named as a rival, not as a party (pure): "giảm 4,2% do xuất khẩu gạo chịu cạnh
tranh từ Ấn Độ", "amid competition from Thailand", "đối thủ như Thái Lan".

A competitor is who the two sides compete with; the figure its sentence gives is the pair's.
This module owns :func:`without_rivals`, which the candidate finder applies to the body's
country mentions before it guesses a figure's partner from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefer.ingest.countries import CountryMention

# The words right before a rival's name (up to two words between: "cạnh tranh từ gạo Ấn Độ",
# "competition from cheaper Indian rice").
_RIVAL_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:cạnh\s+tranh(?:\s+gay\s+gắt)?\s+(?:từ|với|của)|đối\s+thủ(?:\s+cạnh\s+tranh)?"
    r"(?:\s+(?:như|là|từ))?|competition\s+from|competing\s+(?:with|against)|competes\s+with"
    r"|rivals?(?:\s+(?:such\s+as|from|like))?|competitors?(?:\s+(?:such\s+as|from|like))?)"
    r"\s+(?:[^\W\d_]+\s+){0,2}?$",
    re.IGNORECASE,
)
_REACH: Final = 60


def without_rivals(body: str, mentions: Sequence[CountryMention]) -> list[CountryMention]:
    """``mentions`` without those that name a competitor (see the module docstring)."""
    return [
        m for m in mentions if not _RIVAL_BEFORE.search(body, max(0, m.start - _REACH), m.start)
    ]


__all__ = ["without_rivals"]
