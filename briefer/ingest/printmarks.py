"""A printed page's marks (pure): a browser's print header ("12/3/25, 10:41 Headline -
Site", "Site - In bài viết - 25/09/2025 08:15") and footer (the page's address, "1/3"), page
numbers and a gallery's counters."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.furniture import words
from briefer.ingest.stamplines import AGE

_DIGIT: Final = re.compile(r"\d")
_URL: Final = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)/\S*")
# A page number, or a gallery's counter ("Ảnh 2/5", "(2/5)", "Photo 2 of 5"); an official
# document numbers its later pages between dashes ("- 2 -"), which no sentence is.
_PAGE: Final = re.compile(
    r"^[-–—]\s?\d{1,3}\s?[-–—]$|"
    r"^\(?(?:(?:Trang|Page|Tr\.|Ảnh|Hình|Photo|Image|Slide)\s*)?\d{1,3}\s*(?:/|of|trên|trong)\s*"
    r"\d{1,3}\)?$|^(?:Trang|Page)\s*\d{1,3}$",
    re.IGNORECASE,
)
_TRAILING_PRINT_TIME: Final = re.compile(
    r"\s[-–|]\s+\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?$"
)
# The stamp a browser's print header opens with: the day and time printed ("10/01/2025, 15:32 ").
_PRINT_TIME: Final = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+")

_STAMP_TAIL: Final = re.compile(r"\(?\b(?:GMT|UTC|ICT)\s*[+-]?\s*\d{0,2}\)?|[·•|]", re.IGNORECASE)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "…", ".”", '."'))


def print_stamp(text: str) -> str:
    """A browser's print header or footer, or a page number."""
    if len(text) > 400 or not (_DIGIT.search(text) or "http" in text or "www." in text):
        return ""
    if _PAGE.match(text.strip()):
        return "page number"
    url = _URL.search(text)
    if url:
        rest = (text[: url.start()] + " " + text[url.end() :]).strip()
        if not rest or _PAGE.match(rest) or len(words(rest)) <= 2:
            return "print footer"
    paged = re.search(
        r"(?:^|\s[-–|]\s|\s{2,})(?:Trang|Page|Tr\.)\s*\d{1,3}(?:\s*/\s*\d{1,3})?$", text
    )
    if paged and len(words(text)) <= 8 and not _ends_sentence(text):
        return "page footer"
    head = re.match(r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+", text)
    # A page title after the print time.
    if (
        head
        and len(text) <= 200
        and not _ends_sentence(text)
        # (a stamp's zone and age are no page title: "05/12/2024 07:15 (GMT+7) · 2 ngày trước")
        and len(words(_STAMP_TAIL.sub(" ", AGE.sub(" ", text[head.end() :])))) >= 3
    ):
        return "print header"
    # "Site - In bài viết - 25/09/2025 08:15": the print time after two parts or more (of
    # five words at least: "Thu Hằng - 25/09/2025 08:15" is a byline's stamp)
    tail = _TRAILING_PRINT_TIME.search(text)
    before = text[: tail.start()] if tail else ""
    if len(re.split(r"\s[-–|]\s", before)) >= 2 and len(words(before)) >= 5:
        return "print header"
    return ""


# A printed paper's running head: its name, the issue and the day, parted by "·", "|" or a
# dash ("THE X TIMES · No. 212 · Friday 24/10/2025", "BÁO X | Số 98 | 03/02/2025").
# (an issue's number may group its thousands, "Số 9.412", and be followed by the paper's
# running count of issues in brackets, "Số 137 (7.362)")
_COUNT: Final = r"(?:\d{1,3}(?:[.,]\d{3})+|\d{1,5})"
_ISSUE: Final = re.compile(
    rf"^(?:(?:Số|No\.?|Issue|Nr\.?|#)\s*{_COUNT}(?:\s*[-/]\s*\d{{1,5}})?(?:\s*\({_COUNT}\))?"
    r"|(?:Trang|Page)\s+\d{1,3})$",  # (or the page of the issue: "Trang 3")
    re.I,
)
_HEAD_PARTS: Final = re.compile(r"\s*[·•|]\s*|\s+[-–—]\s+")
# The same head with no marks between its parts: the name, the issue, a day, the page.
_SPACED_HEAD: Final = re.compile(
    rf"^(?P<name>[^\d]{{2,60}}?)\s+(?:Số|SỐ|No\.?)\s*{_COUNT}\s+"
    r"(?P<day>[^\d]{0,20}\d[\d/.-]*\d(?:[/.-](?:19|20)\d\d)?)(?:\s+(?:Trang|Page)\s+\d{1,3})?$"
)
_NAME_WORDS: Final = 8


def issue_header(text: str) -> tuple[str, str]:
    """(the paper's name, the part that dates the issue) when the line is a printed paper's
    running head, else ("", ""): a name first, an issue number, and a part with a figure."""
    parts = [p for p in _HEAD_PARTS.split(text.strip()) if p]
    bare = _SPACED_HEAD.match(" ".join(text.split())) if len(parts) == 1 else None
    if bare and bare["name"].isupper() and 1 <= len(words(bare["name"])) <= _NAME_WORDS:
        # ("NHÂN DÂN Số 25.318 Thứ sáu, 26-9-2025 Trang 3": the parts set apart by spaces
        # alone, the name in capitals, as a paper's masthead sets it)
        return bare["name"], bare["day"]
    weekday = _WEEKDAY_HEAD.match(" ".join(text.split())) if len(parts) == 1 else None
    if weekday and weekday["name"].isupper() and 2 <= len(words(weekday["name"])) <= _NAME_WORDS:
        # ("QUỐC TẾ  NHÂN DÂN  Thứ năm, 28-8-2025": the page's section, the paper's name and
        # the issue's weekday and day, no issue number; the paper is the name the table
        # knows at the run's end, the section before it no part of it. With no paper the
        # table knows there, a headline in capitals or a site's section beside its clock
        # ends on a weekday and a day as well: no paper's head)
        paper = _paper_at_end(weekday["name"])
        return (paper, weekday["day"]) if paper else ("", "")
    if not 3 <= len(parts) <= 5 or len(text) > 120:
        return "", ""
    issue = [i for i, p in enumerate(parts) if _ISSUE.match(p)]
    if not issue or issue[0] == 0 or _DIGIT.search(parts[0]) or not 1 <= len(words(parts[0])) <= 8:
        return "", ""
    dated = [p for i, p in enumerate(parts) if i > 0 and i != issue[0] and _DIGIT.search(p)]
    return (parts[0], dated[0]) if dated else ("", "")


# A head in capitals ending on the issue's weekday and day ("… Thứ năm, 28-8-2025",
# "… Thursday, 28 August 2025").
_WEEKDAY_HEAD: Final = re.compile(
    r"^(?P<name>[^\d,]{2,60}?)\s+(?P<day>(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|Chủ\s+nhật"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:ngày\s+)?\d[^|]{4,24}(?:19|20)\d\d)$",
    re.IGNORECASE,
)


def _paper_at_end(name: str) -> str:
    """The longest run of a head's last words that the outlet table knows ("NHÂN DÂN" of
    "QUỐC TẾ NHÂN DÂN"), else ""."""
    from briefer.ingest.outletnames import known_outlet

    parts = name.split()
    return next(
        (" ".join(parts[i:]) for i in range(len(parts)) if known_outlet(" ".join(parts[i:]))),
        "",
    )


def print_header_body(text: str) -> str:
    """ "10/01/2025, 15:32 Title - Outlet" → "Title - Outlet" (the header without its stamp)."""
    return _PRINT_TIME.sub("", text)


__all__ = ["issue_header", "print_header_body", "print_stamp"]
