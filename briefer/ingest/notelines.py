"""Lines of a note's form, not its news (pure): an editor's correction and a record's roll.

- A correction note ("Đính chính: Trong bản đăng lúc …, bài viết ghi nhầm … Con số đúng là
  …", "Correction: An earlier version of this article misstated …") tells what the outlet
  printed wrongly: its figures are the erratum's, and the right one is stated again in the
  story. Every sentence of the note's paragraph is the note's.
- A record of a meeting opens with when, where and who ("Hôm nay, vào lúc 8 giờ 30 …, tại
  …, chúng tôi gồm:", "Present:") and lists each side's delegates ("1. Phía Sở …: ông …",
  "For the Kenyan side: Mr …"). The roll is who sat at the table, not what was agreed: the
  meeting itself is dated by the visit or the talks the record goes on to tell.
"""

from __future__ import annotations

import re
from typing import Final

_CORRECTION: Final = re.compile(
    r"^\s*(?:\*\*)?(?:Đính\s+chính|Cải\s+chính|Correction|Clarification|Erratum|Corrigendum"
    r"|Editor['’]s\s+note)\s*(?:\*\*)?\s*[:：.–—-]",
    re.IGNORECASE,
)
# A roll's heading: the sentence ends on the colon that announces who is present.
_ROLL_HEAD: Final = re.compile(
    r"(?<![^\W\d_])(?:gồm(?:\s+có)?|thành\s+phần(?:\s+tham\s+dự)?|có\s+mặt|present|attendees"
    r"|attended\s+by|participants)\s*:\s*$",
    re.IGNORECASE,
)
# One side's delegates: "1. Phía Cameroon: ông …", "- Đại diện phía Sở …: bà …", "For the
# Zambian side: Mr …" (a side named, a colon, a person's title).
_SIDE_ROLL: Final = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*|[a-z][.)]\s*|[-–•+]\s*)?(?:(?:Đại\s+diện\s+)?(?:[Pp]hía|[Vv]ề\s+phía)"
    r"|[Ff]or\s+the|[Oo]n\s+the)\s+[^:]{2,90}?:\s*(?:(?:đồng\s+chí|ông|bà|Mr|Ms|Mrs|Dr|H\.\s?E\.)"
    r"(?![^\W\d_])|(?:Ông|Bà|Đồng\s+chí)\s)"
)


def _line_start(body: str, at: int) -> int:
    return body.rfind("\n", 0, at) + 1


def correction_note(body: str, at: int) -> bool:
    """Whether offset ``at`` of ``body`` lies in a paragraph that opens as a correction."""
    return _CORRECTION.match(body, _line_start(body, at)) is not None


def roll_line(sentence: str) -> bool:
    """Whether ``sentence`` opens a record's roll or lists one side's delegates."""
    return bool(_ROLL_HEAD.search(sentence) or _SIDE_ROLL.match(sentence))


__all__ = ["correction_note", "roll_line"]
