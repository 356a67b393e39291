"""A milestone whose sentence dates only its occasion: "Trong chuyến thăm … từ ngày 9 đến
11/3/2025, hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện", "Năm 2024, nhân
kỷ niệm 70 năm thiết lập quan hệ ngoại giao (…), hai nước đã nâng cấp quan hệ …", "During
the state visit on 9-11 March, the two countries upgraded their ties to …" (pure).

The occasion — a visit, an anniversary — leads the sentence with the dates; the main clause
after it tells the milestone with no date of its own. The milestone happened then: in the
year or month the sentence names, in the month of a visit of several days (its day is not
told), or in the year an anniversary's span ends. Owns finding that milestone and its date;
the candidate finder emits it as an event beside the occasion's own.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from briefer.ingest import keywords as kw
from briefer.ingest.partnershipverbs import TIES
from briefer.ingest.rxparts import WORD_END, WORD_START
from briefer.ingest.signingday import days_month
from briefer.text.dates import DateRef

# The occasion leading the sentence (after a date of its own, "Năm 2024, …"): a visit or
# an anniversary.
_LEAD: Final = re.compile(
    # (after an outlet's dateline: "TPO - Trong chuyến thăm …", "HANOI — During the visit …")
    r"(?:[A-ZĐ][\w.]{0,15}(?:\s[A-ZĐ][\w.]*){0,2}(?:\s\([A-Z]{2,6}\))?\s*[-–—]\s+)?"
    r"(?:[^,]{0,40},\s*)?(?:Trong|Nhân(?:\s+dịp)?|Dịp|Trong\s+khuôn\s+khổ|During|On\s+the"
    r"\s+occasion\s+of|On\s+the\s+sidelines\s+of|To\s+mark|Marking)\s+(?:[^,]{0,20}?\s)?"
    r"(?:chuyến\s+thăm|chuyến\s+công\s+tác|kỷ\s+niệm|(?:\S+\s+){0,2}visit|(?:\S+\s+){0,2}"
    r"anniversary)",
    re.IGNORECASE,
)
# The milestone's verb: raising or setting up the relationship, or signing (never "là",
# "is": a standing, not an act).
_ACT: Final = re.compile(
    # ("nâng quan hệ lên …", "nâng quan hệ hai nước lên …": the bare verb raises the
    # relationship, as partnershipverbs names it, to the level named after)
    rf"{WORD_START}(?:nâng(?=\s+(?:mối\s+)?{TIES}\s+lên\s)"
    rf"|nâng\s+cấp|nâng\s+tầm|thiết\s+lập|xác\s+lập|upgraded|elevated|raised"
    rf"|established){WORD_END}",
    re.IGNORECASE,
)
_MILESTONES: Final = (
    "comprehensive strategic partnership",
    "strategic partnership",
    "comprehensive partnership",
    "partnership",
    "relations established",
)


class Milestone(NamedTuple):
    start: int  # the main clause, in sentence offsets
    end: int
    date: str
    topic: str
    metric: str


def _acts(text: str, dates: list[DateRef], offset: int) -> tuple[int, re.Match[str]] | None:
    """(where the main clause starts, its milestone verb) after the leading occasion and
    its dates; None when the sentence leads with no occasion or the verb has a date of its
    own in its clause ("… nâng cấp … vào tháng 3/2025"). (A verb in the occasion itself,
    "nhân kỷ niệm 70 năm thiết lập quan hệ (1954 - 2024)", is the anniversary's.)"""
    lead = _LEAD.match(text)
    if lead is None:
        return None
    for act in _ACT.finditer(text, lead.end()):
        stop = _CLAUSE_END.search(text, act.end())
        clause_end = stop.start() if stop else len(text)
        if any(act.end() <= d.pos - offset < clause_end for d in dates):
            continue
        comma = text.rfind(",", 0, act.start())
        after = [d for d in dates if d.endpos - offset > comma and d.pos - offset < act.start()]
        if comma < 0 or after:
            return None
        return comma + 1, act
    return None


# Where the milestone's own clause ends: another verb joined on, or a clause break.
_CLAUSE_END: Final = re.compile(r"\s(?:và|and)\s|[;,]")


def _date(dates: list[DateRef], text: str, offset: int) -> str:
    """The occasion's time: a date outside brackets (a visit of several days by its month),
    else the year an anniversary's span ends."""
    for ref in dates:
        at = ref.pos - offset
        bracketed = text.rfind("(", 0, at) > text.rfind(")", 0, at)
        if bracketed:
            continue
        if days_month(ref):
            return days_month(ref)
        return ref.start if ref.start == ref.end else ""
    spans = [d for d in dates if d.start[:4] != d.end[:4]]
    return spans[0].end[:4] if spans else ""


def during_milestone(text: str, dates: list[DateRef], offset: int) -> Milestone | None:
    """The milestone of a sentence (at ``offset`` in the body, ``dates`` its dates) that
    dates only its leading occasion, with the occasion's time; None for any other."""
    if not dates:
        return None
    found = _acts(text, dates, offset)
    if found is None:
        return None
    main, act = found
    date = _date([d for d in dates if d.pos - offset < main], text, offset)
    if not date:
        return None
    for cue in kw.EVENT_CUES:
        if cue.name in _MILESTONES and cue.pattern.search(text, act.start()):
            end = len(text.rstrip())
            return Milestone(main, end, date, cue.topic, cue.metric)
    return None


__all__ = ["Milestone", "during_milestone"]
