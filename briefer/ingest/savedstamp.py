"""A content system's line recording when a draft was saved (pure).

Owns one judgement: a page saved from an editing tool (a CMS preview, a draft view) shows,
beside the article, the tool's record of the draft's versions: "Phiên bản 3 — lưu lúc 16:42
18/09/2025 bởi user", "Revision 4, saved 17 Sep 2025 by jdoe", "Last saved: …", "Autosaved
at …". That day dates an edit of the draft, not the article's publication, so it gives no
day to the page (the byline's day or the scheduled publication does).
"""

from __future__ import annotations

import re
from typing import Final

# A save of the draft or a numbered version of it.
_SAVED: Final = re.compile(
    r"\b(?:(?:last\s+|auto-?)?saved|autosave|(?:đã\s+)?lưu\s+(?:lúc|vào|ngày|bản)"
    r"|revision\s+\d+|phiên\s+bản\s+\d+|version\s+\d+|bản\s+nháp)\b",
    re.IGNORECASE,
)


def saved_stamp(text: str) -> bool:
    """ "Phiên bản 3 — lưu lúc 16:42 18/09/2025" or "Revision 2 · saved 17 Sep 2025" → True;
    "Đăng lúc 06:00 19/09/2025", "Published 19 Sep 2025" → False."""
    return bool(_SAVED.search(text))


__all__ = ["saved_stamp"]
