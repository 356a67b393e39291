"""A channel's name over its audience count, at the top of a post's export (pure).

A messenger channel's or a video channel's export opens on the channel's header: its name
(often with a tagline, "X – Official channel") on one line and how many follow it on the
next ("12 840 subscribers", "3,1K người theo dõi"). That name is the channel's, never the
post's headline, which comes further down. This module owns telling such a header line.
"""

from __future__ import annotations

import re
from typing import Final

# "12 840 subscribers", "3.1K members", "1,2 N người theo dõi", "850 thành viên"
_AUDIENCE: Final = re.compile(
    r"^[\d][\d\s.,]*\s*(?:[KkMmN]|nghìn|triệu)?\s*"
    r"(?:subscribers?|members?|followers?|người\s+(?:theo\s+dõi|đăng\s+ký)|thành\s+viên)$",
    re.IGNORECASE,
)


def audience_count(text: str) -> bool:
    """Whether a line only counts a channel's audience ("12 840 subscribers")."""
    return bool(_AUDIENCE.match(" ".join(text.split())))


# "Forwarded from X" / "Chuyển tiếp từ X": the post was passed on from another channel
_FORWARD: Final = re.compile(r"^(?:forwarded\s+from|chuyển\s+tiếp\s+từ)\s+\S", re.IGNORECASE)


def channel_line(text: str) -> bool:
    """Whether a line of a post's header is the channel's, not the post's: its audience
    count or the channel a forwarded post comes from."""
    return audience_count(text) or bool(_FORWARD.match(text.strip()))


def channel_name_line(below: list[str]) -> bool:
    """Whether a line is a channel's name: the next line with text counts its audience."""
    following = next((t for t in below if t.strip()), "")
    return audience_count(following)


__all__ = ["audience_count", "channel_line", "channel_name_line"]
