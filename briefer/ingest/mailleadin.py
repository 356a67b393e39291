"""A letter's lead-in under its greeting (pure): the sentence that hands over to its text.

Under "Kính gửi Lãnh đạo Vụ," or "Dear colleagues," a report sent by mail often opens with
one line announcing what follows and ending on a colon: "Thương vụ xin báo cáo nhanh kết quả
hội thảo như sau:", "Please find below our brief report on the seminar:". It is the letter's
form, like the greeting above it and the "Trân trọng," at its foot: the report is what
follows it. A lead-in that names the period it covers ("… 10 tháng đầu năm 2025 như sau:")
dates the figures under it and stays. Only the first kept line under a greeting is looked
at, and only when it both announces (report, inform, send …) and points ahead (as follows,
below …): a sentence of the text that merely ends on a colon stays. (``doclines.mail_lead_in``
takes the set phrase "trân trọng gửi … như sau:" wherever it stands; this takes any
wording, by its place.)
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

_MAX_WORDS: Final = 30
_GREETINGS: Final = ("greeting", "addressee")
# (a verb that hands something over: report, inform, send, update, share, summarise)
_ANNOUNCES: Final = re.compile(
    r"\b(?:báo\s+cáo|thông\s+báo|thông\s+tin|gửi|cập\s+nhật|tổng\s+hợp|trình|chuyển"
    r"|report\w*|inform\w*|send\w*|sent|shar\w+|updat\w+|summar\w+|find|attach\w*|forward\w*"
    r"|submit\w*|provid\w+)\b",
    re.IGNORECASE,
)
# (and says that it comes next: "như sau", "dưới đây", "as follows", "below")
_AHEAD: Final = re.compile(
    r"\b(?:như\s+sau|dưới\s+đây|sau\s+đây|cụ\s+thể|as\s+follows|below|the\s+following"
    r"|herewith|hereunder)\b",
    re.IGNORECASE,
)


def is_lead_in(text: str) -> bool:
    """One short sentence ending on a colon that announces what follows it."""
    line = text.strip()
    return (
        line.endswith(":")
        and len(line.split()) <= _MAX_WORDS
        # (one that names the period it reports on, "… 10 tháng đầu năm 2025 như sau:", dates
        # the figures below it: it is the report's own first sentence and stays)
        and not re.search(r"\d", line)
        and not re.search(r"[.!?]\s", line)
        and bool(_ANNOUNCES.search(line))
        and bool(_AHEAD.search(line))
    )


def mark_lead_in(lines: list[Line]) -> None:
    """Mark the lead-in line right under a letter's greeting (see the module's doc)."""
    for index, line in enumerate(lines):
        # (the greeting, or the addressee line head.py takes off: "Kính gửi: Lãnh đạo Vụ,")
        if line.reason not in _GREETINGS:
            continue
        below = next((later for later in lines[index + 1 :] if later.kept), None)
        if below is not None and is_lead_in(below.text):
            below.reason = "lead-in"
        return


__all__ = ["is_lead_in", "mark_lead_in"]
