"""A body named at length as a page's site (pure): "Đại sứ quán Việt Nam tại X", "Thương vụ
Việt Nam tại Y", "Sở Ngoại vụ TP. Z", "Ministry of Foreign Affairs of W" in a <title>'s part
beside the headline. A body's name runs longer than a paper's; its kind, then its name
capitalised, tells it from a headline opening on the body doing something. Split from
:mod:`briefer.ingest.pagetitle`; owns :func:`issuer_named`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries

# An embassy's or an association's news page: the issuing unit, named at length, is the site.
# (a state body's unit or office, "Thương vụ Việt Nam tại X", "Sở Ngoại vụ TP. Y", "Ministry
# of Foreign Affairs of Z": named at length as an embassy is, its name capitalised after its
# kind)
_ISSUER_KIND: Final = re.compile(
    r"^(?:(?:tổng\s+)?(?:lãnh\s+sự|đại\s+sứ)\s+quán|(?:the\s+)?embassy\s+of|hiệp\s+hội"
    r"|phái\s+đoàn\s+thường\s+trực|thương\s+vụ|sở|bộ|cục|tổng\s+cục|vụ|ủy\s+ban|uỷ\s+ban"
    r"|(?:the\s+)?(?:ministry|department|consulate(?:[-\s]general)?|high\s+commission"
    r"|permanent\s+mission|trade\s+office)\s+of(?:\s+the)?)\s+(?P<next>\S)",
    re.IGNORECASE,
)


_STATE_BOUND: Final = re.compile(
    r"^(?:the\s+)?(?:ministry|department|consulate|high\s+commission|permanent\s+mission"
    r"|trade\s+office)\b",
    re.IGNORECASE,
)


def issuer_named(part: str) -> bool:
    """ "Đại sứ quán Việt Nam tại X": a unit's kind and its name, not a headline that opens
    on the unit doing something ("Đại sứ quán tổ chức …": a verb in lower case after it)."""
    match = _ISSUER_KIND.match(part)
    kind = match.group().casefold() if match else ""
    named = kind.startswith(("embassy", "the", "hiệp")) or (match and match["next"].isupper())
    # (an English ministry or office by its portfolio alone, "Ministry of Foreign Affairs and
    # Trade", is any state's, a portal's section as often as a site: its state named makes
    # it one body's)
    state = not _STATE_BOUND.match(part) or bool(find_countries(part))
    return bool(match and named and state and len(part.split()) <= 14)


__all__ = ["issuer_named"]
