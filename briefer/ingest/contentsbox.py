"""A contents box over the article (pure): a live page's "Key events", a long read's "In this
story", left as bare lines above the first paragraph, each item a heading the text repeats
further down over its own entry or section.

The box's items are no sentences (no final stop) and stand above the article's first paragraph
of prose; the same words stand again, as a line of their own, over a paragraph further down.
A heading that stands only once, or a dek under the headline that the text never repeats as
a heading, stays for the other readers. This module owns :func:`mark_contents_items`.
"""

from __future__ import annotations

from briefer.ingest import furniture as fur
from briefer.ingest.found import Line
from briefer.ingest.lines import is_prose

_ITEM_WORDS = 15  # a heading, never a paragraph


def mark_contents_items(lines: list[Line]) -> None:
    """Mark the lines above the first prose that recur as headings over prose below it."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    first = next((n for n, i in enumerate(kept) if is_prose(lines[i].text)), None)
    if first is None:
        return
    # (the headings below: a line, kept or not, right over a kept paragraph of prose)
    headings = {
        lines[i].text
        for i in range(kept[first], len(lines) - 1)
        if lines[i + 1].kept and is_prose(lines[i + 1].text)
    }
    for i in kept[:first]:
        text = lines[i].text
        if (
            text in headings
            and not fur.ends_sentence(text)
            and 2 <= len(text.split()) <= _ITEM_WORDS
        ):
            lines[i].reason = "contents box"


__all__ = ["mark_contents_items"]
