"""An amount a figure is compared with (pure): "… stood at US$912mn in 2025, up from US$774mn
in 2024", "tăng so với mức 3 tỷ USD năm 2024", "grew from $5mn to $7mn". Its year is the
base's, not the period the text goes on telling: the next figure that names no year of its
own ("Omani exports …, accounted for US$587mn of the total") is in the period of the result
before the base, never the base's."""

from __future__ import annotations

import re
from typing import Final

# The words just before a base amount (up to its currency sign).
_BASE_BEFORE: Final = re.compile(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing|climbing|jumping|grew|rose|fell"
    r"|increased|decreased)\s+from|\b(?:as\s+)?compared\s+(?:with|to)|\bagainst|\bversus"
    r"|\bso\s+với(?:\s+mức)?|\b(?:tăng|giảm)\s+từ(?:\s+mức)?|\btừ\s+mức)\s*(?:US)?\$?\s*$",
    re.IGNORECASE,
)


def is_base_amount(text: str, at: int) -> bool:
    """Whether the amount starting at ``at`` of ``text`` is the base a figure is compared
    with (its period is no period the text carries on)."""
    return bool(_BASE_BEFORE.search(text[max(0, at - 40) : at]))


__all__ = ["is_base_amount"]
