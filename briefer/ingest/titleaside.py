"""A note in brackets printed right under a document's title (pure).

A briefing paper, a background note or a report often carries, on its own line under its
title, a bracketed note on what it was written for or when: "(Phục vụ chuyến thăm … của …)",
"(Tài liệu phục vụ cuộc hội đàm)", "(For the Minister's meeting with …)", "(Kỳ 2)". It
describes the document, not the matter: none of the text's facts are in it, and it is no
sentence of the text (a paragraph of the text in brackets ends its own sentence inside them,
or runs on after them).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

_ASIDE_WORDS: Final = 25
# Wholly in one pair of round brackets, none inside, no stop ending a sentence within.
_ASIDE: Final = re.compile(r"^\([^()]+\)$")


def title_aside(text: str) -> bool:
    """The line is a short note wholly in brackets that ends no sentence inside them."""
    text = text.strip()
    if not _ASIDE.match(text) or len(text.split()) > _ASIDE_WORDS:
        return False
    inner = text[1:-1].strip()
    return bool(inner) and not inner.endswith((".", "!", "?", "…", ":"))


def mark_title_aside(lines: list[Line]) -> None:
    """The first line left after the line taken as the title, when it is such a note."""
    for index, line in enumerate(lines):
        if line.reason != "title":
            continue
        following = next((ln for ln in lines[index + 1 :] if ln.kept), None)
        if following is not None and title_aside(following.text):
            following.reason = "title note"
        return


__all__ = ["mark_title_aside", "title_aside"]
