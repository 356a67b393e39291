"""An agency's own site on a government's shared portal (pure).

Some governments host every agency's site on one portal ("Official Internet resources of
government agencies"): each agency's pages carry the agency's name as their masthead, an
element of its own in the page's head, and a ``<title>`` of three parts, "Headline - Agency -
Portal". The portal's short name, last in the title, is the host, not the publisher: the
agency whose site it is publishes the page. (A portal whose pages name no agency in their
<title>, one department among many in a "From:" line, stays the outlet: GOV.UK.) This module
owns :func:`agency_site` and :func:`title_site_claims`.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.text.fold import fold

_PARTS: Final = re.compile(r"\s+[-–—|]\s+")
# a public body's name in English or Vietnamese: what runs a site of its own on a portal
_AGENCY: Final = re.compile(
    r"^(?:the\s+)?(?:ministry|department|agency|committee|office|embassy|bureau|administration"
    r"|bộ|cục|sở|ủy\s+ban|uỷ\s+ban|ministère|ministerio|ministério)\b",
    re.IGNORECASE,
)


def agency_site(root: lxml.html.HtmlElement, site: str) -> str:
    """The agency named second to last in a three-part <title> "Headline - Agency - Site",
    when ``site`` (the name read from the title) is its last part and an element of the page
    outside the <title> holds the agency's name alone (its masthead); else ``site``."""
    titles = root.xpath("//title")
    if not site or not titles:
        return site
    parts = [p.strip() for p in _PARTS.split(" ".join(titles[0].text_content().split()))]
    parts = [p for p in parts if p]
    if len(parts) < 3 or fold(parts[-1]) != fold(site.strip()) or not _AGENCY.match(parts[-2]):
        return site
    agency = parts[-2]
    body = root.find("body")
    if body is None:
        return site
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if fold(" ".join(element.text_content().split())) == fold(agency):
            return agency
    return site


def title_site_claims(root: lxml.html.HtmlElement, site: str) -> tuple[tuple[str, str], ...]:
    """The <title>'s site part as a claim; an agency's own site on a portal also claims the
    agency as the page's printed masthead (its mark, as a logo is), ahead of the portal's."""
    agency = agency_site(root, site)
    if agency != site:
        return (("title part", agency), ("logo", agency))
    return (("title part", site),)


__all__ = ["agency_site", "title_site_claims"]
