"""The body a printed document's running foot names beside its postal address (pure).

A think tank's or an office's PDF repeats its name and street address at every page's foot
("Pacific X - 1003 Bishop Street, Suite 1150, Honolulu - Page 1 of 2", "Viện X · 12 phố Y,
Hà Nội · Trang 3"): the body that prints its own address publishes the document.

This module owns :func:`foot_publisher`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.runninghead import EDGE_PARTS

# A name: one to eight words, capitalised (its connectors aside), no figure.
_NAME: Final = re.compile(
    r"^[^\W\d_][\w'’&.-]*(?:\s+(?:[^\W\d_][\w'’&.-]*|of|and|for|the|và|và|tại|de|la))"
    r"{0,7}$"
)
# A street address: a number and a street's or a building's word.
_ADDRESS: Final = re.compile(
    r"\d.*\b(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Suite|Floor|Lane|Drive"
    r"|Way|Plaza|Square|Tower|Building|Đường|đường|Phố|phố|Ngõ|ngõ|Tầng|tầng|Quận|Phường)\b"
    r"|\b(?:Street|Road|Avenue|Đường|Phố|Tầng)\s+\S*\d",
)
_PAGE: Final = re.compile(r"^(?:Page|Trang|p\.)\s*\d", re.IGNORECASE)


def foot_publisher(edges: list[str]) -> str:
    """The name before a postal address on a page's running foot ("" when none)."""
    for edge in edges:
        parts = [p.strip() for p in EDGE_PARTS.split(edge.strip()) if p.strip()]
        if len(parts) < 2 or not any(_PAGE.match(p) for p in parts[1:]):
            continue
        name, address = parts[0], parts[1]
        capitalised = [w for w in name.split() if w[:1].isupper()]
        if _NAME.match(name) and len(capitalised) >= 2 and _ADDRESS.search(address):
            return name
    return ""


__all__ = ["foot_publisher"]
