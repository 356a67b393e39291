"""A photo's caption left in the text (pure): "Deputy Prime Minister X (right) and Finnish
Minister Y in Hà Nội on Thursday.", "Bộ trưởng X (thứ hai từ trái) tặng quà lưu niệm …".

Where people stand in a picture ("(right)", "(phải)", "(second from left)") is said only of
a photo; a short line of one clause naming it tells what the picture shows, not a fact —
its day is the photo's, no event's. Owns that test; the candidate finder skips the line.
"""

from __future__ import annotations

import re
from typing import Final

_POSITION: Final = re.compile(
    r"\((?:(?:thứ\s+\w+\s+)?từ\s+)?(?:phải|trái|giữa|bên\s+phải|bên\s+trái|hàng\s+đầu)"
    r"(?:\s+sang)?\)|\((?:R|L|C|left|right|centre|center|(?:second|third)\s+from\s+(?:left"
    r"|right))\)",
    re.IGNORECASE,
)
_CAPTION_WORDS: Final = 30


def photo_line(text: str) -> bool:
    """Whether ``text`` (a sentence) is a photo's caption: a position in the picture, in
    one short clause (no comma or semicolon)."""
    if _POSITION.search(text) is None or len(text.split()) > _CAPTION_WORDS:
        return False
    return not re.search(r"[,;:]", _POSITION.sub("", text))


__all__ = ["photo_line"]
