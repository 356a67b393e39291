"""A page's box of key points set beside its lead (pure).

Sites open an article on a short box of its main points ("Tóm tắt nhanh", "Key points",
"Điểm nhấn", "At a glance"): a heading over a list of a few short items, in an element
whose class names it a summary, a lead or an intro. Such a box is no lead paragraph (a sapo
is prose, a paragraph or two): its items restate the article's own claims in fewer words,
and read flat, without their list's breaks, they run into one line that reads like a
sentence. The reader takes a lead-classed element for the lead only when it is prose.

This module owns :func:`point_box`.
"""

from __future__ import annotations

from typing import Final

import lxml.html

_ITEMS: Final = 2  # a list of two items or more is a box of points


def point_box(node: lxml.html.HtmlElement) -> bool:
    """``node`` holds a list of points (two ``<li>`` or more) and no paragraph of prose
    outside that list: a box of key points, not a lead."""
    items = [li for li in node.iter("li") if " ".join(li.itertext()).strip()]
    if len(items) < _ITEMS:
        return False
    # (a lead that goes on to a list of its own keeps its paragraphs: it is prose)
    return not any(
        " ".join(p.itertext()).strip() and not any(a.tag == "li" for a in p.iterancestors())
        for p in node.iter("p")
    )


__all__ = ["point_box"]
