"""What a slide deck prints in small type (pure): its panels' sentences are its text.

A PDF prints smaller than its article what its layout adds (a caption, a credit, a box, a
stamp), and ``clean`` drops such lines. A handout of slides is laid out otherwise: a slide
sets its points in panels of smaller type ("Cơ hội" over "Nhu cầu lớn về gạo …"), and
those points, whole sentences, are what the slide says. In a deck (two slide labels at
least, :func:`~briefer.ingest.handoutslides.slide_label`) a small line that is a sentence
stays; its small labels, notes fields ("Ghi chú: ……"), contents line and thanks go as before.
A box of milestones in small type ("2015: Đối tác chiến lược" / "11/2024: …") is the story's
record of its subject (:mod:`briefer.ingest.chronology`): it stays in any PDF.

This module owns :func:`small_layout`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.chronology import chronology_rows
from briefer.ingest.found import Line
from briefer.ingest.handoutslides import slide_label

_MIN_LABELS: Final = 2
_MIN_WORDS: Final = 5
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_FIELD: Final = re.compile(r"^[^\W\d_][\w ]{0,30}:\s")  # ("Ghi chú: …", "Liên hệ: …")


def _point(text: str) -> bool:
    """A slide's point: a sentence of words, no field and no dotted blank to fill."""
    return (
        text.rstrip().endswith((".", "!", "?"))
        and len(_WORD.findall(text)) >= _MIN_WORDS
        and not _FIELD.match(text)
        and ".." not in text
    )


def small_layout(lines: list[Line]) -> list[Line]:
    """The kept lines in small type that are the layout's, not the text's."""
    small = [line for line in lines if line.kept and line.small]
    dated = chronology_rows([line.text for line in small])
    small = [line for at, line in enumerate(small) if at not in dated]
    if sum(1 for line in lines if slide_label(line.text)) < _MIN_LABELS:
        return small
    return [line for line in small if not _point(line.text)]


__all__ = ["small_layout"]
