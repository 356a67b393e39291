"""A page whose article is split over a run of like containers (pure): a live blog's
time-stamped entries, each its own ``<div class="entry">`` with a paragraph or two.

Reading modes take the element whose own ``<p>`` children hold the most prose; on such a page
that is one entry, and the other entries' text is lost. When the chosen element has siblings of
its own kind (the same tag and class) that hold paragraphs too, the article is the feed that
holds them all, their parent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import lxml.html

_LIKE_ENTRIES: Final = 2  # other entries with prose beside the chosen one, at least


def _kind(node: lxml.html.HtmlElement) -> tuple[str, frozenset[str]]:
    return str(node.tag), frozenset((node.get("class") or "").split())


def widen_to_feed(
    best: lxml.html.HtmlElement, score: Callable[[lxml.html.HtmlElement], int]
) -> lxml.html.HtmlElement:
    """``best``'s parent when ``best`` is one of a run of like entries holding prose
    (``score`` > 0, as the reader scores paragraphs), else ``best``."""
    parent = best.getparent()
    if parent is None or not (best.get("class") or "").strip():
        # (classless blocks are any page's plain markup, no entries of a kind)
        return best
    tag, classes = _kind(best)
    # (a pinned or highlighted entry adds a class to the entry's own, "entry pinned": a
    # sibling of the same tag sharing a class word is an entry of the same kind)
    like = [
        node
        for node in parent.iterchildren()
        if node is not best
        and isinstance(node.tag, str)
        and _kind(node)[0] == tag
        and _kind(node)[1] & classes
        and score(node) > 0
    ]
    return parent if len(like) >= _LIKE_ENTRIES else best


__all__ = ["widen_to_feed"]
