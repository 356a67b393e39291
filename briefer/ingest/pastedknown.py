"""A pasted page's own name where the outlet table knows it (pure): the masthead opening one
of its first lines, and the site's address its copyright line holds.

A browser copy keeps no ``<title>``, no site name and no address: the page's masthead is a
run of words at the start of one of its first lines, often glued to what a header sets
beside it ("X Times Subscribe Log in") or after the day's date ("Thứ Tư, 20/08/2025 X Y
Online"); its copyright line may hold its address instead of a name ("© 2025 xtimes.co.kr").
A run of words or an address is only the page's own name when the table knows it as an
outlet's: a header's words the table does not know are a menu's, a section's, a slogan's.

Owns :func:`known_head` and :func:`copyright_domain`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outletnames import outlet_of_url, table_name

_HEAD_LINES: Final = 3
_FOOT_LINES: Final = 8
_MAX_WORDS: Final = 6
# (a header's day before its masthead: "Thứ Tư, 20/08/2025", "Wed, 19 Nov 2025 |")
_DAY_WORDS: Final = 6
_FIGURE: Final = re.compile(r"\d")
_MENU: Final = re.compile(r"\s[|·•]\s")
_TRAIL: Final = re.compile(r"\s[»›>]\s")
_PARTS: Final = re.compile(r"\s+[-–—|·•]\s+")
# "© 2025 xtimes.co.kr", "Copyright (c) 1997- X.net": the copyright's holder is an address
_SIGNED_HOST: Final = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)[^\n]{0,30}?(?<![\w.@])(?P<host>(?:www\.)?[a-z0-9][a-z0-9-]*"
    r"(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![\w@-])",
    re.IGNORECASE,
)


def _starts(words: list[str]) -> list[int]:
    """Where a masthead may open a line: at its start, or after the day's date the header
    prints first (the words up to its last figure)."""
    dated = [i for i, w in enumerate(words[:_DAY_WORDS]) if _FIGURE.search(w)]
    return [0, dated[-1] + 1] if dated else [0]


def known_head(text: str) -> str:
    """The outlet the table knows whose name opens one of a pasted page's first lines, as
    the table writes it ("" if none)."""
    lines = [ln for ln in (" ".join(raw.split()) for raw in text.splitlines()) if ln]
    for line in lines[:_HEAD_LINES]:
        if len(_MENU.findall(line)) >= 2 or _TRAIL.search(line):
            continue  # (a menu's row or a trail of sections: "Home | News | …", "News » X")
        parts = _PARTS.split(line)
        if sum(1 for part in parts if table_name(part)) >= 2:
            continue  # (a site and its parent side by side, "X - Y Agency": whose, unsaid)
        words = line.split()
        for start in _starts(words):
            # (the longest run: "X Y Online" over "X Y"; a name is capitalised)
            for n in range(min(len(words) - start, _MAX_WORDS), 0, -1):
                run = words[start : start + n]
                if not run[0][:1].isupper():
                    break
                # (a masthead's every word is capitalised: "Tin tức", "Ministry of X" are a
                # menu's item and a body's kind, however the table may know them)
                if any(w[:1].islower() for w in run):
                    continue
                if run[-1].endswith(","):
                    continue  # (the name goes on after its comma: "Ministry of X, Y and Z")
                known = table_name(" ".join(run))
                if known:
                    return known
    return ""


def copyright_domain(text: str) -> str:
    """The outlet whose address a pasted page's copyright line holds, as the table knows it
    ("" when no line does, or the table does not know the address)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in reversed(lines[-_FOOT_LINES:]):
        match = _SIGNED_HOST.search(line)
        host = match.group("host").lower().removeprefix("www.") if match else ""
        named = outlet_of_url(f"https://{host}") if host else ""
        if named and named != host:
            return named
    return ""


__all__ = ["copyright_domain", "known_head"]
