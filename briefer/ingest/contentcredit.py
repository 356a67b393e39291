"""The writer an e-magazine's credit block names by "Nội dung" (content) (pure).

A long-form e-magazine page credits its makers in a block over the text, one role a line:
"Nội dung: A", "Thiết kế: B", "Ảnh: C, D", "Content: A | Design: B". Beside the design and
photo credits, the content credit is the writer. Elsewhere "Nội dung:" labels a document's
subject ("Nội dung: Hội nghị …"), so the label counts only in a block of role credits.

This module owns :func:`content_writer`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

_CONTENT: Final = re.compile(r"^(?:Nội\s+dung|Content|Contents)\s*:\s*(?P<name>.+)$", re.I)
# The other makers a credit block names: design, graphics, photos, video, editing.
_ROLE: Final = re.compile(
    r"^(?:Thiết\s+kế|Đồ\s+họa|Đồ\s+hoạ|Ảnh|Video|Dựng\s+phim|Biên\s+tập|Trình\s+bày|Kỹ\s+thuật"
    r"|Design|Graphics?|Photos?|Editor|Editing|Layout)\s*:",
    re.I,
)


def content_writer(pieces: list[str], is_person: Callable[[str], bool]) -> str:
    """The person (as ``is_person`` tells one) a "Nội dung: X" piece names in a block that
    credits another role too ("" when the pieces are no such block)."""
    flat = [" ".join(p.split()) for p in pieces]
    if not any(_ROLE.match(p) for p in flat):
        return ""
    for piece in flat:
        match = _CONTENT.match(piece)
        if match and is_person(match.group("name").strip()):
            return match.group("name").strip()
    return ""


__all__ = ["content_writer"]
