"""An offer box's small print (pure): the lines a newsletter's or an app's box sets under its
heading, left as bare lines in a pasted or printed page ("Tin tức … được gửi vào hộp thư của
bạn lúc 7h.", "Bạn có thể hủy đăng ký bất cứ lúc nào.", "You can unsubscribe at any time.").

Under a line already read as the site's notice that offers something (the offer's heading, or
a notice whose next line is the offer), the box goes on in short lines that address the reader
("bạn", "you", "your"): the article reports about others and never turns to its reader there.
The run ends at the first line that does not address the reader, or that is a paragraph. A
line addressing the reader anywhere else stays; so does a line with an amount or a salutation,
which is a speech's ("Thưa quý vị, thương mại … đạt 350 triệu USD."), and a notice that offers
nothing ("Subheadings added by the editors.") heads no small print. "quý vị" and a capital
"Bạn" (the partner, "Phía Bạn đề nghị …") are a speech's and a report's words, never a box's.
This module owns :func:`mark_offer_print`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.notices import offer
from briefer.ingest.salutations import is_salutation
from briefer.text.numbers import find_amounts

_WORDS: Final = 25  # small print is one short sentence a line
_RUN: Final = 3  # lines of it under the heading, at most
# ("nước bạn", "người bạn", "bạn bè" name a friend, a friendly country: no reader addressed)
# A capital "Bạn" is the partner ("Bạn đề nghị …") unless it opens the line on what the
# reader may or should do ("Bạn có thể hủy đăng ký bất cứ lúc nào.").
_READER: Final = re.compile(
    r"(?<!nước\s)(?<!người\s)\b(?:bạn(?!\s+bè)|quý\s+độc\s+giả|(?i:you|your|yours))\b"
    r"|^Bạn\s+(?:có\s+thể|cần|nên|hãy|vui\s+lòng)\b"
)


def mark_offer_print(lines: list[Line]) -> None:
    """Mark the reader-addressing short lines right under an offer's site notice."""
    # (the headings are read before any marking: a line marked here heads no run of its own)
    headings = [index for index, line in enumerate(lines) if _offer_heading(lines, index)]
    for index in headings:
        for below in lines[index + 1 : index + 1 + _RUN]:
            if not below.kept:
                continue  # (the box's field or button, already gone)
            if not _small_print(below.text):
                break
            below.reason = "site notice"


def _offer_heading(lines: list[Line], index: int) -> bool:
    """A site notice that offers something, or whose next line does."""
    if lines[index].reason != "site notice":
        return False
    return offer(lines[index].text) or (index + 1 < len(lines) and offer(lines[index + 1].text))


def _small_print(text: str) -> bool:
    return (
        len(text.split()) <= _WORDS
        and _READER.search(text) is not None
        and not find_amounts(text)
        and not is_salutation(text)
    )


__all__ = ["mark_offer_print"]
