"""A document's own paperwork lines, no claims (pure): the publisher's licence ("Licence
No. 12/GP-BTTTT dated …", "Giấy phép số …"), a journal's review dates ("Ngày nhận bài:
12/9/2025", "Accepted: 3 May 2025") and a handout's presenter ("Trình bày: X, Tham tán
…", "Presented by: …").

Their dates are the paperwork's, no event's. Owns that test for the candidate finder (the
cleaner's imprint rule, :data:`keywords.IMPRINT`, is its own and left as it is).
"""

from __future__ import annotations

import re
from typing import Final

_PAPERWORK: Final = re.compile(
    r"^\s*(?:(?:Licen[cs]e|Permit|Giấy\s+phép)(?:\s+[^\W\d_]+){0,3}\s+(?:No\.?|số)\s*\d"
    r"|Ngày\s+(?:nhận\s+bài|gửi\s+bài|phản\s+biện|duyệt\s+đăng|chấp\s+nhận(?:\s+đăng)?"
    r"|nhận\s+bản\s+sửa|xuất\s+bản)\s*:|(?:Received|Revised|Accepted)\s*:"
    r"|(?:Người\s+)?trình\s+bày\s*:|Presented\s+by\s*:|Presenters?\s*:)",
    re.IGNORECASE,
)


def paperwork_line(text: str) -> bool:
    """Whether ``text`` (a sentence) opens as a licence, review-date or presenter line."""
    return _PAPERWORK.match(text) is not None


__all__ = ["paperwork_line"]
