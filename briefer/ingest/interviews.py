"""An interviewer's turn is no claim (pure).

An interview prints each question as a paragraph opened by the interviewer's label ("PV:",
"Phóng viên:", "Hỏi:", "Q:", "Interviewer:"). The turn may lead in with a remark of the
interviewer's own before asking ("PV: Quy mô thương mại giữa hai nước hiện còn nhỏ. Theo
ông, …?"): the remark frames the question and cites no source, so no sentence of that
paragraph is a candidate; the answer that follows is.
"""

from __future__ import annotations

import re
from typing import Final

_LABEL: Final = re.compile(
    r"[^\S\n]*(?:PV|P\.V\.?|Phóng[^\S\n]+viên|Hỏi|Q|Question|Interviewer)[^\S\n]*:", re.IGNORECASE
)


def interviewer_turn(body: str, start: int) -> bool:
    """Whether the sentence at ``start`` of ``body`` lies in a paragraph opened by an
    interviewer's label."""
    return _LABEL.match(body, body.rfind("\n", 0, start) + 1) is not None


__all__ = ["interviewer_turn"]
