"""The outlet a press licence line at a page's foot names (pure).

A Vietnamese news site prints its press licence at its foot, after its own name: "Tạp chí
điện tử X - Giấy phép số 45/GP-BTTTT", "Báo X, Giấy phép hoạt động báo chí số 12/GP-…". The
name before the licence is the site's, as a copyright's holder is; its web edition's word
("điện tử") is dropped, as the paper's name reads without it. This module owns reading it.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

_LICENCE: Final = re.compile(
    r"^(?P<name>[^\d:]{4,80}?)\s*[-–|,·]\s*Giấy\s+phép(?:\s+hoạt\s+động)?(?:\s+báo\s+chí)?"
    r"(?:\s+điện\s+tử)?(?:\s+(?:số|No\.?))?\s*:?\s*\d",
    re.IGNORECASE,
)
_WEB_EDITION: Final = re.compile(r"^(?P<kind>Tạp\s+chí|Báo)\s+điện\s+tử\s+", re.IGNORECASE)
# A copyright's mark before the holder ("© Báo X - Giấy phép số …"): no part of the name.
_MARK: Final = re.compile(r"^(?:©|\(c\)|copyright\b|bản\s+quyền\b(?:\s+thuộc\s+về\b)?)\W*", re.I)


def licence_holder(text: str) -> str:
    """The name a "<Site> - Giấy phép số N/GP-…" line gives before its licence, else ""."""
    for line in text.split("\n"):
        match = _LICENCE.match(" ".join(line.split()))
        if match:
            name = _MARK.sub("", match["name"].strip(" -–|,·"))
            return _WEB_EDITION.sub(lambda m: m["kind"] + " ", name)
    return ""


def footer_licence(root: lxml.html.HtmlElement) -> str:
    """The licence holder a page's <footer> (or footer-classed block) names, else "": a
    saved page's text leaves its footer out, so the markup is read."""
    for node in root.xpath("//footer | //*[contains(@class, 'footer') or contains(@id, 'footer')]"):
        for line in node.itertext():
            name = licence_holder(line)
            if name:
                return name
    return ""


__all__ = ["footer_licence", "licence_holder"]
