"""A tag (topic) page: a site's list of its articles on one topic under a heading "Tag: X".

Owns how such a page is recognised and what it says about its metadata: the heading names
the topic, not a headline, and the <title>'s part that repeats the topic ("X - News about X |
Site") is no site name; the article the list prints first, under its own heading, is the one
an editor saved the page for.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

# "Tag: X", "Tags: X", "Topic: X", "Chủ đề: X", "Từ khóa: X" as a page's whole heading.
_TAG_LABEL: Final = re.compile(
    r"^(?:tags?|topics?|chủ\s+đề|từ\s+khó[aá]|thẻ)\s*:\s*(?P<topic>\S.{0,80})$", re.IGNORECASE
)


def tag_topic(heading: str) -> str:
    """The topic a tag page's heading names ("Tag: Zimbabwe" → "Zimbabwe"), else ""."""
    match = _TAG_LABEL.match(" ".join(heading.split()))
    return match.group("topic").strip() if match else ""


def page_topic(root: lxml.html.HtmlElement) -> str:
    """The topic of a tag page (its first <h1> a tag label), else ""."""
    for h1 in root.xpath("//h1"):
        return tag_topic(h1.text_content())
    return ""


def featured_heading(root: lxml.html.HtmlElement) -> str:
    """The heading of the first article a tag page lists (the first <h2>/<h3> after the tag
    heading), else ""."""
    for node in root.xpath("//h1/following::*[self::h2 or self::h3]"):
        text = " ".join(node.text_content().split())
        if text:
            return text
    return ""


__all__ = ["featured_heading", "page_topic", "tag_topic"]
