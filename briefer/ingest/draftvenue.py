"""The body a draft is written for, when its header notes name it by its kind alone (pure).

A body's own staff write of it by its kind, without its name: "Dự kiến đăng: website Hội",
"Người viết: … - Ban Thư ký Hội", "To run on: the Association's website". The draft's header
notes (read by :mod:`briefer.ingest.repostmeta`) are the body's own, so the body it will run
on is the outlet; its full name is the first one of that kind the text spells out ("Hội Hữu
nghị Việt Nam - Nepal tổ chức …", "the Westland-Vietnam Friendship Association held …").

Owns :func:`draft_body`; used only when no other signal names the outlet.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.repostmeta import draft_notes

_KINDS_VI: Final = r"Hiệp\s+hội|Hội|Viện|Trung\s+tâm|Liên\s+hiệp|Liên\s+đoàn|Câu\s+lạc\s+bộ"
_KINDS_EN: Final = r"Association|Society|Chamber|Institute|Council|Federation|Club|Centre|Center"
# The kind alone in a note: at the note's end or before its punctuation ("website Hội,"),
# or an English kind before its site ("the Association's website", "Association website").
_BARE_VI: Final = re.compile(rf"(?<![\w])(?P<kind>{_KINDS_VI})(?=\s*(?:[,.;)]|$))")
_BARE_EN: Final = re.compile(
    rf"\b(?:the\s+)?(?P<kind>{_KINDS_EN})(?:['’]s)?\s+(?:website|site|newsletter|bulletin|page)\b",
    re.IGNORECASE,
)
# Words inside no name: a preposition or a verb's particle after a name ends it.
_ENDS: Final = frozenset(
    ("tại", "ở", "của", "với", "cho", "về", "từ", "trên", "tới", "đến", "đã", "đang", "sẽ",
     "là", "và", "cùng", "phối", "nhân", "theo")
)  # fmt: skip
_DASHES: Final = frozenset("-–")
_MIN_WORDS: Final = 3  # the kind and two words of its own name at least
_NAME_EN: Final = r"(?:[A-Z][\w'’.–-]*\s+){1,6}"


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _vietnamese_name(kind: str, text: str) -> str:
    """ "Hội Hữu nghị Việt Nam - Nepal phối hợp …" → "Hội Hữu nghị Việt Nam - Nepal": the
    kind, then capitalised syllables, one lower-case syllable between two capitalised ones
    (a word's second syllable, "Hữu nghị"), a dash before a capitalised part."""
    for match in re.finditer(rf"(?<![\w]){kind}\s+(?=[^\W\d_])", text):
        words = text[match.end() :].split()[:16]
        name = match.group(0).split()
        for at, word in enumerate(words):
            bare = word.rstrip(",.;:)")
            following = words[at + 1] if at + 1 < len(words) else ""
            if _capital(bare):
                name.append(bare)
            elif (word in _DASHES and _capital(following)) or (
                bare == word
                and _capital(name[-1])
                and (_capital(following) or following in _DASHES)
                and word not in _ENDS
                and len(name) > len(match.group(0).split())
            ):
                name.append(word)
            else:
                break
            if bare != word:
                break  # (punctuation closes the name)
        if len(name) >= _MIN_WORDS and _capital(name[len(match.group(0).split())]):
            return " ".join(name)
    return ""


def _english_name(kind: str, text: str) -> str:
    """ "the Westland-Vietnam Friendship Association" → that name, capitalised words whole."""
    match = re.search(rf"(?:the\s+)?(?P<name>{_NAME_EN}{kind})\b", text)
    return " ".join(match["name"].split()) if match else ""


def draft_body(text: str) -> str:
    """The body a draft's header notes name by its kind alone, as the text names it in full;
    "" when the text opens on no draft's notes or names no such body."""
    notes = draft_notes(text)
    if not notes:
        return ""
    body = text.split(notes[-1], 1)[-1]
    for note in notes:
        value = note.partition(":")[2]
        vi = _BARE_VI.search(value)
        if vi:
            kind = r"\s+".join(vi["kind"].split())
            return _vietnamese_name(kind, body)
        en = _BARE_EN.search(value)
        if en:
            return _english_name(en["kind"].capitalize(), body)
    return ""


__all__ = ["draft_body"]
