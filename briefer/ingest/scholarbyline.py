"""A paper's writer credited by degree over their affiliation (pure).

Owns the byline of a scholarly article as journals print it under the title: the writer's
degree and name on a line of their own ("TS. NGUYỄN VĂN A", "ThS. Trần Thị B", "Dr. Jane
Roe"), their institution on the next line ("Viện …", "Trường Đại học …", "Institute of …").
A degree and an affiliation mark a person beyond doubt, where a line in capitals of two
short parts may be a section's label ("NGHIÊN CỨU - TRAO ĐỔI") as well as two names: such a
byline names the writer over any other reading of the head. A footnote's mark after the name
pointing to the affiliation below ("NGUYỄN THU TRANG*" / "* Khoa X, Trường Y") marks it as a
degree does.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from briefer.ingest.rxparts import CAPITAL

_WORD: Final = rf"[{CAPITAL}][^\W\d_]*"
_DEGREE_NAME: Final = re.compile(
    r"^(?P<degree>(?:(?:GS|PGS|TS|ThS|NCS|Dr|Prof)\.\s*)*)"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,4}})(?P<mark>\*{{1,2}})?$"
)
_AFFILIATION: Final = re.compile(
    r"^(?:Viện|Trường|Đại\s+học|Học\s+viện|Khoa|Bộ\s+môn|Trung\s+tâm|Phân\s+viện"
    r"|Institute|University|Faculty|School|Academy|Department|Centre|Center|College)\s+\S",
    re.IGNORECASE,
)
_HEAD_LINES: Final = 25


def _cased(name: str) -> str:
    if not name.isupper():
        return name
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def scholar_writer(text: str) -> str:
    """The writer a degree-and-affiliation byline names among the text's first lines ("TS.
    NGUYỄN VĂN A" / "Viện X" → "Nguyễn Văn A"); "" when there is none."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    head = lines[:_HEAD_LINES]
    for line, below in pairwise(head):
        match = _DEGREE_NAME.match(line)
        if not match or not (match.group("degree") or match.group("mark")):
            continue  # (a degree or a footnote's mark tells a person's name)
        mark = match.group("mark") or ""
        # ("NAME*" over "* Khoa X, Trường Y": the mark points to the affiliation)
        if below.startswith(mark) and _AFFILIATION.match(below[len(mark) :].strip()):
            return _cased(match.group("name"))
    return ""


__all__ = ["scholar_writer"]
