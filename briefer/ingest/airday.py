"""The day a broadcast's script or a bulletin's head says it goes out (pure).

A radio or television script opens on its programme's head: the station, the desk, then the
bulletin and the day it airs ("BẢN TIN THỜI SỰ 18H00 - THỨ BẢY, 22/11/2025", "EVENING NEWS
– Saturday 22 November 2025"). Its lead then dates the event it reports ("Chiều 21/11, …"),
which came before. The piece is published when it airs: the head's day, not the lead's.

This module owns :func:`air_day`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.printmarks import print_stamp
from briefer.text.dates import find_dates

_HEAD_LINES: Final = 6
# A programme's name: a bulletin, the news, a programme, a newscast (in capitals or not).
_PROGRAMME: Final = re.compile(
    r"\b(?:BẢN\s+TIN|THỜI\s+SỰ|CHƯƠNG\s+TRÌNH|Bản\s+tin|Thời\s+sự|Chương\s+trình"
    r"|BULLETIN|NEWSCAST|NEWS\s+HOUR|PROGRAMME|PROGRAM|Bulletin|Newscast|Programme"
    r"|(?:EVENING|MORNING|NIGHTLY|MIDDAY|Evening|Morning|Nightly|Midday)\s+[Nn][Ee][Ww][Ss])\b"
)
_MAX_CHARS: Final = 120  # a head's line, no sentence of the text


def air_day(text: str, text_day: str = "") -> str:
    """The ISO day a programme's head line in the text's first lines gives ("" when none,
    when it gives several, or when it falls before ``text_day``: a bulletin goes out on or
    after the day it reports)."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    for line in lines[:_HEAD_LINES]:
        if len(line) > _MAX_CHARS or not _PROGRAMME.search(line):
            continue
        if print_stamp(line) == "print header":
            # (a browser's print header, "10/03/2025, 09:12  Headline - X Bulletin": the day
            # it was printed and the page's <title>, no programme's head)
            continue
        days = {d.start for d in find_dates(line) if d.precision == "day" and len(d.start) == 10}
        if len(days) != 1:
            continue
        day = days.pop()
        return day if len(text_day) < len(day) or day >= text_day else ""
    return ""


__all__ = ["air_day"]
