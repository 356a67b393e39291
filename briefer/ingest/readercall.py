"""An invitation addressed to the text's own readers (pure): a letter's or a notice's "Hiệp
hội trân trọng kính mời Quý doanh nghiệp tham dự …", "Kính mời Quý vị đăng ký …",
"We invite interested companies to register …". The sender asks whoever reads to attend or
sign up: the document's purpose, told to its reader, no fact between the two countries.

An invitation from one side's leader to the other's ("Thủ tướng X trân trọng mời Thủ tướng Y
thăm …") names its guest, not the reader, and stays a fact."""

from __future__ import annotations

import re
from typing import Final

# The reader as a letter names it: "Quý" (honoured) before the kind of addressee.
_READER_VI: Final = (
    r"[Qq]uý\s+(?:doanh\s+nghiệp|vị|cơ\s+quan|đơn\s+vị|hội\s+viên|độc\s+giả|bạn\s+đọc"
    r"|khách|thành\s+viên|công\s+ty|nhà\s+đầu\s+tư)"
)
_READER_CALL: Final = re.compile(
    rf"(?<!\w)(?:(?:kính\s+)?mời|đề\s+nghị|kính\s+đề\s+nghị)\s+{_READER_VI}(?!\w)"
    # English: "we invite you / interested companies to …", "… are cordially invited to
    # register": the reader asked to sign up
    r"|\b[Ii]nvit(?:e|es|ing)\s+(?:you|all\s+interested|interested\s+\w+)\b"
    r"|\b[Ii]nterested\s+(?:companies|businesses|firms|parties|members)\s+are\s+(?:\w+\s+)?invited\b",
)


def reader_call(sentence: str) -> bool:
    """Whether ``sentence`` invites or asks the text's own readers (see the module)."""
    return _READER_CALL.search(sentence) is not None


__all__ = ["reader_call"]
