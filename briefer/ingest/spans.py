"""Sentences and their parts as the candidate finder cuts them.

Owns :class:`Sentence` (a sentence of the body, with its offsets and paragraph), clauses
(split at ";"), a clause's bounds around a point, what lies in parentheses, and the dates a
figure is only compared with ("tăng 12% so với năm 2023"), the period a figure's clause
gives it (:func:`period_for`), a document's term of years (:func:`terms_dated`), and
:class:`Pairs`: which
countries a span of the body names, and the partner it is about. Shared by the figure and
statement finder (:mod:`briefer.ingest.candidates`) and the event finder
(:mod:`briefer.ingest.events`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from briefer.ingest.countries import BY_CODE, HOME, CountryMention, find_countries
from briefer.ingest.gluedstops import time_code, unglued
from briefer.ingest.homeplaces import home_places
from briefer.ingest.sentences import split_sentences
from briefer.text.dates import DateRef

CLAUSE_BREAK: Final = re.compile(r";")
COMPARED: Final = re.compile(
    r"(?:so\s+với(?:\s+cùng\s+kỳ)?|so\s+cùng\s+kỳ|gấp\s+\S+\s+lần"
    r"|(?:(?:as\s+)?compared\s+(?:with|to)|than|from|over|against|versus|vs\.?)"
    # ("an increase of 10.2 percent over the same period of 2024", "… over the corresponding
    # period of 2024": the base, not the period)
    r"(?:\s+(?:the\s+)?(?:same|corresponding|equivalent|comparable)"
    r"\s+(?:period|months?|quarter|time)\s+(?:of|in|last))?"
    # ("14% higher than in 2023", "down from during 2023": the preposition of the base year)
    r"(?:\s+(?:in|during|for))?)\s*$",
    re.IGNORECASE,
)
_COMPARED_REACH: Final = 48  # characters before a date that may name it a comparison's base


def compared_at(text: str, at: int, ref: DateRef) -> bool:
    """Whether the date at ``at`` in ``text`` is one a figure is compared with. A span that
    opens the sentence or a clause ("Over January to September 2025, trade reached …") is
    the time the figure is counted over: no change stands before it to be measured."""
    if ref.start != ref.end and _OPENING_SPAN.search(text, 0, at):
        return False
    return is_compared(text[max(0, at - _COMPARED_REACH) : at], ref)


# "Over …" / "From …" at the head of the sentence or after a clause's comma or colon.
_OPENING_SPAN: Final = re.compile(r"(?:\A|[,;:]\s)\s*(?:over|from)\s+\Z", re.IGNORECASE)


def is_compared(before: str, ref: DateRef) -> bool:
    """A date a figure is compared with ("tăng 12% so với năm 2023", "up 9% from 2023");
    "from January 16 to 18" is a span of its own, not a comparison."""
    match = COMPARED.search(before)
    if match is None:
        return False
    return not (match.group().strip().casefold() == "from" and ref.start != ref.end)


# Who says it, before a fronted period: "Theo số liệu của Cục Hải quan, trong 10 tháng …, …".
_ATTRIBUTION: Final = re.compile(r"\s*(?:Theo|According\s+to|Citing|Tại|At)\s", re.IGNORECASE)
# A speech's frame before a fronted period: "Phát biểu khai mạc, Thứ trưởng X cho biết, 10
# tháng đầu năm 2025, kim ngạch …", "Speaking at the forum, the minister said, in 2024 …",
# a source's data shown ("Số liệu của Cục Hải quan cho thấy, trong quý III/2025, …").
_FRAME: Final = re.compile(
    r"\s*(?:Phát\s+biểu|Speaking)\s|.*\s(?:cho\s+biết|cho\s+hay|thông\s+tin|khẳng\s+định"
    r"|nhấn\s+mạnh|cho\s+thấy|ghi\s+nhận|said|noted|stated|added|shows?|showed)\s*$"
    # the scope or topic the figure is told in: "Trên phạm vi cả nước, …", "Về kinh tế, …",
    # "Ở tầm quốc gia, …", "Nationwide, …", "On the trade front, …", "In terms of trade, …"
    r"|\s*(?:Về|Trên\s+(?:phạm\s+vi|bình\s+diện)|Ở\s+(?:tầm|cấp|phạm\s+vi)|Nationwide"
    r"|At\s+the\s+(?:national|country)\s+level|On\s+the\s+[\w-]+\s+front|In\s+terms\s+of)\b",
    re.IGNORECASE,
)


_SAID_BEFORE: Final = re.compile(
    r"\s(?:cho\s+biết|cho\s+hay|cho\s+thấy|ghi\s+nhận|said|noted|stated|added|shows?|showed)\s+"
    r"(?:(?:rằng|that)\s+)?"
    r"(?:trong|in|during)?\s*\Z",
    re.IGNORECASE,
)


# Between a compared year and the amount it holds in brackets: "so với năm 2024 (84 triệu",
# "(US$84 million" (an amount's span opens at its currency's symbol).
_BRACKETED: Final = re.compile(r"\s*\(\s*")

# Between an amount and the period written right after it: "$42 billion in the first half".
_RIGHT_AFTER: Final = re.compile(r"\s*(?:in|during|for|trong|vào)?\s*", re.IGNORECASE)


# A clause of its own opened by "since when", after the amount: "lần đầu vượt 145 tỷ USD kể từ
# khi hai nước bình thường hóa quan hệ năm 1995", "the highest since the two countries set
# up ties in 1992" — its date is that clause's event, no period of the amount.
_SINCE_CLAUSE: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:kể\s+)?từ\s+khi|since\s+(?:the\s+two|both|they|[A-Z][\w-]*\s+and\s))",
)
_OWN_YEAR: Final = re.compile(
    r"(?<![^\W\d_])(?:năm\s+(?:ngoái|nay|trước)|(?:last|this)\s+year)(?![^\W\d_])", re.I
)
# ("In January-September this year, …": months whose year is told in words, the year the
# dates were read in, still open the sentence; "In the January-August 2025 period, …" and
# "In the third quarter (July-September 2025) alone, …" too: the noun the months name, or
# a bracket that restates the period stands between it and the focus word)
_FRONT_END: Final = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+(?:period|giai\s+đoạn))?"
    r"(?:\s+(?:alone|only|overall|as\s+a\s+whole|in\s+full|this\s+year|năm\s+nay))?\s?,"
)


def _framed(parts: list[str]) -> bool:
    """The comma-set parts before a fronted period are all its frame: a source ("Theo …"),
    a speech's frame. A source's name may hold commas of its own ("Theo số liệu của Bộ
    Phát triển, Công nghiệp và Dịch vụ X, …"): a part after a source that goes on in
    capitalised words without a figure is still that name."""
    named = False
    for part in parts:
        if _ATTRIBUTION.match(part) or _FRAME.match(part):
            named = _ATTRIBUTION.match(part) is not None
        elif not (named and _NAME_GOES_ON.match(part)):
            return False
    return True


_OPENS: Final = re.compile(r":|[.!?]\s")
# the rest of an office's name after a comma: capitalised words, no figure; or the countries
# a mission also covers ("Thương vụ Việt Nam tại X, kiêm nhiệm Y, …")
_NAME_GOES_ON: Final = re.compile(r"\s*(?:[A-ZĐÀ-Ỹ]|kiêm\s+nhiệm\s)[^\d]*$")


def period_for(
    periods: list[DateRef],
    s: Sentence,
    c_start: int,
    c_end: int,
    at: int,
    q_start: int,
    end: int | None = None,
) -> DateRef | None:
    """The period of the amount at ``at`` (sentence offsets): one in its own clause
    (before it, else after it), else one that opens its part of the sentence ("Năm
    2024, kim ngạch … đạt 46,2 tỷ USD"). A year it is compared with ("tăng 12% so với
    năm 2023") is never its period, nor one in another clause."""

    def compared(p: DateRef) -> bool:
        return compared_at(s.text, p.pos - s.start, p)

    # "tăng 14% so với năm 2024 (84 triệu USD)", "up 9% from 2023 ($1.2 billion)": the
    # amount in brackets right after the year compared with is that year's, the base's own
    base = [
        p for p in periods if compared(p) and _BRACKETED.fullmatch(s.text, p.endpos - s.start, at)
    ]
    if base:
        return base[-1]
    usable = [p for p in periods if not compared(p)]
    inside = [p for p in usable if c_start <= p.pos - s.start < c_end]
    if end is not None:
        # "$79.4 billion in 2023 and $42 billion in the first half of 2024": a period right
        # after the amount (``end``) is its own, whatever stands before
        tight = [p for p in inside if _RIGHT_AFTER.fullmatch(s.text, end, p.pos - s.start)]
        if tight:
            return tight[0]
    before = [p for p in inside if p.pos - s.start < at]
    if before:
        return before[-1]
    after = [
        p
        for p in inside
        if p.pos - s.start > at and not _SINCE_CLAUSE.search(s.text, at, p.pos - s.start)
    ]
    if after:
        return after[0]
    own = _OWN_YEAR.search(s.text, c_start, c_end)
    if own and not COMPARED.search(s.text[c_start : own.start()]):
        return None  # "…, up from $16.7 billion last year": its own year, told in words
    # A fronted time adverbial: the period at the head of the clause, set off by a comma.
    fronted = [
        p
        for p in usable
        if q_start <= p.pos - s.start < c_start
        and (
            _framed(
                # (a colon opens the clause: "… tiềm năng: năm 2024, kim ngạch …"; so does a
                # stop, when a sentence naming the partner was read with it)
                _OPENS.split(s.text[q_start : p.pos - s.start])[-1].strip(" ,").split(",")[:-1]
            )
            # ("ông X, Tổng Lãnh sự Y, cho biết trong 9 tháng …, kim ngạch …": the speaker
            # and their post stand before the verb; the period opens what they said)
            or _SAID_BEFORE.search(s.text[q_start : p.pos - s.start].split(",")[-1]) is not None
        )
        # ("In 2024 alone, …", "For 2024 as a whole, …": a focus word closes the adverbial)
        and _FRONT_END.match(s.text, p.endpos - s.start) is not None
    ]
    return fronted[-1] if fronted else None


# What a figure is counted up to: "tính đến hết tháng 9/2025", "lũy kế đến ngày 30/6/2025",
# "từ đầu năm đến hết tháng 8", "as of September 2025", "by the end of June 2024".
_THROUGH: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:(?:tính|lũy\s+kế|luỹ\s+kế)(?:\s+từ\s+đầu\s+năm)?|từ\s+đầu\s+năm)"
    r"\s+(?:đến|tới)(?:\s+(?:hết|cuối))?|as\s+(?:of|at)(?:\s+the\s+end\s+of)?"
    r"|by\s+the\s+end\s+of)\s+(?:ngày\s+)?\Z",
    re.IGNORECASE,
)


