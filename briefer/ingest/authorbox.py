"""A box's "Authors" label taken for the writer, and the names the box lists under it (pure).

A policy brief or a report prints its writers in a side box: a heading "TÁC GIẢ" / "AUTHORS"
over their names, each with its degree ("TS. Name", "ThS. Name", "Dr Name"), and often the
team they belong to last. A byline reader meeting the heading takes the label for a name;
the writers are the persons listed under it, without their degrees and without the team.

This module owns :func:`box_writers`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.fold import fold

_LABELS: Final = frozenset(
    {"tac gia", "nhom tac gia", "nguoi viet", "author", "authors", "writer", "writers"}
)
# A degree or rank written before a name: "TS.", "ThS.", "PGS.TS.", "Dr", "Prof."
_DEGREE: Final = re.compile(
    r"(?:^|\s)(?:(?:GS|PGS|TS|ThS|CN|KS|NCS|TSKH)\.\s*)+|(?:^|\s)(?:Dr|Prof|Assoc\.\s*Prof)\.?\s+"
)
# A unit's word: the team the box names after its writers is no writer.
_UNIT: Final = re.compile(
    r"\s+(?:Nhóm|Ban|Phòng|Viện|Trung\s+tâm|Team|Group|Unit|Department|Institute"
    r"|Centre|Center|Programme|Program)\b.*$"
)
_MAX_NAME_WORDS: Final = 5
_NEXT_LINES: Final = 3


def _is_label(name: str) -> bool:
    return fold(name.strip(" :")).lower() in _LABELS


def _persons(line: str) -> list[str]:
    parts = [p.strip(" ,;") for p in _DEGREE.split(line)]
    if len(parts) < 2:  # (no degree: no sure list of persons)
        return []
    names = [_UNIT.sub("", p).strip(" ,;") for p in parts[1:]]
    ok = all(
        n and len(n.split()) <= _MAX_NAME_WORDS and all(w[:1].isupper() for w in n.split())
        for n in names
    )
    return names if ok else []


def box_writers(author: str, text: str) -> str:
    """The persons a box lists under the label the byline reader took, or under a box's
    label when it took no writer at all ("" when the author is another name or no box lists
    them): "TÁC GIẢ / TS. A ThS. B Nhóm X" → "A, B". (A PDF's reflow may give the label and
    the names each on its own line, and the byline reader then meets no name to take.)"""
    if author and not _is_label(author):
        return ""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        if not _is_label(line):
            continue
        below = [x for x in lines[i + 1 :] if x][:_NEXT_LINES]
        names = [n for x in below for n in _persons(x)]
        if names:
            return ", ".join(names)
    return ""


__all__ = ["box_writers"]
