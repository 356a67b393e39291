"""A signing told at a dated occasion — talks or a gathering — with no date of its own (pure).

"Ngày 21/4, … Bộ trưởng … đã hội đàm với …" and, sentences later, "Sau hội đàm, hai Bộ
trưởng đã ký Hiệp định …", "Following the talks, the two ministers signed …"; "Sáng 20/10,
… tổ chức Hội nghị kết nối giao thương …" and "Tại hội nghị, hai hiệp hội đã ký Biên bản ghi
nhớ …", "At the forum, the two chambers signed …": the signing happened on the occasion's
day. This module owns reading an occasion's day off a sentence and telling a sentence that
signs something at or after it; the event finder keeps the day.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

# An occasion held, its day before the word: talks ("hội đàm", "held talks") or a gathering
# ("tổ chức Hội nghị", "khai mạc Diễn đàn", "held a business forum", "hosted the conference").
_HELD: Final = re.compile(
    # ("held official talks", "held bilateral talks": the talks' kind between verb and noun)
    r"(?<![^\W\d_])(?:hội\s+đàm|hội\s+kiến|held\s+(?:(?!no\s|not\s)[a-z-]+\s+)?talks"
    r"|talks\s+with|met\s+with"
    r"|(?:tổ\s+chức|khai\s+mạc|diễn\s+ra)\s+(?:[^.;]{0,30}?\s)?(?:[Hh]ội\s+nghị"
    r"|[Hh]ội\s+thảo|[Dd]iễn\s+đàn|[Tt]ọa\s+đàm|[Tt]oạ\s+đàm|[Ll]ễ)"
    r"|(?:held|hosted|organi[sz]ed|opened)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:forum|conference|workshop|seminar|ceremony|reception))(?![^\W\d_])",
    re.IGNORECASE,
)
# The sentence opens on the occasion just told: "Sau hội đàm, …", "Ngay sau cuộc hội kiến,
# …", "After the talks, …", "Following their meeting, …"; "Tại hội nghị, …", "Trong khuôn
# khổ diễn đàn, …", "At the forum, …", "On the sidelines of the conference, …".
_OPENS_ON_IT: Final = re.compile(
    r"\s*(?:(?:Ngay\s+)?sau\s+(?:khi\s+)?(?:cuộc\s+|buổi\s+)?(?:hội\s+đàm|hội\s+kiến|gặp)"
    r"|(?:After|Following|At\s+the\s+end\s+of)\s+(?:the\s+|their\s+)?(?:talks|meeting)"
    r"|(?:Tại|Trong\s+khuôn\s+khổ|Bên\s+lề)\s+(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|tọa\s+đàm"
    r"|toạ\s+đàm|sự\s+kiện)(?:\s+này)?"
    r"|(?:At|During|On\s+the\s+sidelines\s+of)\s+the\s+(?:forum|conference|workshop|seminar"
    r"|event)"
    # (the occasion just told, by a pointer: "On this occasion, …")
    r"|On\s+(?:this|that|the\s+same)\s+occasion"
    # ("Nhân dịp này, hai bên đã ký …": the sides sign then; firms' deals at a forum are
    # business news, no signing between the two sides)
    r"|Nhân\s+(?:dịp|sự\s+kiện)\s+(?:này|đó)(?=\s*,\s*(?:hai|các)\s+(?:bên|nước|phía|Bộ)\b))"
    r"\s*,",
    re.IGNORECASE,
)
# What the sides did then: signed or exchanged a document ("đăng ký", to register, is none).
_SIGNED: Final = re.compile(
    r"(?<![^\W\d_])(?:(?<![Đđ]ăng\s)ký(?:\s+kết)?|trao\s+(?:đổi\s+)?văn\s+kiện|signed"
    r"|exchanged|witnessed\s+the\s+(?:signing|exchange))(?![^\W\d_])",
    re.IGNORECASE,
)


# A host receiving a named guest ("Vučić on Wednesday received Vietnamese Deputy Prime
# Minister …", "Ngày 5/6, Chủ tịch … đã tiếp Đại sứ …"): the audience is the meeting of the
# day (case-sensitive: the guest is named, "tiếp tục" is no receiving).
_RECEIVED: Final = re.compile(
    r"(?<![^\W\d_])(?:received|welcomed|[Tt]iếp(?:\s+xã\s+giao)?)"
    r"(?=\s+(?:the\s+|an?\s+)?(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝ]|delegation|đoàn|ông|bà)"
    r")"
)


def occasion_day(text: str, dates: list[DateRef], offset: int) -> str:
    """The day of the talks or the gathering ``text`` (a sentence at
    ``offset`` in the body) tells as held, dated before the word: "Ngày 21/4, tại Hà Nội,
    … đã hội đàm" → that day; "" when it tells none."""
    held = _HELD.search(text)
    return _day_before(held, dates, offset) or _day_after(text, held, dates, offset)


# ("… held talks with President X in Hanoi on October 21, as part of …": the English tells
# the day after the talks, in their own clause, after "on")
_ON_DAY: Final = re.compile(r"[^,;.]*\son\s+\Z")


def _day_after(text: str, held: re.Match[str] | None, dates: list[DateRef], offset: int) -> str:
    if held is None:
        return ""
    for d in dates:
        at = d.pos - offset
        if at < held.end() or d.precision != "day" or d.start != d.end:
            continue
        return d.start if _ON_DAY.fullmatch(text, held.end(), at) else ""
    return ""


def received_day(text: str, dates: list[DateRef], offset: int) -> str:
    """The day of an audience ``text`` tells a host gave a named guest, dated before the
    word ("Vučić on Wednesday received …", "Ngày 4/11, Chủ tịch nước đã tiếp Bộ trưởng …");
    "" when it tells none. A signing told after it with no word of the visit ("The two
    countries signed …") took that day; one told "during the visit" takes the visit's."""
    return _day_before(_RECEIVED.search(text), dates, offset)


# A signing told as the visit's: "Cũng trong chuyến thăm, …", "During the visit, …".
_OF_VISIT: Final = re.compile(
    r"(?<![^\W\d_])(?:chuyến\s+(?:thăm|công\s+tác)|visit|trip)(?![^\W\d_])", re.IGNORECASE
)


def names_visit(text: str) -> bool:
    """Whether a signing's words tell it as the visit's ("trong chuyến thăm", "the visit")."""
    return _OF_VISIT.search(text) is not None


def _day_before(held: re.Match[str] | None, dates: list[DateRef], offset: int) -> str:
    if held is None:
        return ""
    days = [
        d
        for d in dates
        if d.precision == "day" and d.start == d.end and d.endpos - offset <= held.start()
    ]
    return days[-1].start if days else ""


def signed_at_occasion(text: str) -> bool:
    """Whether ``text`` opens on the talks or gathering just told and signs something then."""
    opened = _OPENS_ON_IT.match(text)
    return opened is not None and _SIGNED.search(text, opened.end()) is not None


__all__ = ["names_visit", "occasion_day", "received_day", "signed_at_occasion"]
