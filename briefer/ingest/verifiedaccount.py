"""An organisation's verified account on a messaging or social platform (pure).

An official account's post (a department's, an embassy's page on a messenger or a social
network) carries the platform's name as the page's site name ("Zalo", "Facebook"), yet the
account's owner publishes it: the account card at the top names it, marked by the platform's
verification badge ("Tài khoản đã xác thực", "Verified account"). A person's post on a
network stays the network's (the person is its writer): the account is taken for the outlet
only when its name reads as an organisation's, with words written in lower case between its
capitalised ones ("Department of Trade", "Sở Công Thương tỉnh X"), never as a person's name.
This module owns finding that account's name in a text's head.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

# The badge a platform sets under a verified account's name.
_BADGE: Final = re.compile(
    r"^[✓✔☑️\s]*(?:tài\s+khoản\s+(?:đã\s+)?(?:được\s+)?xác\s+thực|đã\s+xác\s+thực"
    r"|verified(?:\s+(?:account|page|organi[sz]ation))?|official\s+account"
    r"|tài\s+khoản\s+chính\s+thức)[✓✔\s]*$",
    re.IGNORECASE,
)
_HEAD_LINES: Final = 15  # the account card sits at the top of the post's page
_NAME_WORDS: Final = (3, 14)


def _organisation(name: str) -> bool:
    words = name.split()
    if not (_NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]) or re.search(r"\d|[.:!?]$", name):
        return False
    # (a person's name is capitalised words only; an organisation's joins them with words
    # in lower case: "of", "for", "tại", "tỉnh")
    return words[0][:1].isupper() and any(w[:1].islower() for w in words[1:])


def verified_account(text: str) -> str:
    """The organisation whose verified account card heads the text, else ""."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:_HEAD_LINES]
    for name, below in pairwise(lines):
        if _BADGE.match(below) and _organisation(name):
            return name
    return ""


__all__ = ["verified_account"]
