"""A writer's note at the foot of a pasted page: the author box left as bare lines (pure).

An op-ed or a magazine piece closes with a box about its writer: the name, then a sentence
saying who the writer is ("The author is …", "Name is a Hanoi-based journalist covering …",
"Name is Jakarta correspondent at …", a post held with no article before it,
"Name has served as … since …", "Tác giả là …"). In HTML the box has its tag; pasted, only
its lines are left, under the article's last paragraph. The sentence's shape says it
whatever the outlet: it describes the writer as a person of a trade, never reports news.
Only lines with nothing of the article under them are taken (a profile in the text says
"… is a journalist" too).

This module owns :func:`mark_writer_bios`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Line
from briefer.ingest.rxparts import CAPITAL

_NAME: Final = rf"[{CAPITAL}][\w'’.-]*(?:\s[{CAPITAL}][\w'’.-]*){{1,3}}"
_TRADE: Final = (
    r"(?:journalist|correspondent|reporter|writer|editor|columnist|analyst|researcher|fellow"
    r"|lecturer|professor|contributor|economist|freelancer|commentator|nhà\s+báo|phóng\s+viên)"
)
# "The author is …", "Tác giả là …", "Name is a Hanoi-based journalist covering …"; a post
# held with no article before it only in its own shape, "Name is East Africa correspondent
# for the Daily Record" (a place or desk, the trade, and whom it is held for) — "Name was
# Vietnam's first trade correspondent in Santiago and signed …" is the article's.
_BIO: Final = re.compile(
    rf"^(?:The\s+(?:authors?|writers?)\s+(?:is|are)\s|Tác\s+giả\s+(?:hiện\s+)?là\s"
    rf"|(?P<name>{_NAME})\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}{_TRADE}\b"
    rf"|(?P<post>is\s+(?:[{CAPITAL}][\w-]*\s+){{1,2}}{_TRADE}\s+(?:for|at|with)\s+"
    rf"(?:the\s+)?[{CAPITAL}])"
    rf"|has\s+(?:served|been\s+serving)\s+as\s))"
)
_BIO_WORDS: Final = 30  # a post's sentence, not a paragraph of the article
_NAME_LINE: Final = re.compile(rf"^{_NAME}$")
_PROSE_WORDS: Final = 12


def _bio_match(text: str) -> re.Match[str] | None:
    match = _BIO.match(text.strip())
    if match is not None and match.group("post") and len(text.split()) > _BIO_WORDS:
        return None
    return match


def mark_writer_bios(lines: list[Line]) -> None:
    """Mark the author box under the article: the writer's sentence and the name over it."""
    kept = [i for i, line in enumerate(lines) if line.kept]
    for n, index in enumerate(kept):
        match = _bio_match(lines[index].text)
        if match is None or any(_prose(lines[k].text) for k in kept[n + 1 :] if not _bio(lines[k])):
            continue
        lines[index].reason = "author box"
        above = lines[kept[n - 1]] if n else None
        named = match.group("name")
        # (the box's name over its sentence: the same name, or any name over "The author is")
        if (
            above is not None
            and _NAME_LINE.match(above.text.strip())
            and (named is None or above.text.strip() == named)
        ):
            above.reason = "author box"


def _bio(line: Line) -> bool:
    return line.reason == "author box" or _bio_match(line.text) is not None


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith((".", "!", "?", "…"))


__all__ = ["mark_writer_bios"]
