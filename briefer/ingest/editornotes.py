"""The newsroom's notes on the text itself: its title set by the editors, sponsored, for
reference only, corrected, or updated since it was first published. They say what was done
to the article, not what happened, so they leave the body and never become facts."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.furniture import words

# The newsroom's note on the text itself: "(*) Tiêu đề do Tòa soạn đặt", "Headline edited by
# our editors", "Nội dung được tài trợ bởi X", "Bài viết mang
# tính chất tham khảo", "This is a sponsored post": the text (its title, itself) and what the
# newsroom or a sponsor did to it.
_THE_TEXT: Final = re.compile(
    r"^(?:\(\*+\)\s*|\*+\s*)?(?:(?:Tiêu\s+đề|Tít(?:\s+bài)?|Tên\s+bài|Bài\s+viết|Bài\s+này|Nội\s+dung"
    r"|Tin\s+bài)(?:\s+này)?|(?:This|The)\s+(?:story|article|post|piece|content|report)"
    r"|Headlines?|Title|This\s+is\s+an?)\b",
    re.IGNORECASE,
)
_NEWSROOM_DID: Final = re.compile(
    r"\b(?:tòa\s+soạn|toà\s+soạn|BBT|ban\s+biên\s+tập|biên\s+tập|editors?|editorial|edited"
    r"|tài\s+trợ|sponsored|paid|promoted|partner|quảng\s+cáo|advertis\w*|tham\s+khảo"
    r"|corrected|đính\s+chính|amended)\b",  # (not "updated": "Bài viết được cập nhật với ý kiến …"
    # tells what the text holds, and the test corpus takes it for the article's own)
    re.IGNORECASE,
)
_NOTE_WORDS: Final = 16


def editor_note(text: str) -> bool:
    """The newsroom's short note on the text (its title set by the editors, sponsored,
    corrected, for reference only), without figures."""
    return (
        len(words(text)) <= _NOTE_WORDS
        and not re.search(r"\d", text)
        and _THE_TEXT.match(text) is not None
        and _NEWSROOM_DID.search(text) is not None
        and len(re.findall(r"[.!?](?:\s|$)", text.rstrip(".!? "))) == 0
    )


# The newsroom's labelled note that the text was changed: "(Editor's note: This article was
# updated on 3 May with …)", "Đính chính: Bài viết đã được sửa lại …". Its label names the
# newsroom's note and its words the text and the change, so a date or a figure in it (what
# was updated) does not make it news, as it does an unlabelled line.
_CHANGE_LABEL: Final = re.compile(
    r"^\(?\s*(?:Editor[’']?s[’']?\s+note|Editorial\s+note|Note\s+from\s+the\s+editors?|Update[d]?"
    r"|Correction|Clarification|Ghi\s+chú\s+của\s+(?:tòa\s+soạn|toà\s+soạn|BBT|ban\s+biên\s+tập)"
    r"|Lời\s+(?:tòa|toà)\s+soạn|Cập\s+nhật|Đính\s+chính)\s*:\s*",
    re.IGNORECASE,
)
_CHANGED: Final = re.compile(
    r"\b(?:updated|corrected|amended|revised|changed|cập\s+nhật|đính\s+chính|(?:chỉnh\s+)?sửa"
    r"|bổ\s+sung)\b",
    re.IGNORECASE,
)
_CHANGE_NOTE_WORDS: Final = 40
_PREDICATE_WORDS: Final = 4  # "has been corrected", "đã được sửa lại": the verb and its helpers


def change_note(text: str) -> bool:
    """The newsroom's labelled note that the text itself was updated or corrected."""
    label = _CHANGE_LABEL.match(text)
    if label is None or len(words(text)) > _CHANGE_NOTE_WORDS:
        return False
    rest = text[label.end() :]
    subject = _THE_TEXT.match(rest)
    if subject is None:
        return False
    # (the change is the text's own predicate, right after it: "Bài viết đã được cập nhật …",
    # "This story was updated …"; further on, the word is said of something the text uses —
    # "Bài viết sử dụng số liệu …, cập nhật đến hết tháng 11" tells the figures' source, and
    # is part of the story)
    predicate = " ".join(rest[subject.end() :].split()[:_PREDICATE_WORDS])
    return _CHANGED.search(predicate) is not None


__all__ = ["change_note", "editor_note"]
