"""Readers' comments under an article, told by their heads (pure, over a page's lines).

A comment thread pasted from a page is a run of heads — the commenter's name or handle and
how long ago it was posted ("Ramesh K. 2 hours ago", "traveller_np · 45 minutes ago",
"Minh Anh 3 ngày trước") — each over the comment's text. One such line may be an article's
byline and stamp; two or more in a page, each over a short text, are a thread: the heads and
the text under each (up to the next head or the first line that is already no article
text) are the readers', never the article's.

This module owns :func:`mark_comment_heads`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

# A name or a handle (one to four words, no figure first), then an age in minutes to weeks.
_HEAD: Final = re.compile(
    r"^[^\W\d][^\s]*(?:\s+[^\s]+){0,3}?\s*[·|,–-]?\s*"
    r"(?:\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|an?\s+(?:minute|hour|day"
    r"|week)\s+ago|yesterday|\d{1,2}\s+(?:phút|giờ|ngày|tuần)\s+trước|hôm\s+qua)$",
    re.IGNORECASE,
)
_MIN_HEADS: Final = 2
_COMMENT_LINES: Final = 4  # a comment's text is a few lines at most
_COMMENT_WORDS: Final = 120


def comment_head(text: str) -> bool:
    """Whether ``text`` (one line) is a comment's head: a name, then how long ago."""
    return bool(_HEAD.match(text.strip()))


def mark_comment_heads(lines: list[Line]) -> None:
    """Mark a thread's heads and the text under each "comments" (see the module docstring)."""
    heads = [i for i, line in enumerate(lines) if comment_head(line.text)]  # (kept or not)
    if len(heads) < _MIN_HEADS:
        return
    for position, head in enumerate(heads):
        end = heads[position + 1] if position + 1 < len(heads) else len(lines)
        body: list[Line] = []
        for line in lines[head + 1 : end]:
            if not line.kept:
                break
            body.append(line)
        if not body or len(body) > _COMMENT_LINES:
            continue  # (a head with no short text under it is no comment's)
        if sum(len(line.text.split()) for line in body) > _COMMENT_WORDS:
            continue
        for line in (lines[head], *body):
            line.reason = "comments"


__all__ = ["comment_head", "mark_comment_heads"]
