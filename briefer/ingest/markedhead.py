"""The headline a saved page marks as its article's, when it has no ``<h1>`` and no social
title (pure; read before any furniture is dropped).

Two marks name the article's heading whatever the site's language or template:

- schema.org microdata: the element carrying ``itemprop="headline"`` is the headline the
  page declares for its article, as og:title is, set in whatever tag the template uses
  (often an ``<h2>``, the ``<h1>`` being kept for the site's name or missing);
- a breadcrumb trail printed over the article: when the ``<title>``'s last part is the trail's
  last crumb ("Board X - Media Releases" under "Home > Media Centre > Media Releases"), the
  ``<title>`` names the listing the article was saved from, and the first heading under
  the trail is the article's.

A page listing several articles marks several different headlines: then none is the page's.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.pagetitle import flat

_MIN_WORDS: Final = 3
_MAX_WORDS: Final = 40
# Class or id words of a breadcrumb trail's element.
_TRAIL: Final = re.compile(r"(?:^|[\s_-])(?:breadcrumbs?|crumbs?)(?:$|[\s_-])", re.IGNORECASE)
_CRUMB_SEP: Final = re.compile(r"\s*(?:›|»|>|/|\|)\s*")
_TITLE_PARTS: Final = re.compile(r"\s+[-–|:]\s+")


def _headline_sized(text: str) -> bool:
    return _MIN_WORDS <= len(text.split()) <= _MAX_WORDS and not text.endswith((".", "!", "?"))


def _in_link(node: lxml.html.HtmlElement) -> bool:
    """A related card's headline is a link to another article (its own element or inside)."""
    return node.tag == "a" or bool(node.xpath("ancestor::a | .//a"))


def microdata_headline(root: lxml.html.HtmlElement) -> str:
    """The text of the element marked ``itemprop="headline"`` ("" when none, when it is a
    link's, or when the page marks several different headlines: a listing's cards)."""
    found = {
        flat(node)
        for node in root.xpath('//body//*[@itemprop="headline"]')
        if not _in_link(node) and flat(node)
    }
    if len(found) != 1:
        return ""
    (text,) = found
    return text if _headline_sized(text) else ""


def _trail_end(root: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement | None, str]:
    for node in root.xpath("//body//*[@class or @id]"):
        if _TRAIL.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            crumbs = [c for c in _CRUMB_SEP.split(flat(node)) if c.strip()]
            if len(crumbs) >= 2:
                return node, crumbs[-1].strip()
    return None, ""


def heading_under_listing(title: str, root: lxml.html.HtmlElement) -> str:
    """The first heading under the page's breadcrumb trail when ``title`` ends with the
    trail's last crumb (the listing's name); "" otherwise."""
    parts = _TITLE_PARTS.split(title.strip())
    trail, last = _trail_end(root)
    if trail is None or len(parts) < 2 or parts[-1].casefold() != last.casefold():
        return ""
    for heading in trail.xpath("following::h1 | following::h2 | following::h3"):
        text = flat(heading)
        if _headline_sized(text) and not _in_link(heading):
            return text
    return ""


__all__ = ["heading_under_listing", "microdata_headline"]
