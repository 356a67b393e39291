"""A mail's subject typed without diacritics gives way to the headline of the document in it.

Mail clients and old systems make people type a Vietnamese subject without its marks
("Diem bao ngay 25/11 - chuyen de doi ngoai"); the document the mail carries (a press review,
a bulletin) prints its own headline under its kind in capitals ("ĐIỂM BÁO ĐỐI NGOẠI" /
"Việt Nam - X: …"). That headline, in the language's own spelling, is the title. This
module owns that choice (:func:`headline_over_subject`) and the letterhead of such a
document under the mail's header: the unit in capitals over its number line
(:func:`mark_units_over_number`).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from briefer.ingest.lines import Line
from briefer.text.fold import fold

_LOOK: Final = 20  # the top lines: the mail's header, the document's letterhead and headline
_KIND_WORDS: Final = 6
_MARKED_LETTERS: Final = 20  # (letters with marks a Vietnamese text has, a few lines of it)
_UNIT_WORDS: Final = 14
_DIGIT: Final = re.compile(r"\d")


def _unmarked(text: str) -> bool:
    return fold(text) == text.casefold() and bool(re.search(r"[^\W\d_]", text))


def _kind_line(text: str) -> bool:
    """ "ĐIỂM BÁO ĐỐI NGOẠI", "BẢN TIN": a document's kind in capitals, a few words."""
    return text.isupper() and len(text.split()) <= _KIND_WORDS and not _DIGIT.search(text)


def _headline(text: str) -> bool:
    words = text.split()
    return (
        4 <= len(words) <= 30 and not text.rstrip().endswith((".", ":", ";")) and not text.isupper()
    )


def headline_over_subject(lines: list[Line], title: str) -> str:
    """``title`` unless it is a subject without diacritics in a text written with them and
    a headline sits under a kind line near the top: then that headline (its line becomes the
    title's, the line the subject was read from stays out of the body)."""
    if not title or not _unmarked(title):
        return title
    body = " ".join(line.text for line in lines)
    if sum(1 for c in body if c != fold(c) and c.isalpha()) < _MARKED_LETTERS:
        return title  # (a text in a language without marks: its subject is its title)
    top = [line for line in lines[:_LOOK] if line.kept]
    for above, line in itertools.pairwise(top):
        if _kind_line(above.text) and _headline(line.text) and not _unmarked(line.text):
            for old in lines:
                if old.reason == "title":
                    old.reason = "mail header"
            above.reason = "document kind"
            line.reason = "title"
            return line.text
    return title


def marked_over_unmarked(subject: str, headline: str) -> str:
    """A mail's subject typed without diacritics against the headline the cleaner read in
    its text with them: the headline; else the subject (a mail's subject is its title)."""
    if subject and headline and _unmarked(subject) and not _unmarked(headline):
        return headline
    return subject


def mark_units_over_number(lines: list[Line]) -> None:
    """A unit's name in capitals one or two lines over a document's number line ("BAN X" /
    "Phòng Y" / "Số 214/ĐB-TTBC, ngày …"): the letterhead, wherever it starts (under a mail's
    header it is not the text's first line)."""
    for index, line in enumerate(lines[:_LOOK]):
        if line.reason != "document number":
            continue
        for above in lines[max(index - 2, 0) : index]:
            text = above.text
            if (
                above.kept
                and text.isupper()
                and len(text.split()) <= _UNIT_WORDS
                and not _DIGIT.search(text)
            ):
                above.reason = "issuing unit"


__all__ = ["headline_over_subject", "mark_units_over_number", "marked_over_unmarked"]
