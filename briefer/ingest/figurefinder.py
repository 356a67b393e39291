"""Figures in a sentence: an amount with a cue → a figure candidate.

Owns :class:`FigureFinder`: each amount's metric (:mod:`briefer.ingest.figurekind`), its
period (written beside it, through a date, a month's, a breakdown's or a change's of the
figure before, told in words, else a flow's total's), its pair (the clause's countries, the
text's two sides, a third end), an aim's reading, and the figures no pair owns (a region's,
two foreign countries', one country's own), which the finder notes in ``elsewhere`` so no
statement takes their clause either; then the ranks among partners (:mod:`rankfigures`).
It keeps what later sentences read back: the last figure told and the last period. The
candidate finder (:mod:`briefer.ingest.candidates`) hands it each sentence with its dates
and amounts, before events take the dates its figures left.
"""

from __future__ import annotations

from collections.abc import Callable

from briefer.ingest import keywords as kw
from briefer.ingest.baseamount import is_base_amount, year_before
from briefer.ingest.candidateparts import (
    BOTH_SIDES,
    CHANGE_OF_THE_LAST,
    CLAUSE_COMMA,
    PER,
    is_period,
)
from briefer.ingest.clean import Metadata
from briefer.ingest.countries import pair_code
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
from briefer.ingest.growthsign import signed_growth
from briefer.ingest.milestones import milestone
from briefer.ingest.monthperiod import flow_month
from briefer.ingest.monthruns import months_to_date
from briefer.ingest.ownfigures import owns_alone
from briefer.ingest.rankfigures import rank_figures
from briefer.ingest.spans import (
    CLAUSE_BREAK,
    Pairs,
    Sentence,
    clause_bounds,
    compared_at,
    in_parentheses,
    period_for,
    through_date,
)
from briefer.ingest.targets import aimed
from briefer.ingest.thatyear import year_told_before
from briefer.ingest.thirdend import third_end
from briefer.ingest.thisfigure import refers_back, subject_of
from briefer.ingest.toldperiod import RunsSeen, in_fiscal_year, told_period
from briefer.text.amountwords import CURRENCIES
from briefer.text.dates import DateRef
from briefer.text.numbers import Amount


class FigureFinder:
    """The figures of each sentence, in text order, emitted through ``emit``."""

    def __init__(
        self,
        body: str,
        metadata: Metadata,
        pairs: Pairs,
        paragraph_partner: dict[int, str],
        elsewhere: list[tuple[int, int]],
        partner: Callable[..., str],
        emit: Callable[..., None],
    ) -> None:
        self.body = body
        self.metadata = metadata
        self.pairs = pairs
        self.main = pairs.main
        self.paragraph_partner = paragraph_partner  # (the extractor's: shared, not copied)
        self.elsewhere = elsewhere  # clauses of figures no pair owns (the extractor's too)
        self._partner = partner
        self._emit = emit
        self.last_period: tuple[int, str] | None = None  # (paragraph, period) of a figure
        self.dated_end = -1  # (where that figure ends, body offset)
        self.runs = RunsSeen()  # (and of the last run of months: toldperiod.py)
        self.last_figure: tuple[int, str, str] | None = None  # (paragraph, metric, subject)

    def find(
        self, s: Sentence, free_dates: list[DateRef], amounts: list[Amount], used: set[int]
    ) -> int:
        """Emit the figures of ``s`` (``amounts`` among ``free_dates``, body offsets); mark in
        ``used`` the dates they took as periods; return how many it emitted."""
        count = 0
        text, pub = s.text, self.metadata.published_on
        periods = [
            d
            for d in free_dates
            if is_period(d)
            and not in_parentheses(text, d.pos - s.start, d.endpos - s.start)
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
                # ("… ngày 12/7/1995 … . Cũng trong năm đó, …": the year the sentence before
                # names, when no dated figure stands in it)
                inherited = (
                    year_told_before(self.body, s.start, text[q_start:q_end], self.dated_end)
                    or inherited
                )
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
                self.dated_end = amount.end
            elif told or (inherited and metric in ONE_WAY):
                # ("… last year. X's exports … were worth …": that year too; so a list of flows)
                self.last_period = self.runs.note((s.paragraph, told or inherited))
                self.dated_end = amount.end
            count += 1
        return count + rank_figures(
            s, periods, dated, self.main, pub, self._partner, self._emit, self.elsewhere
        )
