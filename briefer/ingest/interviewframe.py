"""An interview's framing sentence is no statement (pure).

An interview opens by saying who talked to whom and why: "Nhân dịp kỷ niệm 50 năm …, Đại sứ
X đã dành cho báo Y cuộc trò chuyện về triển vọng hợp tác …", "Z News sat down with
Ambassador X to talk about …". (What is said "in an interview with Y" is an answer: kept.) The
occasion and the topics it names are what the answers below tell as facts; the frame itself
states nothing an editor would cite. (A framing sentence that carries a figure or a dated
event of its own is read by those rules first, and is left alone.)
"""

from __future__ import annotations

import re
from typing import Final

_FRAME: Final = re.compile(
    r"(?<![^\W\d_])(?:dành\s+cho\s+[^,.;]{1,60}?\s+(?:cuộc|buổi)\s+(?:trò\s+chuyện|trao\s+đổi"
    r"|phỏng\s+vấn)|(?:đã\s+)?(?:có\s+)?(?:cuộc|buổi)\s+(?:trò\s+chuyện|trao\s+đổi|phỏng\s+vấn)"
    r"\s+với\s+(?:phóng\s+viên|PV|báo)|sat\s+down\s+with)(?![^\W\d_])",
    re.IGNORECASE,
)


def interview_frame(text: str) -> bool:
    """Whether ``text`` frames an interview (who talked to whom, about what)."""
    return _FRAME.search(text) is not None


__all__ = ["interview_frame"]
