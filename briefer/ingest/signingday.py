"""A signing told with no date of its own, after a dated visit or session (pure).

"Bộ trưởng X thăm chính thức Việt Nam từ ngày 8 đến 11/4/2025." and, a paragraph later,
"Trong chuyến thăm, hai bên đã ký Bản ghi nhớ …", "The two sides signed a Memorandum of
Understanding …": the signing happened during the visit the article told last. The day is
unknown when the visit lasted several days, so it is dated by the visit's month; a one-day
meeting inside the visit ("held talks on November 4" during a visit "from November 3 to 5")
gives its day. A document's term ("giai đoạn 2025 - 2030", "for 2026–2028") or a start still
to come ("flights to start in summer 2026") is no date of the signing. A signing asked for
or still to come ("sớm ký kết", "will sign") and a tally of the ties' papers ("đã ký kết
nhiều Hiệp định …") are no signing of the visit; nor is one in a sentence of figures (the
figure is its fact). A visit's sentence can sign in a clause of its own ("…, during which
the two countries signed …", :func:`signed_during`). "After the talks, the two ministers
signed …" when no talks were told with a day is a signing of the visit too.

Owns telling such a signing (:func:`signs_undated`) and the time a dated visit gives the
signings after it (:func:`visit_time`, :func:`narrower`); the event finder
(:mod:`briefer.ingest.events`) keeps the last visit's time.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

# A signing verb ("đăng ký", to register, and "ký hiệu", a mark, are none).
_SIGNED: Final = re.compile(
    r"(?<![^\W\d_])(?:(?<![Đđ]ăng\s)ký(?:\s+kết)?(?!\s+hiệu)|signed|inked)(?![^\W\d_])",
    re.IGNORECASE,
)
# The document signed, after the verb: a memorandum, an agreement, minutes, a plan, a
# declaration or letter of intent …
_DOCUMENT: Final = re.compile(
    r"(?<![^\W\d_])(?:[Bb]ản\s+ghi\s+nhớ|[Bb]iên\s+bản|[Hh]iệp\s+định|[Tt]h[oỏ][aả]\s+thuận"
    r"|[Kk]ế\s+hoạch|[Nn]ghị\s+định\s+thư|[Cc]hương\s+trình|văn\s+kiện|[Hh]ợp\s+đồng"
    r"|[Tt]uyên\s+bố|[Tt]h[ưu]\s+ý\s+định"
    r"|memorand(?:um|a)|MoUs?|agreements?|plan|protocol|programme|program|accord|treaty"
    r"|contracts?|minutes|declarations?|letters?\s+of\s+intent)(?![^\W\d_])",
    re.IGNORECASE,
)
# Words before a date that make it what the document covers or something still to come.
_NOT_WHEN: Final = re.compile(
    r"(?:(?<![^\W\d_])(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|period|term|(?:for|covering)(?:\s+the)?"
    r"|(?:to|will)\s+(?:start|begin|open|run|take\s+effect)(?:\s+in)?(?:\s+\w+)?"
    r"|sẽ|dự\s+kiến(?:\s+\w+){0,5}|từ\s+năm"
    # (an aim's year: "targeting trade of $2 billion by 2030", "mục tiêu … vào năm 2030")
    r"|(?:target\w*|aim\w*|goal|mục\s+tiêu|phấn\s+đấu)[^.;]{0,60}?\s(?:by|đến|vào)(?:\s+năm)?"
    # (when the document takes effect: "effective from January 2026", "có hiệu lực từ …")
    r"|effective(?:\s+(?:from|as\s+of|on))?|hiệu\s+lực(?:\s+(?:kể\s+)?từ)?(?:\s+ngày)?))\s*$",
    re.IGNORECASE,
)
# A signing still to come, asked for or only supposed: "sẽ ký", "dự kiến ký", "sớm ký kết",
# "will sign", "are expected to sign", "trước khi ký", "could be signed".
_AHEAD: Final = re.compile(
    r"(?<![^\W\d_])(?:sẽ|sắp|sớm|dự\s+kiến|kế\s+hoạch|chuẩn\s+bị|tiến\s+tới|hướng\s+tới"
    r"|xem\s+xét|nghiên\s+cứu|thúc\s+đẩy|đề\s+xuất|đề\s+nghị|will|to|would|shall|soon"
    # (a condition or a time told by a signing, no signing: "xác minh trước khi ký hợp
    # đồng", "check before signing contracts"; one that may happen: "could be signed")
    r"|trước\s+khi|(?<!sau\s)khi|nếu|có\s+thể|before|when|if|could|may|might|can)"
    r"(?:\s+(?:cùng|tiến\s+hành|be))?\s*$",
    re.IGNORECASE,
)
# Documents counted vaguely after the verb: the ties' papers over the years, no one signing.
_MANY: Final = re.compile(
    r"\s+(?:được\s+)?(?:nhiều|các|những|một\s+số|hàng\s+loạt|hơn\s+\d+|trên\s+\d+|many|several"
    r"|numerous|various|a\s+number\s+of|a\s+series\s+of|dozens\s+of|more\s+than\s+\d+"
    r"|over\s+\d+)(?![^\W\d_])",
    re.IGNORECASE,
)
# A visit told as lasting several days: "a three-day official visit", "chuyến thăm 3 ngày".
_DAYS_LONG: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:two|three|four|five|six|seven|\d+)-day|(?:hai|ba|bốn|năm|\d+)\s+ngày"
    r"(?=\s+(?:thăm|làm\s+việc|công\s+tác)|[,.]))",
    re.IGNORECASE,
)

# A second day written after the date the parser read: "on September 15 and 16".
_MORE_DAYS: Final = re.compile(r"\s*(?:and|và|&)\s+\d{1,2}(?!\d|[/.-]\d)", re.IGNORECASE)


def signs_undated(text: str, dates: list[DateRef], offset: int) -> int:
    """Where the clause ends in which ``text`` (a sentence at ``offset`` in the body,
    ``dates`` its dates) signs a document with no date of its own to say when (each date in
    it is the document's term or something still to come); -1 when it signs none so, or
    tells a signing still to come ("sẽ ký", "dự kiến ký", "will sign")."""
    signed = _SIGNED.search(text)
    if signed is None or _DOCUMENT.search(text, signed.end()) is None:
        return -1
    if _AHEAD.search(text, 0, signed.start()) or _MANY.match(text, signed.end()):
        return -1  # (nor a tally of the ties' papers: "đã ký kết nhiều Hiệp định …")
    stop = text.find(";", signed.end())
    end = stop if stop >= 0 else len(text)
    for ref in dates:
        at = ref.pos - offset
        if at < end and (at < signed.start() or _NOT_WHEN.search(text, 0, at) is None):
            return -1
    return end


# A relative clause set off by commas between a subject and its verb ("Serbia and Vietnam,
# which established diplomatic relations on March 10, 1957, signed …", "Hai nước, vốn thiết
# lập quan hệ năm 1957, đã ký …"): its date is its own milestone's, none of the signing's.
_ASIDE: Final = re.compile(
    r",\s*(?:which|who|that|vốn|đã\s+từng)\s[^;]*?\d{4}\s*,(?=\s+(?:have\s+|has\s+|đã\s+)?"
    r"(?:signed|ký)\b)",
    re.IGNORECASE,
)


def aside_dates(text: str, dates: list[DateRef], offset: int) -> list[DateRef]:
    """The dates of ``dates`` (of the sentence ``text`` at ``offset``) told in a relative
    clause right before a signing verb: their milestones' own, not the signing's time."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
    return [d for d in dates if any(a <= d.pos - offset < b for a, b in asides)]


# A clause of the visit's sentence that signs during it: "…, during which the two countries
# signed …", "…, trong dịp này hai bên đã ký …".
_DURING_WHICH: Final = re.compile(
    r",\s*(?:during\s+which|in\s+the\s+course\s+of\s+which|at\s+which|where"
    r"|trong\s+(?:dịp|chuyến\s+thăm)\s+(?:này|đó)|nhân\s+dịp\s+(?:này|đó))\b",
    re.IGNORECASE,
)


def signed_during(text: str) -> int:
    """Where the clause of a visit's sentence that signs something during it starts ("…,
    during which the two countries signed a memorandum …"); -1 when there is none."""
    found = _DURING_WHICH.search(text)
    if found is None or signs_undated(text[found.end() :], [], 0) < 0:
        return -1
    return found.start() + 1


# A visit told as still ahead, in the words right before its cue ("chuẩn bị cho chuyến thăm
# … trong năm 2026", "the upcoming visit", "sẽ thăm"): no time a later signing takes.
_PLANNED: Final = re.compile(
    r"(?<![^\W\d_])(?:chuẩn\s+bị(?:\s+cho)?|sẽ|sắp|dự\s+kiến|will|upcoming|planned"
    r"|prepar\w*\s+for)(?:\s+(?:các|những|the|an?|một))?\s+(?:chuyến\s+)?\S*\s*$",
    re.IGNORECASE,
)


def planned_visit(clause: str, cue_at: int) -> bool:
    """Whether the visit cued at ``cue_at`` of ``clause`` is told as one still to come."""
    return _PLANNED.search(clause[max(0, cue_at - 40) : cue_at]) is not None


def visit_time(ref: DateRef, clause: str, after: str = "") -> tuple[str, str]:
    """(start, end) of a dated visit told in ``clause`` (``after``: the words right after
    its date): its days, or its month when it lasted days not all written ("" when it was
    dated by no day or month)."""
    if ref.precision == "year":
        return "", ""
    if ref.precision == "month" or _DAYS_LONG.search(clause) or _MORE_DAYS.match(after):
        return ref.start[:7], ref.start[:7]
    return ref.start, ref.end


def days_month(ref: DateRef) -> str:
    """The month of a span of days within one month ("18-21/1/2025" → "2025-01"), the time
    of what happened on one unnamed day of it; "" for any other date."""
    one_month = ref.start != ref.end and ref.start[:7] == ref.end[:7]
    return ref.start[:7] if one_month and ref.precision == "day" else ""


def narrower(kept: tuple[str, str], new: tuple[str, str]) -> tuple[str, str]:
    """The time a signing after both visits' telling takes: a single day inside the other's
    span (the meeting the signing crowned), else the one told later — unless it is an
    earlier visit told in passing ("…, tiếp nối chuyến thăm … vào tháng 10/2023"): a visit
    that ended months before the kept one began is no time of the signings told after."""
    for day, span in ((kept, new), (new, kept)):
        one = day[0] == day[1] and len(day[0]) == 10
        # (a span by its month alone holds each of the month's days)
        inside = span[0][:10] <= day[0] and day[0][: len(span[1])] <= span[1]
        if one and (span[0] != span[1] or len(span[0]) == 7) and inside:
            return day
    if kept[0] and new[1] and new[1][:7] < kept[0][:7]:
        return kept
    return new


def received_in(day: str, kept: tuple[str, str]) -> bool:
    """Whether an audience's ``day`` falls inside the kept visit's span of days."""
    start, end = kept
    return bool(day) and len(start) == 10 and start != end and start <= day <= end


def signing_date(kept: tuple[str, str]) -> str:
    """The signing's date from the kept visit time: a day, else the month."""
    start, end = kept
    return start if start == end else start[:7]


__all__ = [
    "aside_dates",
    "days_month",
    "narrower",
    "planned_visit",
    "received_in",
    "signed_during",
    "signing_date",
    "signs_undated",
    "visit_time",
]
