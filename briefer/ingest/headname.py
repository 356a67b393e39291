"""An outlet's name cut short, restored as the page's own head line writes it (pure).

A copyright holder or a byline's outlet is read up to its first comma ("© Trung tâm Xúc tiến
Đầu tư, Thương mại và Du lịch …" gives "Trung tâm Xúc tiến Đầu tư"); a page saved as text
often prints the site's full name as its very first line. When one of the page's first lines
starts with the name read as written and goes on with more of it after a comma (more
capitalised words, no motto or issue after a dash) and is no sentence, that line is the
name in full.

This module owns :func:`name_in_head`.
"""

from __future__ import annotations

import re
from typing import Final

_HEAD_LINES: Final = 3  # a site's name heads the page: its first lines only
_MAX_NAME: Final = 120  # a name, not a paragraph


def name_in_head(outlet: str, text: str) -> str:
    """The head line that writes ``outlet`` in full, or "" when none continues it."""
    if len(outlet.split()) < 2:
        return ""  # (one word begins too many lines to be the same name)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:_HEAD_LINES]
    for line in lines:
        rest = line[len(outlet) :]
        if (
            len(line) <= _MAX_NAME
            and line[: len(outlet)] == outlet  # (as written: a masthead in capitals is another)
            and rest[:1] == ","  # (cut at its comma: the name goes on after it)
            and not re.search(r"\s[-–—·|]\s", rest)  # (no motto, issue or page after it)
            and not line.rstrip().endswith((".", ":", "!", "?"))
            and any(w[:1].isupper() for w in rest.split())
        ):
            return line
    return ""


__all__ = ["name_in_head"]
