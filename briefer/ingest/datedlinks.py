"""A pasted page's list of dated links: "Latest news" or "Most read" items, each a headline
with its day written after it on the same line ("Port traffic rises 8 percent November 15,
2025"), set one under another.

Owns :func:`dated_link`: whether a line of a pasted page's head is such an item. A browser copy
runs a sidebar's link and its day into one line; set over the article, the list's first
item would otherwise read as the page's headline and its day as the page's. A sentence (its
stop closes the line) is no link, and a byline row with its day ("Mere Tuilagi / Pacific Herald
March 2, 2026") under a headline ending on a day is no second item: the two are the article's
headline and its stamp.
"""

from __future__ import annotations

from functools import lru_cache

from briefer.ingest.stampwriter import stamp_writer
from briefer.text.dates import find_dates

# A link's headline runs to a few words before its day; a lone day is a stamp, not a link.
_LINK_WORDS = 3


@lru_cache(maxsize=1024)  # (each line is asked as an item and as its neighbours' neighbour)
def _ends_on_day(line: str) -> bool:
    """Words of a headline, then a whole day that closes the line (no stop after it)."""
    if line.rstrip().endswith("."):
        return False  # (a sentence naming the day its news happened)
    days = [d for d in find_dates(line) if len(d.start) == len("2025-01-01")]
    if not days:
        return False
    last = days[-1]
    if line[last.endpos :].strip(" .,|·"):
        return False
    before = line[: last.pos]
    return len([w for w in before.split() if any(c.isalpha() for c in w)]) >= _LINK_WORDS


def dated_link(lines: list[str], index: int) -> bool:
    """The line at ``index`` is an item of a dated list: it ends on a day after a headline's
    words, and so does a line next to it (one such line alone is a headline with its stamp
    run on)."""
    if not 0 <= index < len(lines) or not _ends_on_day(lines[index]):
        return False
    return any(
        0 <= near < len(lines) and _ends_on_day(lines[near]) and not stamp_writer(lines[near])
        for near in (index - 1, index + 1)
    )


__all__ = ["dated_link"]
