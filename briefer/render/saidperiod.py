"""A figure's line with its period said once, in one place: as the tag at its end.

A brief tags every figure with its period ("… (9 tháng đầu năm 2024).", "… (2023)."), so the
reader finds it in the same place on every line. A statement often says the period in its
own words as well ("Năm 2023, kim ngạch …", "… in the first nine months of 2024 …"); the
tag then would repeat it, and leaving the tag off instead (as a line that says "năm 2023"
once did) made whole-year figures the only untagged ones. :func:`without_said_period`
takes the statement's own words for the period out — with the word that introduces it
("trong", "vào", "in", "during") and the comma that closes a leading phrase — so the tag
says it alone.

Words are taken out only where that cannot change what the line says: the phrase must read
as the figure's period (:func:`briefer.text.dates.find_dates`, compared by the days it
covers), occur once, and be introduced by a word of the same kind as the figure's date —
a span word ("trong", "in") for a period, an as-of word ("tính đến", "as of") for an as-of
date. "Tính đến hết năm 2024, … có 10.000 dự án" stays as it is for a figure dated "2024":
a running total to the end of the year is not a flow during it. A bare year no word
introduces ("APEC 2024", "the 2023 plan") may be part of a name and stays.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.periods import normalize_period
from briefer.text.dates import find_dates

# Words that put a figure within a span (vi, en), and words that give the date a total holds at.
_WITHIN: Final = r"trong|vào|cả|suốt|in|during|for|over|throughout"
_AS_OF: Final = (
    r"tính\s+(?:đến|tới)(?:\s+hết)?|đến\s+hết|as\s+(?:of|at)|by\s+the\s+end\s+of"
    r"|at\s+the\s+end\s+of|up\s+to"
)
_CUE: Final = re.compile(rf"(?<![^\W\d_])(?P<cue>(?P<asof>{_AS_OF})|{_WITHIN})\s+$", re.IGNORECASE)
_BARE_YEAR: Final = re.compile(r"\d{4}")
_STOPS: Final = ".;:!?…"


def without_said_period(text: str, iso: str, as_of: bool = False) -> str:
    """``text`` without its own words for the date ``iso`` (a period, or an as-of date when
    ``as_of``); ``text`` unchanged when it does not say it once, plainly (see module doc)."""
    if not text or not iso:
        return text
    target = normalize_period(iso)
    said = [r for r in find_dates(text) if normalize_period(r.iso) == target]
    if len(said) != 1:
        return text
    ref = said[0]
    cue = _CUE.search(text, 0, ref.pos)
    if cue is None:
        if as_of or _BARE_YEAR.fullmatch(ref.text):
            return text  # (an as-of date needs its word; a bare year may be a name's part)
        start = ref.pos
    elif bool(cue.group("asof")) != as_of:
        return text  # ("tính đến hết năm 2024" is no span of 2024, "in May" no total at May)
    else:
        start = cue.start()
    return _joined(text[:start], text[ref.endpos :]) or text


def _joined(before: str, after: str) -> str:
    """The two sides of a phrase taken out, with its brackets and one of its commas gone."""
    head, tail = before.rstrip(), after.lstrip()
    if head.endswith("(") and tail.startswith(")"):
        head, tail = head[:-1].rstrip(), tail[1:].lstrip()
    if not head:  # a leading phrase: "Năm 2023, kim ngạch …" → "Kim ngạch …"
        tail = tail[1:].lstrip() if tail.startswith(",") else tail
        return tail[:1].upper() + tail[1:]
    if head.endswith(",") and tail.startswith(","):
        head, tail = head[:-1].rstrip(), tail[1:].lstrip()  # ", trong năm 2023, đạt" → " đạt"
    elif head.endswith(",") and (tail[:1] in _STOPS or not tail):
        head = head[:-1].rstrip()  # "…, năm 2023." → "…."
    if not tail or tail[:1] in _STOPS or tail.startswith(","):
        return head + tail
    return f"{head} {tail}"


__all__ = ["without_said_period"]
