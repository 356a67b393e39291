"""A signing told at a dated gathering, with no date of its own (pure).

"Sáng 20/10/2026, … tổ chức Hội nghị kết nối giao thương …" and, sentences later, "Tại hội
nghị, hai hiệp hội đã ký Biên bản ghi nhớ …", "At the forum, the two chambers signed …": the
signing happened on the gathering's day. The sibling of :mod:`briefer.ingest.aftertalks`
(talks, then a signing after them) for conferences, forums and workshops; the event finder
keeps the day.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

# A gathering held (its day before the word): "tổ chức Hội nghị", "khai mạc Diễn đàn", "held
# a business forum", "hosted the conference".
_GATHERING: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:tổ\s+chức|khai\s+mạc|diễn\s+ra)\s+(?:[^.;]{0,30}?\s)?(?:[Hh]ội\s+nghị"
    r"|[Hh]ội\s+thảo|[Dd]iễn\s+đàn|[Tt]ọa\s+đàm|[Tt]oạ\s+đàm)"
    r"|(?:held|hosted|organi[sz]ed|opened)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:forum|conference|workshop|seminar))(?![^\W\d_])",
    re.IGNORECASE,
)
# The sentence opens at the gathering just told: "Tại hội nghị, …", "Trong khuôn khổ diễn
# đàn, …", "At the forum, …", "On the sidelines of the conference, …".
_AT_IT: Final = re.compile(
    r"\s*(?:(?:Tại|Trong\s+khuôn\s+khổ|Bên\s+lề)\s+(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|tọa\s+đàm"
    r"|toạ\s+đàm|sự\s+kiện)(?:\s+này)?"
    r"|(?:At|During|On\s+the\s+sidelines\s+of)\s+the\s+(?:forum|conference|workshop|seminar"
    r"|event))\s*,",
    re.IGNORECASE,
)
_SIGNED: Final = re.compile(
    r"(?<![^\W\d_])(?:(?<![Đđ]ăng\s)ký(?:\s+kết)?|signed)(?![^\W\d_])", re.IGNORECASE
)


def gathering_day(text: str, dates: list[DateRef], offset: int) -> str:
    """The day of a gathering ``text`` (a sentence at ``offset`` in the body) tells as held,
    dated before the word; "" when it tells none."""
    held = _GATHERING.search(text)
    if held is None:
        return ""
    days = [
        d
        for d in dates
        if d.precision == "day" and d.start == d.end and d.endpos - offset <= held.start()
    ]
    return days[-1].start if days else ""


def signed_at_gathering(text: str) -> bool:
    """Whether ``text`` opens at the gathering just told and signs something there."""
    opened = _AT_IT.match(text)
    return opened is not None and _SIGNED.search(text, opened.end()) is not None


__all__ = ["gathering_day", "signed_at_gathering"]
