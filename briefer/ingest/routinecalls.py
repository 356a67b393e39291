"""A visit's routine told on its own (pure): a reception, a courtesy call, the fields of
cooperation two sides talked over — sentences that name no figure, milestone or visit of their
own, so no fact of the pair.

- :func:`routine_call` — an undated sentence that only tells such a routine act: "Nhân dịp
  này, Bộ trưởng X đã chào xã giao Thủ tướng …", "Hai bên trao đổi về hợp tác trong các lĩnh
  vực …", "The two sides discussed cooperation in …". The statement screen
  (:mod:`statementscreen`) sets it aside; what the sides agreed, asked or planned
  (:data:`keywords.ACCORD`, :data:`keywords.PROPOSAL`) and a figure keep the sentence a
  statement. (A delegation's stops, "Đoàn đã thăm … và làm việc với …", stay statements: the
  corpus's keys accept them as facts of the pair.)
- :func:`reception_days` — a dated reception by a place's authority of guests it names only
  by their noun ("Ngày 20/5, Phó Chủ tịch UBND … đã tiếp Đoàn.", "On March 3, the governor
  received the delegation.") whose day lies inside the days of a visit the text tells
  elsewhere: a stop of that visit's local programme, whose own event already stands for it,
  not a visit of its own. A reception that
  is all the text tells of a visit (no other visit's days around it), one that tells a
  milestone, an accord or a request too, one naming its guests' country, and a ministry's, a
  leader's or an institution's own reception stay.
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

# What opens such a sentence: an occasion ("Nhân dịp này, ", "Tại buổi tiếp, ", "During the
# visit, ") or nothing.
_LEAD: Final = (
    r"^(?:(?:Nhân dịp này|Cũng trong dịp này|Trong (?:thời gian|chuyến) [^,]{1,60}"
    r"|Tại (?:buổi|cuộc) [^,]{1,40}|During (?:the|his|her|their) [^,]{1,60}"
    r"|On the occasion|At the (?:meeting|reception|talks)),\s+)?"
)
# A courtesy call or a reception, its host or guest first: "X đã chào xã giao Y", "X tiếp
# xã giao Y", "X paid a courtesy call on Y", "X called on Y".
_COURTESY: Final = rx(
    _LEAD + r"[^,;.]{2,120}? (?:đã |cũng |sau đó )?(?:chào xã giao|tiếp xã giao|thăm xã giao"
    r"|chào từ biệt|(?:also )?paid (?:a )?courtesy calls? on|(?:also )?called on)" + WORD_END,
    re.IGNORECASE,
)
# The fields of cooperation two sides talked over, with nothing settled: "Hai bên trao đổi về
# hợp tác trong các lĩnh vực …", "The two sides discussed cooperation in …" (a named project or
# partner, "trao đổi khả năng Tập đoàn X tham gia dự án Y", is a claim: not this).
_TALKED: Final = rx(
    _LEAD + r"(?:Hai bên|Hai Bộ trưởng|The (?:two )?sides|The two (?:ministers|officials))"
    r"(?: đã| cũng)? (?:trao đổi|thảo luận|bàn|discussed|exchanged views on|talked about)"
    r"(?: về| on)?(?: (?:việc|the))? (?:(?:tăng cường |thúc đẩy )?hợp tác (?:trong|về|ở) (?:các )?"
    r"(?:lĩnh vực|ngành)|(?:bilateral )?cooperation in)" + WORD_END
)
_DIGIT: Final = re.compile(r"\d")


def routine_call(text: str) -> bool:
    """Whether the undated ``text`` only tells a courtesy call or the fields of cooperation
    talked over (nothing agreed, asked, counted)."""
    text = text.strip()
    if _DIGIT.search(text) or kw.ACCORD.search(text) or kw.PROPOSAL.search(text):
        return False  # ("… và nhất trí …", "… đề nghị …", a count: a claim after all)
    return bool(_COURTESY.match(text) or _TALKED.match(text))


# A reception: its host received the guest ("đã tiếp [và làm việc với] …", "đón tiếp",
# "received", "hosted", "welcomed"), or the courtesy call paid.
_RECEIVED: Final = rx(
    WORD_START + r"(?:(?:đã |chủ trì )?(?:đón tiếp|tiếp đón|tiếp)(?= (?:và làm việc với |xã giao )?"
    r"(?:[Đđ]oàn|[A-ZĐ]))|(?:received|hosted|welcomed)(?! an? )|chào xã giao"
    r"|paid (?:a )?courtesy call)" + WORD_END
)
# The host a place's authority — Việt Nam's (a people's committee, a provincial Party
# committee, a department: :data:`worksessions.HOME_AUTHORITY`) or a foreign province's or
# city's ("Tỉnh trưởng", "Thống đốc", "Thị trưởng", "governor", "mayor", "People's
# Committee"): a stop of the visit's local programme. (A ministry's, a leader's or an
# institution's own reception is left: the keys count those as facts of the pair.)
_LOCAL_HOST: Final = rx(
    WORD_START + r"(?:Tỉnh trưởng|Phó Tỉnh trưởng|Thống đốc|Thị trưởng|[Gg]overnor|[Mm]ayor"
    r"|People's Committee|[Pp]rovincial|[Mm]unicipal|[Cc]ity (?:leaders?|authorities))" + WORD_END
)
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


__all__ = ["reception_days", "routine_call"]
