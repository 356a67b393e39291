"""A headline read together with the heading printed right under it (pure).

The cleaner joins a headline's lines into one title; when the next line is no part of it but
the first heading of the body or of a box beside it, the title carries that heading:

- a numbered section heading, printed on its own line under the headline: "BẢN TIN THỊ
  TRƯỜNG X THÁNG 10/2025" + "1. TÌNH HÌNH THƯƠNG MẠI" ("Market Report May 2026" + "I.
  OVERVIEW");
- a box's heading in capitals after a headline written in sentence case, the two set on one
  line by a PDF's columns: "Quan hệ A - B: cơ hội và khuyến nghị" + "SỐ LIỆU CHÍNH" ("Trade
  after the deal: what next" + "KEY FIGURES").

This module owns cutting such a heading off the title; nothing else.
"""

from __future__ import annotations

import re

# "1. ", "2) ", "I. ", "IV. ": a section's number, then a heading in capitals
_SECTION = re.compile(r"\s+(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=\w)")
_MIN_HEAD = 2  # a headline keeps at least this many words before a cut
_LONG_WORD = 6  # an initialism is short: a caps tail holds a longer word (or a diacritic)


def _words(text: str) -> list[str]:
    return text.split()


def _lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines() if line.strip()}


def _past_section(title: str, lines: set[str]) -> str:
    """The headline before a numbered heading the text prints as a line of its own."""
    for m in _SECTION.finditer(title):
        head, rest = title[: m.start()].strip(), title[m.start() :].strip()
        if len(_words(head)) >= _MIN_HEAD and rest in lines and head in lines:
            return head
    return ""


def _is_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _past_caps_tail(title: str) -> str:
    """A sentence-case headline before a run of words in capitals at its end."""
    words = _words(title)
    n = 0
    while n < len(words) and _is_caps_word(words[-1 - n]):
        n += 1
    head, tail = words[: len(words) - n], words[len(words) - n :]
    if n < _MIN_HEAD or len(head) < _MIN_HEAD:
        return ""
    # (the headline itself is written in sentence case: lower-case words, not initialisms)
    if sum(any(c.islower() for c in w) for w in head) < _MIN_HEAD:
        return ""
    # ("ASEAN EU" ends a headline; "KEY FIGURES", "SỐ LIỆU CHÍNH" are words, not initials)
    if not any(len(w) >= _LONG_WORD or not w.isascii() for w in tail):
        return ""
    if not head[-1][-1:].isalnum() and head[-1][-1:] not in ")\"'”":
        return ""  # (a headline ending in ":" or "-" goes on into the capitals)
    return " ".join(head)


def without_glued_heading(title: str, text: str) -> str:
    """The title without the section or box heading the cleaner joined to it ("" if none)."""
    return _past_section(title, _lines(text)) or _past_caps_tail(title)


__all__ = ["without_glued_heading"]
