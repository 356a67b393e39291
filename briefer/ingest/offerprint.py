"""An offer box's small print (pure): the lines a newsletter's or an app's box sets under its
heading, left as bare lines in a pasted or printed page ("Tin tức … được gửi vào hộp thư của
bạn lúc 7h.", "Bạn có thể hủy đăng ký bất cứ lúc nào.", "You can unsubscribe at any time.").

Under a line already read as the site's notice (the offer's heading), the box goes on in short
lines that address the reader ("bạn", "quý vị", "you", "your"): the article reports about
others and never turns to its reader there. The run ends at the first line that does not
address the reader, or that is a paragraph. A line addressing the reader anywhere else stays.
This module owns :func:`mark_offer_print`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

_WORDS: Final = 25  # small print is one short sentence a line
_RUN: Final = 3  # lines of it under the heading, at most
# ("nước bạn", "người bạn", "bạn bè" name a friend, a friendly country: no reader addressed)
_READER: Final = re.compile(
    r"(?<!nước\s)(?<!người\s)\b(?:bạn(?!\s+bè)|quý\s+vị|quý\s+độc\s+giả|you|your|yours)\b",
    re.IGNORECASE,
)


def mark_offer_print(lines: list[Line]) -> None:
    """Mark the reader-addressing short lines right under a site notice."""
    for index, line in enumerate(lines):
        if line.reason != "site notice":
            continue
        for below in lines[index + 1 : index + 1 + _RUN]:
            if not below.kept:
                continue  # (the box's field or button, already gone)
            if len(below.text.split()) > _WORDS or _READER.search(below.text) is None:
                break
            below.reason = "site notice"


__all__ = ["mark_offer_print"]
