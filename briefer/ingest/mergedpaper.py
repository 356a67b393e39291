"""A province's paper and the body it merged into in 2025 as one outlet (pure).

In 2025 each province's paper merged with its radio and television station into "Báo và
Phát thanh, Truyền hình X". The merged body kept the paper's web address, so a page saved
from it may carry the old address ("baox.vn", which the outlet table reads as "Báo X") and
the old short tag in its lead ("(BX) - …") while its masthead prints the merged name. Both
names are the one outlet: the page's own masthead, not the address, says which name it goes
by now.

This module owns :func:`merged_pair`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.fold import fold

_MERGED: Final = re.compile(r"^bao va phat thanh,? truyen hinh (?P<province>.+)$")
_PAPER: Final = re.compile(r"^bao (?P<province>.+)$")


def _province(name: str, pattern: re.Pattern[str]) -> str:
    match = pattern.match(" ".join(fold(name).replace(" - ", " ").split()))
    return match.group("province") if match else ""


def merged_pair(a: str, b: str) -> bool:
    """Whether one name is a province's paper ("Báo X") and the other the body the paper
    merged into ("Báo và Phát thanh, Truyền hình X"), of the same province."""
    for paper, merged in ((a, b), (b, a)):
        province = _province(merged, _MERGED)
        if province and not _province(paper, _MERGED) and _province(paper, _PAPER) == province:
            return True
    return False


__all__ = ["merged_pair"]
