"""A printed page's numbered list of the links its text cites (pure).

Owns one judgement: a browser's print view or a print-friendly page lists the addresses of
the links in the article under it, each after the number its reference carries in the
text ("[1] https://agency.example/report", "(2) https://…", "3. https://…"). Those are the
sources the article cites, on other sites; the page's own address is the one its print
header or footer labels ("Page URL: …", "Printed from …"), so a cited link never dates or
names the page as its address would.
"""

from __future__ import annotations

import re
from typing import Final

# The reference's number, bracketed or followed by a stop, then the address alone.
_CITED: Final = re.compile(
    r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s*(?:https?://|www\.)\S+\s*$"
)


def cited_link(text: str) -> bool:
    """ "[1] https://stats.example/trade/" → True; "Page URL: https://paper.example/a-1"
    or "https://paper.example/a-1" alone → False."""
    return _CITED.match(text) is not None


__all__ = ["cited_link"]
