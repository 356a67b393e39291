"""Sentences glued at a stop with no blank after it (pure): a headline or standfirst run into
the lead when a page's blocks lose their break ("… for Joint Commission.Bilateral trade
reached …", "… hợp tác nông nghiệp.Kim ngạch …"). The splitter ends a sentence only at a
stop followed by a blank, so the two would be read as one, and the lead's figure cited with
the headline's words. This module owns splitting such sentences at the glued stop, and a
time code that opens a sentence of a transcript.

A glued stop is a full stop after a word of three letters or more ending in lowercase (no
abbreviation) and before a capitalised word: a dotted abbreviation ("TP.HCM", "PGS.TS"), a
domain ("vnexpress.net"), a decimal ("1.5") or a name with an initial ("Nguyễn V.Anh") is
none of these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from briefer.ingest.sentences import ABBREVIATIONS

# A headline is a line, not a paragraph.
_HEADLINE_WORDS: Final = 16
_GLUED: Final = re.compile(r"(?<=[^\W\d_]{3})\.(?=[^\W\d_][^\W\d_]+\b)")


def _glued_stops(text: str) -> list[int]:
    """Offsets just after each glued stop in ``text``."""
    cuts = []
    for m in _GLUED.finditer(text):
        word = re.findall(r"[^\W\d_]+$", text[: m.start()])[0]
        after = text[m.end() : m.end() + 2]
        if word in ABBREVIATIONS or not word[-2:].islower():
            continue  # "Corp.Ltd", "PGS.TS", "ThS.Lê"
        if after[0].isupper() and after[1].islower():
            cuts.append(m.end())
    return cuts


def unglued(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentence ``spans`` (offsets into ``text``) with each one holding glued stops cut
    there into its parts."""
    for start, end in spans:
        part = start
        for cut in _glued_stops(text[start:end]):
            yield part, start + cut
            part = start + cut
        yield part, end


# A video transcript's time code, or a live page's clock, opening a sentence: "00:01:27 Quỹ
# …". It marks where the words are said; the quote starts after it.
_TIME_CODE: Final = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[^\S\n]+(?=[^\W\d_])")


def time_code(text: str, start: int) -> int:
    """The length of a time code opening ``text`` at ``start`` (0 if none)."""
    found = _TIME_CODE.match(text, start)
    return len(found.group()) if found else 0


def glued_headline(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` is a headline run into the lead: the body's first
    sentence, cut off at a glued stop, a few words with no figure. It names the story, the
    lead below tells it."""
    text = body[start:end]
    if body[:start].strip() or end >= len(body) or not text.endswith("."):
        return False
    if body[end].isspace() or any(ch.isdigit() for ch in text):
        return False
    return len(text.split()) <= _HEADLINE_WORDS


__all__ = ["glued_headline", "time_code", "unglued"]
