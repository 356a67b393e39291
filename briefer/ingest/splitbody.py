"""An article body split in two blocks of one element: the paragraphs a page shows to all,
then a box holding the rest (the part behind a paywall, "Read more" folded away). The box
scores the most paragraphs, yet the article is the element holding both: its own paragraphs
run into the box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import lxml.html

_OWN_PARAGRAPHS: Final = 2  # (one paragraph beside a box is as often a caption or a note)
_BOX_TAGS: Final = ("div", "section")


def widen_to_split_body(
    best: lxml.html.HtmlElement, score: Callable[[lxml.html.HtmlElement], int], least: int
) -> lxml.html.HtmlElement:
    """``best``'s parent when ``best`` is a box continuing the paragraphs its parent holds of
    its own (``score`` of them at least ``least``, ``_OWN_PARAGRAPHS`` of them right before
    the box, with nothing else between); else ``best``."""
    parent = best.getparent()
    if parent is None or best.tag not in _BOX_TAGS or score(parent) < least:
        return best
    run = 0
    node = best.getprevious()
    # (the box's preceding siblings up to the first paragraph-free block: a figure between
    # two paragraphs is the article's own picture, and was dropped with its caption)
    while node is not None and isinstance(node.tag, str) and node.tag == "p":
        run += 1
        node = node.getprevious()
    return parent if run >= _OWN_PARAGRAPHS else best


__all__ = ["widen_to_split_body"]
