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


_BRACKETED: Final = re.compile(r"\s*\(([^()]*\d[^()]*)\)\s*$")


def issue_day(edges: list[str]) -> str:
    """The ISO day a printed paper's running head dates the issue with, or "". A browser's
    print header ("9/12/23, 10:05 AM Title | Site") dates the print, not the issue: it has
    no issue number or page and is no paper's running head."""
    for edge in edges:
        # ("TẠP CHÍ X - Số 24 (ra ngày 15/12/2025)": the bracketed day a part of its own)
        paper, issued = issue_header(_BRACKETED.sub(r" · \1", edge))
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


_HEAD_LOOK: Final = 3000  # the top of a text: a title, a note under it, an article's history
# A note under a speech's title saying who spoke, where and when ("(Phát biểu của GS.TS. X,
# Hiệu trưởng …, tại Lễ …, ngày 14/10/2025)", "(Remarks by X at Y, 4 May 2025)").
_SPEECH_NOTE: Final = re.compile(
    r"^\((?:Bài\s+)?(?:phát\s+biểu|diễn\s+văn|tham\s+luận|(?:Keynote\s+)?(?:speech|remarks"
    r"|address|statement)\s+(?:by|of|delivered))\b[^()]*\)$",
    re.IGNORECASE,
)


def speech_note_day(text: str) -> str:
    """The day a speech was given, as the note under its title says (a line wholly in
    brackets naming the speaker and one whole day): the day its text is dated, or ""."""
    for row in text[:_HEAD_LOOK].split("\n"):
        line = " ".join(row.split())
        if not _SPEECH_NOTE.match(line):
            continue
        days = {d.start for d in find_dates(line) if d.precision == "day" and len(d.start) == 10}
        return days.pop() if len(days) == 1 else ""
    return ""


# A scholarly article's history: when it was received, reviewed, accepted and published
# ("Ngày nhận bài: …; ngày duyệt đăng: …; ngày xuất bản: …", "Received …; Accepted …;
# Published online …"): the day after the publication label is the article's.
_HISTORY: Final = re.compile(
    r"\b(?:ngày\s+(?:nhận\s+bài|nhận|phản\s+biện|sửa\s+chữa|duyệt(?:\s+đăng)?|chấp\s+nhận)"
    r"|received|revised|accepted)\b",
    re.IGNORECASE,
)
_PUBLISHED_LABEL: Final = re.compile(
    r"\b(?:ngày\s+(?:xuất\s+bản|công\s+bố|đăng(?:\s+bài)?|phát\s+hành)"
    r"|published(?:\s+online)?|date\s+of\s+publication|publication\s+date)\s*:?\s*",
    re.IGNORECASE,
)
_LABEL_GAP: Final = 4  # (the label's colon and a space between it and its day)


def history_day(text: str) -> str:
    """The publication day an article's history gives beside its received and accepted
    days (whatever lines the history is set on), or "" when it gives none."""
    head = " ".join(text[:_HEAD_LOOK].split())
    for label in _PUBLISHED_LABEL.finditer(head):
        if not _HISTORY.search(head[max(0, label.start() - 200) : label.start()]):
            continue  # (a page's "Published: …" stamp alone is its stamp's business)
        days = [d for d in find_dates(head[label.end() :][:40]) if d.precision == "day"]
        if days and days[0].pos <= _LABEL_GAP and len(days[0].start) == 10:
            return days[0].start
    return ""


# The label of the day a journal accepted an article: its last step before print.
_ACCEPTED_LABEL: Final = re.compile(
    r"\b(?:ngày\s+(?:duyệt\s+đăng|chấp\s+nhận(?:\s+đăng)?)|accepted(?:\s+for\s+publication)?)"
    r"\s*(?:on\s*)?:?\s*",
    re.IGNORECASE,
)


def accepted_day(text: str) -> str:
    """The day an article's history says it was accepted ("Ngày nhận: …; Ngày duyệt đăng:
    25/9/2025"): when nothing else dates the article, the nearest day to its publication."""
    head = " ".join(text[:_HEAD_LOOK].split())
    for label in _ACCEPTED_LABEL.finditer(head):
        if not _HISTORY.search(head[max(0, label.start() - 200) : label.start()]):
            continue  # (an accepted day alone, outside a history, is some other event's)
        days = [d for d in find_dates(head[label.end() :][:40]) if d.precision == "day"]
        if days and days[0].pos <= _LABEL_GAP and len(days[0].start) == 10:
            return days[0].start
    return ""


__all__ = [
    "accepted_day",
    "headline_row_day",
    "history_day",
    "issue_day",
    "speech_note_day",
    "url_day",
]
