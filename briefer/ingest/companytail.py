"""A company named by the paper it owns, and its trade and legal form after it (pure).

Owns :data:`COMPANY_TAIL` and :func:`papers_over_companies`. A page's foot often names the
company that owns the paper rather than the paper: "© 2025 X Post Public Company Limited",
"Y Publication Corporation © 2025", "© Z Group". The company's name opens on the paper's
("X Post", "Y", "The Z") and goes on in words that say only what kind of company it is: its
trade (media, publishing, newspapers) and its legal form (Limited, PLC, Berhad, GmbH …). Where
the page also names the paper, the company's claim speaks for that paper (``ownerhouse`` does
the same for a house named by its trades alone, "Dar X Press, Printing and Distribution").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.metachoice import Claim

# A company's words after the paper's name it opens on: its trade and its legal form.
COMPANY_TAIL: Final = (
    r"(?:\s+(?:Media|Group|Publications?|Publishing|Newspapers?|Corporation|Corp\.?|Company"
    r"|Co\.|Public|Limited|Ltd\.?|PLC|Inc\.?|LLC|Holdings?|Berhad|Bhd|GmbH|S\.A\.?))+(?!\w)"
)
ARTICLE: Final = re.compile(r"^the\s+", re.IGNORECASE)


def _owner_of(company: str, paper: str) -> bool:
    """Whether a name is a company's whose name opens on the paper's ("Y Media Ltd" of "The
    Y"): the paper's words, then only a trade's and a legal form's."""
    words = ARTICLE.sub("", " ".join(paper.split())).split()
    if not words:
        return False
    lead = r"(?:the\s+)?" + r"\s+".join(re.escape(w) for w in words)
    return bool(re.fullmatch(lead + COMPANY_TAIL, " ".join(company.split()), re.IGNORECASE))


def papers_over_companies(claims: list[Claim]) -> list[Claim]:
    """The claims with each company's claim turned into one for the paper another claim
    names, when the company's name is the paper's and its trade and legal form."""
    out = []
    for claim in claims:
        paper = next(
            (c.name for c in claims if c is not claim and _owner_of(claim.name, c.name)), ""
        )
        out.append(Claim(paper, claim.weight, claim.signal) if paper else claim)
    return out


__all__ = ["ARTICLE", "COMPANY_TAIL", "papers_over_companies"]
