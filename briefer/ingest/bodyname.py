"""A sentence that is only an organisation's name (pure): "Vụ Trung Đông - châu Phi, Bộ
Ngoại giao.", "Department of Trade, Ministry of Economy." — a unit under its parent, written
as a line of its own. It says nothing: it signs the notice it stands beside (a note's
closing "Unit, Ministry. For internal circulation only."). This module owns recognising it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outlet_table import BODY_KIND

_WORDS: Final = 14  # a unit and its parent, never a sentence of news
_NO_NAME: Final = re.compile(r"\d|[:;!?]")  # (a figure or a clause's stop: no name alone)
# (an English name's parts: "Department of Trade", its kind after "The" as well)
_THE: Final = re.compile(r"^the\s+", re.IGNORECASE)
# A Vietnamese name's words in lower case come a few at a time after its capitalised ones
# ("Bộ Ngoại giao", "Cục Xúc tiến thương mại", "Thương mại và Công nghiệp"); four in a row
# are a clause's ("… cho biết xuất khẩu tăng").
_LOWER_RUN: Final = 4
# An English name capitalises every word but its joining ones, and names its kind anywhere
# ("Americas Department", "Ministry of Trade"): any other word in lower case is a clause's.
_JOIN: Final = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&", "-", "–"})
_KIND: Final = re.compile(
    r"\b(?:ministry|department|embassy|office|institute|association|cent(?:re|er)|agency"
    r"|committee|council|bank|chamber|federation|union|division|bureau|directorate|mission"
    r"|secretariat|consulate|commission|authority|service)\b",
    re.IGNORECASE,
)


def _lower_run(part: str) -> int:
    run = longest = 0
    for word in part.split():
        if not word[:1].isalpha():
            continue  # (a dash between a unit's words: "Trung Đông - châu Phi")
        run = run + 1 if word[:1].islower() else 0
        longest = max(longest, run)
    return longest


def _named_body(part: str) -> bool:
    part = _THE.sub("", part.strip())
    if not part[:1].isupper():
        return False
    if part.isascii():
        return _KIND.search(part) is not None and all(
            w[:1].isupper() or w.lower() in _JOIN for w in part.split()
        )
    return BODY_KIND.match(part.upper()) is not None and _lower_run(part) < _LOWER_RUN


def body_name_only(sentence: str) -> bool:
    """Whether ``sentence`` is made only of organisations' names, each of its comma parts
    opening with a body's kind ("Bộ …", "Vụ …", "Ministry …"), without a figure."""
    text = sentence.strip().rstrip(".")
    if not text or len(text.split()) > _WORDS or _NO_NAME.search(text):
        return False
    return all(_named_body(part) for part in text.split(","))


__all__ = ["body_name_only"]
