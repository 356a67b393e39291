"""A web page's byline element read by its parts (pure): who its writers are.

A page's author element ("post-author", "author-block") is read as one line of text by the
markup readers; two shapes of it name the writer better by its parts:

- a byline of several writers joined by a dash, a comma or "và/and" ("Name A - Name B") when
  the page's meta author names only the first: the page credits both, so the byline as printed
  is the author (the bylines of co-written pieces keep all their writers);
- a block of cells (a name, "Published at : day", "Updated at : …", a dateline's place) whose
  flat text left the stamp's stray words about the name ("Name at at Place"): the cell that is
  a person's name alone is the writer.

This module owns :func:`block_writer`, which corrects the author the markup readers found.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.text.fold import fold

_AUTHOR_CLASS: Final = re.compile(r"author|byline|tac-?gia|(?:^|[\s_-])writer(?:$|[\s_-])", re.I)
_BIO_CLASS: Final = re.compile(r"bio|desc|about|avatar|image|photo", re.I)
# What joins co-writers in a byline: a spaced dash, a comma, "và", "and", "&".
_JOINER: Final = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+(?:và|and|&)\s+")
_MAX_TEXT: Final = 160  # a byline row, not a paragraph


def _flat(node: lxml.html.HtmlElement) -> str:
    return " ".join(" ".join(node.itertext()).split())


def _byline_nodes(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The page's author elements, an author's bio or picture aside."""
    nodes = []
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in ("meta", "link", "img"):
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        bio = _BIO_CLASS.search(marks)
        if _AUTHOR_CLASS.search(marks) and not bio and 0 < len(_flat(node)) <= _MAX_TEXT:
            nodes.append(node)
    return nodes


def co_writers(text: str, found: str) -> str:
    """The byline as printed when it names ``found`` and further writers, each a person's
    name ("Name A - Name B" over "Name A"); "" otherwise."""
    from briefer.ingest.pageauthor import is_person

    parts = [p.strip() for p in _JOINER.split(text) if p.strip()]
    if len(parts) < 2 or not all(is_person(p) for p in parts):
        return ""
    return text if fold(found) in {fold(p) for p in parts} else ""


def cell_writer(node: lxml.html.HtmlElement, found: str) -> str:
    """The cell of a byline block that is a person's name alone, when the author found holds
    it with other words about it ("Name at at Place" from "Name | Published at : … | Place");
    "" otherwise."""
    from briefer.ingest.pageauthor import is_person

    cells = [" ".join(" ".join(c.itertext()).split()) for c in node if isinstance(c.tag, str)]
    names = [c for c in cells if is_person(c)]
    if len(cells) < 2 or len(names) != 1:
        return ""
    name = names[0]
    folded = fold(found)
    return name if folded != fold(name) and folded.startswith(fold(name) + " ") else ""


def block_writer(root: lxml.html.HtmlElement, found: str) -> str:
    """The author the page's byline element names, read by its parts, over the one found
    (``found`` when its parts say nothing more)."""
    if not found:
        return found
    for node in _byline_nodes(root):
        better = co_writers(_flat(node), found) or cell_writer(node, found)
        if better:
            return better
    return found


__all__ = ["block_writer", "cell_writer", "co_writers"]
