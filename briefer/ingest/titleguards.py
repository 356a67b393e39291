"""Lines of a page's head that are never its headline, and the headline they stand over (pure).

Two kinds of line are read for a title by mistake:

- a breadcrumb trail ("Trang chủ > Section", "Home » News » World") or a menu copied flat
  from its home item ("Trang chủ Chính trị Kinh tế …"): the path to the page,
  printed above its headline; the headline is the next line of the head that is not a
  date, a label or a mark;
- a line of an official letterhead: the state's name and its motto ("CỘNG HÒA XÃ HỘI CHỦ
  NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc") head every administrative document, so
  they name no document; its headline is the first line under the letterhead's number and
  dated place line (a kind line in capitals holding its own subject is that headline; a
  bare kind, "BÁO CÁO", gives way to the line under it).

And one saved page's headline loses a part the reader sees: a social title (og:) that is the
page's <h1> without the genre label opening it ("Ảnh: X", "Video: X", "Infographic: X")
gives way to the <h1> as printed — :func:`label_dropped`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.crumbline import flat_breadcrumb
from briefer.ingest.furniture import letterhead
from briefer.ingest.pastedheadline import pasted_headline
from briefer.text.dates import find_dates

# "Trang chủ > X", "Home » News › World", "Trang chủ / Tin tức / X": a path of two or more steps.
_CRUMB_SEP: Final = re.compile(r"\s+[>»›]\s+|\s+/\s+(?=\S)")
# Arrows alone ("Thời sự > Chính phủ", "News » World"): a slash may part a headline's words.
_ARROW: Final = re.compile(r"\s+[>»›]\s+")
_STEP_WORDS: Final = 8  # a section's name: "Hoạt động của lãnh đạo Chính phủ"
_HOME: Final = re.compile(r"^(?:Trang\s+chủ|Trang\s+nhất|Home(?:\s+page)?|Accueil|Inicio)$", re.I)
# (the Vietnamese home item only: an English line may open "Home Secretary …")
_HOME_FIRST: Final = re.compile(r"^(?:Trang\s+chủ|TRANG\s+CHỦ|Trang\s+nhất)\s")
_MENU_WORDS: Final = 5  # the home item and a few sections
_NUMBER_ROW: Final = re.compile(r"^(?:Số|No\.?|Ref\.?)\s*:?\s*\S+", re.IGNORECASE)
# A letterhead set in two columns and flattened to text (an OCR'd scan, a pasted Word page):
# its cells on one line, a wide gap between them.
_CELL_GAP: Final = re.compile(r"\s{3,}|\t")
# A received stamp's or a form's field under the letterhead, "ĐẾN Số: 4418", "Chuyển: P.KTN":
# a label and a short value, no headline.
_STAMP_FIELD: Final = re.compile(r"^[^\W\d_][\w.]*(?:\s[\w.]+){0,2}\s*:\s*\S+(?:\s\S+)?$")
_LOOK: Final = 10
_ROW_WORDS: Final = 12  # a dated line this short is a dateline row, not a headline
_MIN_WORDS: Final = 3
_MAX_WORDS: Final = 40
_KIND_WORDS: Final = 3  # a kind line in capitals this short names no subject ("BÁO CÁO")
# "Ảnh: X", "Video: X", "Infographic: X": a genre label of one or two words and a colon.
_LABEL: Final = re.compile(r"^[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?\s*:\s+")


def _motto(line: str) -> bool:
    """The state's name or motto on a Vietnamese administrative letterhead (Decree 30/2020)."""
    return letterhead(line) == "national motto"


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def is_breadcrumb(line: str) -> bool:
    """ "Trang chủ > Thế giới" → True: a path from the site's home, two steps or more; or
    a path between arrows without the home ("Thời sự > Hoạt động của Chính phủ", "News »
    World"): section names, each short, none a figure or a sentence — a headline writes no
    arrow between its words."""
    bare = " ".join(line.split())
    steps = _CRUMB_SEP.split(bare)
    if len(steps) >= 2 and _HOME.match(steps[0].strip()):
        return True
    arrowed = [step.strip() for step in _ARROW.split(bare)]
    return len(arrowed) >= 2 and all(
        1 <= len(step.split()) <= _STEP_WORDS and not re.search(r"\d|[!?:;]|[.,]$", step)
        for step in arrowed
    )


def flat_menu(line: str) -> bool:
    """ "Trang chủ Chính trị Kinh tế Xã hội Thể thao": a site's menu copied without its gaps,
    opening on the home item; names of sections, no figure, comma or stop — a headline
    never opens on the word for the site's home page."""
    words = line.split()
    opening = _HOME_FIRST.match(line)
    return (
        opening is not None
        and len(words) >= _MENU_WORDS
        and not re.search(r"\d|[,;:!?.]", line)
        and line[opening.end() :].lstrip()[:1].isupper()
    )


def _headline_after(lines: list[str], at: int, *, skip_caps_kind: bool) -> str:
    for index, line in enumerate(lines[at + 1 : at + 1 + _LOOK], start=at + 1):
        words = len(line.split())
        if _motto(line) or _NUMBER_ROW.match(line) or is_breadcrumb(line):
            continue
        if skip_caps_kind and _STAMP_FIELD.match(line):
            continue
        if words <= _ROW_WORDS and find_dates(line) and not line.isupper():
            continue  # ("Dakar, ngày 30 tháng 10 năm 2026", "Thứ Hai, 21/09/2026")
        if skip_caps_kind and line.isupper() and words <= _KIND_WORDS:
            following = lines[index + 1 : index + 2]
            return following[0] if following else ""
        if words < _MIN_WORDS or line.endswith((".", ":", ";")) or words > _MAX_WORDS:
            if skip_caps_kind:
                continue  # (a letterhead's unit note or mark)
            return ""
        return line
    return ""


def past_head_line(text: str, title: str) -> str:
    """The headline under ``title`` when ``title`` is a breadcrumb or a letterhead line;
    else ``title`` (also when no headline is found under it)."""
    bare = " ".join(title.split())
    crumb = is_breadcrumb(bare) or flat_breadcrumb(bare, text) or flat_menu(bare)
    on_letterhead = _motto(bare)
    if not (crumb or on_letterhead):
        return title
    if crumb and not (is_breadcrumb(bare) or flat_breadcrumb(bare, text)):
        # (a flat menu: the headline a pasted page's reading finds under it, a section's
        # label under the menu aside, else the first headline-shaped line under it)
        found = pasted_headline(text, title)
        if found:
            return found
    lines = _lines(text)
    if bare not in lines and on_letterhead:
        # (the motto as one cell of a two-column letterhead row: that row is where it stands)
        rows = [line for line in text.split("\n") if line.strip()]
        cells = [[" ".join(c.split()) for c in _CELL_GAP.split(row.strip())] for row in rows]
        lines = [bare if bare in row else line for row, line in zip(cells, lines, strict=True)]
    if bare not in lines:
        return title
    at = lines.index(bare)
    if on_letterhead:  # (from the letterhead's last row: its headline is below them all)
        at = max(i for i, line in enumerate(lines[: at + _LOOK]) if _motto(line))
    return _headline_after(lines, at, skip_caps_kind=on_letterhead) or title


def label_dropped(headline: str, social: str) -> bool:
    """True when ``social`` is ``headline`` without the genre label opening it ("Ảnh: X" and
    "X"): the page prints the label, so the headline as printed is the title."""
    label = _LABEL.match(headline)
    if not label or not social:
        return False
    return headline[label.end() :].strip().casefold() == social.strip().casefold()


__all__ = ["flat_menu", "is_breadcrumb", "label_dropped", "past_head_line"]
