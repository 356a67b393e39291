"""An article a site splits over several web pages, saved with its later pages in one file.

A paginated article ("Trang 1/2", "Page 1 of 2") is often saved whole: the first page's
``<article>``, its pager, then the next page's text in a block that opens on its own page
mark ("Trang 2/2", "Page 2 of 2"). That block sits outside the element the body was found in,
so it read as page furniture and the article lost its ending. This module owns finding
those continuation blocks; it never decides what the first page's body is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import lxml.html

# A page mark alone: "Trang 2/2", "Trang 2 / 3", "Page 2 of 3", "Page 2/3", "(2/2)", "Tr. 2".
_MARK: Final = re.compile(
    r"^[(\[]?\s*(?:(?:Trang|Page|Tr\.|p\.)\s*)(\d{1,2})\s*(?:/|of|trên)\s*(\d{1,2})\s*[)\]]?$"
    r"|^[(\[]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[)\]]$",
    re.IGNORECASE,
)
# A line that is only a pager: page marks, "next"/"previous" words, arrows and separators
# ("« Trang trước | Trang 2/2", "Page 1 of 2 Next »", "‹ Previous page").
_PAGER_WORDS: Final = re.compile(
    r"(?:Trang|Page|Tr\.|sau|trước|tiếp|tiếp\s+theo|kế|next|previous|prev|back|of|trên"
    r"|\d{1,2}|[/|«»‹›<>←→·•…\-–—])",
    re.IGNORECASE,
)
_MIN_PROSE: Final = 40  # characters: a continuation holds sentences, not a pager alone


def _flat(node: lxml.html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def page_mark(text: str) -> int:
    """The page number a line marks when it is only a page mark ("Trang 2/2" → 2), else 0."""
    found = _MARK.match(" ".join(text.split()))
    if not found:
        return 0
    number, total = found.group(1) or found.group(3), found.group(2) or found.group(4)
    return int(number) if 0 < int(number) <= int(total) else 0


def is_pager(text: str) -> bool:
    """A line made of a pager's pieces only, with a page mark or a next/previous word
    ("« Trang trước | Trang 2/2", "Trang 1/2 Trang sau »", "Page 1 of 2 Next »")."""
    line = " ".join(text.split())
    if not line or _PAGER_WORDS.sub("", line).strip(" "):
        return False
    return bool(re.search(r"\d|sau|trước|tiếp|next|prev", line, re.IGNORECASE))


def _after(node: lxml.html.HtmlElement, article: lxml.html.HtmlElement) -> bool:
    """``node`` comes after ``article`` in the page and is not inside it."""
    if node is article or article in node.iterancestors():
        return False
    order = {id(el): i for i, el in enumerate(article.getroottree().iter())}
    return order.get(id(node), -1) > order.get(id(article), 0)


def continuation(
    article: lxml.html.HtmlElement,
    blocks: Callable[[lxml.html.HtmlElement], list[str]],
) -> list[str]:
    """The text of the article's later pages saved after it, their pagers left out.

    A later page is a block that opens on a page mark of page 2 or more ("Trang 2/2"); its
    text is read by ``blocks`` (the reader's own block splitter) from that mark on."""
    found: list[str] = []
    taken: list[lxml.html.HtmlElement] = []
    for mark in article.getroottree().iter():
        if not isinstance(mark.tag, str) or len(mark) or page_mark(_flat(mark)) < 2:
            continue
        holder = mark.getparent()
        if holder is None or holder.tag in ("body", "html") or not _after(mark, article):
            continue
        if any(holder is t or t in holder.iterancestors() for t in taken):
            continue
        # the mark must open its block: a page mark in the middle of a text is a reference
        first = next((c for c in holder if isinstance(c.tag, str) and _flat(c)), None)
        if first is not mark or (holder.text or "").strip():
            continue
        lines = [b for b in blocks(holder) if not page_mark(b) and not is_pager(b)]
        if sum(len(b) for b in lines) >= _MIN_PROSE:
            taken.append(holder)
            found.extend(lines)
    return found


__all__ = ["continuation", "is_pager", "page_mark"]
