"""A picture's caption set as a paragraph of its own, beside the picture (pure).

A template that has no caption element prints the caption as the next block of the text
("<p><img alt='Sunset over …'></p><p><em>Sunset over ….</em></p>"), and the writer's alt
text is often that same caption: a block that says, word for word, what the picture's alt
text says is the picture's caption, not the article's text, wherever it stands. This module
owns that test (:func:`drop_alt_captions`); a caption in its own element goes with the
picture already (:mod:`briefer.ingest.webpage`).
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.alttext import names_nothing
from briefer.ingest.pagetitle import flat

_MIN_WORDS: Final = 3  # "Photo", "Logo X" are labels, not captions
_LOOK: Final = 2  # the caption is the block beside the picture's, or the next but one


def _same(a: str, b: str) -> bool:
    def key(text: str) -> str:
        return re.sub(r"[\W_]+", " ", text.casefold()).strip()

    return bool(key(a)) and key(a) == key(b)


def _neighbours(node: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The blocks with words next to the picture's own holder (the nearest element around
    the picture that stands beside other blocks)."""
    holder = node
    while holder.getparent() is not None and not flat(holder).strip():
        if any(flat(s).strip() for s in holder.itersiblings()) or any(
            flat(s).strip() for s in holder.itersiblings(preceding=True)
        ):
            break
        holder = holder.getparent()
    near: list[lxml.html.HtmlElement] = []
    for preceding in (False, True):
        found = 0
        for sibling in holder.itersiblings(preceding=preceding):
            if not isinstance(sibling.tag, str) or not flat(sibling).strip():
                continue
            near.append(sibling)
            found += 1
            if found >= _LOOK:
                break
    return near


def drop_alt_captions(root: lxml.html.HtmlElement) -> None:
    """Drop each block beside a picture whose words are the picture's alt text."""
    for picture in list(root.iter("img")):
        alt = " ".join((picture.get("alt") or "").split())
        if len(alt.split()) < _MIN_WORDS or names_nothing(alt):
            continue
        for block in _neighbours(picture):
            if block.getparent() is not None and _same(flat(block), alt):
                block.drop_tree()
                break


__all__ = ["drop_alt_captions"]
