"""The words around an event's date that say what the date is of (patterns only).

Owns a visit's destination ("thăm chính thức Cộng hòa …", "after visiting …"), an
anniversary's count ("kỷ niệm 50 năm", "50th anniversary"), the visit a milestone was the
occasion of ("nhân chuyến thăm …", "during the State Visit of …"), a ceremony held for an
anniversary and an anniversary a day's event marks, and a visit a proposal names that is
scheduled, not proposed. :mod:`briefer.ingest.events` reads them.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.keywords import EventCue

# A visit verb, then only titles and other destinations up to the country: "thăm chính
# thức Cộng hòa Chile và Cộng hòa ", "after visiting Quito, " — not "… tại thành phố San
# Francisco, ". One destination named so is the visit's partner too.
DESTINATION: Final = re.compile(
    r"(?<![^\W\d_])(?:thăm|sang|đến|tới|visit(?:ing|ed)|visits?\s+to)(?:\s+(?:chính\s+thức"
    r"|cấp\s+nhà\s+nước|làm\s+việc|Cộng\s+hòa|Cộng\s+hoà|Vương\s+quốc|Liên\s+bang|nước|[A-ZĐ]\w*"
    r"|và)|,)*\s*$"
)
ANNIVERSARY: Final = re.compile(
    # ("năm 2025 đánh dấu 50 năm ngày thiết lập …": marks the 50 years since)
    r"(?:kỷ\s+niệm|tròn|đánh\s+dấu)\s+(\d{1,3})\s+năm|(\d{1,3})(?:st|nd|rd|th)\s+anniversary"
    r"|(\d{1,3})\s+years\s+of",
    re.IGNORECASE,
)
# "… Đối tác chiến lược tháng 12/2009, nhân chuyến thăm Tây Ban Nha của Chủ tịch nước …",
# "… during the State Visit of …": the visit a dated milestone was the occasion of (a name
# ending in "s" takes the apostrophe alone: "during President Klaus Iohannis' visit").
OCCASION: Final = re.compile(
    # ("kỷ niệm 50 năm … với chuyến thăm chính thức …": marked with the visit)
    r"(?<![^\W\d_])(?:nhân(?:\s+dịp)?|trong(?:\s+khuôn\s+khổ)?|với(?=\s+(?:chuyến|cuộc)\s+thăm)"
    r"|during|on\s+the\s+occasion\s+of)"
    # ("nhân chuyến tham dự Hội nghị … và thăm Brazil của …": a trip to a summit and a visit;
    # "during Prime Minister Nguyen Van A's official visit": a title and a three-word name)
    r"\s+(?:(?:chuyến|cuộc)\s+(?:(?:tham\s+)?dự(?:\s+\S+){1,8}?\s+và\s+)?(?:thăm|công\s+du)"
    r"(?![^\W\d_])|(?:the|a|an|his|her"
    r"|(?:the\s+)?(?:[A-Z]\w+\s+){0,5}[A-Z]\w+(?:['’]s|(?<=s)['’]))\s+(?:[A-Za-z]+\s+){0,2}?[Vv]isit(?![^\W\d_]))"
    r"|(?<![^\W\d_])who\s+(?:was|were)\s+on\s+an?\s+(?:[\w-]+\s+){0,3}visit(?![^\W\d_])"
    # ("nhân dịp Tổng thống X thăm cấp Nhà nước …": the visitor, a title and a name opening
    # on a capital, between the mark and the verb, with no stop or comma among them)
    r"|(?<![^\W\d_])nhân\s+dịp\s+(?=[A-ZĐ])(?:[^\s,;.()]+\s+){1,9}?thăm(?!\s+(?:hỏi|dò|khám))"
    r"(?![^\W\d_])"
)

# A ceremony held for an anniversary, just before it: "Lễ kỷ niệm …", "a ceremony to mark …"
CEREMONY: Final = re.compile(
    r"(?<![^\W\d_])(?:[Ll]ễ|[Mm]ít\s+tinh|ceremony|celebration|gala|reception)"
    r"(?:\s+\S+){0,4}?\s*(?:kỷ\s+niệm|tròn|the|to\s+mark|marking|for|of)\s+(?:the\s+)?\d{1,3}",
    re.IGNORECASE,
)
# An anniversary, the occasion of what a day names: "ngày 10/5, … khai mạc … nhân dịp kỷ niệm"
MARKED: Final = re.compile(
    r"(?<![^\W\d_])(?:nhân(?:\s+dịp)?|chào\s+mừng|hướng\s+tới|to\s+mark|marking|celebrating"
    r"|to\s+celebrate|(?:on\s+the\s+occasion|in\s+celebration)\s+of)\s+(?:the\s+)?(?=\S+\s*$)",
    re.IGNORECASE,
)


__all__ = ["ANNIVERSARY", "CEREMONY", "DESTINATION", "MARKED", "OCCASION"]


# A visit already scheduled, told of its guest inside a proposal ("Đề xuất: Lãnh đạo Bộ tiếp
# Bộ trưởng X, dự kiến thăm Việt Nam trong tháng 12/2025, …", "… the minister, who is
# scheduled to visit in May"): the visit is a plan of record, not what is proposed.
_SCHEDULED: Final = re.compile(
    r"(?<![^\W\d_])(?:dự\s+kiến|sẽ|theo\s+kế\s+hoạch|is\s+(?:scheduled|expected|due|set)\s+to"
    r"|will)\s+(?:có\s+chuyến\s+)?$",
    re.IGNORECASE,
)


def proposal_kept(
    text: str, proposal: re.Match[str] | None, found: tuple[EventCue, re.Match[str]] | None
) -> re.Match[str] | None:
    """The ``proposal`` of ``text`` a dated event is, or None when the event's cue
    ``found`` (cue, match) is a visit's that tells a visit made or scheduled: it comes before
    the proposal ("đã khảo sát … và đề xuất …"), or a word of schedule leads it."""
    if proposal is None or found is None or found[0].name != "visit":
        return proposal
    visit = found[1]
    if visit.end() <= proposal.start():
        return None
    scheduled = _SCHEDULED.search(text, max(0, visit.start() - 24), visit.start())
    # ("Đề xuất này được Bộ trưởng X nêu ra trong chuyến thăm làm việc … từ ngày 3 đến 5/9",
    # "the request was made during the minister's visit to …": the visit it was made in
    # took place; no visit yet to come)
    during = _DURING.search(text, max(0, visit.start() - 40), visit.start())
    ahead = during and _AHEAD.search(
        text[during.start() : visit.end() + 60].split(".", maxsplit=1)[0]
    )
    return None if scheduled or (during and not ahead) else proposal


# The visit a proposal was made in: "trong (khuôn khổ) chuyến thăm", "during the visit".
_DURING: Final = re.compile(
    r"(?<![^\W\d_])(?:trong\s+(?:khuôn\s+khổ\s+)?(?:chuyến|đợt)|during\s+(?:the|his|her|their|an?)"
    r"(?:\s+[\w'’-]+){0,4}?)\s+(?:(?:công\s+tác|làm\s+việc|chính\s+thức|official|working|state)\s+)*$",
    re.IGNORECASE,
)
# A visit still to come after its cue: "chuyến thăm sắp tới", "the upcoming visit".
_AHEAD: Final = re.compile(
    r"(?<![^\W\d_])(?:sắp\s+tới|tới\s+đây|upcoming|forthcoming|next|planned)(?![^\W\d_])", re.I
)
