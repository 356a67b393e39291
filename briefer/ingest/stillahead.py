"""An event still to come (pure): "Năm 2027 hai nước sẽ kỷ niệm 55 năm …", "Prime Minister X
is expected to pay an official visit to Vietnam in the fourth quarter", "a new rice deal
expected to be signed … in early 2026", "Thương vụ sẽ tổ chức đoàn doanh nghiệp …".

A date in a clause whose act is announced as coming — a future marker ("sẽ", "dự kiến",
"will", "is expected to", "is set to") right before the act's verb (to visit, sign, hold,
mark, take part) — dates a plan, not an event: no event takes it. Owns that test; the
candidate finder drops such dates before the event finder sees them.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

# A future marker, then within three words the verb of an act an event would tell.
_COMING: Final = re.compile(
    r"(?<![^\W\d_])(?:sẽ|sắp|dự\s+kiến|will|shall|(?:is|are)\s+(?:expected|set|scheduled"
    r"|slated|due|going|poised)\s+to|expected\s+to|plans?\s+to)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:kỷ\s+niệm|thăm|sang|ký|ký\s+kết|tổ\s+chức|tham\s+dự|dự|đón"
    r"|visit|pay|sign|signed|hold|held|host|mark|attend|travel|tour)(?![^\W\d_])",
    re.IGNORECASE,
)
_CLAUSE: Final = re.compile(r"[;,]\s|\s(?:và|and|but|nhưng)\s")
_OPENING: Final = re.compile(r"\s*,\s")


def coming_dates(text: str, dates: list[DateRef], offset: int) -> list[DateRef]:
    """The ``dates`` of ``text`` (a sentence at ``offset`` in the body) that date an act
    announced as coming in their own clause."""
    coming: list[DateRef] = []
    for ref in dates:
        at = ref.pos - offset
        starts = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
        # (a date opening the sentence, "Năm 2027, …", dates the clause after its comma)
        after = _OPENING.match(text, ref.endpos - offset) if not starts else None
        ends = [m.start() for m in _CLAUSE.finditer(text, after.end() if after else at + 1)]
        start, end = (starts[-1] if starts else 0), (ends[0] if ends else len(text))
        if _COMING.search(text, start, end):
            coming.append(ref)
    return coming


__all__ = ["coming_dates"]
