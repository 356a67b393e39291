"""A newsletter digest pasted as text (pure): its one story and the other items around it.

A digest sends several items in one mail: a contents list ("In this issue:" / "Trong số
này:" over "1. …", "2. …", "3. …"), then the items under numbered headings in the same
order ("1. NORTH MACEDONIA", "2. SERBIA", …), most a one-line summary with a link, one told
in full. The article Briefer imports is the item told in full; the contents list and the
other items are the digest's, as a page's related headlines are the page's.

What tells a digest from a report with numbered sections is its structure: a contents list
of three items or more whose numbers come again, in order, as the sections' headings, each
heading sharing a word with its contents line; one section holding paragraphs of prose, the
others no more than two. The numbered sections of a report carry no contents list above
them, or carry their own text each, and stay.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.reviewrubrics import mark_review_rubrics

_NUMBERED: Final = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<rest>\S.*)$")
_HEADING_WORDS: Final = 10
_MIN_ITEMS: Final = 3
_OTHER_PROSE: Final = 2  # prose paragraphs an item other than the story holds at most
_STORY_PROSE: Final = 3  # the story told in full holds at least this many
_WORD: Final = re.compile(r"\w{3,}")


def _heading(text: str) -> int:
    """The number of a short numbered heading ("2. SERBIA", "3. Albania – port"), else 0."""
    match = _NUMBERED.match(text.strip())
    if match is None or len(text.split()) > _HEADING_WORDS or text.rstrip().endswith("."):
        return 0
    return int(match["n"])


def _runs(lines: list[Line]) -> list[list[int]]:
    """Indices of numbered headings, in runs counting 1, 2, 3 … (a 1 starts a new run)."""
    runs: list[list[int]] = []
    for index, line in enumerate(lines):
        n = _heading(line.text)
        if n == 1:
            runs.append([index])
        elif n and runs and n == len(runs[-1]) + 1:
            runs[-1].append(index)
    return [run for run in runs if len(run) >= _MIN_ITEMS]


def _prose(line: Line) -> bool:
    return line.kept and len(line.text.split()) >= 12 and line.text.rstrip().endswith(".")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(_NUMBERED.sub(r"\g<rest>", text))}


def mark_digest(lines: list[Line]) -> None:
    """Mark a digest's contents list and its items other than the one told in full (and a
    press review's beat rubrics, ``reviewrubrics``)."""
    mark_review_rubrics(lines)
    runs = _runs(lines)
    if len(runs) < 2:
        return
    contents, sections = runs[-2], runs[-1]
    # (the contents list is a block of consecutive lines; the items say the same things)
    if len(contents) != len(sections) or contents[-1] - contents[0] != len(contents) - 1:
        return
    pairs = zip(contents, sections, strict=True)
    if not all(_words(lines[a].text) & _words(lines[b].text) for a, b in pairs):
        return
    ends = [*sections[1:], len(lines)]
    spans = list(zip(sections, ends, strict=True))
    prose = [sum(_prose(ln) for ln in lines[a + 1 : b]) for a, b in spans]
    story = max(range(len(prose)), key=prose.__getitem__)
    others = [p for k, p in enumerate(prose) if k != story]
    if prose[story] < _STORY_PROSE or max(others) > _OTHER_PROSE:
        return
    for index in contents:
        # (a line another rule took, the title among them, keeps its reason)
        lines[index].reason = lines[index].reason or "digest contents"
    for k, (start, end) in enumerate(spans):
        lines[start].reason = lines[start].reason or "digest section"
        if k == story:
            continue
        for line in lines[start + 1 : end]:
            if line.kept:
                line.reason = "digest item"


__all__ = ["mark_digest"]
