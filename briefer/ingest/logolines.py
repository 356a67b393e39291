"""A text logo set as lines of its own elements (pure).

A site that writes its masthead in text rather than an image often sets it as two elements in
one logo block, each shown on a line of its own: the name, then its place or tagline
("<span>Embassy of X</span><span>Hanoi, Vietnam</span>"). The block's bare text runs the two
together ("Embassy of XHanoi, Vietnam"), which is no name. This module owns reading such a
block line by line: a mission's name with the city under it is one name ("Embassy of X in
Hanoi", the country after the city's comma aside). Any other pair is left to the block's
text: two elements of a logo are as often one word set in two colours ("<span>Vn</span>
<span>Economy</span>", VnEconomy) as two lines, and the markup does not say which.
"""

from __future__ import annotations

from typing import Final

import lxml.html

from briefer.ingest.countries import country_of_name
from briefer.ingest.missionplace import mission_at

_LINES: Final = 2  # a name and one line under it; more is a menu or a contact block


def _text(node: lxml.html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def _city(place: str) -> str:
    """ "Hanoi, Vietnam" → "Hanoi": a city with its country after a comma, the city alone."""
    city, comma, country = place.rpartition(",")
    return city.strip() if comma and country_of_name(country.strip()) else place


def logo_lines(node: lxml.html.HtmlElement) -> str:
    """The name a logo block set as a mission's name and its city gives, as one name
    ("Embassy of X in Hanoi"); "" for any other block."""
    if (node.text or "").strip() or any((c.tail or "").strip() for c in node):
        return ""  # (text of the block's own beside its elements: one line as written)
    lines = [_text(child) for child in node if isinstance(child.tag, str) and _text(child)]
    if len(lines) != _LINES:
        return ""
    first, second = lines
    return mission_at(first, _city(second))


__all__ = ["logo_lines"]
