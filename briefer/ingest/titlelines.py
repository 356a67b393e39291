"""Lines around a page's headline (pure): a headline wrapped over short lines after its
colon, and a site's own lines (name, slogan), which come before its menu."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.lines import Line, ends_sentence

_DIGIT_IN: Final = re.compile(r"\d")


def menu_below(below: list[Line]) -> bool:
    """A site's menu (items without figures: a dated row of stamps is no menu) below,
    before the text's first sentence."""
    for line in below:
        if line.kept and ends_sentence(line.text):
            return False
        if line.reason == "menu" and not _DIGIT_IN.search(line.text):
            return True
    return False


_WRAP_LINES: Final = 3
_WRAP_WORDS: Final = 6


def wrapped_title(text: str, below: list[Line]) -> str:
    """A headline never ends on its colon: one that does was wrapped over the next short
    lines (a PDF's large type, "X - Y:" / "Opening words" / "end"), whatever the line rules
    took them for; they are the rest of the title."""
    if not text.endswith(":"):
        return text
    parts = [text]
    for line in below[:_WRAP_LINES]:
        words = fur.words(line.text)
        if (
            len(words) > _WRAP_WORDS
            or _DIGIT_IN.search(line.text)
            or ends_sentence(line.text)
            or fur.is_upper(line.text)
        ):
            break
        line.reason = "title"
        parts.append(line.text)
    return " ".join(parts)


__all__ = ["menu_below", "wrapped_title"]
