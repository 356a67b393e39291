"""The day a document's surroundings give it (pure): a printed paper's running head
("PETROTIMES · Thứ Năm, 19/6/2025 · Trang 1"), a page's address with its day in the path
("…/2023/09/11/joint-statement/") and the row under a page's headline ("Name | 23.10.2025 -
Update : 23.10.2025"). Each is a fallback for a text that dates itself nowhere."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Final

from briefer.ingest.printmarks import issue_header
from briefer.text.dates import find_dates

if TYPE_CHECKING:
    import lxml.html

# "/2023/09/11/", "/2025-06-19/": a year, a month and a day as the path's own segments
_PATH_DAY: Final = re.compile(
    r"/((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def issue_day(edges: list[str]) -> str:
    """The ISO day a printed paper's running head dates the issue with, or "". A browser's
    print header ("9/12/23, 10:05 AM Title | Site") dates the print, not the issue: it has
    no issue number or page and is no paper's running head."""
    for edge in edges:
        paper, issued = issue_header(edge)
        if not paper:
            continue
        days = [d for d in find_dates(issued) if d.precision == "day" and len(d.start) == 10]
        if days:
            return days[0].start
    return ""


def url_day(url: str) -> str:
    """The ISO day a page's address carries in its path ("…/2023/09/11/…"), or ""."""
    match = _PATH_DAY.search(url.split("?", maxsplit=1)[0])
    if match is None:
        return ""
    year, _, month, day = match.groups()
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # ("/2025/02/30/": no such day)
        return ""


_ROW_MAX: Final = 100  # a byline or stamp row is short; the article's text is not
_CHANGE_LABEL: Final = re.compile(r"updat|modif|cập\s+nhật|sửa", re.IGNORECASE)
_DOTTED: Final = re.compile(r"\b(\d{1,2})([.-])(\d{1,2})\2((?:19|20)\d{2})\b")


def headline_row_day(root: lxml.html.HtmlElement) -> str:
    """The day written in a short row between the page's headline (its one <h1>) and the
    article's first paragraph, unmarked as a date ("Selin Kaya | 23.10.2025 - Update :
    23.10.2025"): the day the article was published, not the one a label says it changed."""
    headlines = list(root.iter("h1"))
    if len(headlines) != 1:
        return ""
    after = False
    for node in root.iter():
        if node is headlines[0]:
            after = True
            continue
        if not after or not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        text = " ".join(node.text_content().split())
        if node.tag == "p" and len(text) > _ROW_MAX:
            return ""  # the article's text begins: no row dated it
        if len(text) > _ROW_MAX or any(isinstance(child.tag, str) for child in node):
            continue  # (a row's own cell: an element holding no others)
        text = _DOTTED.sub(r"\1/\3/\4", text)  # ("23.10.2025": a day, as "23/10/2025")
        for ref in find_dates(text):
            if ref.precision != "day" or not re.search(r"(?:19|20)\d\d", ref.text):
                continue
            if not _CHANGE_LABEL.search(text[: ref.pos]):
                return ref.start
    return ""


__all__ = ["headline_row_day", "issue_day", "url_day"]
