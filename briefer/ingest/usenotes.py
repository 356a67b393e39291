"""A publication's notes on its own use and a blog post's meta row (pure): lines about the
text, never of it.

- a bulletin's or a paper's note on how it may be used, in one or more short sentences,
  with or without a "Note:" label: "Ghi chú: Bản tin chỉ phục vụ công tác nghiên cứu, không
  trích dẫn khi chưa được phép.", "Bản tin mang tính chất tham khảo.", "This newsletter is
  for reference only; do not quote without permission." — the publication (or "this …")
  as the subject, then only what it is for and what may not be done with it; a referral to
  its issuer may close the same line ("… Mọi thông tin chi tiết xin liên hệ:");
- a blog's post meta row as its print view or its theme prints it under the headline:
  "Posted By NAME On DATE @ TIME In CATEGORIES | No Comments", "Posted on DATE by NAME |
  3 Comments", "Đăng bởi NAME vào DATE | 0 bình luận": the posting verb opening it and the
  comments count closing it.

This module owns :func:`use_note`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.handling import handling_marking

_LABEL: Final = re.compile(r"^(?:Ghi\s+chú|Lưu\s+ý|Chú\s+ý|Note|N\.?B\.?)\s*:\s*", re.IGNORECASE)
# The publication speaking of itself: "Bản tin (này)", "Tài liệu này", "This bulletin".
_SUBJECT: Final = re.compile(
    r"^(?:(?:bản\s+tin|tài\s+liệu|ấn\s+phẩm|thông\s+tin|số\s+liệu)(?:\s+(?:này|trên))?"
    r"|(?:this|the)\s+(?:bulletin|newsletter|digest|briefing|brief|report|document|review"
    r"|publication|information))\s+",
    re.IGNORECASE,
)
# What it is for, and what may not be done with it.
_USE: Final = re.compile(
    r"(?:chỉ\s+)?(?:mang\s+tính(?:\s+chất)?|có\s+tính(?:\s+chất)?)\s+(?:tham\s+khảo|nội\s+bộ)"
    r"|(?:chỉ\s+)?(?:dùng\s+để|để)\s+tham\s+khảo"
    r"|(?:is|are)\s+(?:(?:provided|intended|meant)\s+)?(?:only\s+)?for\s+(?:reference|information"
    r"|research|internal\s+use)(?:al)?(?:\s+purposes)?(?:\s+only)?"
    r"|(?:không|chưa)\s+(?:được\s+)?(?:trích\s+dẫn|sao\s+chép|phát\s+hành|đăng\s+tải)(?:\s+lại)?"
    r"(?:\s+(?:khi|nếu)\s+(?:chưa|không)\s+(?:được\s+)?(?:phép|đồng\s+ý)(?:\s+của\s+\S+(?:\s+\S+)?)?)?"
    r"|(?:do\s+not|may\s+not\s+be)\s+(?:quote|cite|copy|reproduce|quoted|cited|copied|reproduced)"
    r"(?:d)?(?:\s+without\s+(?:prior\s+)?(?:written\s+)?permission)?",
    re.IGNORECASE,
)
# A closing referral to the issuer: "Mọi thông tin chi tiết xin liên hệ:", "For more
# information, please contact:".
_REFERRAL: Final = re.compile(
    r"^(?:mọi\s+)?(?:thông\s+tin\s+(?:chi\s+tiết|cụ\s+thể|thêm)|chi\s+tiết)(?:\s+(?:xin|vui\s+lòng"
    r"|đề\s+nghị))?\s*,?\s*(?:xin\s+)?(?:liên\s+hệ|liên\s+lạc)\b[^.]{0,60}$"
    r"|^for\s+(?:more|further)\s+(?:information|details)\s*,?\s*(?:please\s+)?contact\b[^.]{0,60}$",
    re.IGNORECASE,
)
_NOTE_CHARS: Final = 300
# "Posted By X On DATE In CATS | No Comments", "Đăng bởi X … | 0 bình luận".
_POST_ROW: Final = re.compile(
    r"^(?:Posted|Published|Filed|Written|Đăng(?:\s+bởi|\s+lúc|\s+ngày)?)\s+(?:by|on|in|at)?\b"
    r".{3,200}?(?:\||·|•|—|-)\s*(?:No|\d{1,5}|Không\s+có)\s+(?:Comments?|Responses?|bình\s+luận"
    r"|phản\s+hồi)\s*$",
    re.IGNORECASE,
)


def _use_sentence(sentence: str) -> bool:
    """A sentence that says only what the publication is for and what not to do with it."""
    rest = _SUBJECT.sub("", _LABEL.sub("", sentence.strip()), count=1)
    if rest == sentence.strip() and not _LABEL.match(sentence.strip()):
        return False  # (no publication as its subject and no label: a sentence of the text)
    parts = [p.strip(" .;") for p in re.split(r"[,;]\s+|\s+(?:và|and)\s+", rest)]
    parts = [p for p in parts if p]
    return bool(parts) and all(_USE.fullmatch(p) or handling_marking(p) for p in parts)


def use_note(text: str) -> str:
    """The reason ``text`` is a note on the publication's use or a post's meta row; ""
    when it is neither."""
    line = " ".join(text.split())
    if len(line) > _NOTE_CHARS:
        return ""
    if _POST_ROW.match(line):
        return "post meta"
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", line) if s]
    uses = [s for s in sentences if _use_sentence(s)]
    if uses and all(s in uses or _REFERRAL.match(s) for s in sentences):
        return "use note"
    return ""


__all__ = ["use_note"]
