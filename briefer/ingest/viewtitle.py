"""The headline of a page whose own title names a view of the site, not the article (pure).

Two saved pages carry a <title> that names no article:

- a print view: "Site » Print", "Site - Bản in", "Printer Friendly Version | Site". The view
  lays the post out bare: after the site's own line (its name, its address) the first
  short line that states nothing is the post's headline;
- a feed or a section listing shown as a page: its <h1> (and <title>) is the site's name and
  a section ("Site - Markets"); the entries below are each headed by a heading holding a
  link to the entry, and the first entry is the one the page holds as text, so its heading
  is the headline.

This module owns :func:`print_view_headline` and :func:`listing_heading`.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.pagetitle import flat, page_marks, site_in_title

_PARTS: Final = re.compile(r"\s+(?:[-–—|»«›‹·•~:]|::)\s+")
# A print view's name: "Print", "Printer friendly (version)", "Print version", "Bản in",
# "In bài viết", "Imprimer", "Drucken", "Imprimir".
_PRINT: Final = re.compile(
    r"^(?:print(?:er[\s-]friendly)?(?:\s+(?:this\s+)?(?:version|view|page|post|article|story))?"
    r"|bản\s+in|in\s+(?:bài(?:\s+viết)?|trang(?:\s+này)?)|imprimer|drucken|imprimir)$",
    re.IGNORECASE,
)
_URL: Final = re.compile(r"https?://|www\.", re.IGNORECASE)
_MIN_WORDS: Final = 4
_MAX_WORDS: Final = 40
_SECTION_WORDS: Final = 4  # a section's name beside the site's: "Tin Thị trường"
_BLOCKS: Final = "//body//p | //body//h1 | //body//h2 | //body//h3 | //body//h4 | //body//div"


def _headline_shape(text: str) -> bool:
    return _MIN_WORDS <= len(text.split()) <= _MAX_WORDS and not text.endswith((".", "!", "?"))


def print_view_headline(title: str, root: lxml.html.HtmlElement) -> str:
    """The headline of a print view whose <title> is the site's name and the view's
    ("Site » Print"); "" for any other page."""
    parts = [p.strip() for p in _PARTS.split(title) if p.strip()]
    if len(parts) < 2 or not any(_PRINT.match(p) for p in parts):
        return ""
    site = [p.casefold() for p in parts if not _PRINT.match(p)]
    for node in root.xpath(_BLOCKS):
        if node.xpath(".//p | .//div | .//li | .//h1 | .//h2 | .//h3 | .//h4"):
            continue  # (a box of blocks: its lines are read one by one)
        text = flat(node)
        if not text or _URL.search(text) or any(s in text.casefold() for s in site):
            continue  # (the view's own line: the site's name and address)
        return text if _headline_shape(text) else ""
    return ""


def listing_heading(heading: str, root: lxml.html.HtmlElement) -> str:
    """When ``heading`` (a page's <h1>) is the site's name (as its <title> or its marks, the
    logo or the copyright line, give it) and a section ("Site - Section"), the heading of the
    first entry listed under it (a heading holding a link); "" otherwise."""
    names = [site_in_title(root), *(name for _, name in page_marks(root))]
    site = next((n for n in names if n and heading.casefold().startswith(n.casefold())), "")
    if not site:
        return ""
    rest = _PARTS.split(heading[len(site) :].strip(" -–—|»:"))
    if not rest or len(rest[-1].split()) > _SECTION_WORDS:
        return ""
    for node in root.xpath("//body//h2 | //body//h3 | //body//h4"):
        if any(a.tag in ("nav", "aside", "footer", "header") for a in node.iterancestors()):
            continue
        links = node.xpath(".//a")
        text = " ".join(flat(node).split())
        if links and " ".join(flat(links[0]).split()) == text and _headline_shape(text):
            return text
    return ""


__all__ = ["listing_heading", "print_view_headline"]
