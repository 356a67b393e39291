"""The site a content system's own window title names (pure).

Owns one shape of <title>: a page saved from a newsroom's content system (a preview of a
draft, an editor's view) titles its window with the headline and the site's name followed
by the tool's ("[Preview] Headline - Harbour Times CMS", "Headline | Báo X - Quản trị",
"Headline – Site Admin"). The tool's word is no part of the name: the site is what stands
before it. Nothing else in such a page names the site as a saved article's marks do.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

# The last part of the title: the site's name, then the tool's word.
_TOOL_PART: Final = re.compile(
    r"\s[-–|]\s(?P<site>[^-–|]{2,40}?)\s*(?:[-–|]\s*)?"
    r"(?:CMS|Admin(?:istrator)?|Dashboard|Backend|Back\s+office"
    r"|Quản\s+trị(?:\s+nội\s+dung)?|Hệ\s+thống\s+quản\s+trị)\s*$"
)
_SITE_WORDS: Final = 6


def tool_site(root: lxml.html.HtmlElement) -> str:
    """The site a content system's window title names before its tool's word ("… -
    Harbour Times CMS" → "Harbour Times"); "" for any other title."""
    titles = root.xpath("//title")
    title = " ".join(titles[0].text_content().split()) if titles else ""
    match = _TOOL_PART.search(title)
    site = match.group("site").strip() if match else ""
    return site if 1 <= len(site.split()) <= _SITE_WORDS and site[:1].isupper() else ""


__all__ = ["tool_site"]
