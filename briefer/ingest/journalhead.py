"""The journal a printed page's running head names (pure).

Owns the running head of a journal's or bulletin's printed page, scanned or set as text:
the publication's name, its issue ("Số 11 (347) - 2025", "Vol. 12, No. 3") and the page
number at either end ("TẠP CHÍ X * Số 11 (347) - 2025   27", "28   TẠP CHÍ X * Số 11"). The
journal is the outlet: its kind opens the name ("Tạp chí", "Journal"). A bulletin's head
("BẢN TIN THỊ TRƯỜNG X - SỐ 11/2025") names an issue of a body's bulletin, whose publisher is
the body (read elsewhere), not the bulletin's title.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.issuer import issuing_body

_HEAD: Final = re.compile(
    r"^(?:\d{1,4}\s+)?"
    r"(?P<name>(?:TẠP\s+CHÍ|Tạp\s+chí|(?:The\s+)?Journal|JOURNAL)"
    r"\s[^*·•|\d]{2,80}?)"
    r"\s*[*·•|,–-]\s*(?:Số|SỐ|No\.?|NO\.?|Vol\.?|VOL\.?|Issue|ISSUE|Tập|TẬP)\s*\d{1,4}\b.{0,40}$"
)
_HEAD_LINES: Final = 40


def journal_head(text: str) -> str:
    """The journal a running head names ("TẠP CHÍ X * Số 11 (347) - 2025  27" → "Tạp chí
    X"); "" when no line of the text's first is such a head."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        match = _HEAD.match(line)
        if match:
            name = match.group("name").strip(" -–")
            return issuing_body([name]) if name.isupper() else name
    return ""


__all__ = ["journal_head"]
