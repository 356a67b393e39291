"""A sentence's ranks among partners → rank figures (the candidate finder's rank pass).

"Chile là đối tác thương mại lớn thứ 3 của Việt Nam ở Mỹ Latinh năm 2024" is a *figure* of
unit "rank" with its rank metric ("trade.partner_rank_in_latam") and the year its own clause
holds, else the time of a result before it in its sentence that dates it
(:mod:`briefer.ingest.rankground`), else the publication day as ``as_of``. A rank whose
subject is two other countries ("A's largest partners are B, C") is no pair's.
"""

from __future__ import annotations

from collections.abc import Callable

from briefer.ingest import keywords as kw
from briefer.ingest.candidateparts import AHEAD, CLAUSE_COMMA
from briefer.ingest.countries import pair_code
from briefer.ingest.otherpair import third_ranked
from briefer.ingest.rankedsubject import third_subject
from briefer.ingest.rankfind import ranks_in
from briefer.ingest.rankground import grounded_period
from briefer.ingest.rankside import rank_metric_at
from briefer.ingest.spans import CLAUSE_BREAK, Sentence, clause_bounds, period_for
from briefer.text.dates import DateRef

# (sentence, span in body offsets) → the partner of a candidate in that span
PartnerOf = Callable[[Sentence, tuple[int, int]], str]
Emit = Callable[..., None]


def rank_figures(
    s: Sentence,
    periods: list[DateRef],
    dated: list[tuple[int, str]],
    main: str,
    published_on: str,
    partner_of: PartnerOf,
    emit: Emit,
    elsewhere: list[tuple[int, int]],
) -> int:
    """Emit a rank figure for each rank in ``s``; how many were emitted. ``dated``: (where,
    period) of the sentence's results; clauses of ranks no pair owns go to ``elsewhere``."""
    text = s.text
    count = 0
    ranks = ranks_in(text)
    for index, (value, start, end) in enumerate(ranks):
        next_rank = ranks[index + 1][1] if index + 1 < len(ranks) else None
        rank_metric = rank_metric_at(text, start, end, next_rank)
        if rank_metric is None:
            continue
        q_start, q_end = clause_bounds(text, start, CLAUSE_BREAK)
        if third_ranked(text, start, end) or third_subject(text, start, main):
            # ("A's largest partners are B, C", "B và C là … lớn nhất": no statement)
            elsewhere.append((s.start + q_start, s.start + q_end))
            continue
        # the year it holds in its own clause: "… lớn thứ hai … năm 2024", "… in 2024"
        c_start, c_end = clause_bounds(text, start, CLAUSE_COMMA)
        c_start, c_end = max(c_start, q_start), min(c_end, q_end)
        ranked_in = period_for(periods, s, c_start, c_end, start, q_start)
        rank_period = ranked_in.iso if ranked_in is not None else ""
        rank_period = rank_period or grounded_period(text, start, dated)
        # "… lớn thứ hai cho Madagascar, sau Pakistan": the country ranked above is no
        # partner of the rank
        ahead = AHEAD.search(text, end, q_end)
        partner = partner_of(s, (s.start + q_start, s.start + (ahead.start() if ahead else q_end)))
        emit(
            s.start + q_start,
            s.start + q_end,
            kind="figure",
            topic=kw.metric_topic(rank_metric),
            pair=pair_code(partner),
            value=float(value),
            unit="rank",  # as the demo pack and the renderers write ranks
            period=rank_period,
            as_of="" if rank_period else published_on,
            metric=rank_metric,
            reasons=(f"rank “{text[start:end]}”", f"metric {rank_metric}"),
        )
        count += 1
    return count


__all__ = ["rank_figures"]
