"""The newsroom's notes on the versions of its own text (pure): a correction of what an
earlier version printed ("Đính chính: Trong bản đăng lúc …, bài viết ghi nhầm …",
"Correction: An earlier version of this article misstated …") and a note that the text was
edited or condensed ("This interview has been edited for length and clarity.").

Such a note speaks of the article, not of what happened: it leaves the body, figures and
all (a correction names the wrong figure and the right one, and neither is news). Read by
shape: a correction's label with a colon, or a sentence whose subject is the text itself
("this article", "bài viết", "an earlier version") and whose verb is what the newsroom did to
it — never one outlet's wording.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.wirenotes import wire_note

_B: Final = r"[^\S\n]"
# An editor's note's label, which :data:`_NOTE_LABEL` reads apart too.
_NOTE_KIND: Final = rf"Editor['’]s{_B}+note|Ghi{_B}+chú{_B}+của{_B}+(?:tòa|toà){_B}+soạn"
# A correction's label opening the note: "Đính chính:", "Cải chính:", "Correction:",
# "Clarification:", "Corrigendum:", "Erratum:"; an editor's note when it speaks of the text's
# earlier version ("Editor's note: An earlier version …"). "Update:" is a live page's entry.
_LABEL: Final = re.compile(
    rf"^[(\[*]?{_B}*(?:Đính{_B}+chính|Cải{_B}+chính|Corrections?|Clarifications?|Corrigendum"
    rf"|Erratum|Errata|{_NOTE_KIND})(?:{_B}+\w+)?{_B}*[:.)\]—–-]{_B}*\S",
    re.IGNORECASE,
)
# What the note speaks of: the text's earlier printing and what was wrong in it.
_WRONG: Final = (
    rf"bản{_B}+(?:đăng|trước|cũ)|phiên{_B}+bản|ghi{_B}+(?:nhầm|sai)|nhầm|sai{_B}+sót|cáo{_B}+lỗi"
    rf"|xin{_B}+lỗi|earlier|previous|original(?:ly)?|incorrect(?:ly)?|misstated|misspell\w*"
    rf"|misidentified|erroneous(?:ly)?|wrongly|mistaken(?:ly)?|apologi[sz]e"
)
_EARLIER: Final = re.compile(
    rf"\b(?:{_WRONG}|bài{_B}+(?:viết|báo)|tin{_B}+bài|this{_B}+(?:article|story|report|piece"
    rf"|post))\b",
    re.IGNORECASE,
)
# An editor's note that names the source of the text's figures ("Ghi chú của tòa soạn: Bài
# viết sử dụng số liệu của …", "Editor's note: This story uses data from …") is part of the
# story, unless it says what was wrong or names the earlier version; naming the text alone
# otherwise ("This story is part of a series …") is the newsroom's note on it.
_NOTE_LABEL: Final = re.compile(rf"^[(\[*]?{_B}*(?:{_NOTE_KIND})", re.IGNORECASE)
_WRONG_RX: Final = re.compile(rf"\b(?:{_WRONG})\b", re.IGNORECASE)
_SOURCE: Final = re.compile(
    rf"\b(?:số{_B}+liệu|dữ{_B}+liệu|data|figures|statistics)(?:{_B}+\w+){{0,2}}{_B}+(?:của|từ|from|of"
    rf"|by)\b",
    re.IGNORECASE,
)
# Without a label: "An earlier version of this article …", "Phiên bản trước của bài viết …".
_VERSION: Final = re.compile(
    rf"^(?:An?{_B}+(?:earlier|previous){_B}+version{_B}+of{_B}+this{_B}+(?:article|story|report"
    rf"|piece|post)|(?:Phiên{_B}+bản|Bản{_B}+đăng){_B}+(?:trước|cũ|ban{_B}+đầu))\b",
    re.IGNORECASE,
)
# "This interview has been edited for length and clarity.", "The transcript was condensed.",
# "Cuộc phỏng vấn đã được biên tập, lược bớt cho gọn.": the text, then what editing did.
_EDITED: Final = re.compile(
    rf"^(?:(?:This|The){_B}+(?:interview|conversation|transcript|Q&A|exchange|discussion)"
    rf"(?:{_B}+\w+){{0,2}}{_B}+(?:has|have|was|were|had)(?:{_B}+been)?{_B}+(?:\w+{_B}+)?(?:edited|condensed"
    rf"|abridged|shortened|translated)"
    rf"|(?:Cuộc|Bài){_B}+(?:phỏng{_B}+vấn|trò{_B}+chuyện|trao{_B}+đổi)(?:{_B}+này)?{_B}+(?:đã{_B}+)?"
    rf"(?:được{_B}+)?(?:biên{_B}+tập|lược{_B}+bớt|rút{_B}+gọn|lược{_B}+trích))\b",
    re.IGNORECASE,
)
_NOTE_CHARS: Final = 500  # a note is a few sentences, not a section of the article
_EDITED_WORDS: Final = 25


def correction_note(text: str) -> bool:
    """A correction of the text's earlier version, labelled or opening on that version."""
    text = text.strip()
    if len(text) > _NOTE_CHARS:
        return False
    if _VERSION.match(text):
        return True
    if _LABEL.match(text) is None:
        return False
    if _NOTE_LABEL.match(text) and _SOURCE.search(text):
        return _WRONG_RX.search(text) is not None
    return _EARLIER.search(text) is not None


def edited_note(text: str) -> bool:
    """A one-sentence note that the interview or transcript was edited, condensed or
    translated."""
    text = text.strip()
    return len(text.split()) <= _EDITED_WORDS and _EDITED.match(text) is not None


def version_note(text: str) -> bool:
    """A note on the text's versions: a correction, an edit, a wire's note to editors."""
    return correction_note(text) or edited_note(text) or wire_note(text)


__all__ = ["correction_note", "edited_note", "version_note"]
