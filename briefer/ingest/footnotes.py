"""A paper's footnotes (pure): the notes under its text, each opening on a superscript mark
("¹ Kenya ký …", "² Authors' calculation …"). They gloss the text, they are not part of it.

A superscript figure inside the text is a reference to a note and sits against the word it
glosses ("… năm 2025⁴,"); one standing apart, after a sentence's end or at a line's start and
followed by words, opens the note itself. A PDF may run the notes on after the last
paragraph (the notes share its column): they are split off where their mark opens.

A note's mark may be a figure in square brackets, as a word processor's notes print: the text
points to it glued to the word it glosses ("… Trung Âu[2].") and the note opens on it at its
line's start ("[2] Theo số liệu …"). A line opening on "[2]" is a note only when the text
above points to that mark so: a numbered reference list or an item "[2]" of a list the text
never points to stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from briefer.ingest.found import Line

_MARKS: Final = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# (a note's mark, one or two superscript figures, then a space and the note's first word)
_NOTE: Final = re.compile(rf"^[{_MARKS}]{{1,2}}\s+[^\W\d_]")
# (a note run on after a sentence: the full stop, a space, the mark apart from any word)
_RUN_ON: Final = re.compile(rf"(?<=[.!?…”\"])\s+(?=[{_MARKS}]{{1,2}}\s+[^\W\d_])")


def split_notes(line: str) -> list[str]:
    """``line`` with the footnotes run on after its sentences split off, one per part."""
    return _RUN_ON.split(line)


def footnote(text: str) -> bool:
    """A line opening on a footnote's mark set apart from its first word."""
    return _NOTE.match(text) is not None


# "[2] Theo số liệu …": the note's bracketed mark, then its first word
_BRACKET_NOTE: Final = re.compile(r"^\[(?P<n>\d{1,2})\]\s+[^\W\d_]")
# "… Trung Âu[2]." / "… 240 triệu USD[3]": the mark glued to the word or figure it glosses
_BRACKET_REF: Final = re.compile(r"(?<=[^\W_])[.,;]?\[(?P<n>\d{1,2})\]")


def mark_bracket_notes(lines: list[Line]) -> None:
    """Mark the lines opening on a bracketed mark ("[2] …") that the text above points to."""
    pointed: set[str] = set()
    for line in lines:
        note = _BRACKET_NOTE.match(line.text)
        if line.kept and note is not None and note["n"] in pointed:
            line.reason = "footnote"
            continue
        pointed.update(m["n"] for m in _BRACKET_REF.finditer(line.text))


__all__ = ["footnote", "mark_bracket_notes", "split_notes"]
