"""A photo's caption that names a place or a person and says what it is, set in the text of
a printed page whose byline credits the pictures (pure): "Cảng X, cửa ngõ xuất nhập khẩu
chính của Y.", "The port of X, Y's main gateway for trade."

A print or e-paper page copied as text keeps its captions among the paragraphs, with no
credit under them (the byline above credits every picture: "Bài và ảnh: Name", "Text and
photos: Name"). Such a caption is a name and its apposition — a noun phrase, a comma, a
noun phrase — without a verb's tense or a copula: the picture's label, where an article's
sentence says something of the name ("X là …", "X is …", "X has …").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line

# "Bài và ảnh: Name", "Ảnh: Name" in a byline, "Text and photos: Name", "Words and
# pictures by Name": the writer took (or the page credits) the pictures.
_PICTURES_CREDITED: Final = re.compile(
    r"^(?:(?:Bài|Tin|Text|Story|Words|Report)\s*(?:và|,|&|and|\+)\s*)?(?:ảnh|hình|photos?"
    r"|pictures?|photographs?)\b(?:\s+by)?\s*:?\s*\S",
    re.IGNORECASE,
)
# A predicate: a copula, a tense or aspect, a report's verb (what a label lacks).
_PREDICATE: Final = re.compile(
    r"(?<!\w)(?:là|đã|sẽ|đang|được|bị|có|cho\s+biết|is|are|was|were|has|have|had|will"
    r"|would|can|said|says|became|remains?)(?!\w)",
    re.IGNORECASE,
)
# A head opened by a preposition or a connective is a sentence's adverbial ("Tại Hà Nội,
# …", "In Managua, …", "Tuy nhiên, …"), not a name.
_ADVERBIAL: Final = re.compile(
    r"^(?:Tại|Ở|Trong|Theo|Với|Từ|Sau|Trước|Khi|Nhân|Tuy|Ngoài|Bên|Đến|Về|In|At|On|For|From"
    r"|With|After|Before|During|According|However|Meanwhile|Also|Since|By|As|Under|Over)\b",
)
_MAX_WORDS: Final = 16
_HEAD_WORDS: Final = (2, 6)
_PROSE_WORDS: Final = 12


def appositive_label(text: str) -> bool:
    """A name, a comma and what the name is, in one verbless line ending on a full stop."""
    text = text.strip()
    if not text.endswith(".") or len(text.split()) > _MAX_WORDS or re.search(r"\d", text):
        return False
    body = text[:-1]
    if body.count(",") != 1 or re.search(r"[;:!?()\"“”]|\.\s", body):
        return False
    head, tail = (part.strip() for part in body.split(","))
    words = head.split()
    if not _HEAD_WORDS[0] <= len(words) <= _HEAD_WORDS[1] or _ADVERBIAL.match(head):
        return False
    # (the head names: a capitalised word after its first, "Cảng Acajutla", "Port of Acajutla")
    if not any(w[:1].isupper() for w in words[1:]) or _PREDICATE.search(text):
        return False
    return bool(tail) and (tail[:1].islower() or bool(re.match(r"^\S+['’]s\s", tail)))


def _prose(line: Line | None) -> bool:
    return (
        line is not None
        and len(line.text.split()) >= _PROSE_WORDS
        and line.text.rstrip().endswith((".", "!", "?", "…"))
    )


def mark_name_captions(lines: list[Line]) -> None:
    """Appositive labels between two paragraphs, on a page whose byline credits pictures."""
    if not any(not ln.kept and _PICTURES_CREDITED.match(ln.text) for ln in lines):
        return
    kept = [ln for ln in lines if ln.kept]
    for index, line in enumerate(kept):
        inside = 0 < index < len(kept) - 1
        if inside and _prose(kept[index - 1]) and _prose(kept[index + 1]):
            line.reason = "photo caption" if appositive_label(line.text) else ""


__all__ = ["appositive_label", "mark_name_captions"]
