"""A fact box's heading in a printed page: set large over its small "Label: value" items (pure).

A bulletin or a magazine sets a fact box or a contact box beside its article: a heading in
large type ("Fast facts: X", "Contact us") over a few items in small type, each a label and
its value ("Capital: X", "Population: …", "Email: …"; in a narrow box the value may wrap
to the line under its label: "Diplomatic ties:" / "1995"). That heading is no heading of the
article: it belongs to the box it heads, and leaves with the box's small type. Read only
after the article has begun (a paragraph in the body's size above it), and only over items
of that shape: the article's own headline stands over small lines too (a byline, a date
row), and a related box's heading stands over other stories' headlines. A panel may stack
boxes: a large line straight under a box's items (no body paragraph between) over small lines
is the panel's next heading, whatever its items' shape ("Nguồn số liệu" over a chart's source).

This module owns :func:`box_headings`, which re-marks such headings as small type.
"""

from __future__ import annotations

import re
from typing import Final

_ITEMS: Final = 2  # a box holds two items or more under its heading
# "Capital: Nassau", "Điện thoại: +1 …": a label of a few words, a colon, a short value.
_ITEM: Final = re.compile(r"^[^\W\d_][^:.!?]{0,40}:\s+\S")
# (a label of a few words: four in English, more syllables in Vietnamese, which sets each
# syllable apart: "Máy vi tính, điện tử: 1,21 tỷ USD")
_LABEL_WORDS: Final = 6
_VALUE_WORDS: Final = 12
_WRAP_WORDS: Final = 3
_SENTENCE_END: Final = re.compile(r"[.!?…][\"”’)]?$")


def _item(text: str) -> bool:
    if not _ITEM.match(text):
        return False
    label, _, value = text.partition(":")
    return len(label.split()) <= _LABEL_WORDS and len(value.split()) <= _VALUE_WORDS


def _items(texts: list[str]) -> bool:
    """Every line an item, or the wrapped rest of the item above it: a narrow box breaks an
    item after its label's colon or inside its value ("Diplomatic ties:" / "1995", "CSP:
    September" / "2023"), leaving a line of a few words without a colon of its own."""
    joined: list[str] = []
    for text in texts:
        if joined and ":" not in text and len(text.split()) <= _WRAP_WORDS:
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return all(_item(text) for text in joined)


def _next_heading(heads: list[str], below: list[str]) -> bool:
    """A panel's next heading: a label of a few words over short lines, no sentence."""
    return (
        len(" ".join(heads).split()) <= _LABEL_WORDS
        and bool(below)
        and all(len(b.split()) <= _VALUE_WORDS and not _SENTENCE_END.search(b) for b in below)
    )


def box_headings(paragraphs: list[str], small: str, large: str) -> list[str]:
    """``paragraphs`` (each opened by its size mark, or by none in the body's size) with each
    run of large ones standing over two small "Label: value" items or more (and only such
    small ones up to what follows) re-marked ``small`` — only after a body paragraph."""
    out = list(paragraphs)
    begun = False
    panel = False  # a box found, and no body paragraph since: the panel goes on
    index = 0
    while index < len(out):
        text = out[index]
        if not text.startswith((small, large)):
            begun = begun or bool(text.strip())
            panel = panel and not text.strip()
            index += 1
            continue
        if not (begun and text.startswith(large)):
            index += 1
            continue
        heads = index
        while heads < len(out) and out[heads].startswith(large):
            heads += 1
        items = heads
        while items < len(out) and out[items].startswith(small):
            items += 1
        # (a panel's next heading straight under a box's items, a label over short lines
        # that make no sentence: "Nguồn số liệu" over the chart's source and its credit; a
        # story's headline over its lead in small type is no box's)
        below = [p[1:].strip() for p in out[heads:items]]
        boxed = items - heads >= _ITEMS and _items(below)
        panel = panel and _next_heading([p[1:].strip() for p in out[index:heads]], below)
        if boxed or panel:
            for at in range(index, heads):
                out[at] = small + out[at][1:]
        panel = boxed or panel
        index = items
    return out


__all__ = ["box_headings"]
