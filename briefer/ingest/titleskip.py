"""Lines above a document's headline taken for its title (pure): a delivery disclaimer, a
bulletin's masthead with its issue number.

- A speech's text is often headed by a disclaimer ("Bản phát biểu - Chỉ dùng để tham khảo,
  đối chiếu với lời nói thực tế", "Check against delivery", "As prepared for delivery"): it
  says how to read the text, it is no headline.
- A bulletin's first line is its masthead with the issue's number ("BẢN TIN X - Số 06/2026",
  "X NEWSLETTER - No. 12/2025"): the bulletin's name, which is the outlet, while the headline
  of the article follows below a note, a rule and a section label.

In both cases the title is the first headline-shaped line below: several words, no date, no
sentence's closing stop.

This module owns :func:`past_disclaimer` and :func:`past_masthead`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import find_dates

_DISCLAIMER: Final = re.compile(
    r"chỉ\s+dùng\s+để\s+tham\s+khảo|đối\s+chiếu\s+với\s+(?:lời\s+nói|thực\s+tế)"
    r"|check\s+against\s+delivery|as\s+prepared\s+for\s+delivery|for\s+reference\s+only",
    re.IGNORECASE,
)
# "NAME - Số 06/2026", "NAME – No. 12/2025", "NAME | Issue 7": a masthead and its issue
_MASTHEAD: Final = re.compile(
    r"^(?P<name>.{6,80}?)\s+[-–—|·]\s+(?:Số|No\.?|Issue|Nr\.?)\s*\d{1,4}(?:\s*/\s*\d{2,4})?$",
    re.IGNORECASE,
)
_MIN_WORDS: Final = 5  # a headline, not a note ("Lưu hành nội bộ") or a section's label
_LOOK: Final = 8  # lines below the line replaced


def _headline_below(text: str, line: str) -> str:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if line not in lines:
        return ""
    for below in lines[lines.index(line) + 1 :][:_LOOK]:
        words = [w for w in below.split() if any(c.isalpha() for c in w)]
        if len(words) < _MIN_WORDS or below.endswith((".", ";", ",")) or below[-1:] == ":":
            continue
        if find_dates(below) and len(words) < 2 * _MIN_WORDS:
            continue  # (a dateline, "Hà Nội, ngày …")
        return below
    return ""


def past_disclaimer(text: str, title: str) -> str:
    """The headline below a delivery disclaimer taken for the title, or ""."""
    if not _DISCLAIMER.search(title):
        return ""
    return _headline_below(text, title.strip())


def past_masthead(text: str, title: str) -> tuple[str, str]:
    """(headline below, bulletin's name) when the title is a masthead with its issue number,
    else ("", "")."""
    masthead = _MASTHEAD.match(title.strip())
    if masthead is None:
        return "", ""
    headline = _headline_below(text, title.strip())
    return (headline, masthead.group("name").strip()) if headline else ("", "")


__all__ = ["past_disclaimer", "past_masthead"]
