"""A paper's footnotes (pure): the notes under its text, each opening on a superscript mark
("¹ Kenya ký …", "² Authors' calculation …"). They gloss the text, they are not part of it.

A superscript figure inside the text is a reference to a note and sits against the word it
glosses ("… năm 2025⁴,"); one standing apart, after a sentence's end or at a line's start and
followed by words, opens the note itself. A PDF may run the notes on after the last
paragraph (the notes share its column): they are split off where their mark opens.
"""

from __future__ import annotations

import re
from typing import Final

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


__all__ = ["footnote", "split_notes"]
