"""A speech's speaker named on a line of their own above its salutation (pure).

A speech printed in a conference booklet or a proceedings volume carries its speaker under
its title as a line of their own, an honorific and the name ("Ông Nguyễn Văn A", "Ms Jane
Roe"), often over their post; the speech itself opens on its salutation below. A speech's
speaker is its author. This module owns reading that line: only in a text that opens on a
salutation within its first lines, and only before it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.salutations import is_salutation

_HONORIFIC: Final = re.compile(
    r"^(?:Ông|Bà|Ngài|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.\s?E\.?|Prof\.?)\s+(?P<name>.+)$"
)
_OPENING: Final = 20  # the head: a booklet's box, the title, the speaker, the salutation
_NAME_WORDS: Final = (2, 4)
# The words a post opens on before its capitalised head word.
_POST_PREFIX: Final = frozenset({"Phó", "Tổng", "Deputy", "Vice", "Acting", "Chief"})


def _name(text: str) -> str:
    """The name that opens ``text``: its capitalised words, less the first word of a post
    joined after it ("Nguyễn Văn A Giám đốc Sở X", "Jane Roe Minister of Trade": a post's
    first word is capitalised, its next one not)."""
    words = text.split(",", maxsplit=1)[0].split()
    run = 0
    while run < len(words) and words[run][:1].isupper() and words[run].isalpha():
        run += 1
    if run < len(words):
        run -= 1  # (the post's first word, "Giám" of "Giám đốc", "Minister" of "… of")
        while run > 0 and words[run - 1] in _POST_PREFIX:
            run -= 1  # ("Phó Chủ tịch", "Tổng Giám đốc", "Deputy Minister of …")
    name = words[:run]
    if not (_NAME_WORDS[0] <= len(name) <= _NAME_WORDS[1]) or text.isupper():
        return ""
    return " ".join(name)


def speaker_line(text: str) -> str:
    """The speaker named by an honorific line before the salutation a speech opens on."""
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()][:_OPENING]
    speaker = ""
    for line in lines:
        if is_salutation(line):
            return speaker
        match = _HONORIFIC.match(line)
        if match and not speaker:
            speaker = _name(match.group("name"))
    return ""


__all__ = ["speaker_line"]
