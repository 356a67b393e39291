"""A visit's routine told on its own (pure): a reception by a place's authority inside a
visit's days, no fact of the pair. (A courtesy call and the fields talked over are
:func:`briefer.ingest.routine.routine`'s.)

:func:`reception_days` — a dated reception by a place's authority of guests it names only
by their noun ("Ngày 20/5, Phó Chủ tịch UBND … đã tiếp Đoàn.", "On March 3, the governor
of Ben Tre received the delegation.") whose day lies inside the days of a visit the text tells
elsewhere: a stop of that visit's local programme, whose own event already stands for it,
not a visit of its own. A reception that is all the text tells of a visit (no other visit's
days around it), one that tells a milestone, an accord or a request too, one naming its
guests' country, and a ministry's, a leader's, a central bank's or an institution's
own reception stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefer.ingest import keywords as kw
from briefer.ingest.candidate import Candidate
from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.rxparts import WORD_END, WORD_START, rx
from briefer.ingest.worksessions import HOME_AUTHORITY
from briefer.text.localgov import LOCAL_OFFICIAL

# A reception: its host received the guest ("đã tiếp [và làm việc với] …", "đón tiếp",
# "received", "hosted", "welcomed"), or the courtesy call paid.
_RECEIVED: Final = rx(
    WORD_START + r"(?:(?:đã |chủ trì )?(?:đón tiếp|tiếp đón|tiếp)(?= (?:và làm việc với |xã giao )?"
    r"(?:[Đđ]oàn|[A-ZĐ]))|(?:received|hosted|welcomed)(?! an? )|chào xã giao"
    r"|paid (?:a )?courtesy call)" + WORD_END
)
# The host a place's authority — Việt Nam's (a people's committee, a provincial Party
# committee, a department: :data:`worksessions.HOME_AUTHORITY`) or a foreign province's or
# city's ("Tỉnh trưởng", "Thống đốc bang", "Thị trưởng", "the governor of Ben Tre", "mayor",
# "People's Committee"): a stop of the visit's local programme. (A ministry's, a leader's, a
# central bank's — "Thống đốc Ngân hàng Nhà nước", "Governor of the State Bank" — or an
# institution's own reception is left: the keys count those as facts of the pair.)
_LOCAL_HOST: Final = LOCAL_OFFICIAL  # (one list with the brief's: text/localgov.py)
# … told with a visit's own words: the sentence then tells the visit, not only its reception.
_VISIT_WORDS: Final = rx(
    WORD_START + r"(?:thăm|chuyến|visit\w*|trip|tour)" + WORD_END, re.IGNORECASE
)


# … or with a milestone of the ties in it ("… hosted X in Warsaw, with the two countries
# elevating their ties to a strategic partnership"): then it tells that milestone.
_MILESTONES: Final = tuple(
    cue.pattern for cue in kw.EVENT_CUES if cue.topic != "visits" and cue.name != "anniversary"
)


def _tells_more(quote: str) -> bool:
    """A milestone, an accord or a request told in the reception's sentence."""
    if kw.ACCORD.search(quote) or kw.PROPOSAL.search(quote):
        return True
    return any(pattern.search(quote) for pattern in _MILESTONES)


def _days(event_date: str) -> tuple[str, str]:
    first, _, last = event_date.partition("..")
    return first, last or first


def reception_days(candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` without the dated receptions by a place's authority, of guests it names
    only by their noun, that fall on a day of a visit whose days another sentence tells (the
    same pair's)."""
    spans = [
        (c.pair, *_days(c.event_date), c.start)
        for c in candidates
        if c.topic == "visits" and ".." in c.event_date
    ]

    def inside(c: Candidate) -> bool:
        day = c.event_date
        if len(day) != 10 or c.topic != "visits" or c.kind != "event":
            return False
        received = _RECEIVED.search(c.quote)
        if received is None or _VISIT_WORDS.search(c.quote) or _tells_more(c.quote):
            return False
        host = c.quote[: received.start()]
        if not (HOME_AUTHORITY.search(host) or _LOCAL_HOST.search(host)):
            return False
        # (the guests told back by their noun, "đã tiếp Đoàn.": a reception naming them,
        # "… tiếp đoàn công tác Bộ Nông nghiệp Guinea", is one the keys count as a fact)
        return not any(m.code != HOME for m in find_countries(c.quote)) and any(
            pair == c.pair and first <= day <= last and not (c.start <= at < c.end)
            for pair, first, last, at in spans
        )

    return [c for c in candidates if not inside(c)]


__all__ = ["reception_days"]
