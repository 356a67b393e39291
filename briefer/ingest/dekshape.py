"""The shape of a dek (pure): the subtitle clause a news site sets right under its headline
with no stop at its end ("Minister opens trade fair in Lima", "Shipments to the bloc rose
14% in the first half, the agency says").

It is article text, not the page's head: a clause in sentence case — a capital first, most
words after it lower case (no list of names, no headline of a box in title case) — of five
words or more. A short line under a headline that opens on a byline's, a credit's or a
stamp's word ("By our correspondent", "Theo TTXVN", "Updated 2 hours ago"), gives a reading
time ("4 min read") or is parted by bars or dots ("Trade | Asia | Europe") is no dek.

Where it stands (right under the headline) is for the caller to know: a saved page's
element order (:mod:`briefer.ingest.pagelead`: a ``<p>``, or a heading ``<h2>``–``<h4>``
under the article's own ``<h1>``, as most keys take it), a printed page's type sizes
(:mod:`briefer.ingest.smalllead`). A plain text's line under its title is not judged by
it: older keys take a stop-less line there for the page's head (a related headline).

This module owns :func:`dek_clause`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import SMALL_WORDS

DEK_WORDS: Final = 5
_MAX_WORDS: Final = 40
_LONG_WORD: Final = 4
_LONG_WORDS: Final = 2
_NO_DEK: Final = re.compile(
    r"^(?:by|from|theo|por|par|von|photo|ảnh|nguồn|source|listen|nghe|reading|read|updated"
    r"|published|posted|cập\s+nhật|đăng|ngày|share|chia\s+sẻ)\b"
    r"|\bmin(?:ute)?s?\b|\bphút\b|\s[|·•/]\s",
    re.IGNORECASE,
)


def dek_clause(text: str, named: bool = False) -> bool:
    """Whether ``text`` has a dek's shape (see the module docstring). ``named``: a dek set
    as a heading under the headline, whose clause may be mostly names and titles ("Trade
    Minister X Y hosts Vietnamese counterpart in Ankara for …"): a third of its words in
    lower case do, two of them words of four letters or more that are not English's small
    words ("with", "from": a headline in title case leaves only them in lower
    case: "Vietnam and Chile Sign Trade Deal with Focus on Copper from the Andes")."""
    text = " ".join(text.split())
    words = text.split()
    if not DEK_WORDS <= len(words) <= _MAX_WORDS or not words[0][:1].isupper():
        return False
    if text.endswith((".", "!", "?", "…", ":", ";")) or _NO_DEK.search(text):
        return False
    lower = [w for w in words[1:] if w[:1].islower()]
    if named:
        long_words = sum(
            1
            for w in lower
            if len(w.strip(",;")) >= _LONG_WORD and w.strip(",;").casefold() not in SMALL_WORDS
        )
        return len(lower) >= (len(words) - 1) / 3 and long_words >= _LONG_WORDS
    return len(lower) >= (len(words) - 1) * 2 / 3


__all__ = ["DEK_WORDS", "dek_clause"]
