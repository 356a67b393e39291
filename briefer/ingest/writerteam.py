"""Two completions of a name the page gave in part (pure).

- A writer the markup names alone ("Minh Khang") who is one of the persons a labelled credit
  lists ("Thực hiện: Minh Khang - Thu Trang"): the piece's author is the whole team, as the
  credit prints it (a graphics credit naming one of them does not make them its only writer).
- A provincial body named without its level ("Sở Công Thương Khánh Hòa" in a page's title)
  that the page's own text names with it ("Sở Công Thương tỉnh Khánh Hòa"): the body's
  name in full, as the text and its copyright write it.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.pageauthor import is_person

_CREDIT: Final = re.compile(
    r"^(?:Thực\s+hiện|Nhóm\s+(?:thực\s+hiện|phóng\s+viên|tác\s+giả)|Bài|Tin|Tác\s+giả"
    r"|Written\s+by|Text|Story|Words|Reporting)\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)
_JOINER: Final = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+(?:và|and|&)\s+")
_LEVEL: Final = re.compile(r"(?:tỉnh|thành\s+phố|Thành\s+phố|TP\.?)")


def whole_team(author: str, text: str) -> str:
    """The labelled credit listing ``author`` among several persons, as printed, or ""."""
    if not author:
        return ""
    for line in text.splitlines():
        m = _CREDIT.match(line.strip())
        if m is None:
            continue
        names = m["names"].strip()
        parts = [p for p in _JOINER.split(names) if p]
        if len(parts) > 1 and author in parts and all(is_person(p) for p in parts):
            return names
    return ""


def with_level(outlet: str, text: str) -> str:
    """ "Sở X Khánh Hòa" → "Sở X tỉnh Khánh Hòa" when the text writes the body so ("" when
    it does not, or the name already gives a level)."""
    words = outlet.split()
    if len(words) < 3 or _LEVEL.search(outlet):  # (a body's kind, its field, its place)
        return ""
    for cut in range(len(words) - 1, 1, -1):
        head, place = " ".join(words[:cut]), " ".join(words[cut:])
        m = re.search(
            rf"{re.escape(head)}\s+(?P<level>{_LEVEL.pattern})\s+{re.escape(place)}\b", text
        )
        if m:
            return f"{head} {m['level']} {place}"
    return ""


def team_in_page(root: lxml.html.HtmlElement, found: str) -> str:
    """The labelled credit in a page's rows naming ``found`` among its team, or ""."""
    rows = root.xpath("//body//*[self::p or self::div or self::dd or self::span]")
    text = "\n".join(" ".join(n.text_content().split()) for n in rows)
    return whole_team(found, text) if found else ""
