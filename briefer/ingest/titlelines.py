"""Lines around a page's headline (pure): a headline wrapped over short lines after its
colon, and a site's own lines (name, slogan), which come before its menu."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.lines import Line, ends_sentence

_DIGIT_IN: Final = re.compile(r"\d")


def menu_below(below: list[Line]) -> bool:
    """A site's menu (items without figures: a dated row of stamps is no menu) below,
    before the text's first sentence."""
    for line in below:
        if line.kept and ends_sentence(line.text):
            return False
        if line.reason == "menu" and not _DIGIT_IN.search(line.text):
            return True
    return False


# "site.vn - Thời sự - Kinh tế": a site's address, then its sections, each a few words.
_DOMAIN_FIRST: Final = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}$", re.I)
_MENU_PART: Final = re.compile(r"\s+[-–|·/»]\s+")


def domain_menu(text: str) -> bool:
    """A line that opens on a site's address and runs its sections after it (two or more,
    three words each at most): the site's print header or menu, never the headline."""
    parts = _MENU_PART.split(text.strip())
    return (
        len(parts) >= 3
        and _DOMAIN_FIRST.match(parts[0]) is not None
        and all(1 <= len(p.split()) <= 3 and not ends_sentence(p) for p in parts[1:])
    )


# A document's kind in capitals, then its subject in running words ("THÔNG CÁO CHUNG giữa
# …", "BÁO CÁO về …", "JOINT STATEMENT between …"): the document names itself, its title.
_KIND_SUBJECT: Final = re.compile(
    r"^(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]{2,}\s+){1,4}"
    r"(?:giữa|về|của|on|between|of|concerning)\s+\S"
)


def kind_titled(head: list[Line]) -> int:
    """Where a document that names its kind and subject on one line ("THÔNG CÁO CHUNG giữa
    …") has that line in its head, -1 when none: the lines above it are its letterhead."""
    for index, line in enumerate(head):
        if line.kept and _KIND_SUBJECT.match(line.text) and not ends_sentence(line.text):
            return index
    return -1


_WRAP_LINES: Final = 3
_WRAP_WORDS: Final = 6


def wrapped_title(text: str, below: list[Line]) -> str:
    """A headline never ends on its colon: one that does was wrapped over the next short
    lines (a PDF's large type, "X - Y:" / "Opening words" / "end"), whatever the line rules
    took them for; they are the rest of the title."""
    if not text.endswith(":"):
        return text
    parts = [text]
    for line in below[:_WRAP_LINES]:
        words = fur.words(line.text)
        if (
            len(words) > _WRAP_WORDS
            or _DIGIT_IN.search(line.text)
            or ends_sentence(line.text)
            or fur.is_upper(line.text)
        ):
            break
        line.reason = "title"
        parts.append(line.text)
    return " ".join(parts)


def kicker_below(below: list[Line]) -> bool:
    """The next line a section's kicker in capitals (four words at most) over a headline (four
    words or more, mixed case, not ending like a sentence): what stands above the kicker is
    the site's, not the article's."""
    kept = [line.text for line in below if line.kept][:2]
    return (
        len(kept) == 2
        and fur.is_upper(kept[0])
        and len(fur.words(kept[0])) <= _KICKER_WORDS
        and len(fur.words(kept[1])) >= _KICKER_WORDS
        and not fur.is_upper(kept[1])
        and not ends_sentence(kept[1])
        and not kept[1].endswith(":")
    )


_KICKER_WORDS: Final = 4


__all__ = ["domain_menu", "kicker_below", "kind_titled", "menu_below", "wrapped_title"]
