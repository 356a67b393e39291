"""A letter's or a speech's own greeting, in the first person (pure).

"Nhân dịp kỷ niệm 35 năm Ngày Độc lập …, thay mặt Hội …, tôi xin gửi tới Ngài … lời chúc
mừng nồng nhiệt nhất", "On behalf of …, I would like to extend my warmest congratulations to
…", "Chúng tôi trân trọng gửi tới Quý vị lời chào trân trọng": the writer or speaker greets
the reader. What is sent is the text itself, so it tells no fact of the pair — and the date
of the holiday it greets (a country's own Independence Day) is no event of the pair. A
message reported in the third person ("Chủ tịch nước đã gửi điện mừng …") is another thing,
read by :mod:`briefer.ingest.sentgreetings`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import WORD_START

# The first person, then the greeting sent or extended in the same clause.
_FIRST_PERSON_GREETING: Final = re.compile(
    rf"{WORD_START}(?:tôi|chúng\s+tôi|chúng\s+ta)\s+(?:xin\s+|trân\s+trọng\s+|kính\s+|xin\s+"
    r"trân\s+trọng\s+){1,2}(?:gửi|chuyển)(?:\s+(?:tới|đến))?[^.;!]{0,200}?\s"
    r"lời\s+(?:chúc\s+mừng|chào|thăm\s+hỏi|chia\s+buồn)"
    rf"|{WORD_START}(?:I|we)\s+(?:would\s+like\s+to\s+|wish\s+to\s+|am\s+pleased\s+to\s+)?"
    r"(?:extend|convey|send|offer)\s+(?:my|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:congratulations|greetings|wishes|condolences)\b",
    re.IGNORECASE,
)


def own_greeting(text: str) -> bool:
    """Whether the sentence ``text`` is its writer's or speaker's own greeting."""
    return _FIRST_PERSON_GREETING.search(text) is not None


__all__ = ["own_greeting"]
