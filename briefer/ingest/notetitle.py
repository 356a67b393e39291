"""A note in parentheses taken for a document's title: the headline is further down.

A letterhead's unit often carries a note on a line of its own, wholly in parentheses
("(kiêm nhiệm X, Y)", "(accredited to X)"); no headline is written so. This module owns the
step from such a note to the headline under it, past the letterhead's kind line in
capitals, its issue and dateline rows and a short distribution mark.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import find_dates

_NOTE: Final = re.compile(r"^\([^()]+\)$")
_LOOK: Final = 8  # lines under the note where the letterhead's rows and the headline sit
_MIN_WORDS: Final = 5  # fewer: a mark ("Lưu hành nội bộ", "For internal use")
_ROW_WORDS: Final = 10  # a dated line this short is an issue or dateline row
_MAX_WORDS: Final = 40


def title_past_note(text: str, title: str) -> str:
    """The headline under ``title`` when ``title`` is a note in parentheses; else ``title``."""
    bare = " ".join(title.split())
    if not _NOTE.match(bare):
        return title
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    if bare not in lines:
        return title
    at = lines.index(bare)
    for line in lines[at + 1 : at + 1 + _LOOK]:
        words = len(line.split())
        if line.isupper() or words < _MIN_WORDS or _NOTE.match(line):
            continue  # (the kind line, a mark, another note)
        if words <= _ROW_WORDS and find_dates(line):
            continue  # ("Số 11 - tháng 11/2025", "Place, ngày 20 tháng 11 năm 2025")
        if line.endswith((".", ":", ";")) or words > _MAX_WORDS:
            return title  # (prose or a label: the text's headline is not here)
        return line
    return title


__all__ = ["title_past_note"]
