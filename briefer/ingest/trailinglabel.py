"""A label left over nothing at the foot of the text (pure): a box's heading whose box went.

A page or a bulletin may set a box after its last paragraph: a heading ("Exchange rates",
"Weather today") over rows that are no prose (figures set out as "1 USD = …", a contact's
address, links). The line rules and the layout take those rows away one by one, but the
heading, a few words with no stop, may be read as a subheading of the text. A subheading
heads paragraphs; when every line below it is gone and there are two or more of them, the
label heads the box, not the article, and goes with it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.lines import Line, ends_sentence

_LABEL_WORDS: Final = 5  # a box's heading is a few words
_ROWS: Final = 2  # a box holds two rows or more under its heading


def mark_trailing_label(lines: list[Line]) -> None:
    """The last kept line, a short label (no stop, no figure, no list mark) over two removed
    lines or more and under a sentence, is the heading of a box after the text."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    if len(kept) < 2:
        return
    above, last = lines[kept[-2]], lines[kept[-1]]
    text = last.text.strip()
    if (
        len(lines) - kept[-1] - 1 >= _ROWS
        and 0 < len(fur.words(text)) <= _LABEL_WORDS
        and not ends_sentence(text)
        and not re.search(r"[\d:;,.!?…]|^[-–+•*]", text)
        and ends_sentence(above.text)
    ):
        last.reason = "box heading"


__all__ = ["mark_trailing_label"]
