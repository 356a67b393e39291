"""The site a printed page's header names beside its headline, when the page's own printed
address spells it: a browser prints the page's "<title>", "Headline - Site", at the head of
each sheet; the site part the address confirms ("… - Harbour News" over harbournews.xx) is the
page's title part as its markup would declare it. Owns only that reading."""

from __future__ import annotations

from urllib.parse import urlsplit

from briefer.ingest import printmarks as marks
from briefer.ingest.headertitle import print_header_title
from briefer.ingest.metachoice import spells_domain
from briefer.ingest.outletnames import known_outlet

_HEAD_LINES = 5  # (the header prints above the page's first lines)


def confirmed_header_site(text: str, url: str) -> str:
    """The print header's site part that the page's address spells and the table lacks (""
    when there is none, or the table knows it: the text's reading names it then)."""
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    if not host:
        return ""
    lines = [line for line in text.split("\n") if line.strip()][:_HEAD_LINES]
    for line in lines:
        if marks.print_stamp(line) != "print header":
            continue
        site = print_header_title(line)[1]
        if site and not known_outlet(site) and spells_domain(host, site):
            return site
    return ""
