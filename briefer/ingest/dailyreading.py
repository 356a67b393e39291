"""A site's daily reading left as the article's last line (pure).

A provincial or market site prints a one-line box of the day's reading under every story:
"Giá lúa tại Cần Thơ hôm nay: OM 5451 dao động 6.200 - 6.400 đồng/kg.", "Tỷ giá USD hôm
nay: 25.410 đồng.", "Gold price today: 2,410 USD an ounce." Copied as text it stands after
the article's last sentence, above the sign-off, and ends with a full stop, so it reads as the
last sentence. It is told by its shape — a short label that ends in the word for today, a
colon, a reading with a number — and by where it stands: after another sentence, with no
sentence after it, and naming no country (a reading of the province's or the market's, never
the pair's). A daily reading inside a market report is followed by the report's sentences.

This module owns :func:`daily_reading`, :func:`past_reading` and the reason ``READING``.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries
from briefer.ingest.lines import Line, ends_sentence

_READING: Final = re.compile(
    r"^(?P<label>[^:.!?\d]{3,70}?)\s+(?:hôm\s+nay|sáng\s+nay|chiều\s+nay|mới\s+nhất|today)"
    r"\s*:\s*(?P<reading>[^:]*\d[^:]*)$",
    re.IGNORECASE,
)
_LABEL_WORDS: Final = 8  # "Giá lúa tại Long An", "Tỷ giá ngoại tệ tại Vietcombank"
_MAX_CHARS: Final = 140
READING: Final = "daily reading"  # (the line's reason; the byline under it is no box's heading)


def daily_reading(text: str) -> bool:
    """Whether ``text`` (one line) has a daily reading's shape (see the docstring)."""
    line = text.strip()
    match = _READING.match(line)
    if match is None or len(line) > _MAX_CHARS or len(match["label"].split()) > _LABEL_WORDS:
        return False
    if re.search(r"[.!?]\s+\S", match["reading"]):
        return False  # (two sentences: prose, no one reading)
    return not find_countries(line)


def past_reading(lines: list[Line], kept: list[int], last: int) -> int:
    """The article's last sentence when the kept line ``last`` is a daily reading after a
    sentence (marked ``READING``), else ``last``."""
    if not daily_reading(lines[last].text):
        return last
    before = [i for i in kept if i < last]
    if not before or not ends_sentence(lines[before[-1]].text):
        return last
    lines[last].reason = READING
    return before[-1]


__all__ = ["READING", "daily_reading", "past_reading"]
