"""A live feed's notice about its own state (pure): "Live coverage has ended.", "This live blog
is now closed.", "We have paused our live updates.", "Tường thuật trực tiếp đã kết thúc."

A live page closes its run of entries with one short line about the feed itself: its subject is
the coverage, the blog or the updates (live, or the page's own, "this"/"our"), its verb says
the feed stopped. The article's own sentences about an event ending name the event ("The talks
have ended."), and a welcome to the coverage ("… welcome to our live coverage of …") says
nothing about its end: both stay. This module owns :func:`feed_closed`.
"""

from __future__ import annotations

import re
from typing import Final

_WORDS: Final = 12  # the notice is one short line, never a paragraph
_SYLLABLES: Final = 20  # (the same line in Vietnamese, its words counted by the syllable)
# The feed named as such: "live coverage", "this live blog", "our live updates", "the feed".
_FEED: Final = (
    r"(?:(?:this|our|the)\s+)?(?:live\s+)?(?:coverage|blog|updates?|feed|stream|reporting)"
)
# (the feed is the page's own: live, or this or our coverage; "the coverage" alone is any)
_LIVE: Final = r"(?:live|this|our|the\s+live)\b"
_STOPPED: Final = r"(?:ended|closed|concluded|finished|over|paused|stopped|wrapped\s+up)"
_ENGLISH: Final = re.compile(
    # "Live coverage has ended." / "This live blog is now closed."
    rf"^(?={_LIVE}){_FEED}(?:\s+(?:of|for|on)\s+[^.!?]+?)?\s+(?:has|have|is|are)\s+(?:now\s+)?"
    rf"(?:been\s+)?{_STOPPED}\b"
    # "We have ended our live coverage." / "We've now paused this blog."
    rf"|^we(?:\s+have|'ve|’ve)?\s+(?:now\s+)?{_STOPPED}\s+(?={_LIVE}){_FEED}\b",
    re.IGNORECASE,
)
# "Tường thuật trực tiếp đã kết thúc.", "Chương trình tường thuật đến đây là kết thúc.",
# "Trang tin trực tiếp tạm dừng cập nhật.", "Phần tường thuật trực tiếp lễ đón … đến đây là
# kết thúc."
_VIETNAMESE: Final = re.compile(
    r"^(?:(?:chương\s+trình|buổi|trang|phần)\s+)?"
    r"(?:tường\s+thuật(?:\s+trực\s+tiếp)?|(?:truyền\s+hình|cập\s+nhật|tin)\s+trực\s+tiếp)"
    r"(?:\s[^.!?]{0,40}?)?\s+(?:đã\s+|đến\s+đây\s+là\s+|xin\s+)?(?:kết\s+thúc|khép\s+lại|tạm\s+dừng)"
    # (the line ends there, or on the hour: "… đã kết thúc tốt đẹp" tells how a broadcast,
    # an event, went)
    r"(?:\s+(?:cập\s+nhật|tại\s+đây|lúc\s+\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}(?:\s*phút)?))?\s*[.!…]?$",
    re.IGNORECASE,
)


def feed_closed(text: str) -> bool:
    """A short line saying the page's live feed has stopped."""
    text = text.strip()
    words = len(text.split())
    return (words <= _WORDS and _ENGLISH.match(text) is not None) or (
        words <= _SYLLABLES and _VIETNAMESE.match(text) is not None
    )


__all__ = ["feed_closed"]
