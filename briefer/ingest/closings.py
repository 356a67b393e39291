"""An administrative note's closing formula (pure): courtesy or the note's own request.

A note ends its text with a sentence closed by the formal end mark "./.". When that
sentence is courtesy — the sender reports, submits or sends with respect ("Sở … kính báo
cáo./.", "Trân trọng thông báo./.", "Kính trình … xem xét./.", "Trên đây là báo cáo của
…./.") — it is the document's form, like its signature. So is the stock phrase of a notice
that says it informs its readers "for their information" ("Sở … thông báo để các đơn vị
biết, thực hiện./.", "… thông tin để các doanh nghiệp biết, tham khảo./."): whatever follows
"biết" repeats the note's purpose, no fact. When it asks its readers to act in a sentence of
its own ("Đề nghị các đơn vị nghiêm túc thực hiện./."), it is the note's own last sentence:
what the note wants done, and it stays in the text.
"""

from __future__ import annotations

import re
from typing import Final

# The courtesy words of a closing formula: "kính" (respectfully: "kính báo cáo", "kính
# trình", "kính gửi", "kính đề nghị"), "trân trọng" (with respect), or the summing up
# "Trên đây là …" (what is above is the report).
_COURTESY: Final = re.compile(r"(?<!\w)(?:kính|trân\s+trọng|trên\s+đây\s+là)(?!\w)", re.IGNORECASE)


# "… thông báo để các cơ quan, đơn vị biết …", "… thông tin đến Quý doanh nghiệp được biết":
# the sender informs its readers so that they know — the notice's form, not its news.
_FOR_INFORMATION: Final = re.compile(
    r"(?<!\w)(?:thông\s+báo|thông\s+tin|báo\s+cáo)\s+(?:để|đến|cho)\s+[^./;]{1,80}?"
    r"(?<!\w)(?:được\s+)?biết(?!\w)",
    re.IGNORECASE,
)


# "… trân trọng thông báo để các cơ quan báo chí đưa tin./.", "Sở … kính thông tin đến Quý
# doanh nghiệp được biết./.": the sender, with respect, hands the notice to its readers for a
# purpose (to know it, to carry it, to spread it) and the sentence ends there. However long
# the list of readers, it says only who the notice is for; a notice whose own news follows
# the verb ("… trân trọng thông báo: Thủ tướng … sẽ thăm …./.") has no such purpose clause.
_HANDED_OVER: Final = re.compile(
    r"(?<!\w)(?:kính|trân\s+trọng)\s+(?:thông\s+báo|thông\s+tin|gửi)\s+(?:để|đến|tới|cho)\s+"
    r"[^./;:!?]{1,100}?(?<!\w)(?:(?:được\s+)?biết|đưa\s+tin|đăng\s+tải|phổ\s+biến|tuyên\s+truyền)"
    r"(?:,?\s+[^\W\d][^\s./;:!?]*){0,4}\s*\./\.$",
    re.IGNORECASE,
)


def handed_over(text: str) -> bool:
    """Whether a closing sentence only hands the notice to its readers, with respect, for a
    purpose ("… trân trọng thông báo để … đưa tin./."): its length says nothing then."""
    return _HANDED_OVER.search(text.strip()) is not None


def courtesy(text: str) -> bool:
    """Whether a note's closing sentence ("… ./.") is a courtesy formula (see the module)."""
    return _COURTESY.search(text) is not None or _FOR_INFORMATION.search(text) is not None


__all__ = ["courtesy", "handed_over"]
