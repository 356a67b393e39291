"""The body a page's Dublin Core metadata declares as its creator or publisher (pure).

Government sites (the AGLS and Dublin Core schemes many administrations follow) declare the
agency that issues a page in ``dcterms.creator`` / ``DC.Creator`` or ``dcterms.publisher``,
sometimes as "corporateName=X; address=…". That is the page naming its publisher, as
og:site_name is on a paper's site. A news site may fill the same field with its writer, so
only a body's name counts (a department, a ministry, an office …), never a person's.

This module owns :func:`dublin_core_body`.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.outlet_table import BODY_KIND

_KEYS: Final = ("dcterms.creator", "dc.creator", "dcterms.publisher", "dc.publisher")
_CORPORATE: Final = re.compile(r"corporateName\s*=\s*(?P<name>[^;]+)", re.IGNORECASE)
_MAX_WORDS: Final = 12


def dublin_core_body(root: lxml.html.HtmlElement) -> str:
    """The body's name the page's Dublin Core creator or publisher gives ("" when none, or
    when the field names no body)."""
    for key in _KEYS:
        for node in root.iter("meta"):
            label = (node.get("name") or node.get("property") or "").strip().lower()
            if label != key:
                continue
            value = " ".join((node.get("content") or "").split())
            corporate = _CORPORATE.search(value)
            name = (corporate.group("name") if corporate else value).strip(" .;")
            if name and len(name.split()) <= _MAX_WORDS and BODY_KIND.match(name.upper()):
                return name
    return ""


__all__ = ["dublin_core_body"]
