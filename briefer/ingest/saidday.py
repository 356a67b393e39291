"""The day a remark was made is no event (pure).

A quotation and its attribution ("\"We want investors to come …,\" she told journalists on
Sunday.", "“…”, ông X cho biết hôm 5/3.") date the saying, not anything between the two
countries: an interview or a press call is how the report learnt it. A date in the words
after the closing quote mark and its verb of saying, with no comma between (no relative
clause: "…, who accompanied the mission from 23 to 28 March"), is the saying's; a date
before the quotation, inside it or in a clause of its own is left to the event rules.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

_OPENS_QUOTED: Final = re.compile(r"^\s*[\"“„«'‘]")
# A verb of saying (an attribution's: "she told", "the ministry announced", "ông X cho biết").
SAYING: Final = (
    r"(?:said|says|told|tells|added|noted|explained|stressed|announced|stated|reported"
    r"|confirmed|cho\s+biết|nói|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|phát\s+biểu|thông\s+báo"
    r"|tuyên\s+bố)"
)
# The closing quote mark and the attribution after it: "…," she told …; "…", ông X cho biết …
_ATTRIBUTION: Final = re.compile(
    rf"[\"”»’']\s*[,.]?\s*(?:[^\s\"“”]+\s+){{0,5}}?{SAYING}(?![^\W\d_])"
    # (up to the date, no comma: "…, who accompanied … from 23 to 28 March" tells more)
    r"(?P<tail>[^\"“”,;]*)$",
    re.IGNORECASE,
)


def saying_day(sentence: str, ref: DateRef, offset: int = 0) -> bool:
    """Whether ``ref`` (``offset`` = where ``sentence`` starts in its body) dates only the
    saying of a quotation."""
    if not _OPENS_QUOTED.match(sentence):
        return False
    tail = _ATTRIBUTION.search(sentence)
    return tail is not None and ref.pos - offset >= tail.start("tail")


def unsaid(sentence: str, dates: list[DateRef], offset: int = 0) -> list[DateRef]:
    """``dates`` without those that date only the saying of the quotation."""
    return [d for d in dates if not saying_day(sentence, d, offset)]


__all__ = ["SAYING", "saying_day", "unsaid"]
