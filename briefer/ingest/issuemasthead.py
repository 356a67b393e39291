"""A periodical's name over its issue line taken for the title (pure).

A printed magazine or paper (a scan, its OCR'd text) opens each page on its name, then the
issue's line: its number and day ("Số 245 - Thứ Bảy, 16/5/2026", "No. 12 · Saturday, 14
June 2025", "Issue 7 – 3 March 2026"); the name comes back in the running head of the next
pages beside a page number ("15  QUỐC TẾ  <NAME>"). Either way that line is the masthead,
the periodical's name, never the article's headline: the headline is the first line under
the masthead that reads as one (several words, no closing stop), past the issue line and
the page's running head (a page number, a section, the site's address).

This module owns :func:`past_issue_masthead`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import find_dates

_ISSUE: Final = re.compile(
    r"^(?:Số|No\.?|Nr\.?|Issue|Vol\.?\s*\d{1,3}\s*[,·]\s*(?:No\.?|Issue))\s*\d{1,4}(?:/\d{2,4})?"
    r"\s*[-–—|·,:]\s*\S",
    re.IGNORECASE,
)
_ISSUE_WORDS: Final = 12
_NAME_WORDS: Final = 8  # a periodical's name, not a headline's sentence
_PAGE_NUMBER: Final = re.compile(r"^\d{1,3}\s|\s\d{1,3}$")
_WEB: Final = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:vn|com|org|net)\b", re.IGNORECASE)
_LOOK: Final = 8  # the lines under the masthead where the headline stands
_MIN_WORDS: Final = 4


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _issue_line(line: str) -> bool:
    days = [d for d in find_dates(line) if d.precision == "day"]
    return bool(_ISSUE.match(line)) and bool(days) and len(line.split()) <= _ISSUE_WORDS


def _running_head(line: str, name: str) -> bool:
    """A later page's head: the name beside a page number."""
    return line != name and name in line and _PAGE_NUMBER.search(line) is not None


def past_issue_masthead(text: str, title: str) -> str:
    """The headline under a periodical's name taken for ``title`` (see the docstring); ""
    when the title is no such name."""
    name = " ".join(title.split())
    lines = _lines(text)
    if not name or name not in lines or len(name.split()) > _NAME_WORDS:
        return ""
    at = lines.index(name)
    over_issue = at + 1 < len(lines) and _issue_line(lines[at + 1])
    if not over_issue and not any(_running_head(ln, name) for ln in lines[at + 1 :]):
        return ""
    for line in lines[at + 1 : at + 1 + _LOOK]:
        words = [w for w in line.split() if any(c.isalpha() for c in w)]
        if (
            _issue_line(line)
            or _WEB.search(line)
            or _PAGE_NUMBER.match(line)
            or line.startswith(("[", "-", "("))
            or len(words) < _MIN_WORDS
        ):
            continue  # (the issue, the page's running head, a scan's page mark)
        return "" if line.endswith((".", ";", ",", ":")) else line
    return ""


__all__ = ["past_issue_masthead"]
