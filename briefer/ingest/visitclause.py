"""A dated visit's direction read from its own words first (pure).

A visit cue can close a long clause whose other words name a flow's destination: "xuất khẩu
sầu riêng sang Nhật Bản … đạt …, nhờ hiệp định ký trong chuyến thăm Việt Nam của Thủ tướng
Nhật Bản …" — "sang Nhật Bản" is the goods' way, the visit came in. The words from the visit's
cue on tell its own direction when the visit is named as the clause's occasion ("trong",
"nhân", "during": eventwords.OCCASION) — then the clause's subject is no traveller; else the
subject is ("the minister … paid a visit to the country"), and the whole clause is asked.

A visit led or made by a royal ("do Công chúa … dẫn đầu", "the visit of Crown Prince …",
"chuyến thăm của Quốc vương …") that names no destination came in: Việt Nam has no
monarchy, so the royal is the partner's; for the same reason a visit "to the Kingdom" (a
monarchy named by its kind alone) went out.

This module owns :func:`cue_direction`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from briefer.domain.rules import INBOUND, OUTBOUND
from briefer.ingest.eventwords import OCCASION

_ROYAL: Final = re.compile(
    r"(?<![^\W\d_])(?:Công\s+chúa|Hoàng\s+tử|Thái\s+tử|Quốc\s+vương|Nhà\s+vua|Hoàng\s+hậu"
    r"|Nữ\s+hoàng|Đại\s+công\s+tước|(?:Crown\s+)?Prince(?:ss)?|King|Queen"
    r"|Grand\s+Duke|Emir|Sultan)\s+[A-ZĐ]"
)


# A visit to a monarchy named by its kind alone ("on an official visit to the Kingdom", "a
# delegation to the Sultanate"): Việt Nam is none, so the monarchy is the partner and the
# visit went out.
_TO_MONARCHY: Final = re.compile(
    r"\b(?:to|in|arrived\s+in)\s+the\s+(?:Kingdom|Sultanate|Emirate|Principality|Grand\s+Duchy)"
    r"(?!\s+of\b)(?![^\W\d_])"
)


def cue_direction(
    direction: Callable[[str, str], str], clause: str, cue_at: int, partner: str
) -> str:
    """The visit's direction (``direction`` asked of the words of ``clause`` from ``cue_at``,
    the visit cue's offset in it, when an occasion names it; then of the whole clause), else
    a royal visitor's: in."""
    own = clause[max(0, cue_at) :]
    occasion = any(m.start() <= cue_at <= m.end() for m in OCCASION.finditer(clause))
    side = direction(own, partner) if cue_at > 0 and occasion else ""
    side = side or direction(clause, partner)
    if not side and _ROYAL.search(own):
        return INBOUND
    if not side and _TO_MONARCHY.search(clause):
        return OUTBOUND
    return side


__all__ = ["cue_direction"]
