"""A congratulatory message sent on the occasion of a dated holiday (pure).

"Nhân dịp kỷ niệm Quốc khánh Nhà nước X (18/12/2025), Chủ tịch nước … đã gửi điện mừng tới
…", "On the occasion of X's National Day (December 18), the President sent a congratulatory
message to …": the date is the holiday's, not the day the message went out (it goes the day
before, or on the day, or after) — the message is dated by the holiday's month. The holiday
is no anniversary of the pair's relations either. Owns telling such a sentence and the
message's date; the candidate finder emits it as an event in place of the holiday's.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

# The message sent: a cable or letter of congratulations, greetings or condolences.
_SENT: Final = re.compile(
    r"(?<![^\W\d_])(?:gửi\s+(?:điện|thư|thông\s+điệp)(?:\s+chúc)?\s+(?:mừng|chia\s+buồn)"
    r"|gửi\s+(?:điện|thư)\s+chúc|điện\s+mừng|thư\s+chúc\s+mừng"
    r"|sent\s+(?:a\s+|his\s+|her\s+)?(?:congratulatory|greeting|condolence)\s+(?:message|letter"
    r"|cable|note)s?|sent\s+(?:a\s+)?messages?\s+of\s+(?:congratulations|greetings))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# The occasion it marks, before it: "Nhân dịp …", "On the occasion of …".
_OCCASION: Final = re.compile(
    r"(?<![^\W\d_])(?:[Nn]hân\s+dịp|[Nn]hân|[Oo]n\s+the\s+occasion\s+of|[Tt]o\s+mark"
    r"|[Mm]arking)(?![^\W\d_])"
)


def greeting_month(text: str, dates: list[DateRef], offset: int) -> str:
    """The month of a message ``text`` (a sentence at ``offset``, ``dates`` its dates) sends
    for a holiday dated before the sending: "" when it sends none."""
    sent = _SENT.search(text)
    occasion = _OCCASION.search(text, 0, sent.start()) if sent is not None else None
    if sent is None or occasion is None:
        return ""
    days = [
        d for d in dates if d.precision == "day" and occasion.end() <= d.pos - offset < sent.start()
    ]
    return days[0].start[:7] if len(days) == 1 else ""


__all__ = ["greeting_month"]
