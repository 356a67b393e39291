"""A photo's caption, its credit lost, that retells the paragraph above it (pure).

A page copied as text keeps a photo's caption as a line of its own where the photo stood,
often right under the lead; with no credit beside it, only what it says tells it from a
short paragraph of the article. A caption names who does what in the picture in the words
the paragraph above has just used, dropping the day, the tense and the rest: "X tiếp đoàn
công tác của Y." under "Chiều 25/6, đồng chí X đã tiếp đoàn công tác của Y do Z dẫn đầu, …".
A paragraph of the article says something new, so its words are not the paragraph's above,
in the same order, with next to nothing between them. A caption set over the paragraph it
retells (the photo between the standfirst and the lead) has no stop of its own: a line with
none that retells the paragraph under it, between two paragraphs, is that caption.

This module owns :func:`echo_caption` and :func:`mark_echo_captions`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
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


def _read_from(short: list[str], long: list[str], start: int, loose: bool = False) -> bool:
    """``short`` read in order in ``long`` from ``long[start]``, leaving out no more than
    :data:`_JUMP` words at one place and a third of ``short``'s length in all (``loose``:
    as many words as ``short`` has, in all and at one place)."""
    allowed = len(short) if loose else max(_GAPS, len(short) // 3)
    most = len(short) if loose else _JUMP
    gaps, at = 0, start
    for word in short[1:]:
        jump = 0
        at += 1
        while at < len(long) and long[at] != word:
            at, jump = at + 1, jump + 1
        gaps += jump
        if at >= len(long) or jump > most or gaps > allowed:
            return False
    return True


def echo_caption(text: str, above: str, loose: bool = False) -> bool:
    """``text``, one short sentence, is the paragraph ``above`` retold in its own words, in
    their order, next to nothing left out between them (``loose``: a caption with no stop
    over its paragraph, which may leave out as many words as it has: a long post shortened)."""
    short, long = _words(text), _words(above)
    if not _MIN_WORDS <= len(short) <= _MAX_WORDS or len(short) > _SHORTER * len(long):
        return False
    if re.search(r"[.!?…]\s+\S", text.strip()):
        return False  # (two sentences: a paragraph)
    starts = [i for i, word in enumerate(long) if word == short[0]]
    return any(_read_from(short, long, i, loose) for i in starts)


def mark_echo_captions(lines: list[Line]) -> None:
    """Mark a kept line that retells the kept paragraph of prose right above it, or, set
    between two paragraphs with no stop of its own, the one right under it."""
    kept = [line for line in lines if line.kept]
    above: Line | None = None
    for at, line in enumerate(kept):
        below = kept[at + 1] if at + 1 < len(kept) else None
        if above is not None and (
            echo_caption(line.text, above.text)
            # (a photo over the lead: its caption, no sentence, under the paragraph before)
            or (
                below is not None
                and not fur.ends_sentence(line.text)
                and is_prose(below.text)
                and echo_caption(line.text, below.text, loose=True)
            )
        ):
            line.reason = "photo caption"
            continue
        above = line if is_prose(line.text) else None


__all__ = ["echo_caption", "mark_echo_captions"]
