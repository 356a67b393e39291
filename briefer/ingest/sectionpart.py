"""A <title> part that is the page's section, not its site (pure).

A portal may title a page "Site - Section" ("Cổng thông tin điện tử tỉnh X - Thông báo",
"Ministry of X - Press releases"): the part after the dash is the last step of the page's
breadcrumb ("Trang chủ > Văn bản > Thông báo"), the section the page is filed under. Read as
the usual "Headline - Site", the section would be taken for the site; the path the page shows
says it is a step of the site, and the other part is the site.

This module owns :func:`site_beside_section`.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.text.fold import fold

_PARTS: Final = re.compile(r"\s+[-–|]\s+")
_STEP: Final = re.compile(r"\s+[>»›]\s+")
_STEP_WORDS: Final = 8  # ("Văn bản chỉ đạo điều hành": a section of six words)
_PATH_CHARS: Final = 200
_SITE_WORDS: Final = 10


def _flat(node: lxml.html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def _path_steps(root: lxml.html.HtmlElement) -> set[str]:
    """The folded steps of every breadcrumb on the page ("A > B > C": a path of short
    steps between arrows)."""
    steps: set[str] = set()
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in ("html", "body", "head"):
            continue
        text = _flat(node)
        if len(text) > _PATH_CHARS:
            continue
        parts = _STEP.split(text)
        if len(parts) >= 2 and all(1 <= len(p.split()) <= _STEP_WORDS for p in parts):
            steps.update(fold(p) for p in parts)
    return steps


def site_beside_section(part: str, root: lxml.html.HtmlElement) -> str:
    """The other part of a two-part <title> when ``part`` (the part read as the site) is a
    step of the page's breadcrumb and the other is neither a step nor the headline; ""
    otherwise."""
    titles = root.xpath("//title")
    parts = [p.strip() for p in _PARTS.split(_flat(titles[0]))] if titles and part else []
    if len(parts) != 2 or fold(part) not in {fold(p) for p in parts}:
        return ""
    other = parts[0] if fold(parts[1]) == fold(part) else parts[1]
    steps = _path_steps(root)
    headlines = {fold(_flat(h)) for h in root.xpath("//h1")}
    # (a site's name is short: a long part is a headline the <h1> words otherwise)
    short = len(other.split()) <= _SITE_WORDS
    if fold(part) in steps and fold(other) not in steps | headlines and short:
        return other
    return ""


__all__ = ["site_beside_section"]
