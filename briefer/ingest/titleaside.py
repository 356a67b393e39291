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
from briefer.ingest.furniture import is_upper

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
        following = [ln for ln in lines[index + 1 :] if ln.kept][: _TITLE_LINES + 1]
        # (past the title's own further lines in capitals: "THÔNG TIN CƠ BẢN" taken as the
        # title, "VỀ NƯỚC X VÀ QUAN HỆ VIỆT NAM - X" under it, then the note)
        while following and len(following) > 1 and _title_line(following[0].text):
            following.pop(0)
        if following and title_aside(following[0].text):
            following[0].reason = "title note"
        return


_TITLE_LINES: Final = 2


def _title_line(text: str) -> bool:
    """A line of a title in capitals: no sentence ends on it, no bracket opens it, and it is
    no numbered section's heading ("I. KHÁI QUÁT": the text has begun)."""
    return (
        is_upper(text)
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and text[:1] != "("
        and _NUMBERED.match(text) is None
    )


_NUMBERED: Final = re.compile(r"^(?:[IVXLC]{1,5}|\d{1,2}|[A-Z])[.)]\s")


__all__ = ["mark_title_aside", "title_aside"]
