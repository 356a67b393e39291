"""A page head's section label or menu item read as the site's masthead (pure).

Two shapes of a pasted page's head name a section, never the site, however much they
look like an outlet's name:

* a menu set one item a line ("Trang chủ" / "Tin tức" / "Kinh tế" / "Liên hệ"): an item
  written as a phrase is (capitalised only at its start) in a column of such short lines is
  that menu's entry, even when an outlet's short name reads the same;
* a second "kind of outlet" line under the masthead that shares none of its words ("X
  Express" at the top, then "Local News" over the headline): the section the article is
  filed under, not a second name of the site.

This module owns both tests; ``head`` asks them before it offers a line as the outlet.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.fold import fold

_ITEM_WORDS: Final = 3  # a menu's item is a word or three
_COLUMN: Final = 3  # a column of fewer short lines is a masthead and its tagline


def _item(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text.split()) <= _ITEM_WORDS
        and not re.search(r"\d", text)
        and not text.endswith((".", ":", "!", "?"))
    )


def _phrase_case(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:])


def menu_column_item(texts: list[str], index: int) -> bool:
    """Whether ``texts[index]`` is an entry of a menu laid out one item a line: written as a
    phrase ("Tin tức", "Kinh tế biển") in a run of at least three short lines."""
    if not (0 <= index < len(texts)) or not _phrase_case(texts[index].strip()):
        return False
    if not _item(texts[index]):
        return False
    start = index
    while start > 0 and _item(texts[start - 1]):
        start -= 1
    end = index
    while end + 1 < len(texts) and _item(texts[end + 1]):
        end += 1
    return end - start + 1 >= _COLUMN


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(name)) if len(w) > 1}


def section_under_masthead(name: str, outlet: str, above: list[str]) -> bool:
    """Whether a kind-of-outlet line ("Local News") is a section's label: a line above it
    in the head already named the site (``outlet``), by a name none of whose words it
    shares (a name read at the page's foot, a copyright's, is no masthead above it)."""
    named_above = bool(outlet) and any(fold(outlet) in fold(line) for line in above)
    return named_above and not (_words(name) & _words(outlet))


__all__ = ["menu_column_item", "section_under_masthead"]
