"""A document's own publication stamp (pure): "Tài liệu đăng ngày 05/3/2026", "Posted on …".

A speech, a statement or a report is dated twice: the place-and-day line under its title says
when it was *given* or *signed* ("Antwerp, ngày 4 tháng 3 năm 2026"), a stamp at its foot or
head says when the publisher *posted* it ("… | Tài liệu đăng ngày 05/3/2026", "Published on
5 March 2026"). The publication date of the document is the posted day: a stamp worded as
posting or publishing is believed over the day the text's lines give.

This module owns :func:`posted_day` (a social-media post's feed stamp is `poststamp`'s).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import find_dates

_MAX_LINE: Final = 160  # a stamp or a row of cells, not a sentence of the body
# "đăng ngày", "ngày đăng", "phát hành ngày", "posted on", "published on", "first published"
_STAMP: Final = re.compile(
    r"(?:\bđăng\s+(?:tải\s+)?ngày|\bngày\s+đăng|\bphát\s+hành\s+ngày|\bngày\s+phát\s+hành"
    r"|\b(?:posted|published)(?:\s+on)?)\s*:?\s*",
    re.IGNORECASE,
)


def posted_day(text: str) -> str:
    """The ISO day the text's own publication stamp names (its last one), or ""."""
    found = ""
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if len(line) > _MAX_LINE:
            continue
        stamp = _STAMP.search(line)
        if stamp is None:
            continue
        after = line[stamp.end() :]
        days = [d for d in find_dates(after) if d.precision == "day"]
        # (the day the stamp opens on, a weekday aside, not one later in the row)
        if days and not re.search(r"\d", after[: days[0].pos]):
            found = days[0].start
    return found


__all__ = ["posted_day"]
