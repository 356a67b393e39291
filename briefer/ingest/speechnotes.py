"""What a transcript's editors add to the words spoken (pure): others' interruptions set in
brackets and the note that says which parts of the text are the editors'.

A speech or a hearing printed as delivered carries, besides the speaker's words:

- **another voice's interruption**, set whole in brackets under its speaker's label: "(Người
  dẫn chương trình: Xin mời quý vị giữ trật tự.)", "[Moderator: We'll take questions after
  the address.]", "(Chủ tọa: Đề nghị đại biểu giữ trật tự.)". It is not the speaker's text
  (the short stage notes "(Vỗ tay)", "(Laughter)" are taken off elsewhere);
- **the editors' note on their own marks**: "Tiêu đề và các đoạn in nghiêng trong ngoặc do Ban
  Biên tập ghi chú.", "Headings and bracketed italics were added by the editors." It speaks of
  the text's parts (its headings, its bracketed or italic passages) and who set them.

Both leave the body; neither ever becomes a fact.
"""

from __future__ import annotations

import re
from typing import Final

# A whole paragraph in brackets that opens on a short label and a colon, then speaks in
# sentences: "(Người dẫn chương trình: Xin mời quý vị …)", "[Moderator: Thank you …]".
_BRACKETED: Final = re.compile(
    r"^(?:\((?P<pl>[^():\d]{2,40}):\s*(?P<ps>[^()]+)\)|\[(?P<bl>[^\[\]:\d]{2,40}):\s*"
    r"(?P<bs>[^\[\]]+)\])\.?$"
)
_LABEL_WORDS: Final = 5
_SAID_WORDS: Final = 4
# Labels that are no voice: a source, a picture, a unit, a cross-reference, the newsroom's
# note (taken as a note elsewhere), an interview's own question (the interview's text).
_NOT_A_VOICE: Final = re.compile(
    r"^(?:nguồn|theo|ảnh|hình|video|clip|đơn\s+vị|đvt|xem|xem\s+thêm|tin\s+liên\s+quan|đọc\s+thêm"
    r"|source|photo|image|picture|unit|see|see\s+also|read\s+more|related|pv|phóng\s+viên|hỏi"
    r"|đáp|q|a|question|answer|reporter|interviewer|update[d]?|cập\s+nhật|correction|đính\s+chính"
    r"|note|lưu\s+ý|chú\s+thích|ghi\s+chú)$",
    re.IGNORECASE,
)


def interjection(text: str) -> bool:
    """Another voice's bracketed interruption in a transcript, under its speaker's label."""
    found = _BRACKETED.match(" ".join(text.split()))
    if not found:
        return False
    label = (found.group("pl") or found.group("bl")).strip()
    said = (found.group("ps") or found.group("bs")).strip()
    return (
        0 < len(label.split()) <= _LABEL_WORDS
        and label[:1].isupper()
        and _NOT_A_VOICE.match(label) is None
        and len(said.split()) >= _SAID_WORDS
        and said.endswith((".", "!", "?", "…"))
    )


# The editors' note on their marks: the text's parts (headings, subheads, italic or
# bracketed passages) and the editors who set them, in one sentence without figures.
_PARTS: Final = re.compile(
    r"^(?:\(\*+\)\s*|\*+\s*)?(?:(?:Các\s+)?(?:tiêu\s+đề|tít|đề\s+mục|tiêu\s+đề\s+phụ|đoạn|chữ|phần"
    r"|câu|lời)\b|(?:All\s+|The\s+)?(?:(?:sub)?head(?:ing|line)?s?|titles?|subtitles?|italics?"
    r"|bracketed|(?:text|words|passages|notes|remarks)\s+in\s+(?:brackets|italics|parenthes[ie]s)"
    r"|passages|text)\b)",
    re.IGNORECASE,
)
_MARKS: Final = re.compile(
    r"\b(?:in\s+nghiêng|trong\s+ngoặc|ngoặc\s+(?:đơn|vuông)|italics?|italicised|italicized"
    r"|brackets?|bracketed|parenthes[ie]s|(?:sub)?head(?:ing|line)?s?|tiêu\s+đề|tít)\b",
    re.IGNORECASE,
)
_EDITORS: Final = re.compile(
    r"\b(?:ban\s+biên\s+tập|BBT|tòa\s+soạn|toà\s+soạn|biên\s+tập\s+viên|người\s+biên\s+tập"
    r"|editors?|editorial|newsroom)\b",
    re.IGNORECASE,
)
_NOTE_WORDS: Final = 30


def marks_note(text: str) -> bool:
    """The editors' note saying which marks of the text (headings, italic or bracketed
    passages) are theirs, not the speaker's or the writer's."""
    line = " ".join(text.split())
    return (
        len(line.split()) <= _NOTE_WORDS
        and not re.search(r"\d", line)
        and not re.search(r"[.!?]\s+\S", line)  # (one sentence)
        and _PARTS.match(line) is not None
        and _MARKS.search(line) is not None
        and _EDITORS.search(line) is not None
    )


__all__ = ["interjection", "marks_note"]
