"""What a page's own frame says about a story posted inside it: a forum thread reposting an
article, a post on a professional network, a draft under its editor's header notes.

Owns: a thread's subject ("Chủ đề: [Tin] X", "Subject: X") and the reposted headline it
begins; the source line closing a repost ("Nguồn: Outlet, 12/11/2026") that dates the
article, not the day it was reposted; a writer's bare name under a reposted headline; a
network post's author (the name before its connection degree, "Name • 2nd") and its place
dateline ("(City, 14/10/2026) …"); a draft's header notes ("Người viết: …", "Ngày viết: …",
"Dự kiến đăng: …"), which are neither its headline nor its day of events.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.pageauthor import is_person

_SUBJECT: Final = re.compile(
    r"^(?:Chủ\s+đề|Tiêu\s+đề|Subject|Topic|Thread|Re)\s*:\s*(?:\[[^\]]{1,20}\]\s*)?(?P<s>\S.*)$",
    re.IGNORECASE,
)
_HEAD_LINES: Final = 12  # where a thread's subject or a post's header sits
_SCAN_LINES: Final = 40  # where the reposted headline follows the poster's note
_SOURCE_DAY: Final = re.compile(
    r"^(?:Nguồn|Source|Theo)\s*:?\s*[^,\n]{2,80},\s*(?:ngày\s+)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*\.?$",
    re.IGNORECASE,
)
# "Name • 2nd", "Name • Bạn bè cấp 2", "Name • Kết nối cấp 1": a network's degree of contact.
_DEGREE: Final = re.compile(
    r"^(?P<name>[^•\n]{4,60}?)\s*•\s*(?:\d(?:st|nd|rd|th)\+?|(?:Bạn\s+bè|Kết\s+nối)?\s*cấp\s*\d\+?)\s*$",
    re.IGNORECASE,
)
_FOLLOW: Final = re.compile(r"^\+?\s*(?:Theo\s+dõi|Follow|Kết\s+nối|Connect)\s*$", re.IGNORECASE)
_DATELINE: Final = re.compile(
    r"^\((?:[^()\d,]{2,40}),\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)\s"
)
# A header note's label: a short phrase before a colon ("Ngày viết", "Người viết").
_NOTE: Final = re.compile(r"^(?P<label>[^:\d]{2,30}?)\s*:\s*\S")
_LABEL_WORDS: Final = (2, 4)
_NOTE_DAY: Final = re.compile(
    r"^(?:Ngày\s+(?:viết|soạn)|Date\s+(?:written|drafted))\s*:\s*"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*$",
    re.IGNORECASE,
)
_NOTES_MIN: Final = 2  # a header of notes: two "Label: value" lines or more


def _iso(m: re.Match[str]) -> str:
    return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"


def _lines(text: str, count: int) -> list[str]:
    return [ln.strip() for ln in text.splitlines()[:count] if ln.strip()]


def thread_subject(text: str) -> str:
    """A forum thread's subject as its head gives it, its tag aside ("" when no thread)."""
    for line in _lines(text, _HEAD_LINES):
        m = _SUBJECT.match(line)
        if m:
            return m["s"].strip()
    return ""


def thread_headline(text: str) -> str:
    """The reposted article's headline: the line under the thread's head that its subject
    begins ("Chủ đề: X" over "X, and more"), else the subject itself ("" when no thread)."""
    subject = thread_subject(text)
    if not subject:
        return ""
    for line in _lines(text, _SCAN_LINES):
        if line != subject and line.startswith(subject) and not _SUBJECT.match(line):
            return line
    return subject


def headline_writer(text: str, title: str) -> str:
    """A bare name alone on the line under a reposted headline: its writer."""
    lines = _lines(text, _SCAN_LINES)
    for i, line in enumerate(lines[:-1]):
        if line == title:
            return lines[i + 1] if is_person(lines[i + 1]) else ""
    return ""


