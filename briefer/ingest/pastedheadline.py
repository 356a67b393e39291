"""The headline of a web page pasted as text, read from its lines alone.

A browser copy of a page keeps no tags: the site's top bar (today's date, the weather, "Log
in"), its masthead and tagline, its menu rows, the section name, a subscription ask and the
picture's caption all come as lines like the headline. What tells the headline is what a
headline IS on any page: a clause set as a title (a few words, no closing stop, not one
sentence ended and another begun), that is not a row of short capitalised section names nor
a date bar, and that is followed at once (past a deck, a byline or a share bar) by the
article's dateline or byline, or by its lead. This module owns that reading; it only replaces
a title the other rules chose when that title fails the same test (a menu row, a site name
over the menu, a caption, a section word), so a document whose own head was read stays.
"""

from __future__ import annotations

import itertools
import re

from briefer.ingest.datedlinks import dated_link
from briefer.ingest.rxparts import WEEKDAY
from briefer.text.ymd import MONTH_EN_RX

# How far down a pasted page its headline may sit (top bar, masthead, menus, section, ask).
_LOOK = 60
# Lines between a headline and its dateline or lead: a deck, a kicker, a byline, a share bar.
GAP = 4
_MIN_WORDS, _MAX_WORDS, _MAX_CHARS = 5, 32, 220
# A title the other rules chose may be this short ("Travel advice: X"); a section word is not.
_SHORTEST = 4
# Names of a row in mixed case: "Chính trị Thế giới Kinh tế Xã hội" (three may be a clause).
_MIXED_NAMES = 4
# Names of a menu row read as the site's menu even with the dateline under it.
_MENU_NAMES = 6
# Short names set one a line that make a menu.
_LIST = 3
# A standfirst under a headline runs longer than a headline of a list does.
_DECK_WORDS = 14
# A line in capitals shorter than this is a masthead or a section, not a headline in capitals.
_CAPS_WORDS = 8
# A lead: a full sentence of some length.
_LEAD_WORDS = 12

_MONTHS = MONTH_EN_RX
# A day as datelines and top bars write it: 14/11/2025, 2025-11-14, Nov 14, 2025, 14 Nov 2025.
_DAY = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}\s+tháng\s+\d{{1,2}},?\s+năm\s+\d{{4}}\b",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*giờ\s*\d{1,2}\b", re.I)
_WEEKDAY = re.compile(rf"^{WEEKDAY}", re.I)
# A byline on its own: "By Name", "Bởi Name", "Tác giả: Name".
_BYLINE = re.compile(r"^(?:by|bởi|tác giả:?|posted by|written by)\s+\S", re.I)
# One sentence ended and another begun inside the line: a caption, an ask, a lead.
_SENTENCE_BREAK = re.compile(r"[^\W_]{2,}[.!?]\)?\s+[\"“(]?[^\W\d_]", re.U)
# A credit closing a caption: "… in Hanoi. (Kyodo)", "… province. KT/Name".
_CREDIT = re.compile(r"\s*\([^()]*\)$")
# A link to another article: ">> X", "Read more: X", "Xem thêm: X", "Published by: X".
_LINK_PROMPT = re.compile(
    r"^(?:>>|»|(?:read|see|also|more|related|published|đọc|xem|tin)\b[^:]{0,20}:"
    # (an invitation: "Subscribe to X on Telegram", "Support X Become a member", "Chia sẻ")
    r"|(?:subscribe|download|follow|sign\s+up|join|support|become|donate|share|đăng\s+ký|tải"
    r"|theo\s+dõi|ủng\s+hộ|chia\s+sẻ)\b)",
    re.I,
)
_END_STOP = re.compile(r"[.;,]$")
# Row separators of a menu or a breadcrumb written out: "A :: B", "A | B", "A › B", "A > B".
_SEPARATORS = re.compile(r"\s+(?:::|\||·|›|»|>|/|-|–|•)\s+")
# Words that join a clause: a row of section names has none of them in lower case.
_JOINERS = frozenset(
    (
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "be",
        "has",
        "have",
        "will",
        "và",
        "của",
        "với",
        "tại",
        "cho",
        "trong",
        "về",
        "từ",
        "là",
        "có",
        "được",
        "đã",
        "sẽ",
        "để",
        "khi",
        "các",
        "những",
        "một",
        "đến",
        "theo",
        "trên",
        "vào",
        "ra",
        "sang",
    )
)


