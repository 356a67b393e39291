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

Statements are found here; figures by :mod:`briefer.ingest.figurefinder`, events by
:mod:`briefer.ingest.events`; sentence parts they use (clauses, parentheses, compared
years, a span's countries) in ``spans``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from briefer.domain.model import UNKNOWN_PARTNER
from briefer.domain.wording import neutral_statement as _neutral_statement
from briefer.ingest import keywords as kw
from briefer.ingest.aidyear import dated_aid
from briefer.ingest.briefs import brief_column
from briefer.ingest.candidate import Candidate, unique_readings, with_pair
from briefer.ingest.candidateparts import (
    DATELINE_ONLY,
    DIGIT,
    LETTER_WORD,
    PERIOD_WORDS,
    SCALE,
    WISHES,
    statement_of,
    trim_span,
)
from briefer.ingest.candidatepass import last_pass
from briefer.ingest.clean import Metadata
from briefer.ingest.countries import find_countries, pair_code
from briefer.ingest.countries import ranked_partners as _ranked_partners
from briefer.ingest.countspans import event_dates
from briefer.ingest.datelinelead import dateline_end
from briefer.ingest.dayroles import event_days
from briefer.ingest.duringmilestone import during_milestone
from briefer.ingest.epithets import epithet_mentions
from briefer.ingest.events import EventFinder
from briefer.ingest.factnoise import beside_the_pair
from briefer.ingest.figurefinder import FigureFinder
from briefer.ingest.footmarks import unmark
from briefer.ingest.indicators import own_indicators
from briefer.ingest.interviews import interviewer_turn
from briefer.ingest.leadtelling import lead_ends_of
from briefer.ingest.marketquote import market_quote
from briefer.ingest.nearday import near_days
from briefer.ingest.notices import not_a_claim
from briefer.ingest.paperlines import paperwork_line
from briefer.ingest.photoline import photo_line
from briefer.ingest.rivals import without_rivals
from briefer.ingest.routine import (
    housekeeping,
    unnamed_view,
)
from briefer.ingest.sentgreetings import greeting_month
from briefer.ingest.signingday import signed_during, signing_date
from briefer.ingest.sourcenotes import source_note
from briefer.ingest.spans import (
    Pairs,
    Sentence,
    clauses,
    in_parentheses,
    is_heading,
    sentences_of,
    speaker_undescribed,
)
from briefer.ingest.statementmark import without_outlet_mark
from briefer.ingest.statementscreen import no_statement
from briefer.ingest.thisfigure import restated
from briefer.ingest.visitdirection import onward_leg
from briefer.ingest.weekdayalso import with_weekdays
from briefer.ingest.yearless import settled_years
from briefer.ingest.yearto import year_to
from briefer.ingest.yearwords import told_years
from briefer.text.dates import DateRef, find_dates, weekday_dates
from briefer.text.numbers import Amount, find_amounts

# Several candidates of one sentence share a quote (a figure's clause, the sentence).
_neutral = lru_cache(maxsize=1024)(_neutral_statement)


# ---- the extractor ---------------------------------------------------------------------


class _Extractor:
    def __init__(self, body: str, metadata: Metadata) -> None:
        self.body = body
        self.metadata = metadata
        self.lang = metadata.language
        partners = metadata.partners or _ranked_partners(body, metadata.title)
        self.main = partners[0] if partners else UNKNOWN_PARTNER
        # (a country named by its region, "the Andean nation", is the partner: epithets.py;
        # a country named as a rival, "cạnh tranh từ Ấn Độ", is no partner: rivals.py)
        found = find_countries(body)
        named = without_rivals(body, found)
        self.pairs = Pairs(named + epithet_mentions(body, self.main, found), self.main)
        self.out: list[Candidate] = []
        self.paragraph_partner: dict[int, str] = {}
        self.elsewhere: list[tuple[int, int]] = []  # clauses of figures no pair owns
        self.figures = FigureFinder(
            body, metadata, self.pairs, self.paragraph_partner, self.elsewhere, self._partner,
            self._emit,
        )  # fmt: skip
        self.events = EventFinder(body, self.pairs, self._emit, self._partner, self._parenthesised)
        self.briefs = brief_column(body, metadata.title)  # (a "Tin vắn" column of items)

    # -- pieces --

    def _dates_in(self, s: Sentence) -> list[DateRef]:
        """Dates of one sentence, in body offsets. Every date but a weekday or a period in
        words holds a digit, so other sentences are scanned for weekdays only; the cue words
        that make a day/month a date ("Sáng 25/8") sit in the same sentence."""
        dated = DIGIT.search(s.text) or PERIOD_WORDS.search(s.text)
        found = find_dates(s.text, self.metadata.context_year) if dated else []
        found = year_to(s.text, told_years(s.text, found, self.metadata.context_year))
        found = settled_years(s.text, found, self.metadata.published_on)  # (at a year's turn)
        # ("… on Tuesday, the first round since 2019": the weekday dates the act)
        found = with_weekdays(found, s.text, self.metadata.published_on)
        if not found and len(self.metadata.published_on) == 10:
            # "Minister X on Wednesday received …": a day of the week the article was out
            found = weekday_dates(s.text, self.metadata.published_on)
            # ("… and Vietnam yesterday signed …": the day before the report's)
            found = found or near_days(s.text, self.metadata.published_on)
        elif found and len(self.metadata.published_on) == 10:
            # ("X today held talks with Y, who is on a visit from 17 to 19 February": the
            # act's own day beside the visit's span)
            near = near_days(s.text, self.metadata.published_on)
            found = sorted([*found, *near], key=lambda d: d.pos)
        return [replace(d, pos=d.pos + s.start, endpos=d.endpos + s.start) for d in found]

    def _amounts_in(self, s: Sentence) -> list[Amount]:
        if not (DIGIT.search(s.text) or SCALE.search(s.text)):
            return []  # (an amount has a digit, or a scale after a word: "hai tỷ USD")
        found = find_amounts(unmark(s.text), self.lang)  # ("USD³": a source's mark)
        return [replace(a, start=a.start + s.start, end=a.end + s.start) for a in found]

    def _partner(self, s: Sentence, *spans: tuple[int, int]) -> str:
        """Partner for a candidate in sentence ``s``, narrowest span first (body offsets)."""
        named = self.pairs.named(s.start, s.end)
        if named:
            partner = self.pairs.partner([*spans, (s.start, s.end)])
            self.paragraph_partner[s.paragraph] = partner
            return partner
        return self.paragraph_partner.get(s.paragraph, self.main)

    def _emit(self, start: int, end: int, subject: str = "", **fields: object) -> None:
        start, end = trim_span(self.body, start, end)
        if start >= end:
            return
        quote = self.body[start:end]
        if len(LETTER_WORD.findall(quote)) < 3:
            return  # "2023" alone (a table's header cell, an item of a list): no words to cite
        # ("con số này đạt …": stated with the subject of the figure it points back to)
        said = restated(without_outlet_mark(quote), subject)
        fields.setdefault("statement_vi", _neutral(said))
        if self.lang == "en":  # (statements drop a lead's "X Online - ", the quote keeps it)
            fields.setdefault("statement_en", statement_of(said))
        self.out.append(Candidate(quote=quote, start=start, end=end, **fields))  # type: ignore[arg-type]

    def _heading(self, s: Sentence) -> bool:
        """A short line of its own without a sentence's end: a heading or a table's cell."""
        return is_heading(self.body, s)

    def _parenthesised(self, ref: DateRef, s: Sentence) -> bool:
        return in_parentheses(s.text, ref.pos - s.start, ref.endpos - s.start)

    def _signed_during(self, s: Sentence, events: int) -> None:
        """ "… concluded a three-day visit …, during which the two countries signed …": the
        signing in the visit's time (signingday.py)."""
        at = signed_during(s.text) if events and self.events.visited[0] else -1
        if at >= 0:
            # (the visit "which" names is the one this sentence told: "Earlier, X paid a
            # visit in June 2024, during which …" is no signing of the article's own visit,
            # which the visit time kept, an earlier visit being told in passing, still holds)
            kept = self.events.visited
            told = [c.event_date for c in self.out if c.start >= s.start and c.topic == "visits"]
            span = told[-1].split("..") if told and told[-1] else [kept[0]]
            earlier = span[0][:7] < kept[0][:7]
            day = signing_date((span[0], span[-1]) if earlier else kept)
            # (quoted whole: the signing is told as part of the visit)
            self._emit(s.start, s.end, kind="event", topic="agreements", event_date=day,
                       pair=pair_code(self._partner(s)),
                       reasons=(f"during the visit, {day}",))  # fmt: skip

    def _during(self, s: Sentence, dates: list[DateRef]) -> None:
        """The milestone of a sentence whose dates are its leading occasion's: "Trong chuyến
        thăm … từ ngày 9 đến 11/3/2025, hai nước đã nâng cấp quan hệ …" (duringmilestone.py)."""
        found = during_milestone(s.text, dates, s.start)
        if found is None or any(
            c.start >= s.start and c.event_date == found.date for c in self.out
        ):
            return  # (none, or the occasion's own event took its date)
        partner = pair_code(self._partner(s, (s.start, s.end)))
        self._emit(s.start, s.end, kind="event", topic=found.topic, metric=found.metric,
                   pair=partner, event_date=found.date,
                   reasons=(f"during its occasion, {found.date}",))  # fmt: skip

    # -- statements --

    def _statements(self, s: Sentence, first: int) -> None:
        """A statement for the sentence, or, when figures or events took some of its
        clauses, for each other clause that has the cue words of a statement topic."""
        made = [(c.start, c.end) for c in self.out[first:]]
        made += [(a, b) for a, b in self.elsewhere if s.start <= a < s.end]
        if not made:
            spans = [(s.start, s.end)]
        else:
            spans = [
                (s.start + a, s.start + b)
                for a, b in clauses(s.text)
                if not any(start < s.start + b and s.start + a < end for start, end in made)
            ]
        for start, end in spans:
            text = self.body[start:end]
            # (the body's first paragraph whole, the article under it: a standfirst)
            deck = not self.body[:start].strip() and self.body[end:].startswith("\n\n")
            before = self.body[max(0, start - 2000) : start]
            if no_statement(text, before, bool(made), self.main, standfirst=deck):
                continue  # (statementscreen.py: a heading, a question, routine, a topic line …)
            topic = kw.topic_of(speaker_undescribed(text))  # (not the speaker's past)
            if topic != "proposals" and unnamed_view(text):
                continue  # "Theo ông …, đại diện một doanh nghiệp, …": a view, not a fact
            # "Hai bên nhất trí giao …", "Ông … mong muốn Việt Nam hỗ trợ Kenya …": an accord
            # or a request between the sides, whatever its field.
            sides = kw.SIDES.search(text) or self.pairs.named(start, end)
            if not topic and kw.ACCORD.search(text) and sides:
                topic = "proposals"
            if topic not in kw.STATEMENT_TOPICS:
                continue
            partner = self._partner(s, (start, end))
            # a visit it tells of, undated ("…, who was on a working visit to the island"):
            # its direction, as a visit's metric
            visiting = kw.VISIT.search(text) and topic != "proposals"
            direction = self.events.direction(text, partner) if visiting else ""
            self._emit(
                start,
                end,
                kind="statement",
                topic=topic,
                pair=pair_code(partner),
                metric=f"visit.{direction}" if direction else "",
                reasons=(f"topic {topic}",),
            )

    # -- all --

    def run(self) -> list[Candidate]:
        for s in sentences_of(self.body):
            before = self.body[max(0, s.start - 2000) : s.start]  # (a list's points above)
            skip = WISHES.match(s.text) or DATELINE_ONLY.match(s.text) or kw.IMPRINT.match(s.text)
            if skip or not_a_claim(s.text, before) or interviewer_turn(self.body, s.start):
                # a speech's closing wishes ("Xin chúc các quý vị sức khỏe …"); a wire's
                # dateline alone ("DUSHANBE, October 20, 2025 /AGENCY/."); an imprint; an
                # interviewer's remark ("PV: Quy mô thương mại … còn nhỏ. Theo ông, …?")
                continue
            if housekeeping(s.text) or own_indicators(s.text) or source_note(s.text):
                continue  # "Done in …", "X published …"; one economy's gauges; "Nguồn: …"
            if market_quote(s.text) or photo_line(s.text) or paperwork_line(s.text):
                continue  # "Giá dầu Brent … 63 USD/thùng"; "X (right) and Y in …"; "Licence No."
            if onward_leg(s.text, self.main):
                continue  # "From Hanoi, X flew to Beijing": a leg of another trip
            if beside_the_pair(self.body, s, self.main, self.briefs):
                continue  # a correction, a roll, one side's books, another brief, a headline
            dates = self._dates_in(s)
            if s.start == 0 or self.body[s.start - 1] == "\n":  # ("Accra, Aug. 12, GNA – …")
                cut = s.start + dateline_end(s.text, dates, s.start)
                dates = [d for d in dates if d.pos >= cut]
            used: set[int] = set()
            first = len(self.out)
            figures = self.figures.find(s, dates, self._amounts_in(s), used)
            announces = self._heading(s) or s.text.rstrip().endswith(":")  # ("… như sau:")
            if not (announces and all(d.iso.isdigit() for d in dates)):
                # (a heading's or a report's opening's one year, "KẾT QUẢ NĂM 2025", is no
                # event; a programme's years "2025 - 2028" in a table's cell are its term)
                days = event_dates(s.text, dates)  # (not a remark's, an aim's, a holiday)
                days = event_days(s.text, days, s.start, self.metadata.published_on)
                greeted = greeting_month(s.text, days, s.start)  # (a holiday's message)
                if greeted:
                    self._emit(s.start, s.end, kind="event", topic="diplomatic",
                               pair=pair_code(self._partner(s)), event_date=greeted,
                               reasons=(f"message for a holiday in {greeted}",))  # fmt: skip
                else:
                    self._signed_during(s, self.events.find(s, days, used, figures))
                self._during(s, dates)
            self._statements(s, first)
        # (a standfirst's figure told again below: leadtelling.py; aidyear.py)
        return unique_readings(dated_aid(self.out), lead_ends_of(self.body, self.metadata.title))


def find_candidates(body: str, metadata: Metadata | None = None) -> list[Candidate]:
    """Candidate facts in ``body`` (a cleaned body), in text order."""
    if not body.strip():
        return []
    extractor = _Extractor(body, meta := metadata or Metadata())
    return last_pass(body, extractor.run(), meta, extractor.main)  # (what needs the whole text)


__all__ = ["UNKNOWN_PARTNER", "Candidate", "find_candidates", "with_pair"]
