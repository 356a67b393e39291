"""A site's printed name for the bare domain an outlet was left at (pure).

When no signal names a site but its address ("vietnam-briefing.com", a printed page's foot),
the outlet falls back on the domain. The page usually prints the site's name somewhere (its
menu row, an "About us" line, a copyright): the name whose letters spell the domain's own
label ("Vietnam Briefing" for vietnam-briefing.com, "Harbour Ledger" for harbourledger.net)
is the site as it names itself, and is shown instead of the address. A paper naming no
outlet at all ("" chosen) may still give its house's address in a contact line's e-mail
("office@harbourledger.net"): the name the text prints that spells that domain is the house.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import HOST
from briefer.text.fold import fold

# A name as printed: one to six capitalised words (an article or "&" between them).
_NAME: Final = re.compile(
    r"(?<![\w.-])(?:The\s+)?[A-Z][\w'-]*(?:\s+(?:&\s+|of\s+|and\s+)?[A-Z][\w'-]*){0,5}"
    r"(?![\w'-]|\.\w)"  # (whole words, and no domain's first label: "Site.com" is the domain)
)
_MIN_LETTERS: Final = 5  # a short label ("vn", "abc") spells too many names by chance


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def printed_site(domain: str, text: str) -> str:
    """The name the text prints whose letters are the domain's label ("" when the outlet is
    no bare domain or the text prints no such name); the first found in mixed case, else
    one printed in capitals, capitalised."""
    match = HOST.match(domain.strip())
    if match is None:
        return ""
    label = _letters(match.group("label"))
    if len(label) < _MIN_LETTERS:
        return ""
    capitals = ""
    for found in _NAME.finditer(text):
        words = found.group().split()
        # (any run of the capitalised words may be the name: "About Us: Vietnam Briefing is")
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                name = " ".join(words[start:end])
                bare = re.sub(r"^The\s+", "", name)
                if _letters(bare) == label and not name.isupper():
                    return name
                if _letters(bare) == label and not capitals:
                    capitals = name
    # (printed only in capitals, a running head's "X": the name, its case unknown, as a name)
    return " ".join(w.capitalize() for w in capitals.split())


# A contact's e-mail address; its domain (the house's own, not a free mail service's).
_MAIL: Final = re.compile(r"[\w.+-]+@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE)
_FREE_MAIL: Final = frozenset({"gmail", "yahoo", "outlook", "hotmail", "icloud", "proton"})


def mailed_site(text: str) -> str:
    """The name the text prints that spells the domain of an e-mail address it gives (the
    first such), for a paper whose outlet no other line names; "" when none does."""
    for found in _MAIL.finditer(text):
        domain = found.group("domain").lower()
        if domain.split(".")[0] in _FREE_MAIL:
            continue
        name = printed_site(domain, text)
        if name:
            return name
    return ""


__all__ = ["mailed_site", "printed_site"]
