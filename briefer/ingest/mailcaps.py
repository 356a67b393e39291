"""A mailed report's own headline in capitals (pure).

A trade office's mail often carries a report whose headline the writer set in capitals on a
line of its own, right above the report's first paragraph ("VIỆT NAM - X: THÚC ĐẨY XUẤT KHẨU
…", "VIETNAM - X: EXPORTS HOLD UP IN MAY"), while the subject line is the mail's own short
label ("[Báo cáo nhanh] Hội thảo …"). The headline the report prints is its title. A line in
capitals is an issue's or a section's label rather than a headline when it is short or carries
an issue's number: those are passed over.

This module owns :func:`caps_heading`.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

_MIN_WORDS: Final = 6  # a headline, not a label ("BÁO CÁO NHANH", "TIN THỊ TRƯỜNG")
_MAX_WORDS: Final = 30
_PARAGRAPH_WORDS: Final = 8  # the report's first paragraph: a line of prose, ended by a stop
_ISSUE: Final = re.compile(r"#\s?\d+|\b(?:NO\.|ISSUE|SỐ)\s?\d+")


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(c.isalpha() for c in w)]


def caps_heading(body: list[str]) -> str:
    """The line in capitals right above the body's first paragraph, or ""."""
    for above, line in pairwise(body):
        if not (line.rstrip().endswith(".") and len(_words(line)) >= _PARAGRAPH_WORDS):
            continue
        text = above.strip()
        words = _words(text)
        heading = (
            _MIN_WORDS <= len(words) <= _MAX_WORDS
            and text.isupper()
            and not _ISSUE.search(text)
            and not text.endswith((".", ":", ";", ","))
        )
        return text if heading else ""
    return ""


__all__ = ["caps_heading"]
