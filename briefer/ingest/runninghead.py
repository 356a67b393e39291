"""A printed periodical's running head naming the periodical (pure).

A journal or paper printed to PDF repeats its name with the issue on every page's edge
("TẠP CHÍ X - Số 11 (320) - 2025", "THE X REVIEW · No. 14 · 2026"): the name before the
issue number is the outlet's, whatever the article's own head says. An issue number may
carry its running count in brackets ("Số 11 (320)") or the issue's month or year after a
comma ("No. 47, November 2025"). A newsletter's head may set its series' title between the
name and the issue ("THE X HERALD | Weekly Trade Bulletin | No. 47"): the name still opens
the head, the series is the newsletter's own title.

This module owns :func:`running_head_name`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.issuer import english_in_capitals, english_title_case
from briefer.ingest.kindtitle import DOCUMENT_KINDS
from briefer.ingest.notwriters import SERIES_LABEL
from briefer.ingest.rxparts import WEEKDAY

# A page edge's parts: set apart by a dot or a bar, or by a dash between blanks.
EDGE_PARTS: Final = re.compile(r"\s*[·•|]\s*|\s+[-–—]\s+")
# "Số 11", "Số 11 (320)", "No. 14", "Issue 3/2026", "Vol. 5, No. 2"
_ISSUE: Final = re.compile(
    r"^(?:Số|No\.?|Issue|Nr\.?|Vol\.?\s*\d+,?\s*No\.?)\s*\d{1,5}(?:\s*[-/]\s*\d{1,5})?"
    r"(?:\s*\(\d{1,5}\))?(?:\s*,\s*(?:[A-Z][a-zà-ỹ]+\.?\s+)?(?:19|20)\d\d)?$",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 8
_WITH_SERIES: Final = 3  # name, series, issue
# A document's kind, a qualifier or two before it: "POLICY BRIEF", "THÔNG CÁO BÁO CHÍ" name
# what the document is, no periodical.
_KIND_NAME: Final = re.compile(rf"^(?:[^\W\d_]+\s+){{0,2}}(?:{DOCUMENT_KINDS})$", re.IGNORECASE)
_WEEKDAY: Final = re.compile(rf"^{WEEKDAY}", re.IGNORECASE)


def _cased(name: str) -> str:
    """A name in capitals with its words capitalised ("CHÂU MỸ NGÀY NAY" → "Châu Mỹ Ngày
    Nay"); a name in mixed case as written."""
    if not name.isupper():
        return name
    # (an English joining word stays small inside an English name: "Times of Central Asia";
    # a Vietnamese name's words are each capitalised, "Tạp Chí In Và Truyền Thông")
    if english_in_capitals(name):
        return english_title_case(name)
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def _no_periodical(name: str, parts: list[str]) -> bool:
    """A head that names no periodical before its issue: a document's kind ("POLICY BRIEF",
    "WORKING PAPER"), or a place and a weekday ("Santiago | Tuesday | No. 5, 2026", a
    dateline)."""
    return bool(
        _KIND_NAME.match(name) or SERIES_LABEL.match(_cased(name)) or _WEEKDAY.match(parts[1])
    )


def _issue_after_name(parts: list[str]) -> bool:
    """The head's second part is its issue, or its third after a series' title (words
    without a number: "Weekly Trade Bulletin")."""
    if _ISSUE.match(parts[1]):
        return True
    series = parts[1]
    return (
        len(parts) >= _WITH_SERIES
        and bool(_ISSUE.match(parts[2]))
        and not re.search(r"\d", series)
        and 1 <= len(series.split()) <= _MAX_WORDS
    )


def running_head_name(edges: list[str]) -> str:
    """The periodical a page edge's running head names before its issue number; ""."""
    for edge in edges:
        parts = [p for p in EDGE_PARTS.split(edge.strip()) if p]
        if len(parts) < 2 or len(edge) > 120 or not _issue_after_name(parts):
            continue
        name = parts[0]
        words = name.split()
        if _no_periodical(name, parts):
            continue
        if 1 <= len(words) <= _MAX_WORDS and not re.search(r"\d", name):
            return _cased(name)
    return ""
