"""A printed page holding several stories: the ones after the article's own (pure).

An e-paper page, a print edition's PDF or its text holds the article under the title and,
below it, the page's other local stories. On paper a new story announces itself: a headline
line set large and a lead that opens as a story opens — on its dateline
("Sáng 15/10, …", "Ngày 14/10, …", "HANOI – …", "(TTXVN) - …", "On Monday, …"), or under a
"Place: headline" brief ("Hoa Lư: Ra quân …"). A section heading inside an article may
look so once, hardly twice. So on a page with two story heads or more after the title, the article
ends at the first: what follows is other stories (their headlines and paragraphs), none of
the article's text.

This module owns that split (:func:`mark_other_stories`).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.storylists import mark_story_lists

_B: Final = r"[^\S\n]"
_CAP: Final = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_HEADLINE_WORDS: Final = 20
_MIN_STORIES: Final = 2  # one such head can be the article's own section; two are a page
_MONTHS: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAYS: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A story's opening dateline.
_DATELINE: Final = re.compile(
    # "Sáng 15/10, …", "Ngày 14/10, …", "Chiều qua (14/10), …", "Hôm nay 3-9, …"
    rf"^(?:Sáng|Chiều|Trưa|Tối|Đêm|Ngày|Hôm{_B}+nay|Hôm{_B}+qua|Rạng{_B}+sáng)"
    rf"(?:{_B}+(?:nay|qua|mai))?{_B}*\(?\d{{1,2}}[/-]\d{{1,2}}\b"
    # "(TTXVN) - …", "(VOV) – …"
    rf"|^\([{_CAP}][\w.]*\){_B}*[-–—]"
    # "HÀ NỘI – …", "ACCRA, Oct. 14 — …", "LUANDA (Reuters) - …"
    rf"|^[{_CAP}][{_CAP}'’.-]+(?:{_B}+[{_CAP}][{_CAP}'’.-]+){{0,3}}"
    rf"(?:,{_B}*{_MONTHS}{_B}*\d{{1,2}}|{_B}*\([^)]{{2,30}}\))?{_B}*[-–—]{_B}"
    # "On Monday, …", "On 14 October, …", "On Oct. 14, …"
    rf"|^On{_B}+(?:{_WEEKDAYS}|\d{{1,2}}{_B}+{_MONTHS}|{_MONTHS}{_B}+\d{{1,2}})\b"
)
# "Hoa Lư: Ra quân …": a place of one to four capitalised words, a colon, the headline.
_PLACE_HEADLINE: Final = re.compile(
    rf"^[{_CAP}][\w'’.-]*(?:{_B}+[{_CAP}][\w'’.-]*){{0,3}}{_B}*:{_B}+[{_CAP}\d]"
)


def _headline_shaped(text: str) -> bool:
    return (
        0 < len(text.split()) <= _HEADLINE_WORDS
        and not re.search(r"[.;,]['\"”’)]?$", text)
        and any(c.isalpha() for c in text)
    )


def _story_head(lines: list[Line], at: int) -> bool:
    """Whether ``lines[at]`` is the headline of a story of its own (see the module)."""
    line = lines[at]
    # (a headline's size, on a page that prints one: a line in capitals is as often a
    # report's section heading, "I. TÌNH HÌNH CHUNG", over its dated first paragraph)
    if not _headline_shaped(line.text) or not line.large:
        return False
    if _PLACE_HEADLINE.match(line.text):
        return True
    # (its lead: the next line, past a byline of its own)
    after = [ln for ln in lines[at + 1 : at + 3] if ln.reason != "byline"]
    return bool(after) and _DATELINE.match(after[0].text) is not None


def mark_other_stories(lines: list[Line]) -> None:
    """Mark the stories after the article's own on a page that holds several."""
    mark_story_lists(lines)  # (a pasted page's listed stories: headline over its day)
    title = next((i for i, line in enumerate(lines) if line.reason == "title"), None)
    if title is None:
        return
    starts = [i for i in range(title + 1, len(lines)) if _story_head(lines, i)]
    if len(starts) < _MIN_STORIES:
        return
    for line in lines[starts[0] :]:
        if line.kept:
            line.reason = "other story"


__all__ = ["mark_other_stories"]
