"""A wiki's "last edited" line at the foot of its page, read as the day it last changed (pure).

A wiki-style article carries no byline day; its footer says when the page was last edited:
"Trang này được sửa đổi lần cuối vào ngày 14 tháng 10 năm 2025, lúc 08:17.", "This page was
last edited on 14 October 2025, at 08:17 (UTC).". That day is the page's, as a "last updated"
element's is: used only when nothing else dates the page.

This module owns :func:`last_edited_day`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import find_dates

_EDITED: Final = re.compile(
    r"(?:được\s+sửa\s+đổi\s+lần\s+cuối|được\s+sửa\s+lần\s+cuối|cập\s+nhật\s+lần\s+cuối"
    r"|last\s+(?:edited|modified|updated))\s*:?\s*(?:vào\s+|on\s+)?(?P<rest>[^\n]{6,60})",
    re.IGNORECASE,
)


def last_edited_day(text: str) -> str:
    """The ISO day a page's "last edited on …" line gives ("" when none)."""
    for m in _EDITED.finditer(text):
        days = [d for d in find_dates(m["rest"]) if d.precision == "day"]
        if days and days[0].pos <= len("ngày "):
            return days[0].start
    return ""


__all__ = ["last_edited_day"]
