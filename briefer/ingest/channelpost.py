"""A post saved from a messaging channel (a Telegram or Zalo channel's export) (pure).

Such an export starts with the channel's name over its kind and audience ("Kênh · 12.480
người đăng ký", "Channel · 3,204 subscribers"), may show the channel's pinned message
("📌 Tin ghim: …", "Pinned message: …") and then the post: its day without a year ("3 tháng
12", "December 3"), a note of where it was forwarded from ("Chuyển tiếp từ X", "Forwarded
from X") and its headline.

Owns: reading that frame. The channel publishes (the outlet); the post's headline is the
title, never the pinned message; the forwarded source wrote it; its day takes the year of the
latest year the post names (a channel shows the current year's posts without one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from briefer.text.ymd import MONTHS_EN

_AUDIENCE: Final = re.compile(
    r"^(?:Kênh|Channel|Nhóm|Group)\s*[·•|-]\s*[\d.,\s]+[KkMm]?\s*"
    r"(?:người\s+đăng\s+ký|người\s+theo\s+dõi|thành\s+viên|subscribers?|followers?|members?)\s*$",
    re.IGNORECASE,
)
_PINNED: Final = re.compile(
    r"^\W*(?:Tin\s+ghim|Tin\s+nhắn\s+đã\s+ghim|Pinned(?:\s+message)?)\s*:", re.I
)
_FORWARDED: Final = re.compile(
    r"^\W*(?:Chuyển\s+tiếp\s+từ|Được\s+chuyển\s+tiếp\s+từ|Forwarded\s+from)\s*:?\s*(?P<n>\S.{1,120})$",
    re.IGNORECASE,
)
_MONTHS: Final = tuple(name.lower() for name in MONTHS_EN)
_VI_DAY: Final = re.compile(
    r"^(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:,?\s+(?P<y>\d{4}))?$", re.I
)
_EN_DAY: Final = re.compile(
    r"^(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]+)|(?P<m2>[A-Za-z]+)\s+(?P<d2>\d{1,2}))(?:,?\s+(?P<y>\d{4}))?$"
)
_YEAR: Final = re.compile(r"\b(?:19|20)\d{2}\b")
_HEAD_LINES: Final = 4  # the channel's name and audience open the export
_POST_LINES: Final = 12  # the post's day, source and headline follow within these


@dataclass(frozen=True, slots=True)
class ChannelPost:
    channel: str
    title: str
    day: str  # ISO day, or "" when no day line is shown
    source: str  # where the post was forwarded from ("" when the channel wrote it)


def _month_day(line: str) -> tuple[int, int, str] | None:
    m = _VI_DAY.match(line)
    if m:
        return int(m["m"]), int(m["d"]), m["y"] or ""
    m = _EN_DAY.match(line)
    if m:
        name = (m["m1"] or m["m2"]).lower()
        if name in _MONTHS:
            return _MONTHS.index(name) + 1, int(m["d1"] or m["d2"]), m["y"] or ""
    return None


def _headline(line: str) -> str:
    """The line without the emoji (flags, pins) a channel sets before it."""
    start = next((i for i, c in enumerate(line) if c.isalnum()), len(line))
    return line[start:].strip()


def channel_post(text: str) -> ChannelPost | None:
    """The channel, headline, day and forwarded source of a channel post (None if no frame)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    at = next((i for i, line in enumerate(lines[:_HEAD_LINES]) if _AUDIENCE.match(line)), -1)
    if at < 1:
        return None
    channel = lines[at - 1]
    day, source, title = "", "", ""
    post = [line for line in lines[at + 1 :] if not _PINNED.match(line)]
    # (the pinned message is another post: its years are not this post's)
    years = [int(y) for y in _YEAR.findall("\n".join(post))]
    for line in lines[at + 1 : at + 1 + _POST_LINES]:
        if _PINNED.match(line):
            continue
        found = _month_day(line) if not day else None
        forwarded = _FORWARDED.match(line)
        if found:
            month, dom, year = found
            year = year or (str(max(years)) if years else "")
            day = f"{year}-{month:02d}-{dom:02d}" if year and 1 <= dom <= 31 else ""
        elif forwarded:
            source = forwarded["n"].strip()
        else:
            title = _headline(line)
            break
    return ChannelPost(channel, title, day, source)


__all__ = ["ChannelPost", "channel_post"]
