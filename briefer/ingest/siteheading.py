"""The headline of a page whose <title> is only its site's name ("Press Office", "Báo X"):
the page's first heading of a headline's length outside its menu and footer.

A <title> is the site's name when a logo or og:site_name gives that name, when it names a
known outlet or a kind of outlet ("Báo X"), or when the page's masthead shows it whole: a
short line in the site's header or branding block (classed as the page's header, brand,
logo or banner, or a <header> outside the article), where a headline never stands.

This module owns :func:`heading_under_site`. Split from :mod:`briefer.ingest.pagetitle`.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.pagetitle import flat, is_site_name, logo_names
from briefer.ingest.sitebanner import title_is_banner

# A class word that marks the site's own header or branding block ("header", "site-header",
# "masthead", "brand", "top-banner"), not an article's head ("article-header", "post-header").
_MASTHEAD: Final = re.compile(
    r"^(?:(?:site|page|main|global|top)[_-]?)?(?:header|brand(?:ing)?|logo|masthead|banner)$",
    re.IGNORECASE,
)
_NAME_WORDS: Final = 8
_HEADINGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")


def _in_masthead(node: lxml.html.HtmlElement) -> bool:
    for element in (node, *node.iterancestors()):
        if element.tag == "article":
            return False
        marks = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        if element.tag == "header" or any(_MASTHEAD.match(m) for m in marks):
            return True
    return False


def _masthead_shows(title: str, root: lxml.html.HtmlElement) -> bool:
    """The page's masthead shows ``title`` whole as one of its lines (no heading): the
    site's name, set where a headline never stands."""
    if len(title.split()) > _NAME_WORDS:
        return False
    folded = title.casefold()
    return any(
        node.tag not in _HEADINGS and flat(node).casefold() == folded and _in_masthead(node)
        for node in root.xpath("//body//*")
    )


def heading_under_site(title: str, root: lxml.html.HtmlElement) -> str:
    """A page whose <title> is only its site's name (the logo's, the declared one, a known
    outlet's, the masthead's, a banner's): its first <h2> or <h3> of four words or more, no
    sentence, outside the menu and footer, is the headline ("" otherwise)."""
    declared = root.xpath('//meta[@property="og:site_name" or @name="og:site_name"]/@content')
    own = {n.casefold() for n in logo_names(root)} | {str(d).strip().casefold() for d in declared}
    if not title or (
        title.casefold() not in own
        and not is_site_name(title)
        and not _masthead_shows(title, root)
        # (or the header's name line, named again below the headline: a banner)
        and not title_is_banner(title, root)
    ):
        return ""
    for node in root.xpath("//body//h2 | //body//h3"):
        text = flat(node)
        boxed = any(a.tag in ("nav", "footer", "aside") for a in node.iterancestors())
        if not boxed and len(text.split()) >= 4 and not text.endswith((".", "!", "?", ":")):
            return text
    return ""


__all__ = ["heading_under_site"]