def head_lines(text: str) -> list[str]:
    """A pasted page's lines that hold words, their spaces folded, down to where its headline
    may sit."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return [line for line in lines if line][:_LOOK]


def _words(line: str) -> list[str]:
    # (a dash or a bar between two names is no word of the line)
    return [w for w in line.split() if any(c.isalnum() for c in w)]


def _capitalised(word: str) -> bool:
    letters = word.lstrip("\"'“‘(")
    return bool(letters) and letters[0].isupper()


def menu_row(line: str) -> bool:
    """A row of section names: "Politics Economy Society Sport", "Trang chủ Thời sự Kinh tế",
    "Home :: News :: Contact". Each name opens with a capital and runs a word or three; no
    word joins them into a clause and no comma, colon or figure is read."""
    parts = [p for p in _SEPARATORS.split(line) if p]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
        return True  # (names parted by a written separator)
    words = _words(line)
    if len(words) < 3 or re.search(r"[,:;!?\"“”$%€£]", line):
        return False
    if line.isupper():
        return False  # (in capitals every word opens with one: no names to part)
    if any(w in _JOINERS for w in words):
        return False
    names: list[list[str]] = []  # (each name's words)
    for word in words:
        if _capitalised(word) or not names:
            names.append([word])
        else:
            names[-1].append(word)
    # (an acronym going on in lower case, "UBND tỉnh tiếp", is a clause's subject)
    if any(len(n) > 1 and n[0].isupper() and len(n[0]) > 1 for n in names):
        return False
    # (names of two words run on: three make a row unless two capitals touch, as a place's
    # name does in a clause, "cầu Bến Sỏi mới"; then a row needs more of them)
    touching = any(_capitalised(a) and _capitalised(b) for a, b in itertools.pairwise(words))
    mixed = any(len(n) > 1 for n in names) and touching
    return len(names) >= (_MIXED_NAMES if mixed else 3) and max(map(len, names)) <= 3


def dated_line(line: str) -> bool:
    """A dateline, a byline with its day, a top bar: a written day or a clock time."""
    return bool(_DAY.search(line) or _CLOCK.search(line))


def date_bar(line: str) -> bool:
    """A top bar or a dateline: it opens with a weekday or a day, or it tells the time (a
    headline may name a day inside it: "Briefing (December 04, 2025)")."""
    opening = _DAY.match(line)
    return bool(_WEEKDAY.match(line) or opening or _CLOCK.search(line))


def headline_shaped(line: str, least: int = _MIN_WORDS) -> bool:
    """A clause set as a title: a few words, no closing stop, one sentence at most, no day
    nor clock (a date bar), not a row of section names."""
    words = _words(line)
    if not least <= len(words) <= _MAX_WORDS or len(line) > _MAX_CHARS:
        return False
    if _END_STOP.search(_CREDIT.sub("", line)) or _SENTENCE_BREAK.search(line) or date_bar(line):
        return False
    if _LINK_PROMPT.match(line) or _BYLINE.match(line) or "@" in line:
        return False  # (a link, an invitation, a byline or its address)
    # ("Last updated: 4 February 2026", "Ngày đăng: 14/11/2025": a day and its label)
    if len(_words(_DAY.sub("", line))) <= _SHORTEST and _DAY.search(line):
        return False
    # (a headline in capitals is a long one; a short line in capitals is a masthead)
    if line.isupper() and len(words) < _CAPS_WORDS:
        return False
    # ("Kinh tế vĩ mô - Đầu tư", "World › Asia": a section's path, its names short)
    parts = [p for p in _SEPARATORS.split(line) if p]
    if len(parts) >= 2 and all(len(_words(p)) <= 4 for p in parts):
        return False
    return not menu_row(line)


def _lead(line: str) -> bool:
    words = _words(line)
    return len(words) >= _LEAD_WORDS and (line.rstrip("”\"')").endswith((".", "!", "?", "…")))


def _opens_article(lines: list[str], index: int) -> bool:
    """The line is followed, past a deck, a byline or a share bar, by the article's dateline,
    a byline or its lead."""
    for at, below in enumerate(lines[index + 1 : index + 1 + GAP]):
        if dated_line(below) or _BYLINE.match(below) or _lead(below):
            return True
        if at == 0 and site_menu(below):
            # (the site's menu right under it: the masthead's name or tagline over the menu;
            # further down, a row of capitalised words is as often a byline)
            return False
    return False


def site_menu(line: str) -> bool:
    """A row of section names that no writer's name reads as: a name runs on in lower case
    ("Doanh nghiệp Kinh tế Bất động sản"), or five names or more; "Nguyễn Thu Hà", "Muscat
    Daily Bureau" under a headline are its byline."""
    words = _words(line)
    lower = any(not _capitalised(w) for w in words)
    return menu_row(line) and (lower or len(words) >= _MIN_WORDS)


