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

Figures and statements are found here; events by :mod:`briefer.ingest.events`; sentence
parts both use (clauses, parentheses, compared years, a span's countries) in ``spans``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from briefer.domain.model import UNKNOWN_PARTNER
from briefer.domain.wording import neutral_statement as _neutral_statement
from briefer.ingest import keywords as kw
from briefer.ingest.aidyear import dated_aid
from briefer.ingest.baseamount import is_base_amount, year_before
from briefer.ingest.briefs import brief_column
from briefer.ingest.candidate import Candidate, unique_readings, with_pair
from briefer.ingest.candidateparts import (
    BOTH_SIDES,
    CHANGE_OF_THE_LAST,
    CLAUSE_COMMA,
    DATELINE_ONLY,
    DIGIT,
    LETTER_WORD,
    PER,
    PERIOD_WORDS,
    SCALE,
    WISHES,
    is_period,
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
from briefer.ingest.events import EventFinder
from briefer.ingest.factnoise import beside_the_pair
from briefer.ingest.figurekind import figure_kind
from briefer.ingest.flowends import elsewhere
from briefer.ingest.flowperiod import (
    BREAKDOWN,
    ONE_WAY,
    breakdown_period,
    flow_period,
    prior_line,
    said_year,
)
from briefer.ingest.footmarks import unmark
from briefer.ingest.growthsign import signed_growth
from briefer.ingest.indicators import own_indicators
from briefer.ingest.interviews import interviewer_turn
from briefer.ingest.leadtelling import lead_ends_of
from briefer.ingest.marketquote import market_quote
from briefer.ingest.milestones import milestone
from briefer.ingest.monthperiod import flow_month
from briefer.ingest.monthruns import months_to_date
from briefer.ingest.nearday import near_days
from briefer.ingest.notices import not_a_claim
from briefer.ingest.ownfigures import owns_alone
from briefer.ingest.paperlines import paperwork_line
from briefer.ingest.photoline import photo_line
from briefer.ingest.rankfigures import rank_figures
from briefer.ingest.rivals import without_rivals
from briefer.ingest.routine import (
    housekeeping,
    unnamed_view,
)
from briefer.ingest.sentgreetings import greeting_month
from briefer.ingest.signingday import signed_during, signing_date
from briefer.ingest.sourcenotes import source_note
from briefer.ingest.spans import (
    CLAUSE_BREAK,
    Pairs,
    Sentence,
    clause_bounds,
    clauses,
    compared_at,
    in_parentheses,
    is_heading,
    period_for,
    sentences_of,
    speaker_undescribed,
    through_date,
)
from briefer.ingest.statementmark import without_outlet_mark
from briefer.ingest.statementscreen import no_statement
from briefer.ingest.targets import aimed
from briefer.ingest.thirdend import third_end
from briefer.ingest.thisfigure import refers_back, restated, subject_of
from briefer.ingest.toldperiod import RunsSeen, in_fiscal_year, told_period
from briefer.ingest.visitdirection import onward_leg
from briefer.ingest.weekdayalso import with_weekdays
from briefer.ingest.yearless import settled_years
from briefer.ingest.yearto import year_to
from briefer.ingest.yearwords import told_years
from briefer.text.amountwords import CURRENCIES
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
        self.pairs = Pairs(without_rivals(body, find_countries(body)), self.main)
        self.out: list[Candidate] = []
        self.paragraph_partner: dict[int, str] = {}
        self.last_period: tuple[int, str] | None = None  # (paragraph, period) of a figure
        self.runs = RunsSeen()  # (and of the last run of months: toldperiod.py)
        self.last_figure: tuple[int, str, str] | None = None  # (paragraph, metric, subject)
        self.elsewhere: list[tuple[int, int]] = []  # clauses of figures no pair owns
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

    # -- figures --

    def _figures(
        self, s: Sentence, free_dates: list[DateRef], amounts: list[Amount], used: set[int]
    ) -> int:
        count = 0
        text, pub = s.text, self.metadata.published_on
        periods = [
            d
            for d in free_dates
            if is_period(d)
            and not self._parenthesised(d, s)
            and not in_fiscal_year(text, d.pos - s.start)
        ]
        before_it = ""  # the period of this sentence's figure just before
        before_amount = 0  # where the figure just before it ends
        dated: list[tuple[int, str]] = []  # (where, period) of this sentence's results
        before = self.body[self.body.rfind("\n", 0, s.start) + 1 : s.start]  # (its paragraph's)
        for amount in amounts:
            at = amount.start - s.start
            metric, price = figure_kind(text, at, amount.end - s.start, amount.unit, before)
            prior = self.last_figure  # ("…; trong 10 tháng đầu năm 2025, con số này đạt …")
            close = prior is not None and s.paragraph - prior[0] <= 1
            back = prior if close and refers_back(text, at) else None
            metric = metric or (back[1] if back else "")
            per = price or PER.match(text, amount.end - s.start)  # a rate: "… per US dollar"
            if not metric and (amount.unit not in CURRENCIES or per):
                # "28 doanh nghiệp" in passing: not a figure worth a fact; nor a share whose
                # base no cue names ("chi phí … chiếm 17% GDP": a part of what?). Its year is
                # its period, no event's date ("the economy shrank 0.3% in 2024").
                c_start, c_end = clause_bounds(text, at, CLAUSE_COMMA)
                used.update(
                    id(d)
                    for d in periods
                    if c_start <= d.pos - s.start < c_end and d.start == d.end  # (no term)
                )
                continue
            q_start, q_end = clause_bounds(text, at, CLAUSE_BREAK)
            c_start, c_end = clause_bounds(text, at, CLAUSE_COMMA)
            c_start, c_end = max(c_start, q_start), min(c_end, q_end)
            alone = owns_alone(text, (q_start, q_end), (c_start, c_end), at)
            if elsewhere(text, q_start, c_start, c_end, at) or alone:
                # a region's, two foreign countries' or one country's own: no pair's, and no
                # statement of the pair either
                self.elsewhere.append((s.start + q_start, s.start + q_end))
                used.update(id(d) for d in free_dates if q_start <= d.pos - s.start < q_end)
                continue
            if c_start > q_start and kw.WORTH.match(text, c_start):
                # "nhập khẩu 175.000 tấn … năm 2024, trị giá 210 triệu USD": a value set off
                # by a comma is the worth of the clause before, and shares its period
                c_start = max(q_start, clause_bounds(text, c_start - 2, CLAUSE_COMMA)[0])
            period = period_for(periods, s, c_start, c_end, at, q_start, amount.end - s.start)
            if period is not None:
                used.add(id(period))
            inherited, upto, told = "", None, ""
            if period is None:
                upto = through_date(free_dates, s, q_start, c_end)
            if upto is not None:
                # "tính đến hết tháng 9/2025, kim ngạch … đạt …": a flow from the year's
                # start; "lũy kế đến …, vốn đầu tư …": a stock as of that day
                used.add(id(upto))
                economic = not metric and kw.topic_of(text) == "economic"
                if metric.startswith("trade") or economic:
                    inherited = f"{upto.start[:4]}-01..{upto.start[:7]}"
            elif (
                period is None
                and metric.startswith("trade")
                and (month := flow_month(s, free_dates, (c_start, c_end), at, q_start, amount.end))
            ):
                # "In January 2025 alone, two-way trade stood at …", "Trong tháng 1/2025, kim
                # ngạch … đạt …": a flow counted over the one month its clause tells
                used.add(id(month))
                inherited = f"{month.start}..{month.start}"
            elif period is None and BREAKDOWN.match(text[q_start:].lstrip(" ,;")):
                # "Trong đó, Việt Nam xuất khẩu … 385 triệu USD": a part of the figure just
                # before it, in its period.
                head = s.start == 0 or self.body[s.start - 1] == "\n"
                inherited = breakdown_period(
                    self.last_period, self.last_figure, s.paragraph, head, prior_line(self.body, s)
                )
            elif period is None and kw.SAME_YEAR.search(text, q_start, q_end):
                # "Cùng năm, kim ngạch …", "… totalled $5 million in the same year": the year
                # of the figure just before (a paragraph without a dated figure may lie between)
                last = self.last_period
                inherited = last[1] if last and s.paragraph - last[0] <= 2 else ""
            elif period is None and CHANGE_OF_THE_LAST.match(text[c_start:c_end].lstrip(" ,;")):
                # how the figure before it changed: in its period, else in the period of the
                # clause before it ("… năm 2024 giảm 8%, còn 410 triệu USD")
                earlier = [
                    p.iso
                    for p in periods
                    if q_start <= p.pos - s.start < c_start
                    and not compared_at(text, p.pos - s.start, p)
                ]
                inherited = before_it or (earlier[-1] if earlier else "")
            if not inherited and period is None and upto is None:
                # the year told in words ("… năm ngoái", "last year"), else a flow's total's
                own, last, day = text[max(c_start, before_amount) : at], self.last_period, pub
                told = told_period(
                    text[q_start:q_end], last, self.main, self.runs.run
                ) or said_year(text, q_start, q_end, day)
                told = told or months_to_date(text[q_start:q_end], last)  # ("tính chung 9 tháng")
                inherited = told or flow_period(metric, own, before_it, last, s.paragraph, day)
            before_it = period.iso if period is not None else inherited
            the_pair = self.paragraph_partner.get(s.paragraph, self.main)
            partner = self._partner(s, (s.start + q_start, s.start + q_end))
            if BOTH_SIDES.search(text[q_start:at]) and not self.pairs.within(
                s.start + q_start, amount.end
            ):
                # "thương mại giữa hai nước …, năm 2024 chỉ đạt 3,5 triệu USD, … qua các cửa
                # khẩu của Jordan": the two countries are the text's pair, not one named after
                partner = the_pair
            else:  # ("…, xuất khẩu sang Ấn Độ đạt …, gấp ba so với [the partner]")
                mentions = self.pairs.within(s.start + c_start, s.start + c_end)
                partner = (
                    third_end(text, (c_start, c_end), at, mentions, s.start, self.main) or partner
                )
            reasons = [f"amount “{amount.text}”"]
            if period is not None:
                reasons.append(f"period “{period.text}”")
            # (an aim, not a result, told from its own part of the clause: never "reached")
            own = text[max(c_start, before_amount) : at]
            subject = back[2] if back else subject_of(own)
            told_of = metric
            metric = aimed(metric, own, before_it, self.metadata.published_on)
            if milestone(text, at, amount.end - s.start) and not metric.endswith(".target"):
                metric = ""  # ("…, lần đầu vượt mốc 5 tỷ USD": a mark passed, no measure)
            before_amount = amount.end - s.start
            if metric:
                reasons.append(f"metric {metric}")
            if before_it and not metric.endswith(".target"):
                dated.append((at, before_it))
            self._emit(
                s.start + q_start,
                s.start + q_end,
                kind="figure",
                topic=kw.metric_topic(metric) or kw.topic_of(text) or "economic",
                pair=pair_code(partner),
                value=signed_growth(metric, amount.value, text, at, amount.end - s.start),
                unit=amount.unit,
                qualifier=amount.qualifier,
                period=year_before(text, at, amount.end - s.start, before_it),
                as_of=""
                if period is not None or inherited
                else (upto.start if upto is not None else self.metadata.published_on),
                metric=metric,
                reasons=tuple(reasons),
                subject=back[2] if back else "",
            )
            base = in_parentheses(text, at, amount.end - s.start) or is_base_amount(text, at)
            if told_of and not base and amount.unit != "%":  # (a growth rate is no "figure")
                self.last_figure = (s.paragraph, told_of, subject)
            aim = metric.endswith(".target")  # (an aim's year is no period later flows share)
            if period is not None and not base and not aim:  # (nor "…, up from $774mn")
                self.last_period = self.runs.note((s.paragraph, period.iso))  # (not in brackets)
            elif told or (inherited and metric in ONE_WAY):
                # ("… last year. X's exports … were worth …": that year too; so a list of flows)
                self.last_period = self.runs.note((s.paragraph, told or inherited))
            count += 1
        return count + rank_figures(
            s, periods, dated, self.main, pub, self._partner, self._emit, self.elsewhere
        )

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
            figures = self._figures(s, dates, self._amounts_in(s), used)
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