def source_day(text: str) -> str:
    """The day a repost's closing source line gives ("Nguồn: Outlet, 12/11/2026")."""
    for line in reversed(text.splitlines()):
        m = _SOURCE_DAY.match(line.strip())
        if m:
            return _iso(m)
    return ""


def network_poster(text: str) -> str:
    """The author of a network post: the name before its degree of contact on the head's
    first line, when the head also offers to follow them ("" otherwise)."""
    head = _lines(text, _HEAD_LINES // 2)
    m = _DEGREE.match(head[0]) if head else None
    if m is None or not any(_FOLLOW.match(ln) for ln in head):
        return ""
    return m["name"].strip()


def post_dateline(text: str) -> str:
    """The day a post's opening place dateline gives: "(Mexico City, 14/10/2026) …"."""
    for line in _lines(text, _SCAN_LINES):
        m = _DATELINE.match(line)
        if m:
            return _iso(m)
    return ""


def _is_note(line: str) -> bool:
    """A header note's line: its label a capitalised phrase of two to four words, the rest
    in lower case ("Dự kiến đăng: …"; not a headline's "Cameroon: …", "Đại sứ Hy Lạp: …")."""
    m = _NOTE.match(line)
    words = m["label"].split() if m else []
    return (
        _LABEL_WORDS[0] <= len(words) <= _LABEL_WORDS[1]
        and words[0][:1].isupper()
        and all(w.isalpha() and w[:1].islower() for w in words[1:])
    )


def _head_notes(text: str) -> list[str]:
    """The run of "Label: value" lines a draft opens with (a kind line above them aside)."""
    notes: list[str] = []
    for line in _lines(text, _HEAD_LINES):
        if _is_note(line):
            notes.append(line)
        elif notes:
            break
    return notes if len(notes) >= _NOTES_MIN else []


def draft_notes(text: str) -> list[str]:
    """The "Label: value" notes a draft opens with ([] when it opens on none)."""
    return _head_notes(text)


def past_head_notes(text: str, title: str) -> str:
    """A title taken from a draft's header notes ("Dự kiến đăng: …"): the first line under
    them ("" when the title is no such note)."""
    notes = _head_notes(text)
    if title not in notes:
        return ""
    lines = _lines(text, _SCAN_LINES)
    after = lines.index(notes[-1]) + 1
    return lines[after] if after < len(lines) else ""


def note_day(text: str) -> str:
    """The day a draft's header notes date it ("Ngày viết: 18/5/2026")."""
    for line in _head_notes(text):
        m = _NOTE_DAY.match(line)
        if m:
            return _iso(m)
    return ""


# A page's tool whose label a byline reader may take for a name: "Download PDF", "Tải về".
_TOOL: Final = re.compile(
    r"^(?:Download|Print|Share|Save|Email|Tải(?:\s+về|\s+xuống)?|In\s+bài|Chia\s+sẻ|Lưu)\b",
    re.IGNORECASE,
)


def network_name(text: str) -> str:
    """The network a post was saved from, by its head's shape: a name with its degree of
    contact ("• 2nd") and an offer to follow is how LinkedIn heads a post ("" otherwise)."""
    return "LinkedIn" if network_poster(text) else ""


def framed_day(text: str, day: str) -> str:
    """The day a frame gives over ``day`` (the day the text's own readers found): a draft's
    header note; a repost's source line (the article's day, not the repost's); a network
    post's dateline when only a year was found."""
    if note_day(text):
        return note_day(text)
    if thread_subject(text) and source_day(text):
        return source_day(text)
    if len(day) < len("2025-01-01"):
        return post_dateline(text) or day
    return day


def framed_author(text: str, title: str, author: str) -> str:
    """``author`` unless it is a page tool's label; else a network post's poster, or the
    bare name under a reposted headline."""
    if _TOOL.match(author):
        author = ""
    if author:
        return author
    poster = network_poster(text)
    if poster:
        return poster
    return headline_writer(text, title) if thread_subject(text) else ""