def _headline_at(lines: list[str], index: int) -> bool:
    return headline_shaped(lines[index]) and _opens_article(lines, index)


def _deck(line: str, headline: str) -> bool:
    """A standfirst set under a headline: a longer clause than it."""
    words = len(_words(line))
    return words >= _DECK_WORDS and words > len(_words(headline))


def _listed_over(lines: list[str], index: int) -> bool:
    """A link of a "latest news" list set over the headline: the next line is shaped as a
    headline too and opens the article, and is no deck under this one."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return _headline_at(lines, index + 1) and not _deck(below, lines[index]) if below else False


def _candidates(lines: list[str]) -> list[int]:
    """The lines above the article's second full sentence (the first may be a cookie notice
    or a deck set over the headline): a headline stands above its lead."""
    leads = [i for i, line in enumerate(lines) if _lead(line)]
    end = leads[1] if len(leads) > 1 else len(lines)
    return list(range(end))


def _menu_between(lines: list[str], start: int, end: int) -> bool:
    """A menu sits between two lines: a row of section names, or three short names set one
    a line (a masthead and its tagline stand over the menu; the headline under it)."""
    between = lines[start + 1 : end]
    items = [ln for ln in between if len(_words(ln)) <= 2 and not re.search(r"[\d:]", ln)]
    return any(menu_row(ln) for ln in between) or len(items) >= _LIST


def _plain(line: str) -> bool:
    """No date bar, no sentence, no section word: a line that may be a title at all."""
    return not (
        date_bar(line)
        or _END_STOP.search(_CREDIT.sub("", line))
        or _SENTENCE_BREAK.search(line)
        or len(_words(line)) < _SHORTEST
    )


def _nav_echo(lines: list[str], at: int) -> bool:
    """The title at ``at`` is the site's navigation: a row of names (no word joins them into a
    clause) in which a menu item set alone on a line of the head comes back — the section path
    over the headline ("Thời sự Chính trị" under the menu's "Thời sự") or the menu row over
    the section the page is in ("HOME INVESTING BUSINESS …" over "Investing"). A headline
    names its story in a clause; a short one or one in capitals that only repeats the menu's
    names is the menu's."""
    title = lines[at]
    words = _words(title)
    if any(w.casefold() in _JOINERS for w in words) or re.search(r"[,:;!?\d]", title):
        return False
    if len(words) >= _MIN_WORDS and not title.isupper():
        return False  # (a title-case row of five names is menu_row's)
    return _echoes(lines, at)


def _echoes(lines: list[str], at: int) -> bool:
    """A name of the line at ``at`` comes back alone on a line of the head (of two words at
    most, four letters at least): the section the page is in, under the menu that names it."""
    words = _words(lines[at])
    folded = f" {' '.join(w.casefold() for w in words)} "
    items = {
        " ".join(w.casefold() for w in _words(line))
        for i, line in enumerate(lines)
        if i != at and 1 <= len(_words(line)) <= 2 and not re.search(r"[\d:|]", line)
    }
    return any(len(item) >= 4 and f" {item} " in folded for item in items)


_CRUMB_REST = 3  # a subsection's name after the section's: "Kinh tế" › "Kinh tế thế giới"


def _crumb(lines: list[str], at: int) -> bool:
    """The line at ``at`` is a section path run together: it opens on a menu item set alone
    on a line of the head, named again in the subsection's name or followed by another item,
    and what is left without it is a short name, no clause ("Kinh tế Kinh tế thế giới",
    "World World Asia"): no headline, whatever follows it."""
    words = [w.casefold() for w in _words(lines[at])]
    if re.search(r"[,:;!?\d]", lines[at]) or any(w in _JOINERS for w in words):
        return False
    items = {
        " ".join(w.casefold() for w in _words(line))
        for i, line in enumerate(lines)
        if i != at and 1 <= len(_words(line)) <= 2 and not re.search(r"[\d:|]", line)
    }
    folded = " ".join(words)
    for item in (it for it in items if len(it) >= 4 and folded.startswith(f"{it} ")):
        name = rf"(?<!\S){re.escape(item)}(?!\S)"
        rest = re.sub(name, " ", folded).split()
        # (the section named again to open its subsection's name, or a second menu item:
        # "Thế giới đón năm mới" under a menu's "Thế giới" is a headline)
        again = len(re.findall(name, folded)) >= 2 or " ".join(rest) in items
        if again and len(rest) <= _CRUMB_REST:
            return True
    return False


def pasted_headline(text: str, title: str) -> str:
    """The headline of a pasted page when the title chosen is no headline (a menu row, a
    date bar, the site's name or tagline over its menu, a section word, a caption, an ask):
    the first line shaped as a headline that opens the article. "" keeps the title."""
    lines = head_lines(text)
    wanted = " ".join(title.split())
    at = next((i for i, line in enumerate(lines) if line == wanted), -1)
    below = lines[at + 1] if 0 <= at < len(lines) - 1 else ""
    # (a menu row in mixed case whose section comes back alone under it, "Chính trị Thế giới
    # Kinh tế …" over "Chính trị": the menu, even with the page's dateline under it)
    # (the masthead over such a menu is no headline either: the headline is under the menu)
    menu = at >= 0 and _mixed_menu(wanted) and _echoes(lines, at)
    # (an item of a dated "latest news" list over the article is no headline either)
    nav = menu or (at >= 0 and (_nav_echo(lines, at) or dated_link(lines, at)))
    if (
        at >= 0
        and not nav
        and _plain(wanted)
        and below
        and (dated_line(below) or _BYLINE.match(below))
    ):
        return ""  # (a title its dateline follows at once, in capitals or title case alike)
    # (a short headline the other rules read stays: "Travel advice: X" over its dateline)
    shaped = headline_shaped(wanted, _SHORTEST) and not nav
    if at >= 0 and shaped and _opens_article(lines, at):
        return ""
    if at < 0 and shaped:
        return ""  # (a title the other rules composed or found elsewhere: theirs)
    # (a title shaped as a headline that opens no article is a masthead's name or tagline
    # when a menu parts it from the headline below; a caption, a section word or a menu row
    # may sit on either side of the headline)
    for i in _candidates(lines):
        if (i == at and nav) or (menu and i < at) or _crumb(lines, i) or dated_link(lines, i):
            continue
        if shaped and (i <= at or not _menu_between(lines, at, i)):
            continue
        if _headline_at(lines, i) and not _listed_over(lines, i):
            return lines[i]
        if menu and i > at and _dated_under(lines, i):
            return lines[i]
    return ""


def _mixed_menu(line: str) -> bool:
    """A row of six section names or more, some of which run on in lower case ("Thời sự Kinh
    tế Văn hóa Thể thao Pháp luật Video"): a headline in title case capitalises every word, a
    menu's names do not; a headline of a few names ("Thủ tướng tiếp Bộ trưởng X") has fewer."""
    words = _words(line)
    names = sum(_capitalised(w) for w in words)
    return menu_row(line) and names < len(words) and names >= _MENU_NAMES


def _dated_under(lines: list[str], index: int) -> bool:
    """Under the menu: a plain line of a headline's length that its dateline or byline follows
    at once (a headline naming people and places reads as a row of names by shape alone)."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        _plain(line)
        and len(_words(line)) >= _MIN_WORDS
        and not _echoes(lines, index)
        and bool(below)
        and (dated_line(below) or _BYLINE.match(below) is not None)
    )


JOINERS = _JOINERS  # (for the other readers of a pasted head)
plain = _plain

__all__ = [
    "GAP",
    "JOINERS",
    "date_bar",
    "dated_line",
    "head_lines",
    "headline_shaped",
    "menu_row",
    "pasted_headline",
    "plain",
    "site_menu",
]
