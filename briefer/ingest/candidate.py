"""The candidate record: a proposed fact and the exact words that support it, and the rule
that keeps one candidate per reading (pure)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefer.ingest.leadtelling import lead_event_restatements, lead_restatements
from briefer.ingest.restated import restated, restated_figures
from briefer.ingest.restatedperiod import restated_periods
from briefer.ingest.retold import preferred_tellings


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


def _reading(c: Candidate) -> tuple[object, ...] | None:
    if c.kind != "figure" or not c.metric:
        return None
    return (c.pair, c.metric, c.period, c.value, c.unit)


def _event_reading(c: Candidate) -> tuple[object, ...] | None:
    """What a lead restating an event shares with the story's telling: the pair, the kind
    of event and its date ("Iran and Vietnam held … consultations … on Monday" in the
    standfirst and the dateline's paragraph below)."""
    if c.kind == "event" and c.metric and c.event_date:
        return (c.pair, c.metric, c.event_date)
    return None


def unique_readings(
    candidates: list[Candidate], lead_ends: tuple[int, ...] = ()
) -> list[Candidate]:
    """One candidate per reading: the same words (any case) with the same value, date, pair;
    and one per figure (metric, period, value) however often the source repeats it
    (``lead_ends``: where the body's lead paragraphs end — a headline's, then a standfirst's;
    a lead's figures told again below it give way to the later telling)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    candidates = restated_periods(candidates)  # (a figure told again without its span)
    again = restated([(c.start, c.end, c.quote, c.kind == "statement") for c in candidates])
    again |= restated_figures([(c.start, c.end, c.quote, _reading(c)) for c in candidates])
    # a figure told twice: the telling that names the partner wins over a lead's short one
    # (a standfirst's telling given way to the one below is no telling that names the pair)
    readings = [(c.start, c.quote, _reading(c)) for c in candidates]
    lead = set().union(*(lead_restatements(end, readings) for end in lead_ends))
    events = [(c.start, c.quote, _event_reading(c)) for c in candidates]
    again |= set().union(*(lead_event_restatements(end, events) for end in lead_ends))
    again |= lead | preferred_tellings(
        [(c.quote, None if i in lead else _reading(c)) for i, c in enumerate(candidates)]
    )
    for i, c in enumerate(candidates):
        if i in again:
            continue  # a lead restating, in fewer words, a sentence told in full below
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


def with_pair(candidate: Candidate, pair: str) -> Candidate:
    return replace(candidate, pair=pair)


__all__ = ["Candidate", "unique_readings", "with_pair"]
