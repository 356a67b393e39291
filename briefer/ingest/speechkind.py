"""A speech's kind line, its speaker's line under it, and a head's place-and-day line (pure).

A speech printed as a document is often headed in three lines: its kind on a line of its own
("REMARKS", "Keynote address", "BÀI PHÁT BIỂU", "Diễn văn khai mạc"), the line naming its
speaker ("by Dr. Name, Chair of …", "của ông Name, Bộ trưởng …") and the occasion ("At the
reception marking …", "Tại Lễ kỷ niệm …"), which is its title. The kind is the document's kind
and the speaker's line is its credit, neither is the title.

A document's head also dates itself on a line of its own that is only a place and a day
("Hà Nội, ngày 12 tháng 12 năm 2025"): the letterhead's date line. In English the same line
is as often a release's dateline under its headline ("Addis Ababa, 12 June 2025"), whose
issuer above is read otherwise; it is a letterhead's date line when a speech's kind line
comes under it ("Nairobi, 12 December 2025" over "REMARKS"): a speech issued as a document.

This module owns :func:`speech_kind`, :func:`speaker_line` and :func:`letterhead_days`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.rows import place_and_day

# A speech's kind, alone on its line, in any case: "Remarks", "OPENING REMARKS", "Keynote
# address", "Statement", "Bài phát biểu", "PHÁT BIỂU KHAI MẠC", "Diễn văn bế mạc".
_KIND: Final = re.compile(
    r"^(?:(?:opening|closing|welcome|welcoming|keynote|introductory|concluding|special"
    r"|inaugural|congratulatory)\s+)?(?:remarks|speech|address|statement)"
    r"|^(?:bài\s+)?(?:phát\s+biểu|diễn\s+văn)(?:\s+(?:khai\s+mạc|bế\s+mạc|chào\s+mừng"
    r"|chỉ\s+đạo|chúc\s+mừng))?$",
    re.IGNORECASE,
)
# "by Dr. Name, Chair of …", "delivered by H.E. …", "của TS. Name, Chủ tịch …": the speaker's
# line opens on the word that credits the speech and ends no sentence (its post may follow).
_SPEAKER: Final = re.compile(
    r"^(?:(?:delivered|given)\s+)?(?:by|của)\s+\S.{0,200}(?<![.!?:;])$", re.IGNORECASE
)
_KIND_WORDS: Final = 4  # "Opening remarks", "Bài phát biểu khai mạc": a few words, no more
# (a weekday before the place is a page's own stamp, "Thứ Hai, 12/5/2025", no letterhead's)
_WEEKDAY: Final = re.compile(
    r"^(?:Thứ\s+\w+|Chủ\s+nhật|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*,", re.IGNORECASE
)


def speech_kind(text: str) -> bool:
    """A line that is only a speech's kind ("REMARKS", "Keynote address", "Bài phát
    biểu")."""
    words = text.strip().rstrip(":").split()
    return 0 < len(words) <= _KIND_WORDS and bool(_KIND.fullmatch(" ".join(words)))


def speaker_line(text: str) -> bool:
    """A line naming a speech's speaker after its kind ("by Dr. Name, Chair of X", "của
    ông Name"): the credit's word, then a name (capitalised), no sentence's end."""
    match = _SPEAKER.match(text.strip())
    if match is None:
        return False
    name = re.sub(r"^(?:(?:delivered|given)\s+)?(?:by|của)\s+", "", text.strip(), flags=re.I)
    # ("by the Ambassador of X", "của ông Name", "của đồng chí Name": a post or an address)
    name = re.sub(r"^(?:the|ông|bà|đồng\s+chí)\s+", "", name)
    return name[:1].isupper()


def letterhead_days(texts: list[str]) -> list[int]:
    """Where a head's lines date it as a letterhead does: a Vietnamese place and day, or
    one in English over a speech's kind line."""
    return [
        i
        for i, text in enumerate(texts)
        if not _WEEKDAY.match(text)
        and (
            fur.PLACE_DATE.match(text)
            or (place_and_day(text) and any(speech_kind(t) for t in texts[i + 1 :]))
        )
    ]


__all__ = ["letterhead_days", "speaker_line", "speech_kind"]