def through_date(dates: list[DateRef], s: Sentence, q_start: int, c_end: int) -> DateRef | None:
    """The month or day a figure in ``s`` (its clause part ``q_start:c_end``, sentence offsets)
    is counted up to, or None."""
    for d in dates:
        at = d.pos - s.start
        if (
            d.precision != "year"
            and d.start == d.end
            and q_start <= at < c_end
            and _THROUGH.search(s.text, max(0, at - 40), at)
        ):
            return d
    return None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# "Kính thưa Ngài Đại sứ, Kính thưa …! Hôm nay, …": a speech's salutations, which a PDF may
# have joined to its first sentence, are no statement.
_SALUTATIONS: Final = re.compile(
    r"(?:(?:(?:Kính\s+thưa|Thưa|Excellenc(?:y|ies)|Your\s+Excellenc(?:y|ies)|(?:My\s+)?[Dd]ear"
    r"|Ladies\s+and\s+gentlemen)\b[^.!?\n]*?"
    # an address that ends in its term of endearment: "Các bạn sinh viên thân mến!"
    r"|[^.!?\n,]{0,60}?\s(?:thân\s+mến|thân\s+yêu|kính\s+mến|yêu\s+quý))[,!]\s*(?=[A-ZĐÀ-Ỹ]|$))*"
)


