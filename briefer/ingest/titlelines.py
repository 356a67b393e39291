"""Lines around a page's headline (pure): a headline wrapped over short lines after its
colon, and a site's own lines (name, slogan), which come before its menu."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.lines import Line, ends_sentence
from briefer.ingest.rxparts import HOST

_DIGIT_IN: Final = re.compile(r"\d")
# A numbered section heading ("1. TÌNH HÌNH …", "II. NỘI DUNG", "3) Outlook"): the text's first
# part, never the rest of a title above it.
_SECTION_START: Final = re.compile(r"^(?:\d{1,2}|[IVX]{1,5})[.)]\s+\S")


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
_MENU_PART: Final = re.compile(r"\s+[-–|·/»]\s+")


def domain_menu(text: str) -> bool:
    """A line that opens on a site's address and runs its sections after it (two or more,
    three words each at most): the site's print header or menu, never the headline."""
    parts = _MENU_PART.split(text.strip())
    return (
        len(parts) >= 3
        and HOST.match(parts[0]) is not None
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


def hanging(text: str) -> bool:
    """A line cut after a dash ("… Việt –", "Thương mại Việt Nam -"): no phrase ends there, the
    next line goes on with it."""
    return bool(_HANGING.search(text))


def wrapped_title(text: str, below: list[Line]) -> str:
    """A headline never ends on its colon or on a dash: one that does was wrapped over the
    next short lines (a PDF's large type, "X - Y:" / "Opening words" / "end", "… Việt –" /
    "Nga"), whatever the line rules took them for; they are the rest of the title."""
    if fur.is_upper(text) and len(fur.words(text)) <= _CAPS_FIRST_WORDS and not ends_sentence(text):
        return _caps_wrapped(text, below)
    parts = [text]
    colon = text.endswith(":")
    for line in below[:_WRAP_LINES]:
        words = fur.words(line.text)
        if _SECTION_START.match(line.text):
            break
        if hanging(parts[-1]):
            # the rest of the phrase, whatever it holds (a figure, a year), but never a stamp,
            # a menu or a sentence
            if line.reason in _NOT_TITLE or ends_sentence(line.text) or len(words) > _CUT_WORDS:
                break
        elif not colon or (
            # (right under a kicker's colon the headline's whole line, then its cut ends)
            len(words) > (_CUT_WORDS if parts[-1].endswith(":") else _WRAP_WORDS)
            or _DIGIT_IN.search(line.text)
            or ends_sentence(line.text)
            or fur.is_upper(line.text)
            or line.reason in _NOT_TITLE
        ):
            break
        colon = colon or line.text.endswith(":")
        line.reason = "title"
        parts.append(line.text)
    return " ".join(parts)


def headline_by_size(lines: list[Line], title: str) -> str:
    """A title the head's rules took from a line in small type (a menu row, a kicker) gives
    way to the first line printed larger than the article near the top: the headline. (Moved
    from :mod:`briefer.ingest.clean`.)"""
    chosen = next((line for line in lines if line.reason == "title"), None)
    if chosen is None or not chosen.small:
        return title
    big = next((line for line in lines[:_HEAD_LOOK] if line.large and line.kept), None)
    if big is None:
        return title
    chosen.reason = ""  # (small type: it leaves the body below, as the rest of it)
    big.reason = "title"
    at = lines.index(big)
    above = lines[at - 1] if at else None
    if above is not None and above.kept and above.small and _section_kicker(above.text):
        # ("THỊ TRƯỜNG - ĐỐI TÁC" in small capitals right over the headline: the section
        # the bulletin files it under, no writer's name however it reads)
        above.reason = "section"
    # (a headline in large type wrapped over two lines goes on in the next one)
    return large_wrapped(big.text, lines[at + 1 :])


_HEAD_LOOK: Final = 12  # (clean's first lines: three ends' worth, four times over)
_SECTION_WORDS: Final = 5


def _section_kicker(text: str) -> bool:
    """A section's name in capitals: a few words, no figure, no sentence, no colon."""
    return (
        fur.is_upper(text)
        and 1 <= len(fur.words(text)) <= _SECTION_WORDS
        and not re.search(r"[\d:]", text)
        and not ends_sentence(text)
    )


def large_wrapped(text: str, below: list[Line]) -> str:
    """A headline in a PDF's large type goes on over the next lines in that type ("Hợp tác X"
    / "Việt Nam - Y: thực trạng …"), up to the first line in another type, a sentence or
    what no headline holds (a stamp, a menu): they are the rest of the title."""
    parts = [text]
    for line in below[:_WRAP_LINES]:
        if (
            not line.large
            or _SECTION_START.match(line.text)
            or line.reason not in ("", "title")
            or ends_sentence(line.text)
            or len(fur.words(line.text)) > _CUT_WORDS
        ):
            break
        line.reason = "title"
        parts.append(line.text)
    return " ".join(parts)


_KICKER_MAX: Final = 4
_KICKER_LETTERS: Final = 8


def without_kicker(title: str) -> str:
    """The headline without a section's kicker in capitals run into it on one line ("QUAN
    HỆ QUỐC TẾ 75 năm …"): two to four words in capitals (eight letters at least: no
    initials, "UN SDG"), then a headline in mixed case of four words or more opening on a
    figure or a capitalised word (one in capitals might be the kicker's or the headline's)."""
    words = title.split()
    run = 0
    while run < len(words) and words[run].isalpha() and fur.is_upper(words[run]):
        run += 1
    rest = words[run:]
    if (
        not 2 <= run <= _KICKER_MAX
        or sum(len(w) for w in words[:run]) < _KICKER_LETTERS
        or len(rest) < 4
        or fur.is_upper(" ".join(rest))
    ):
        return title
    first = rest[0]
    opens = first[:1].isdigit() or (first[:1].isupper() and not first.isupper())
    return title.split(None, run)[-1] if opens else title


_HANGING: Final = re.compile(r"\s[-–—]$")
_CUT_WORDS: Final = 12  # (the rest of a headline cut at a dash is a line of large type)
_CAPS_WRAP_LINES: Final = 4
_CAPS_WRAP_WORDS: Final = 8
_CAPS_FIRST_WORDS: Final = 10  # (a longer line in capitals was never cut by large type)
# What a line of the text is, once read, that no piece of a headline ever is.
_NOT_TITLE: Final = frozenset(
    {"timestamp", "dateline", "print header", "page footer", "menu", "share buttons", "rule"}
)


def _caps_wrapped(text: str, below: list[Line]) -> str:
    """A headline set in capitals in large type is cut into short lines that are capitals
    too ("X VÀ Y KÝ" / "BẢN GHI NHỚ VỀ" / "NĂNG LƯỢNG"), whatever the line rules took them for
    (a name in capitals looks like a byline): the short lines in capitals right under it,
    before the text or a stamp, are the rest of the title."""
    parts = [text]
    for line in below[:_CAPS_WRAP_LINES]:
        if (
            not fur.is_upper(line.text)
            or _SECTION_START.match(line.text)
            or len(fur.words(line.text)) > _CAPS_WRAP_WORDS
            or ends_sentence(line.text)
            or line.reason in _NOT_TITLE
            or line.text.endswith(":")
        ):
            break
        parts.append(line.text)
    if len(parts) > 1:
        for line in below[: len(parts) - 1]:
            line.reason = "title"
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
# A text one side issues, as its own heading names it ("JOINT STATEMENT ON …", "TUYÊN BỐ
# CHUNG VỀ …", "PRESS RELEASE ON …", "THÔNG CÁO BÁO CHÍ …").
_ISSUED: Final = re.compile(
    r"^(?:JOINT\s+)?(?:(?:PRESS|MEDIA|NEWS)\s+)?(?:STATEMENT|DECLARATION|COMMUNIQU[EÉ]|RELEASE)\b"
    r"|^(?:TUYÊN\s+BỐ|THÔNG\s+CÁO)\b"
)
# A line going on with the heading above it ("between …", "Về …"), not a headline of its own.
_GOES_ON: Final = re.compile(
    r"^(?:between|on|of|by|from|and|at|in|giữa|về|của|và|tại|nhân)\b", re.IGNORECASE
)
_HEADLINE_WORDS: Final = 6


def carried_heading(text: str, below: list[Line]) -> bool:
    """A statement's own heading in capitals ("JOINT STATEMENT ON THE STATE VISIT …") over a
    headline in mixed case that does not go on with it: the heading of the text the article
    carries, the article's headline under it."""
    following = next((line.text for line in below if line.kept), "")
    return (
        fur.is_upper(text)
        and _ISSUED.match(text) is not None
        and len(fur.words(text)) >= _KICKER_WORDS
        and bool(following)
        and not fur.is_upper(following)
        and following[:1].isupper()
        and len(fur.words(following)) >= _HEADLINE_WORDS
        and len(following) <= _HEADLINE_MAX
        and not ends_sentence(following)
        and not following.endswith(":")
        and not _GOES_ON.match(following)
    )


_HEADLINE_MAX: Final = 200


__all__ = [
    "carried_heading",
    "domain_menu",
    "hanging",
    "headline_by_size",
    "kicker_below",
    "kind_titled",
    "large_wrapped",
    "menu_below",
    "without_kicker",
    "wrapped_title",
]


def printed_title(text: str) -> str:
    """The headline a browser's print header names ("11/27/25, 9:14 AM  Title - Site") when a
    line of the text repeats it word for word: the page's own title, above any masthead or
    section row the print puts first."""
    from briefer.ingest import printmarks as marks
    from briefer.ingest.headertitle import print_header_title

    first, _, rest = text.strip().partition("\n")
    if marks.print_stamp(first) != "print header":
        return ""
    title = print_header_title(first)[0]
    paragraphs = {" ".join(p.split()) for p in rest.split("\n")}
    return title if len(title.split()) >= 3 and " ".join(title.split()) in paragraphs else ""
