"""A fact box's heading in a printed page: set large over its small "Label: value" items (pure).

A bulletin or a magazine sets a fact box or a contact box beside its article: a heading in
large type ("Fast facts: X", "Contact us") over a few items in small type, each a label and
its value ("Capital: X", "Population: …", "Email: …"; in a narrow box the value may wrap
to the line under its label: "Diplomatic ties:" / "1995"). That heading is no heading of the
article: it belongs to the box it heads, and leaves with the box's small type. Read only
after the article has begun (a paragraph in the body's size above it), and only over items
of that shape: the article's own headline stands over small lines too (a byline, a date
row), and a related box's heading stands over other stories' headlines.

This module owns :func:`box_headings`, which re-marks such headings as small type.
"""

from __future__ import annotations

import re
from typing import Final

_ITEMS: Final = 2  # a box holds two items or more under its heading
# "Capital: Nassau", "Điện thoại: +1 …": a label of a few words, a colon, a short value.
_ITEM: Final = re.compile(r"^[^\W\d_][^:.!?]{0,40}:\s+\S")
_LABEL_WORDS: Final = 4
_VALUE_WORDS: Final = 12
_WRAP_WORDS: Final = 3


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


def box_headings(paragraphs: list[str], small: str, large: str) -> list[str]:
    """``paragraphs`` (each opened by its size mark, or by none in the body's size) with each
    run of large ones standing over two small "Label: value" items or more (and only such
    small ones up to what follows) re-marked ``small`` — only after a body paragraph."""
    out = list(paragraphs)
    begun = False
    index = 0
    while index < len(out):
        text = out[index]
        if not text.startswith((small, large)):
            begun = begun or bool(text.strip())
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
        if items - heads >= _ITEMS and _items([p[1:].strip() for p in out[heads:items]]):
            for at in range(index, heads):
                out[at] = small + out[at][1:]
        index = items
    return out


__all__ = ["box_headings"]
