"""The site a page printed from a browser was printed from: its address and outlet, read from
the print header and footer a PDF reader split off the text as page furniture (the header
carries the print stamp and the page's <title>, "Headline - Site"; the footer the address).

Owns only the reading of those edges: the site the header's title names (its last " - "
part, or a part the table knows, or the name the address spells), a running header's
site-shaped name, a bulletin's series and its publisher.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import HOST


def printed_page(edges: list[str]) -> tuple[str, str]:
    """(web address, outlet) of a page printed from a browser, from its header and footer."""
    from urllib.parse import urlsplit

    from briefer.ingest import printmarks as marks
    from briefer.ingest.found import name_case
    from briefer.ingest.headertitle import print_header_title
    from briefer.ingest.mastheads import kind_and_name
    from briefer.ingest.metachoice import spells_domain
    from briefer.ingest.metadata import first_url
    from briefer.ingest.outletnames import known_outlet, outlet_of_url
    from briefer.ingest.pagetitle import is_site_name
    from briefer.ingest.publisher import bulletin_publisher

    url = next((first_url(e) for e in edges if first_url(e)), "")
    site = ""
    for edge in edges:
        if marks.print_stamp(edge) == "print header":
            last = print_header_title(edge)[1]
            # (a site the table lacks, named as sites are: "Báo X", "Tạp chí Y")
            # ("… | NAME - Peru News Agency": the name before its description)
            site = known_outlet(last) or _name_over_kind(edge)
            site = site or (last if is_site_name(last) else "")
            if site:
                break
    cells = [c.strip() for e in edges for c in re.split(r"\s+[|·•–—-]\s+", e.strip())]
    if not site:
        # "… | The White House" over "whitehouse.gov/…": the name the address spells
        hosts = [urlsplit(url).hostname or ""] if url else []
        hosts += [m.group() for e in edges for m in _HOST.finditer(e)]
        # (the print header's parts without its stamp: "12/12/2025, 09:41  Site - Headline")
        bodies = [marks.print_header_body(e) if marks.print_stamp(e) else e for e in edges]
        parts = [c.strip() for e in bodies for c in re.split(r"\s+[|·•–—-]\s+", e.strip())]
        site = next(
            (c for c in parts for h in hosts if h and 1 <= len(c.split()) <= 8
             and not _HOST.search(c) and spells_domain(h, c)),
            "",
        )  # fmt: skip
        site = _without_desk(site, outlet_of_url(url) if url else "")
    if not site:
        # (a header of the outlet's short form the table knows and what the outlet is,
        # "AGENCY - X State News Agency": the table's name, over the description)
        site = next((known_outlet(c) for c in cells if known_outlet(c)), "")
    if not site:
        # "Tạp chí X – x.vn", "Báo Y | Bản in": a running header naming the site as sites
        # are named, beside its address or the print's label; an institution's own site
        # ("Trường Đại học X - Cổng thông tin điện tử"; "Tạp chí X Y Z" of a long name)
        # (a journal's name over its publisher's, "Tạp chí X, Số 8" over "Viện X", its issue
        # number aside)
        # ("BẢN TIN X - Y · Số 142": a bulletin's name holds its own dash)
        bulletins = [c for e in edges for c in _HEAD_CELLS.split(e.strip()) if _BULLETIN.match(c)]
        named = bulletins + [_ISSUE_NO.sub("", c) for c in cells]
        named.sort(key=str.isupper)  # (the name as written in mixed case over capitals)
        site = next(
            (
                kind_and_name(c) or name_case(c)
                for c in named
                if 2 <= len(c.split()) <= 10
                and (is_site_name(c) or kind_and_name(c) or _BULLETIN.match(c))
            ),
            "",
        ) or next((c for c in named if 2 <= len(c.split()) <= 8 and _INSTITUTION.match(c)), "")
    if not site and not url:
        # "thethaovanhoa.vn | Bản in", "example.com": a header naming the site by its domain
        # alone, the table's name for it, else the domain (the choice weighs it as such)
        cells = [re.split(r"\s+[|·•-]\s+", e.strip())[0] for e in edges if e.strip()]
        domain = next((c.lower() for c in cells if HOST.match(c)), "")
        site = outlet_of_url(f"https://{domain}") if domain else ""
    # (a bulletin is a series: the body its page foot names publishes it)
    return url, bulletin_publisher(site, edges) or site


def _without_desk(site: str, owner: str) -> str:
    """``site`` without the desk a <title> names after the site's own name ("VnExpress Kinh
    doanh", "Harbour Times Business" over the address whose outlet the table names "VnExpress",
    "Harbour Times"): the words after the address's outlet are its section, no part of the
    outlet. ``site`` as given when it does not open on that outlet, or when more than a short
    section name follows it (a longer name is another body: "X Foundation for Y Studies")."""
    if not owner or HOST.match(owner) or not site.startswith(owner + " "):
        return site
    rest = site[len(owner) :].split()
    return owner if len(rest) <= 2 and not any(w[:1] in "-–—|(" for w in rest) else site


def _name_over_kind(header: str) -> str:
    """The site's name in a print header whose last part gives the name, a dash, and what the
    site is: a country's news agency ("… | NAME - Peru News Agency"), or ""."""
    from briefer.ingest import printmarks as marks
    from briefer.ingest.countries import country_of_name
    from briefer.ingest.found import name_case

    last = _HEAD_CELLS.split(marks.print_header_body(header).strip())[-1]
    parts = re.split(r"\s+[-–—]\s+", last)
    kind = _AGENCY_KIND.match(parts[-1]) if len(parts) == 2 else None
    if kind is None or not 1 <= len(parts[0].split()) <= 3 or not country_of_name(kind["place"]):
        return ""
    return name_case(parts[0])


# What a site is, after its name: "Peru News Agency", "Ghana's State Press Agency".
_AGENCY_KIND: Final = re.compile(
    r"^(?:The\s+)?(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:['’]s)?\s+(?:(?:State|National|Official)\s+)?"
    r"(?:News|Press)\s+Agency$"
)
_HEAD_CELLS: Final = re.compile(r"\s+[|·•]\s+")
_BULLETIN: Final = re.compile(
    r"^(?:BẢN\s+TIN|Bản\s+tin)\s+\S.{2,60}$|^.{3,60}\s(?:Newsletter|Bulletin)$"
)
_ISSUE_NO: Final = re.compile(
    r",?\s+(?:SỐ|Số|số|No\.?|Vol\.?|Issue)\s*\d+(?:\s*\(\d+\))?(?:\s*[/,]\s*\d{4})?$"
)
# A site's address in a running header or footer ("www.x.gob.ar", "x.gov.co", "x.com").
_HOST: Final = re.compile(
    r"(?<![\w.@/])(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|gob|edu|org|com|net|int)(?:\.[a-z]{2})?)\b",
    re.IGNORECASE,
)
# A university's, an academy's or an institute's name: its site is its own publisher.
_INSTITUTION: Final = re.compile(
    r"^(?:Trường\s+)?(?:Đại\s+học|Học\s+viện|Viện)\s+[A-ZĐÂ]|^(?:University|Institute|Academy)\s+of\s"
    r"|^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:University|Institute|Academy)$"
)


__all__ = ["printed_page"]
