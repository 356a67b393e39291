"""The headline of a page whose <title> is only its site's name ("Press Office", "Báo X"):
the page's first heading of a headline's length outside its menu and footer.

A <title> is the site's name when a logo or og:site_name gives that name, when it names a
known outlet or a kind of outlet ("Báo X"), or when the page shows it as its banner: whole
above the first heading and named again below it (:mod:`briefer.ingest.sitebanner`, whose
test also makes the banner an outlet claim).

This module owns :func:`heading_under_site`. Split from :mod:`briefer.ingest.pagetitle`.
"""

from __future__ import annotations

import lxml.html

from briefer.ingest.pagetitle import flat, is_site_name, logo_names
from briefer.ingest.sitebanner import title_is_banner


def heading_under_site(title: str, root: lxml.html.HtmlElement) -> str:
    """A page whose <title> is only its site's name (the logo's, the declared one, a known
    outlet's, the page's banner): its first <h2> or <h3> of four words or more, no
    sentence, outside the menu and footer, is the headline ("" otherwise)."""
    declared = root.xpath('//meta[@property="og:site_name" or @name="og:site_name"]/@content')
    own = {n.casefold() for n in logo_names(root)} | {str(d).strip().casefold() for d in declared}
    if not title or (
        title.casefold() not in own
        and not is_site_name(title)
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
