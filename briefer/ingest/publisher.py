"""The body that publishes a printed bulletin (pure), from its page foot.

A bulletin ("Bản tin thị trường X", "X Newsletter") is a series an institution issues, not a
publisher: when a PDF's running head names the bulletin and its foot names a body (a centre,
an institute, a ministry's unit) beside the page number or its address ("Trung tâm X (XYZ) -
12 Phố Y | Trang 2", "Viện Z - Trang 1"), that body is the outlet. A foot naming no body
("x.edu.vn · Trang 3") leaves the bulletin's name, which then names its publisher itself; a
foot's first cell that is a plain capitalised name ("Agency X – Its Directorate | Page 1 of
2") names the body too, when no foot names one by its kind.
The same foot line left in a one-page PDF's text names the publisher when nothing else does.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outlet_table import BODY_KIND
from briefer.text.fold import fold

# A page's number at a foot's end ("- Trang 1", "| Page 2/4", "· Tr. 3").
_PAGE_NO: Final = re.compile(
    r"\s*[-–|·•]?\s*(?:Trang|Page|Tr\.)\s*\d+(?:\s*(?:/|of|trên)\s*\d+)?\s*$", re.IGNORECASE
)
_CELL: Final = re.compile(r"\s+[-–|·•]\s+")
_NAME_WORDS: Final = (2, 16)
# A name of two to eight words, no figure (a foot's first cell naming its body).
_NAME: Final = re.compile(r"^[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){1,7}$")
_CONNECTORS: Final = frozenset({"of", "in", "and", "for", "the", "on", "at", "to", "và", "tại"})
# Publication kinds that are no body of their own (their name is the outlet they are).
_OUTLET_KIND: Final = re.compile(r"^(?:BÁO|TẠP\s+CHÍ|ĐÀI|THÔNG\s+TẤN)\b")


def is_bulletin(name: str) -> bool:
    """A bulletin's name ("Bản tin thị trường X", "Trade Newsletter", "X Bulletin", "Market
    Brief X": a trade office's periodic series, whose name follows its kind)."""
    # (its edition after a colon is no part of the kind: "X Export Bulletin: Asia")
    folded = re.sub(r":\s.*$", "", fold(name).strip())
    if _MARKET_SERIES.search(folded):
        return True
    return folded.startswith("ban tin ") or folded.endswith((" newsletter", " bulletin"))


# A trade office's periodic market series ("Market Update X", "X Market Brief").
_MARKET_SERIES: Final = re.compile(r"\bmarket\s+(?:update|brief|report|bulletin|watch)s?\b")


def foot_body(line: str) -> str:
    """The body a page's foot names before its page number ("" when the line is no such
    foot, or names no body): the first of its cells, in mixed case, a body's kind first."""
    if not _PAGE_NO.search(line):
        return ""
    name = _first_cell(line)
    low, high = _NAME_WORDS
    body = BODY_KIND.match(name.upper()) and not _OUTLET_KIND.match(name.upper())
    return name if body and not name.isupper() and low <= len(name.split()) <= high else ""


# A series' issue number after its name: "X Bulletin No. 10/2025", "Bản tin Y số 4".
_ISSUE_NO: Final = re.compile(r"\s+(?:No\.?|Nr\.?|Issue|Số|số|#)\s*\d{1,4}(?:/\d{2,4})?$")


def _first_cell(line: str) -> str:
    """A foot's first cell before its page number, past the bulletin's own name and issue
    ("X Bulletin No. 10/2025 - Embassy of Y - Page 2/3": "Embassy of Y")."""
    cells = [c.strip() for c in _CELL.split(_PAGE_NO.sub("", line).strip()) if c.strip()]
    while len(cells) > 1 and is_bulletin(_ISSUE_NO.sub("", cells[0])):
        cells = cells[1:]
    return cells[0] if cells else ""


def bulletin_publisher(site: str, edges: list[str]) -> str:
    """The body a bulletin's page foot names, when the site read is the bulletin's name."""
    if not is_bulletin(site):
        return ""
    named = next((foot_body(e) for e in edges if foot_body(e)), "")
    return named or next((foot_name(e) for e in edges if foot_name(e)), "")


def foot_name(line: str) -> str:
    """The name a bulletin's page foot gives before its page number, a body's kind or not
    ("Agency X – Its Directorate | Page 2": "Agency X"), when it is a capitalised name of
    two words or more and no bulletin's own; "" otherwise."""
    if not _PAGE_NO.search(line):
        return ""
    name = _first_cell(line)
    words = name.split()
    capitalised = all(w[:1].isupper() or w in _CONNECTORS for w in words)
    plain = _NAME.match(name) and not is_bulletin(name) and not name.isupper()
    return name if plain and capitalised and len(words) >= 2 else ""


def text_foot_body(text: str) -> str:
    """The body a page foot left in the text names (the last such line)."""
    found = [foot_body(line.strip()) for line in text.split("\n")]
    return next((name for name in reversed(found) if name), "")


__all__ = ["bulletin_publisher", "foot_body", "foot_name", "is_bulletin", "text_foot_body"]
