"""A figure a standfirst tells and the story tells again (pure): an outlet's lead paragraph
sums up ("Two-way trade hit $11.6 billion in ten months, …"; "Kim ngạch … 5 tháng đầu năm
đạt 4,1 tỷ USD, …") what a paragraph below tells in full, with its source, year and the
rest of the sentence. The same reading (pair, metric, period, value) told in the body's
first paragraph and again in a later one: the later telling is the one to cite. (A bilingual
text's translation below tells its paragraphs again in the other language: no restating.)
A body that opens on its own headline (a page copied from a browser keeps the title above the
standfirst) has its lead in the paragraph after the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# Letters only Vietnamese writes: a telling with them is the Vietnamese one.
_VIETNAMESE: Final = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


# An English telling names places and people with their Vietnamese marks ("Việt Nam", "Hà
# Nội", "Thắng said"): the marks alone do not make it Vietnamese. A Vietnamese telling marks
# most of its words, an English one only its names: a third of the words marked.
_MARKED_SHARE: Final = 1 / 3


def _vietnamese(quote: str) -> bool:
    words = quote.split()
    marked = [w for w in words if _VIETNAMESE.search(w)]
    return len(marked) >= 3 and len(marked) >= _MARKED_SHARE * len(words)


def lead_ends_of(body: str, title: str = "") -> tuple[int, ...]:
    """Where the body's lead paragraph ends (none: a body of one paragraph): the first
    paragraph; when the first is the text's own title, the paragraph after it too (the
    headline gives way to the standfirst, the standfirst to the story)."""
    if "\n\n" not in body.strip():
        return ()
    end = body.find("\n\n")
    first = " ".join(body[:end].split()).casefold()
    if title and first == " ".join(title.split()).casefold():
        after = body.find("\n\n", end + 2)
        return (end, after if after > 0 else len(body))
    return (end,)


def lead_restatements(lead_end: int, figures: Sequence[tuple[int, str, object]]) -> set[int]:
    """The indexes among ``figures`` (start offset, quote, reading or None) that lie before
    ``lead_end`` (the end of the body's first paragraph) and whose reading a figure after it
    tells again in the same language."""
    if lead_end <= 0:
        return set()
    later = {(r, _vietnamese(q)) for start, q, r in figures if r is not None and start >= lead_end}
    return {
        i
        for i, (start, quote, reading) in enumerate(figures)
        if reading is not None and start < lead_end and (reading, _vietnamese(quote)) in later
    }


# An event a standfirst tells is told again below when the later sentence holds most of the
# lead's own words ("Iran and Vietnam held … consultations in Tehran on Monday, …" and
# "TEHRAN - Iran and Vietnam held … consultations in Tehran on Monday, …"); a lead that only
# names the same milestone in other words ("Nhân kỷ niệm 50 năm thiết lập quan hệ …" above a
# chronology's "1975: Ngày 25/6/1975, … thiết lập quan hệ …") is a telling of its own.
_WORDS_KEPT: Final = 0.8
_WORD: Final = re.compile(r"[^\W_]+")


def _words(quote: str) -> set[str]:
    return set(_WORD.findall(quote.casefold()))


def lead_event_restatements(lead_end: int, events: Sequence[tuple[int, str, object]]) -> set[int]:
    """The indexes among ``events`` (start offset, quote, reading or None) before
    ``lead_end`` whose reading an event after it tells again in most of the same words."""
    if lead_end <= 0:
        return set()
    later = [(r, _words(q)) for start, q, r in events if r is not None and start >= lead_end]
    found = set()
    for i, (start, quote, reading) in enumerate(events):
        if reading is None or start >= lead_end:
            continue
        own = _words(quote)
        if own and any(
            r == reading and len(own & words) >= _WORDS_KEPT * len(own) for r, words in later
        ):
            found.add(i)
    return found


__all__ = ["lead_ends_of", "lead_event_restatements", "lead_restatements"]
