"""A photo's caption, its credit lost, that retells the paragraph above it (pure).

A page copied as text keeps a photo's caption as a line of its own where the photo stood,
often right under the lead; with no credit beside it, only what it says tells it from a
short paragraph of the article. A caption names who does what in the picture in the words
the paragraph above has just used, dropping the day, the tense and the rest: "X tiếp đoàn
công tác của Y." under "Chiều 25/6, đồng chí X đã tiếp đoàn công tác của Y do Z dẫn đầu, …".
A paragraph of the article says something new, so its words are not the paragraph's above,
in the same order, with next to nothing between them.

This module owns :func:`echo_caption` and :func:`mark_echo_captions`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Line, is_prose

_WORD: Final = re.compile(r"[^\W_]+")
_MIN_WORDS: Final = 8  # (fewer words are shared by chance: "Hai bên ký 3 văn kiện.")
_MAX_WORDS: Final = 30
_SHORTER: Final = 0.75  # the caption is a fraction of the paragraph it retells
# Words of the paragraph left out between the caption's own ("đã", "đồng chí", "tại Việt
# Nam"): a few at one place, a third of the caption's length in all.
_JUMP: Final = 4
_GAPS: Final = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _read_from(short: list[str], long: list[str], start: int) -> bool:
    """``short`` read in order in ``long`` from ``long[start]``, leaving out no more than
    :data:`_JUMP` words at one place and a third of ``short``'s length in all."""
    allowed = max(_GAPS, len(short) // 3)
    gaps, at = 0, start
    for word in short[1:]:
        jump = 0
        at += 1
        while at < len(long) and long[at] != word:
            at, jump = at + 1, jump + 1
        gaps += jump
        if at >= len(long) or jump > _JUMP or gaps > allowed:
            return False
    return True


def echo_caption(text: str, above: str) -> bool:
    """``text``, one short sentence, is the paragraph ``above`` retold in its own words, in
    their order, next to nothing left out between them."""
    short, long = _words(text), _words(above)
    if not _MIN_WORDS <= len(short) <= _MAX_WORDS or len(short) > _SHORTER * len(long):
        return False
    if re.search(r"[.!?…]\s+\S", text.strip()):
        return False  # (two sentences: a paragraph)
    starts = [i for i, word in enumerate(long) if word == short[0]]
    return any(_read_from(short, long, i) for i in starts)


def mark_echo_captions(lines: list[Line]) -> None:
    """Mark a kept line that retells the kept paragraph of prose right above it."""
    above: Line | None = None
    for line in lines:
        if not line.kept:
            continue
        if above is not None and echo_caption(line.text, above.text):
            line.reason = "photo caption"
            continue
        above = line if is_prose(line.text) else None


__all__ = ["echo_caption", "mark_echo_captions"]
