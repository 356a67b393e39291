"""Lines a document says about itself or its form, not about the world (pure):

- a reservation on the document's use or figures ("Tài liệu chỉ dùng để tham khảo. Số liệu
  có thể được cập nhật.", "For reference only. Figures are provisional."): every sentence of
  the line a reservation, no figure in it;
- a mail's lead-in to what it sends ("Phòng X trân trọng gửi bản tin tuần như sau:", "Please
  find below this week's digest:"): the sender handing over the items, which follow;
- a transcript's speaker label on a line of its own ("Hỏi (phóng viên báo X):", "Đáp (ông
  Y, Giám đốc Sở Z):", "Q:", "Answer (Minister):"), or a broadcast script's role cue ("PTV
  (dẫn):", "BTV (đọc):", "Presenter:"): who speaks next, not what is said.
"""

from __future__ import annotations

import re
from typing import Final

# The document (or its figures) named as the subject of a reservation.
_DOC: Final = (
    r"(?:Tài\s+liệu|Bản\s+tin|Thông\s+tin|Văn\s+bản|Nội\s+dung|Số\s+liệu|Dữ\s+liệu|Bài\s+viết"
    r"|(?:This|The)\s+(?:document|information|material|note|bulletin|data|figures?|report)"
    r"|(?:Data|Figures|Information|Numbers))"
)
_RESERVATION: Final = re.compile(
    rf"^{_DOC}(?:\s+này|\s+(?:trên|nêu\s+trên|above|herein|in\s+this\s+\w+))?\s+(?:"
    # for reference only
    r"(?:chỉ\s+)?(?:dùng\s+(?:để\s+)?|mang\s+tính(?:\s+chất)?\s+|có\s+giá\s+trị\s+)tham\s+khảo"
    r"|(?:is|are)\s+(?:provided\s+)?for\s+(?:your\s+)?(?:reference|information)(?:\s+only)?"
    # may be updated, revised
    r"|(?:có\s+thể|sẽ)\s+(?:được\s+|bị\s+)?(?:cập\s+nhật|điều\s+chỉnh|thay\s+đổi|sửa\s+đổi)"
    r"|(?:may|might|can)\s+(?:be\s+)?(?:updated|revised|change|adjusted|amended)"
    r"|(?:is|are)\s+(?:provisional|preliminary|subject\s+to\s+(?:change|revision))"
    # (then a short qualifier at most, "… without notice", "… theo từng kỳ": a longer run
    # is a sentence about the world, "Dữ liệu … cho thấy xuất khẩu tăng")
    r")\b(?:\s+[^\s.!?]+){0,6}[.!?]?$",
    re.IGNORECASE,
)
_RESERVATION_WORDS: Final = 30


def reservation(text: str) -> bool:
    """A line made only of reservations on the document's use or figures, without figures."""
    if re.search(r"\d", text) or len(text.split()) > _RESERVATION_WORDS:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    return bool(sentences) and all(_RESERVATION.match(s) for s in sentences)


# A sender handing over what follows: "… trân trọng gửi/chuyển/cung cấp … như sau:" (a mail's
# courtesy, a verb of sending, the items announced), "Please find below …:".
_LEAD_IN: Final = re.compile(
    r"\btrân\s+trọng\s+(?:gửi|chuyển|cung\s+cấp|gửi\s+tới|gửi\s+đến)\b.{0,120}"
    r"\b(?:như\s+sau|dưới\s+đây|sau\s+đây)\s*:$"
    r"|^(?:Please\s+(?:find|see)|Kindly\s+find|(?:I|We)\s+(?:am|are)\s+(?:pleased|happy)\s+to"
    r"\s+(?:share|send|forward))\b.{0,120}\b(?:below|following|attached)\b[^:]{0,60}:$",
    re.IGNORECASE,
)
_LEAD_IN_WORDS: Final = 30


def mail_lead_in(text: str) -> bool:
    """A sender's line handing over the items that follow (see the module docstring)."""
    return len(text.split()) <= _LEAD_IN_WORDS and _LEAD_IN.search(text) is not None


# A question's or an answer's label, with who speaks in brackets, alone on its line; or a
# broadcast script's role cue: who reads the next lines on air and how ("PTV (dẫn):", "BTV
# (đọc):", "MC:", "Dẫn chương trình:", "ANCHOR (lead):", "Presenter:", "VO:").
_SPEAKER: Final = re.compile(
    r"^(?:Hỏi|Đáp|Trả\s+lời|Câu\s+hỏi|Phóng\s+viên|PV|Q|A|Question|Answer"
    r"|PTV|BTV|MC|DCT|Phát\s+thanh\s+viên|Biên\s+tập\s+viên|(?:Người\s+)?dẫn(?:\s+chương\s+trình)?"
    r"|Anchor|Presenter|Host|Newsreader|Narrator|Reporter|VO)"
    r"(?:\s+(?:\d{1,2}|nam|nữ|male|female))?"
    r"\s*(?:\([^()]{1,120}\))?\s*:$",
    re.IGNORECASE,
)


def speaker_label(text: str) -> bool:
    """A transcript's speaker label on a line of its own (see the module docstring)."""
    return _SPEAKER.match(text) is not None


def doc_line(text: str) -> str:
    """The reason ``text`` is one of the lines above ("" if none)."""
    if reservation(text):
        return "disclaimer"
    if mail_lead_in(text):
        return "mail lead-in"
    if speaker_label(text):
        return "speaker label"
    return ""


__all__ = ["doc_line", "mail_lead_in", "reservation", "speaker_label"]
