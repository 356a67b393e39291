"""A saved page's blocks set among or after the article's paragraphs that are not paragraphs
of it: a box the page's template drops between two paragraphs or under the last one.

An article's text comes in paragraphs (``<p>``), its structure in headings, lists, tables
and quotes. What a template adds in the middle or at the foot of the text — a "read also"
box, a translator's or author's line, a newsletter prompt, a tag row, a reaction bar, a
contact box — comes as a *classed* block of a few words among those paragraphs, whatever
its class says and whatever its words are (no list of class or heading words). Such a
block is the page's, not the article's, when

- it sits in the element whose paragraphs are the article (or in a wrapper around it, after
  that element), after the article's first paragraph: what precedes the first paragraph is
  the head (a kicker, the headline, a lead), read by its own rules;
- it carries a ``class`` or ``id`` (a template's block; a page that writes its paragraphs as
  bare ``<div>``s keeps them);
- it is short (a box, not a section of text) and holds no table or list (figures and items
  the article sets out) and no lead-classed paragraph.

A block of the same tag and classes as the one holding the text (a long-form page's chapters,
each its own ``<section class="chapter">``) is the text's next part, however short.

A box that is only a label, at the foot, with a list right under it and no paragraph of the
article below, heads that list: the list is the box's headlines ("Most read" over its items).

A box that says who wrote the article, where it comes from or when it was published (a
byline, a source line, a date) stays for the text's rules, which read it as metadata and
then remove it.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest import metadata as meta
from briefer.ingest.lines import Found, byline
from briefer.ingest.pagetitle import flat
from briefer.ingest.prosecards import tells
from briefer.text.dates import find_dates

_BOX_WORDS: Final = 60  # a box is a few lines; a section of text is longer
_MIN_PARAGRAPHS: Final = 3  # an element is the article's text when it has this many <p>
_TEXT_TAGS: Final = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote",
     "figure", "pre", "br", "hr", "a", "span", "em", "i", "b", "strong", "sup", "sub")
)  # fmt: skip
_HOLDS_CONTENT: Final = ".//table | .//ul | .//ol | .//dl | .//blockquote"


def _paragraphs(node: lxml.html.HtmlElement) -> int:
    return sum(1 for child in node.iterchildren("p") if len(flat(child)) >= 20)


def _is_box(node: lxml.html.HtmlElement, lead: re.Pattern[str]) -> bool:
    if not isinstance(node.tag, str) or node.tag in _TEXT_TAGS:
        return False
    marks = f"{node.get('class') or ''} {node.get('id') or ''}".strip()
    if not marks or lead.search(marks):
        return False
    text = flat(node)
    if not text or len(text.split()) > _BOX_WORDS:
        return False
    # (a block of two full sentences is the article's own panel: an infographic's last card)
    if any(tells(flat(p)) for p in node.iter("p")):
        return False
    return not node.xpath(_HOLDS_CONTENT) and not _says_whose(node)


def _same_kind(node: lxml.html.HtmlElement, text: lxml.html.HtmlElement) -> bool:
    """``node`` is a block of the kind that holds the text at its level (the same tag and
    classes): a long-form page's next chapter (``<section class="chapter">`` after the one
    with the most paragraphs), however short, is more of the article, not a box."""
    classes = (text.get("class") or "").split()
    return bool(classes) and node.tag == text.tag and (node.get("class") or "").split() == classes


_STAMP_WORDS: Final = 12  # "Linh Pham · Sep 10, 2025 08:15 AM": a name and a stamp


def _says_whose(node: lxml.html.HtmlElement) -> bool:
    """A box whose lines name the writer or the source, or date the article."""
    for line in (flat(part) for part in node.iter() if isinstance(part.tag, str)):
        if not line:
            continue
        if byline(line, Found()) or meta.OUTLET_LINE.match(line) or meta.THEO_LINE.match(line):
            return True
        short = len(line.split()) <= _STAMP_WORDS
        if short and any(d.precision == "day" for d in find_dates(line)):
            return True
    return False


def drop_asides(article: lxml.html.HtmlElement, lead: re.Pattern[str]) -> None:
    """Drop the template's boxes among and after the paragraphs of ``article`` (the element
    the article was found in, or a wrapper around it); ``lead`` matches the class words of a
    lead paragraph, which stays."""
    text = max(
        (n for n in article.iter() if isinstance(n.tag, str)),
        key=_paragraphs,
        default=article,
    )
    if _paragraphs(text) < _MIN_PARAGRAPHS:
        return
    boxes: list[lxml.html.HtmlElement] = []
    children = list(text)
    first = next((i for i, child in enumerate(children) if child.tag == "p"), len(children))
    boxes += [child for child in children[first + 1 :] if _is_box(child, lead)]
    # up to the wrapper: what follows the text's element at each level is its foot
    node = text
    while node is not article and node.getparent() is not None:
        boxes += [
            after
            for after in node.itersiblings()
            if _is_box(after, lead) and not _same_kind(after, node)
        ]
        node = node.getparent()
    boxes += [items for box in boxes if (items := _box_items(box)) is not None]
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()


_LABEL_WORDS: Final = 6


def _box_items(box: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The list right under a box that is a label ("Đọc nhiều nhất", "Most read") at the
    text's foot, no paragraph of the article after it: the box's headlines, set as a list.
    (A label that introduces a list of the article's ends on a colon: "Các văn kiện đã ký:".)"""
    label = flat(box)
    items = box.getnext()
    if (
        items is None
        or items.tag not in ("ul", "ol")
        or len(label.split()) > _LABEL_WORDS
        or label.endswith((".", ":", "!", "?", "…"))
    ):
        return None
    if any(after.tag == "p" and flat(after) for after in items.itersiblings()):
        return None  # (the article goes on under the list: the list is the article's)
    return items


__all__ = ["drop_asides"]
