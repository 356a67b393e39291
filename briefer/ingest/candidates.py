"""Cleaned body → candidate facts: the sentences an editor is likely to turn into facts.

A candidate is proposed for every sentence (or clause, or item of a dated list) that holds

- an amount ("gần 500 triệu USD") → a *figure*, with its metric ("trade.total"), qualifier
  ("approx") and the period written next to it ("năm 2023", "7 tháng đầu năm 2024"), else
  ``as_of`` = the publication date;
- a rank among partners ("đối tác thương mại lớn thứ 4 … Mỹ Latinh") → a *figure* with a rank
  metric ("trade.partner_rank_in_latam");
- a date near an event cue ("thiết lập quan hệ ngoại giao", "thăm", "ký Hiệp định") → an
  *event* with its ``event_date``; a list of dated visits ("Fujimori (7/1998), … (11/2006)")
  gives one event per item;
- or, without figure or date, the cue words of agreements, mechanisms, memberships,
  proposals, relations, visits, trade or investment → a *statement*.

``body[c.start:c.end] == c.quote`` always holds. The pair is guessed from the countries
named in the clause, then the sentence, then earlier in the paragraph, then the article
(home country first: "VN-CL"); "VN-ZZ" (ISO's "unknown") when the article names none.
The same words with the same reading found twice in one source give one candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from briefer.domain.model import UNKNOWN_PARTNER, Country, Fact
from briefer.domain.rules import INBOUND, OUTBOUND, visit_direction
from briefer.domain.wording import neutral_statement as _neutral_statement
from briefer.ingest import keywords as kw
from briefer.ingest.clean import Metadata
from briefer.ingest.countries import HOME, CountryMention, country_names, find_countries
from briefer.ingest.countries import ranked_partners as _ranked_partners
from briefer.ingest.sentences import split_sentences
from briefer.text import daytime
from briefer.text.dates import DateRef, find_dates
from briefer.text.numbers import Amount, find_amounts, find_ordinal_rank

_EVENT_REACH: Final = 150  # characters between a date and the cue that makes it an event
_PERIOD_MONTHS: Final = re.compile(r"^\d{4}-\d{2}\.\.\d{4}-\d{2}$")
_CLAUSE_BREAK: Final = re.compile(r";")
_COMPARED: Final = re.compile(
    r"(?:so\s+với|so\s+cùng\s+kỳ|gấp\s+\S+\s+lần|compared\s+(?:with|to)|than|from|over)\s*$",
    re.IGNORECASE,
)
_COMMA: Final = re.compile(r",(?=\s)")


# Several candidates of one sentence share a quote (a figure's clause, the sentence).
_neutral = lru_cache(maxsize=1024)(_neutral_statement)


def _is_compared(before: str, ref: DateRef) -> bool:
    """A date a figure is compared with ("tăng 12% so với năm 2023", "up 9% from 2023");
    "from January 16 to 18" is a span of its own, not a comparison."""
    match = _COMPARED.search(before)
    if match is None:
        return False
    return not (match.group().strip().casefold() == "from" and ref.start != ref.end)


_ITEM_END: Final = re.compile(r"\)(?=\s*(?:,|và\s|;|\.|$))")
# A visit verb, then only titles and other destinations up to the country: "thăm chính
# thức Cộng hòa Chile và Cộng hòa " — not "… tại thành phố San Francisco, ".
_DESTINATION: Final = re.compile(
    r"(?<![^\W\d_])(?:thăm|sang|đến|tới)(?:\s+(?:chính\s+thức|cấp\s+nhà\s+nước|làm\s+việc"
    r"|Cộng\s+hòa|Cộng\s+hoà|Vương\s+quốc|Liên\s+bang|nước|[A-ZĐ]\w*|và|,))*\s*$"
)
_ANNIVERSARY: Final = re.compile(
    r"(?:kỷ\s+niệm|tròn)\s+(\d{1,3})\s+năm|(\d{1,3})(?:st|nd|rd|th)\s+anniversary"
    r"|(\d{1,3})\s+years\s+of",
    re.IGNORECASE,
)
_GENITIVE_HOME: Final = re.compile(r"của(?:\s+\S+){0,4}?\s+Việt\s+Nam")
# "Sáng 25/8" (in the morning of) folds to "sang" (to go to), which the visit rules read as
# a verb of travel: time-of-day words before a date are masked first.
_TIME_OF_DAY: Final = daytime.BEFORE_NUMBER


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed fact and the exact words of the body that support it."""

    quote: str
    start: int
    end: int
    kind: str  # "event" | "figure" | "statement"
    topic: str
    pair: str
    value: float | None = None
    unit: str = ""
    qualifier: str = "exact"
    period: str = ""
    event_date: str = ""
    as_of: str = ""
    metric: str = ""
    statement_vi: str = ""
    reasons: tuple[str, ...] = ()
    # An English source's candidate states the fact in the quote's own English words; a
    # Vietnamese source's English statement is left for a translator.
    statement_en: str = ""


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# ---- small helpers ---------------------------------------------------------------------


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without surrounding blanks, commas or semicolons."""
    while start < end and (body[start].isspace() or body[start] in ",;"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;"):
        end -= 1
    return start, end


def _statement(quote: str) -> str:
    text = quote.strip().rstrip(",;:")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def _in_parentheses(text: str, start: int, end: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start) and ")" in text[end : end + 3]


def _clause_bounds(text: str, at: int, pattern: re.Pattern[str]) -> tuple[int, int]:
    start = 0
    for match in pattern.finditer(text):
        if match.start() >= at:
            return start, match.start()
        start = match.end()
    return start, len(text)


_DIGIT: Final = re.compile(r"\d")
# A rank needs one of these ("nhất" alone is in "nhất trí", "thống nhất" of most articles).
_RANK_WORDS: Final = re.compile(r"thứ|lớn\s+nhất|largest|biggest", re.IGNORECASE)


_NTH: Final = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
               "tám": 8, "chín": 9, "mười": 10}  # fmt: skip
# "đối tác lớn thứ 2 về lao động, thứ 3 về đầu tư và du lịch, thứ 4 về thương mại": after a
# first rank, the others drop the noun and "lớn".
_ELLIPTICAL_RANK: Final = re.compile(
    r"(?:,|;|\svà)\s+(?P<words>thứ\s+(?P<n>\d{1,2}|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười))"
    r"(?=\s+về\s)"
)
_RANK_DOMAIN: Final = re.compile(
    r"\s+về\s+(?P<domain>thương mại|đầu tư|du lịch|lao động|ODA|viện trợ)"
)
_DOMAIN_METRIC: Final = {
    "thương mại": "trade.partner_rank",
    "đầu tư": "investment.rank",
    "du lịch": "tourism.rank",
    "lao động": "people.labour_rank",
    "ODA": "aid.rank",
    "viện trợ": "aid.rank",
}


def _ranks(sentence: str) -> list[tuple[int, int, int]]:
    """Every rank in ``sentence`` as (value, start, end)."""
    found: list[tuple[int, int, int]] = []
    if not _RANK_WORDS.search(sentence):
        return found
    found += _elliptical_ranks(sentence)
    pos = 0
    while pos < len(sentence):
        rank = find_ordinal_rank(sentence[pos:])
        if rank is None:
            break
        value, words = rank
        at = sentence.find(words, pos)
        if at < 0:
            break
        found.append((value, at, at + len(words)))
        pos = at + len(words)
    return sorted(set(found), key=lambda r: r[1])


def _elliptical_ranks(sentence: str) -> list[tuple[int, int, int]]:
    out = []
    for match in _ELLIPTICAL_RANK.finditer(sentence):
        n = match.group("n")
        value = int(n) if n.isdigit() else _NTH.get(n, 0)
        if value:
            out.append((value, match.start("words"), match.end("words")))
    return out


def _rank_domain_metric(sentence: str, end: int) -> str:
    """ "thứ 4 về thương mại" → trade.partner_rank ("" when no domain follows)."""
    match = _RANK_DOMAIN.match(sentence, end)
    return _DOMAIN_METRIC[match.group("domain")] if match else ""


def _is_period(ref: DateRef) -> bool:
    """A year or a run of months ("năm 2023", "9 tháng 2024"): what a figure is counted over."""
    return ref.precision == "year" or bool(_PERIOD_MONTHS.match(ref.iso))


# ---- pairs -----------------------------------------------------------------------------


class _Pairs:
    """Guesses the partner of each candidate from the countries around it."""

    def __init__(self, mentions: Sequence[CountryMention], main: str) -> None:
        # In text order, with their starts for bisection: a span's mentions are found in
        # O(log n + k), so an article's candidates cost time linear in its length.
        self.mentions = sorted((m for m in mentions if m.code != HOME), key=lambda m: m.start)
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


def _pair(partner: str) -> str:
    return f"{HOME}-{partner}"


# ---- the extractor ---------------------------------------------------------------------


class _Extractor:
    def __init__(self, body: str, metadata: Metadata) -> None:
        self.body = body
        self.metadata = metadata
        self.lang = metadata.language
        partners = metadata.partners or _ranked_partners(body, metadata.title)
        self.main = partners[0] if partners else UNKNOWN_PARTNER
        self.pairs = _Pairs(find_countries(body), self.main)
        self.out: list[Candidate] = []
        self.paragraph_partner: dict[int, str] = {}
        self.carried_direction = ""

    # -- pieces --

    def _sentences(self) -> list[_Sentence]:
        paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", self.body)]
        result = []
        index = 0
        for start, end in split_sentences(self.body):
            while index + 1 < len(paragraph_starts) and paragraph_starts[index + 1] <= start:
                index += 1
            result.append(_Sentence(start, end, self.body[start:end], index))
        return result

    def _dates_in(self, s: _Sentence) -> list[DateRef]:
        """Dates of one sentence, in body offsets. Every date and amount holds a digit, so
        sentences without one are never scanned; the cue words that make a day/month a
        date ("Sáng 25/8") sit in the same sentence."""
        if not _DIGIT.search(s.text):
            return []
        found = find_dates(s.text, self.metadata.context_year)
        return [replace(d, pos=d.pos + s.start, endpos=d.endpos + s.start) for d in found]

    def _amounts_in(self, s: _Sentence) -> list[Amount]:
        if not _DIGIT.search(s.text):
            return []
        found = find_amounts(s.text, self.lang)
        return [replace(a, start=a.start + s.start, end=a.end + s.start) for a in found]

    def _partner(self, s: _Sentence, *spans: tuple[int, int]) -> str:
        """Partner for a candidate in sentence ``s``, narrowest span first (body offsets)."""
        named = self.pairs.named(s.start, s.end)
        if named:
            partner = self.pairs.partner([*spans, (s.start, s.end)])
            self.paragraph_partner[s.paragraph] = partner
            return partner
        return self.paragraph_partner.get(s.paragraph, self.main)

    def _emit(self, start: int, end: int, **fields: object) -> None:
        start, end = _trim(self.body, start, end)
        if start >= end:
            return
        quote = self.body[start:end]
        fields.setdefault("statement_vi", _neutral(quote))
        if self.lang == "en":
            fields.setdefault("statement_en", _statement(quote))
        self.out.append(Candidate(quote=quote, start=start, end=end, **fields))  # type: ignore[arg-type]

    # -- figures --

    def _figures(
        self, s: _Sentence, free_dates: list[DateRef], amounts: list[Amount], used: set[int]
    ) -> int:
        count = 0
        text = s.text
        periods = [d for d in free_dates if _is_period(d) and not self._parenthesised(d, s)]
        for amount in amounts:
            at = amount.start - s.start
            metric = kw.figure_metric(text, at, amount.unit)
            if not metric and amount.unit not in ("USD", "EUR", "VND", "%"):
                continue  # "28 doanh nghiệp" in passing: not a figure worth a fact
            q_start, q_end = _clause_bounds(text, at, _CLAUSE_BREAK)
            c_start, c_end = _clause_bounds(text, at, _COMMA)
            c_start, c_end = max(c_start, q_start), min(c_end, q_end)
            period = self._period_for(periods, s, c_start, c_end, at, q_start)
            if period is not None:
                used.add(id(period))
            partner = self._partner(s, (s.start + q_start, s.start + q_end))
            reasons = [f"amount “{amount.text}”"]
            if period is not None:
                reasons.append(f"period “{period.text}”")
            if metric:
                reasons.append(f"metric {metric}")
            self._emit(
                s.start + q_start,
                s.start + q_end,
                kind="figure",
                topic=_metric_topic(metric) or kw.topic_of(text) or "economic",
                pair=_pair(partner),
                value=amount.value,
                unit=amount.unit,
                qualifier=amount.qualifier,
                period=period.iso if period is not None else "",
                as_of="" if period is not None else self.metadata.published_on,
                metric=metric,
                reasons=tuple(reasons),
            )
            count += 1
        ranks = _ranks(text)
        for index, (value, start, end) in enumerate(ranks):
            next_rank = ranks[index + 1][1] if index + 1 < len(ranks) else None
            rank_metric = _rank_domain_metric(text, end) or kw.rank_metric(
                text, start, end, next_rank
            )
            if rank_metric is None:
                continue
            q_start, q_end = _clause_bounds(text, start, _CLAUSE_BREAK)
            partner = self._partner(s, (s.start + q_start, s.start + q_end))
            self._emit(
                s.start + q_start,
                s.start + q_end,
                kind="figure",
                topic=_metric_topic(rank_metric),
                pair=_pair(partner),
                value=float(value),
                unit="rank",  # as the demo pack and the renderers write ranks
                as_of=self.metadata.published_on,
                metric=rank_metric,
                reasons=(f"rank “{text[start:end]}”", f"metric {rank_metric}"),
            )
            count += 1
        return count

    def _parenthesised(self, ref: DateRef, s: _Sentence) -> bool:
        return _in_parentheses(s.text, ref.pos - s.start, ref.endpos - s.start)

    @staticmethod
    def _period_for(
        periods: list[DateRef], s: _Sentence, c_start: int, c_end: int, at: int, q_start: int
    ) -> DateRef | None:
        """The period of the amount at ``at`` (sentence offsets): one in its own clause
        (before it, else after it), else one that opens its part of the sentence ("Năm
        2024, kim ngạch … đạt 46,2 tỷ USD"). A year it is compared with ("tăng 12% so với
        năm 2023") is never its period, nor one in another clause."""

        def compared(p: DateRef) -> bool:
            return _is_compared(s.text[max(0, p.pos - s.start - 24) : p.pos - s.start], p)

        usable = [p for p in periods if not compared(p)]
        inside = [p for p in usable if c_start <= p.pos - s.start < c_end]
        before = [p for p in inside if p.pos - s.start < at]
        if before:
            return before[-1]
        after = [p for p in inside if p.pos - s.start > at]
        if after:
            return after[0]
        # A fronted time adverbial: the period at the head of the clause, set off by a comma.
        fronted = [
            p
            for p in usable
            if q_start <= p.pos - s.start < c_start
            and not s.text[q_start : p.pos - s.start].strip(" ,").count(",")
            and s.text[p.endpos - s.start : p.endpos - s.start + 2].startswith(",")
        ]
        return fronted[-1] if fronted else None

    # -- events --

    @staticmethod
    @lru_cache(maxsize=256)
    def _cues(text: str) -> list[tuple[int, kw.EventCue, re.Match[str]]]:
        """Every event cue in a sentence, scanned once for all its dates (and kept for the
        next question about the same sentence)."""
        return [
            (order, cue, match)
            for order, cue in enumerate(kw.EVENT_CUES)
            for match in cue.pattern.finditer(text)
        ]

    @staticmethod
    def _nearest_cue(
        cues: list[tuple[int, kw.EventCue, re.Match[str]]], start: int, end: int
    ) -> tuple[kw.EventCue, re.Match[str]] | None:
        """The cue nearest to the date at ``start:end`` (the earlier-listed cue on a tie)."""
        best: tuple[int, int, kw.EventCue, re.Match[str]] | None = None
        for order, cue, match in cues:
            if match.end() <= start:
                distance = start - match.end()
            elif match.start() >= end:
                distance = match.start() - end
            else:
                distance = 0
            if distance > _EVENT_REACH:
                continue
            if best is None or (distance, order) < best[:2]:
                best = (distance, order, cue, match)
        return (best[2], best[3]) if best else None

    def _items(self, text: str, dates: list[DateRef], s: _Sentence) -> list[tuple[int, int, int]]:
        """(clause start, item start, item end) in sentence offsets, one event each: the
        items of a dated list ("Fujimori (7/1998), Giampietri … (11/2006)") or clauses."""
        spans: list[tuple[int, int, int]] = []
        for c_start, c_end in _clauses(text):
            inside = [d for d in dates if c_start <= d.pos - s.start < c_end]
            bracketed = [d for d in inside if self._parenthesised(d, s)]
            if len(bracketed) >= 2:
                item_start = c_start
                for match in _ITEM_END.finditer(text, c_start, c_end):
                    spans.append((c_start, item_start, match.end()))
                    rest = text[match.end() : c_end]
                    skip = re.match(r"\s*(?:,|và\s|;)?\s*", rest)
                    item_start = match.end() + (skip.end() if skip else 0)
                if item_start < c_end and text[item_start:c_end].strip(" .;,"):
                    spans.append((c_start, item_start, c_end))
            elif inside:
                spans.append((c_start, c_start, c_end))
        return spans

    def _compared(self, ref: DateRef, s: _Sentence) -> bool:
        """ "tăng 12% so với năm 2023": a year a figure is compared with, not an event."""
        return _is_compared(s.text[max(0, ref.pos - s.start - 24) : ref.pos - s.start], ref)

    def _events(
        self, s: _Sentence, free_dates: list[DateRef], used: set[int], figures: int = 0
    ) -> int:
        text = s.text
        dates = [d for d in free_dates if id(d) not in used and not self._compared(d, s)]
        if figures:
            # In a sentence of figures, a bare year without an event cue is the figures'
            # time, not an event of its own.
            cues = self._cues(text)
            dates = [
                d
                for d in dates
                if d.precision != "year"
                or self._nearest_cue(cues, d.pos - s.start, d.endpos - s.start) is not None
            ]
        if not dates:
            return 0
        count = 0
        # A list of visits names the direction once: "phía Việt Nam có chuyến thăm Hungary
        # của … (9/2018) và … (4/2022)".
        self.carried_direction = ""
        cues = self._cues(text)
        for c_start, i_start, i_end in self._items(text, dates, s):
            inside = [d for d in dates if i_start <= d.pos - s.start < i_end]
            if not inside:
                continue
            partners = self._event_partners(s, i_start, i_end)
            for best, found in self._milestones(cues, inside, s):
                count += self._event(s, text, c_start, i_start, i_end, best, found, partners)
        return count

    def _milestones(
        self,
        cues: list[tuple[int, kw.EventCue, re.Match[str]]],
        inside: list[DateRef],
        s: _Sentence,
    ) -> list[tuple[DateRef, tuple[kw.EventCue, re.Match[str]] | None]]:
        """The dates of an item that are events: one, or one per milestone when the item
        names several, each by its own cue ("thiết lập quan hệ ngoại giao ngày 22/12/1992
        và nâng cấp … lên Đối tác chiến lược toàn diện vào tháng 12/2022")."""
        precision = ["day", "month", "year"]
        groups: dict[int, list[tuple[DateRef, tuple[kw.EventCue, re.Match[str]]]]] = {}
        for ref in inside:
            found = self._cue_of(cues, ref, s)
            if found is not None and found[0].name not in ("anniversary", "visit", "host"):
                groups.setdefault(found[1].start(), []).append((ref, found))
        if len(groups) >= 2:
            picks = [
                min(group, key=lambda g: precision.index(g[0].precision))
                for group in groups.values()
            ]
            return [(ref, found) for ref, found in sorted(picks, key=lambda g: g[0].pos)]
        finest = min(precision.index(d.precision) for d in inside)
        # Of the finest dates, the one nearest its cue: "Ngày 16-1, … hội đàm … nhân chuyến
        # thăm … từ ngày 15 đến 17-1" is a visit from the 15th.
        best = min(
            (d for d in inside if precision.index(d.precision) == finest),
            key=lambda d: self._cue_distance(cues, d, s),
        )
        spans = [d for d in inside if d.start[:4] != d.end[:4]]
        if spans and _ANNIVERSARY.search(s.text):
            best = spans[0]  # "(May 8, 1989 – May 8, 2024)": the years an anniversary counts
        return [(best, self._cue_of(cues, best, s))]

    def _cue_of(
        self, cues: list[tuple[int, kw.EventCue, re.Match[str]]], ref: DateRef, s: _Sentence
    ) -> tuple[kw.EventCue, re.Match[str]] | None:
        """A date's cue: the nearest one before it ("thăm … từ ngày 28 đến 31/10/2024 và dự
        Hội nghị …" is a visit; "ký Hiệp định … ngày 6/12/2005 và thiết lập … Đối tác …
        tháng 2/2023": each milestone's cue precedes its date), else the nearest after it."""
        start, end = ref.pos - s.start, ref.endpos - s.start
        before = [c for c in cues if c[2].end() <= start and start - c[2].end() <= _EVENT_REACH]
        return self._nearest_cue(before, start, end) or self._nearest_cue(cues, start, end)

    def _cue_distance(
        self, cues: list[tuple[int, kw.EventCue, re.Match[str]]], ref: DateRef, s: _Sentence
    ) -> int:
        start, end = ref.pos - s.start, ref.endpos - s.start
        distances = [
            start - m.end() if m.end() <= start else max(0, m.start() - end) for _, _, m in cues
        ]
        return min(distances, default=0)

    def _event(
        self,
        s: _Sentence,
        text: str,
        c_start: int,
        i_start: int,
        i_end: int,
        best: DateRef,
        found: tuple[kw.EventCue, re.Match[str]] | None,
        partners: list[str],
    ) -> int:
        count = 0
        topic, metric, reasons = "", "", [f"date “{best.text}”"]
        event_date = best.iso
        if found is not None:
            cue, match = found
            topic, metric = cue.topic, cue.metric
            if cue.name == "membership":
                metric = kw.membership_metric(match)
            reasons.append(f"{cue.name} “{match.group()}”")
        anniversary = _ANNIVERSARY.search(text[c_start:i_end])
        if anniversary is not None:
            # "kỷ niệm 52 năm … (21/9/1973 - 21/9/2025)": the founding is where the range
            # starts; "kỷ niệm 50 năm … trong năm 2025": the founding year is 1975, never
            # a founding in 2025.
            years = int(next(g for g in anniversary.groups() if g))
            if best.start != best.end and best.start[:4] != best.end[:4]:
                event_date = best.start
            else:
                event_date = str(int(best.start[:4]) - years)
            established = kw.EVENT_CUES[1].pattern.search(text[c_start:i_end])
            if established is not None or metric == "":
                topic, metric = "diplomatic", "relations.established" if established else ""
            reasons.append(f"anniversary “{anniversary.group()}”")
        topic = topic or kw.topic_of(text) or "overview"
        proposal = kw.PROPOSAL.search(text[i_start:i_end])
        if proposal is not None:
            # "trân trọng mời … thăm Peru … 2024": a visit proposed, not one made.
            topic, metric = "proposals", ""
            reasons.append(f"proposal “{proposal.group()}”")
        for partner in partners:
            event_metric = metric
            if found is not None and found[0].name == "visit" and proposal is None:
                clause = text[c_start:i_end]
                item_direction = self._direction(clause, partner) or self.carried_direction
                self.carried_direction = item_direction
                if item_direction:
                    event_metric = f"visit.{item_direction}"
            self._emit(
                s.start + i_start,
                s.start + i_end,
                kind="event",
                topic=topic,
                pair=_pair(partner),
                event_date=event_date,
                metric=event_metric,
                reasons=tuple(reasons),
            )
            count += 1
        return count

    def _event_partners(self, s: _Sentence, i_start: int, i_end: int) -> list[str]:
        """One partner, or each country a visit goes to ("thăm Chile, thăm … Peru")."""
        destinations: list[str] = []
        for mention in self.pairs.within(s.start + i_start, s.start + i_end):
            before = self.body[max(s.start, mention.start - 60) : mention.start]
            if _DESTINATION.search(before) and mention.code not in destinations:
                destinations.append(mention.code)
        if len(destinations) > 1:
            return destinations[:3]
        return [self._partner(s, (s.start + i_start, s.start + i_end))]

    @staticmethod
    def _direction(text: str, partner: str) -> str:
        home = Country(HOME, *country_names(HOME))
        other = Country(partner, *country_names(partner))
        # "chuyến thăm … của lãnh đạo Việt Nam": whose visit, not where to.
        text = _TIME_OF_DAY.sub("", _GENITIVE_HOME.sub("", text))
        # The domain rule knows each country by its table names: a press spelling ("Ả Rập
        # Xê Út", "Hung-ga-ri") is written as the table writes it first.
        for mention in reversed(find_countries(text)):
            name = country_names(mention.code)[0]
            text = text[: mention.start] + name + text[mention.end :]
        probe = Fact(None, "", f"{HOME}-{partner}", "visits", "event", text)
        found = visit_direction(probe, home, other)
        return found if found in (INBOUND, OUTBOUND) else ""

    # -- statements --

    def _statements(self, s: _Sentence, first: int) -> None:
        """A statement for the sentence, or, when figures or events took some of its
        clauses, for each other clause that has the cue words of a statement topic."""
        made = self.out[first:]
        if not made:
            spans = [(s.start, s.end)]
        else:
            spans = [
                (s.start + a, s.start + b)
                for a, b in _clauses(s.text)
                if not any(c.start < s.start + b and s.start + a < c.end for c in made)
            ]
        for start, end in spans:
            text = self.body[start:end]
            if len(text) < 100 and not re.search(r"[.!?…][”\"’)]?\s*$", text):
                continue  # a heading ("3. Hợp tác giáo dục"), not a statement
            topic = kw.topic_of(text)
            if topic not in kw.STATEMENT_TOPICS:
                continue
            self._emit(
                start,
                end,
                kind="statement",
                topic=topic,
                pair=_pair(self._partner(s, (start, end))),
                reasons=(f"topic {topic}",),
            )

    # -- all --

    def run(self) -> list[Candidate]:
        for s in self._sentences():
            dates = self._dates_in(s)
            used: set[int] = set()
            first = len(self.out)
            figures = self._figures(s, dates, self._amounts_in(s), used)
            self._events(s, dates, used, figures)
            self._statements(s, first)
        return _unique(self.out)


def _clauses(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _metric_topic(metric: str) -> str:
    family = metric.split(".", 1)[0]
    return {
        "trade": "economic",
        "investment": "investment",
        "aid": "economic",
        "business": "economic",
        "tourism": "people",
        "people": "people",
        "relations": "diplomatic",
        "agreement": "agreements",
        "membership": "multilateral",
        "visit": "visits",
    }.get(family, "")


def _unique(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per reading: the same words (any case) with the same value, date, pair;
    and one per figure (metric, period, value) however often the source repeats it."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in candidates:
        if c.kind == "figure" and c.metric:
            figure_key = ("figure", c.pair, c.metric, c.period, c.value, c.unit)
            if figure_key in seen:
                continue
            seen.add(figure_key)
        key = (
            " ".join(c.quote.split()).casefold(),
            c.kind,
            c.pair,
            c.value,
            c.unit,
            c.period,
            c.event_date,
            c.metric,
        )
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def find_candidates(body: str, metadata: Metadata | None = None) -> list[Candidate]:
    """Candidate facts in ``body`` (a cleaned body), in text order."""
    if not body.strip():
        return []
    return _Extractor(body, metadata or Metadata()).run()


def with_pair(candidate: Candidate, pair: str) -> Candidate:
    return replace(candidate, pair=pair)


__all__ = ["UNKNOWN_PARTNER", "Candidate", "find_candidates", "with_pair"]
