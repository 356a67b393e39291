"""A breadcrumb trail whose separators were lost (pure): a page copied as text prints its
path "Site › Section › Subsection" as "SITE.VN Section Subsection".

Without its arrows such a line reads as a short headline. What makes it a path is what it
is made of: it opens with the site's own name (a domain name, or the page's first line, its
logo's text) and goes on with a section that the page's menu, higher up, lists as an item
of its own; it is short, and it states nothing (no figure, no end stop).

This module owns :func:`flat_breadcrumb`.
"""

from __future__ import annotations

import re
from typing import Final

_DOMAIN: Final = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_MAX_WORDS: Final = 10  # a site, a section and a subsection or two
_ITEM_WORDS: Final = 3  # a menu's item: a section's name of a few words
_HEAD_LINES: Final = 40  # the page's head, where its menu is


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def flat_breadcrumb(line: str, text: str) -> bool:
    """``line`` is a breadcrumb trail printed without separators in ``text``: the site's
    name, then a section the page's menu above it lists."""
    line = " ".join(line.split())
    words = line.split()
    if not 2 <= len(words) <= _MAX_WORDS or re.search(r"\d|[.!?:]$", line.split(" ", 1)[1]):
        return False
    lines = _lines(text)[:_HEAD_LINES]
    if line not in lines:
        return False
    above = lines[: lines.index(line)]
    site = next(
        (
            name
            for name in ([words[0]] if _DOMAIN.match(words[0]) else []) + above[:1]
            if line.startswith(name + " ")
        ),
        "",
    )
    if not site:
        return False
    rest = line[len(site) :].strip()
    menu = {item for item in above if len(item.split()) <= _ITEM_WORDS and item != site}
    return any(rest == item or rest.startswith(item + " ") for item in menu)


__all__ = ["flat_breadcrumb"]