def sentences_of(body: str) -> list[Sentence]:
    """The body's sentences with the paragraph each is in, salutations left out."""
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", body)]
    result = []
    index = 0
    for start, end in unglued(body, split_sentences(body)):  # (a headline run into the lead)
        while index + 1 < len(paragraph_starts) and paragraph_starts[index + 1] <= start:
            index += 1
        salutation = _SALUTATIONS.match(body, start, end)
        begin = start + (len(salutation.group()) if salutation else 0)
        begin += time_code(body, begin)  # ("00:01:27 Quỹ …": where a transcript's words are)
        if begin < end:
            result.append(Sentence(begin, end, body[begin:end], index))
    return result


def in_parentheses(text: str, start: int, end: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start) and ")" in text[end : end + 3]


def clause_bounds(text: str, at: int, pattern: re.Pattern[str]) -> tuple[int, int]:
    start = 0
    for match in pattern.finditer(text):
        if match.start() >= at:
            return start, match.start()
        start = match.end()
    return start, len(text)


def clauses(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in CLAUSE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _as_main(mention: CountryMention, main: str) -> CountryMention:
    """A short name that is part of the main partner's own ("Congo" in an article about the
    "Cộng hòa Dân chủ Congo", "Guinea" in one about "Guinea Xích Đạo") is that partner."""
    if mention.code == main or main not in BY_CODE:
        return mention
    own = BY_CODE[main]
    short = re.compile(rf"(?<![^\W\d_]){re.escape(mention.text)}(?![^\W\d_])", re.IGNORECASE)
    if any(short.search(name) for name in (own.name_vi, own.name_en, *own.aliases)):
        return replace(mention, code=main)
    return mention


class Pairs:
    """Guesses the partner of each candidate from the countries around it."""

    def __init__(self, mentions: Sequence[CountryMention], main: str) -> None:
        # In text order, with their starts for bisection: a span's mentions are found in
        # O(log n + k), so an article's candidates cost time linear in its length.
        self.mentions = sorted(
            (_as_main(m, main) for m in mentions if m.code != HOME), key=lambda m: m.start
        )
        self.starts = [m.start for m in self.mentions]
        self.main = main

    def within(self, start: int, end: int) -> list[CountryMention]:
        """The mentions that start inside ``start:end``, in text order."""
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def named(self, start: int, end: int) -> list[str]:
        codes: list[str] = []
        for mention in self.within(start, end):
            if mention.code not in codes:
                codes.append(mention.code)
        return codes

    def partner(self, spans: Sequence[tuple[int, int]]) -> str:
        """The first span (narrowest first) that names a partner decides; the article's
        main partner wins among several."""
        for start, end in spans:
            codes = self.named(start, end)
            if codes:
                return self.main if self.main in codes else codes[0]
        return self.main


# A list's marker before a heading on its line: "II. ", "3. ", "a) ".
_MARKER: Final = re.compile(r"\s*(?:[IVXLC]{1,5}|\d{1,2}|[a-zđ])[.)]\s+")


def is_heading(body: str, s: Sentence) -> bool:
    """A short line of its own (after a list's marker or none) without a sentence's end: a
    heading ("II. PHƯƠNG HƯỚNG NĂM 2025") or a table's cell."""
    line = body[body.rfind("\n", 0, s.start) + 1 : s.start]
    alone = (not line or _MARKER.fullmatch(line)) and body[s.end : s.end + 1] in ("", "\n")
    return bool(alone) and len(s.text) < 80 and not re.search(r"[.!?…:;][”\"’)]?\s*$", s.text)


# A term of years: "giai đoạn 2025 – 2030", "for the 2021-2025 period" (its noun before).
_TERM: Final = re.compile(
    r"(?<![^\W\d_])(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|period|term)\s*$", re.IGNORECASE
)


# A deadline ("trước ngày 30/7/2025", "chậm nhất ngày …", "no later than 15 May"): the day
# something is due, not one it happened.
_DEADLINE: Final = re.compile(
    r"(?<![^\W\d_])(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+vào)?|no\s+later\s+than|deadline(?:\s+of)?)"
    r"\s+(?:ngày\s+)?$",
    re.IGNORECASE,
)
# A speaker's background in a clause describing them: "…, said Lan, who arrived in Saxony in
# 2023", "Dịch giả X, người từng học tập tại … những năm 1960, cho biết …".
_WHO_ONCE: Final = re.compile(
    r",\s+(?:người\s+(?:từng|đã|đang)|who\s+(?:had\s+|has\s+)?[a-z]+ed)\b[^,;]*$", re.I
)
_SAID: Final = re.compile(
    r"(?<![^\W\d_])(?:said|says|told|cho\s+biết|chia\s+sẻ|nói|kể)(?![^\W\d_])", re.I
)

_WHO_CLAUSE: Final = re.compile(
    r",\s+(?:người\s+(?:từng|đã|đang)|who\s+(?:had\s+|has\s+)?[a-z]+ed)\b[^,;.]*", re.I
)


def speaker_undescribed(text: str) -> str:
    """``text`` without the clause describing who speaks ("…," said Lan, who arrived in
    Saxony in 2023."): a speaker's past names no topic of what is said."""
    return _WHO_CLAUSE.sub("", text) if _SAID.search(text) else text


# A Vietnamese place's own quantities: "Lâm Đồng hiện có khoảng 10.000 ha chè, sản lượng năm
# 2024 đạt 250.000 tấn" (its year is the figures' time; no other country is in it).
_QUANTITY: Final = re.compile(
    r"\d[\d.,]*\s*(?:ha|héc-ta|tấn|%|km|MW|hectares?|tonnes?|tons)(?![^\W\d_])", re.I
)


def event_dates(dates: list[DateRef], s: Sentence) -> list[DateRef]:
    """The dates that can date an event: not a day's deadline; not a year in the clause
    that describes who speaks (see _WHO_ONCE); not the year of a Vietnamese place's own
    quantities (see _QUANTITY)."""
    said = _SAID.search(s.text) is not None
    domestic = (
        _QUANTITY.search(s.text) is not None
        and home_places().search(s.text) is not None
        and all(m.code == HOME for m in find_countries(s.text))
    )
    kept = []
    for d in dates:
        at = d.pos - s.start
        if d.precision == "day" and _DEADLINE.search(s.text, max(0, at - 24), at):
            continue
        if d.precision == "year" and (domestic or (said and _WHO_ONCE.search(s.text, 0, at))):
            continue
        kept.append(d)
    return kept


def terms_dated(dates: list[DateRef], s: Sentence) -> list[DateRef]:
    """ "Ngày 22/9, … tiếp Đoàn; hai bên đã ký Biên bản … giai đoạn 2025 – 2030": a term of
    years is what a document covers, not when anything happened: the date the sentence opens
    with dates its clauses. A sentence that opens on the term, or names it alone, keeps it —
    a programme known by its years ("Dự án … giai đoạn 2023 – 2026") is a fact of its own,
    and dropping the term would leave it no candidate (unseen13/14 keys)."""
    terms = [
        d for d in dates if d.start[:4] != d.end[:4] and _TERM.search(s.text, 0, d.pos - s.start)
    ]
    if not terms:
        return dates
    opening = dates[0]
    if opening in terms or opening.pos - s.start > 12:
        return dates
    return [d if d not in terms else replace(opening, pos=d.pos, endpos=d.endpos) for d in dates]


__all__ = [
    "CLAUSE_BREAK",
    "COMPARED",
    "Pairs",
    "Sentence",
    "clause_bounds",
    "clauses",
    "event_dates",
    "in_parentheses",
    "is_compared",
    "is_heading",
    "period_for",
    "sentences_of",
    "speaker_undescribed",
    "terms_dated",
    "through_date",
]
