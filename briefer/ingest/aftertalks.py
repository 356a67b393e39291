"""A signing told right after dated talks, with no date of its own (pure).

"Ngày 21/4, … Bộ trưởng … đã hội đàm với …" and, sentences later, "Sau hội đàm, hai Bộ
trưởng đã ký Hiệp định …", "Following the talks, the two ministers signed …": the signing
happened on the talks' day. This module owns reading the talks' day off a sentence and
telling a sentence that signs something after them; the event finder keeps the day.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

_TALKS: Final = re.compile(
    r"(?<![^\W\d_])(?:hội\s+đàm|hội\s+kiến|held\s+talks|talks\s+with|met\s+with)(?![^\W\d_])",
    re.IGNORECASE,
)
# The sentence opens on the talks just told: "Sau hội đàm, …", "Ngay sau cuộc hội kiến, …",
# "After the talks, …", "Following their meeting, …".
_AFTER_TALKS: Final = re.compile(
    r"\s*(?:(?:Ngay\s+)?sau\s+(?:khi\s+)?(?:cuộc\s+|buổi\s+)?(?:hội\s+đàm|hội\s+kiến|gặp)"
    r"|(?:After|Following|At\s+the\s+end\s+of)\s+(?:the\s+|their\s+)?(?:talks|meeting))\s*,",
    re.IGNORECASE,
)
# What the sides did then: signed or exchanged a document ("đăng ký", to register, is none).
_SIGNED: Final = re.compile(
    r"(?<![^\W\d_])(?:(?<![Đđ]ăng\s)ký(?:\s+kết)?|trao\s+(?:đổi\s+)?văn\s+kiện|signed"
    r"|exchanged)(?![^\W\d_])",
    re.IGNORECASE,
)


def talks_day(text: str, dates: list[DateRef], offset: int) -> str:
    """The day of talks ``text`` (a sentence at ``offset`` in the body) reports, dated before
    the word: "Ngày 21/4, tại Hà Nội, … đã hội đàm" → that day; "" when it tells none."""
    talks = _TALKS.search(text)
    if talks is None:
        return ""
    days = [
        d
        for d in dates
        if d.precision == "day" and d.start == d.end and d.endpos - offset <= talks.start()
    ]
    return days[-1].start if days else ""


def signed_after_talks(text: str) -> bool:
    """Whether ``text`` opens on talks just told and signs something then."""
    opened = _AFTER_TALKS.match(text)
    return opened is not None and _SIGNED.search(text, opened.end()) is not None


__all__ = ["signed_after_talks", "talks_day"]
