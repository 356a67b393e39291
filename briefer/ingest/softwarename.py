"""A software product's name, which is never a site's (pure).

Owns one judgement: a page saved from a tool (a content system's preview, an editor, a
reader) shows the tool's brand where a site shows its own ("Acme CMS 4.2", "NewsDesk
v3.1", "Quản trị nội dung 2.0"). A release number after a name, or a tool's word (CMS,
Admin, Dashboard, "Quản trị") in it, marks a product and its version: an outlet carries
neither, so such a name gives no outlet however it is marked up.
"""

from __future__ import annotations

import re
from typing import Final

# A release after the name: "4.2", "v3", "v3.1.0", "2025.1", "Build 1432".
_RELEASE: Final = re.compile(
    r"\s(?:v(?:er(?:sion)?)?\.?\s?\d+(?:\.\d+)*|\d+(?:\.\d+)+|(?:build|bản|phiên\s+bản)\s+\d+[\d.]*)$",
    re.IGNORECASE,
)
# A tool's word inside the name ("Acme CMS", "Site Admin", "Hệ thống quản trị").
_TOOL: Final = re.compile(
    r"\b(?:CMS|Admin(?:istrator)?|Dashboard|Backend|Back\s+office|Editor|Quản\s+trị)\b",
    re.IGNORECASE,
)


def is_software_name(name: str) -> bool:
    """ "TQ CMS 4.2", "NewsDesk v3.1", "Site Admin" → True; "Harbour Times", "Báo 24h",
    "Tạp chí X" → False (a number alone that is no dotted release is a name's own)."""
    name = " ".join(name.split())
    return bool(_RELEASE.search(name) or _TOOL.search(name))


__all__ = ["is_software_name"]
