"""The headline a pasted page's lead retells, over a title whose words the article never uses.

A page copied as text keeps its menu rows as lines of running names ("Thời sự Thế giới Kinh
doanh Bất động sản …", "Chính sách mới Chỉ đạo quyết định của Chính phủ, Thủ tướng …"), and
their shape alone does not part them from a headline of titles and names ("Chủ tịch Quốc hội
tiếp Chủ tịch Thượng viện …"). What does part them is the article under them: a headline
names its story, and the lead tells that story again in its own sentences, with the same
people, places and acts; a menu's section names come back in no paragraph. So when the title
chosen shares few of its words with the article's first paragraphs, and a line above them,
set as a title (no closing stop, a title's length, no date), shares nearly all of its words
with them, that line is the headline (:func:`retold_headline`). A title the lead retells
stays, whatever else the page's head holds.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from briefer.ingest.pastedheadline import JOINERS, head_lines, plain

_LEADS: Final = 5  # the article's first paragraphs: the lead and those under it that go on
_LEAD_WORDS: Final = 12  # a paragraph, not a caption or a label
_MIN_WORDS, _MAX_WORDS = 5, 32  # a headline's length
_TITLE_TOLD: Final = 0.4  # at most this share of the title's words told: not the story's
_LINE_TOLD: Final = 0.5  # at least this share of the line's words told: the story's headline
_MARGIN: Final = 0.3  # and told so much more than the title (a syllable as common as "của" is)
_NAMES: Final = 6  # capitalised words of a row of section names ("Thời sự … Văn hóa")
_WORD: Final = re.compile(r"[^\W_]+")
_STOP: Final = re.compile(r"[.!?;,:…]['\"”’)]*$")


def word_pairs(line: str) -> set[tuple[str, str]]:
    """The line's words two by two: a syllable as common as "của" or "chính" is told in any
    text, a pair of them that runs across two menu items ("Thủ tướng Hoạt động") in none."""
    words = [w.casefold() for w in _WORD.findall(line)]
    return set(itertools.pairwise(words))


def paragraph(line: str) -> bool:
    return len(line.split()) >= _LEAD_WORDS and bool(_STOP.search(line))


def _titled(line: str) -> bool:
    """Set as a title: a headline's length, no closing stop (a caption's, its credit aside),
    no second sentence, no day or clock of a date bar, not a masthead in capitals."""
    return (
        _MIN_WORDS <= len(line.split()) <= _MAX_WORDS
        and not _STOP.search(line)
        and plain(line)
        and not line.isupper()
    )


def running_names(line: str) -> bool:
    """Names that run on in lower case, as a Vietnamese menu's do ("Thời sự Kinh doanh …"):
    six capitals at least and a word in lower case that joins nothing. A headline with fewer
    names ("X, Y set $4B trade target") or in title case ("X and Y Agree to Expand Trade"),
    which a lead retells loosely, stays: the lines under it are its deck and a caption."""
    words = line.split()
    lower = [w for w in words if w[:1].islower() and w.casefold() not in JOINERS]
    return sum(w[:1].isupper() for w in words) >= _NAMES and bool(lower)


def told(line: str, lead: set[tuple[str, str]]) -> float:
    words = word_pairs(line)
    return len(words & lead) / len(words) if words else 0.0


def retold_headline(text: str, title: str) -> str:
    """The line over the article's first paragraphs that they retell, when the chosen
    ``title`` is a line of the page they do not; "" keeps the title."""
    lines = head_lines(text)
    wanted = " ".join(title.split())
    if wanted not in lines:
        return ""  # (a title the other rules composed or read elsewhere: theirs)
    leads = [i for i, line in enumerate(lines) if paragraph(line)][:_LEADS]
    if not leads:
        return ""
    lead: set[tuple[str, str]] = set().union(*(word_pairs(lines[i]) for i in leads))
    least = told(wanted, lead)
    # (a masthead in capitals over the menu, "BÁO X CƠ QUAN CỦA Y", is told by no lead either)
    if least > _TITLE_TOLD or not (running_names(wanted) or wanted.isupper()):
        return ""
    retold = [
        (told(line, lead), line)
        # (under the title: the menu is set over the headline, the masthead over the menu)
        for line in lines[lines.index(wanted) + 1 : leads[0]]
        if _titled(line) and told(line, lead) >= max(_LINE_TOLD, least + _MARGIN)
    ]
    return max(retold)[1] if retold else ""


__all__ = ["paragraph", "retold_headline", "running_names", "told", "word_pairs"]
