"""The publishing house that owns a paper, told apart from the paper it publishes (pure).

Owns :func:`is_owner_house` and :func:`papers_over_houses`. A site often declares its owner
where a reader looks for its name: og:site_name or the footer's copyright give the house
("X Establishment", "Dar Y Press, Printing and Distribution"), while the logo, the
"<title>"'s site part or the address give the paper the reader knows. A house is named by
its shape: an establishment, or a list of the trades a publisher runs (press, printing,
publishing, distribution, advertising). When the page's own marks name a paper that is not
the house, the house's claims speak for that paper (the owner declares the site, the site is
its paper); without such a mark the house is left as the page's only name for itself.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.metachoice import Claim, same_outlet
from briefer.ingest.outletnames import known_outlet
from briefer.text.fold import fold

# "… Establishment": the legal shape of an Arab publishing house (mu'assasa)
_ESTABLISHMENT: Final = re.compile(r"\bEstablishment$", re.IGNORECASE)
_TRADE: Final = r"(?:Press|Printing|Publishing|Publications|Distribution|Advertising)"
# two trades or more in a list ("Press, Printing and Distribution", "Printing & Publishing")
_TRADES: Final = re.compile(rf"\b{_TRADE}(?:\s*(?:,|&|\band\b)\s*{_TRADE}\b)+", re.IGNORECASE)
# a name's words that say what kind of body it is, no one body's own
_KIND_WORD: Final = re.compile(
    rf"(?i:{_TRADE}|establishment|online|news|daily|the|and|times|post|group|media)"
)
_OWN_WORD: Final = 4  # (shorter words are articles and particles)
# the page's own marks that name the paper it shows its readers
_PAPER_MARKS: Final = ("logo", "title part", "address", "text follow", "text masthead")


def is_owner_house(name: str) -> bool:
    """Whether a name is a publishing house's rather than a paper's (a name the outlet table
    knows is an outlet's, whatever its words)."""
    name = " ".join(name.split()).strip(" .,")
    if not name or known_outlet(name):
        return False
    return bool(_ESTABLISHMENT.search(name) or _TRADES.search(name))


def _own_words(name: str) -> set[str]:
    """A name's own words (folded, an Arabic article "Al-" off): not its kind or its trades."""
    words = {re.sub(r"^al-", "", w) for w in fold(name).replace("’", "'").split()}
    return {w for w in words if len(w) >= _OWN_WORD and not _KIND_WORD.fullmatch(w)}


def papers_over_houses(claims: list[Claim]) -> list[Claim]:
    """The claims with each house's claim turned into one for the paper the page's own marks
    name (its strongest such mark); unchanged when no mark names a paper apart from it."""
    shaped = [c for c in claims if is_owner_house(c.name)]
    # (the copyright cut at the house's comma, "Dar Y Press", names the same house)
    houses = [c for c in claims if any(same_outlet(c.name, h.name) for h in shaped)]
    # (a page's own mark of its paper, or any name that shares the house's own word: "Al-X
    # Establishment" publishes "X Online")
    words = {w for h in houses for w in _own_words(h.name)}
    papers = [
        c
        for c in claims
        if (c.signal in _PAPER_MARKS or words & _own_words(c.name))
        and not is_owner_house(c.name)
        and c not in houses
    ]
    if not houses or not papers:
        return claims
    paper = max(papers, key=lambda c: c.weight).name
    return [Claim(paper, c.weight, c.signal) if c in houses else c for c in claims]


__all__ = ["is_owner_house", "papers_over_houses"]
