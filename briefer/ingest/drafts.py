"""Candidate → draft fact, in one place: for an import and for words an editor selects.

Pure: a source's text and a candidate in, a :class:`~briefer.domain.model.Fact` out. The
store writes it (``store.facts.insert_fact``) with its citation and the desk's proposal.
"""

from __future__ import annotations

from dataclasses import replace

from briefer.domain.model import UNKNOWN_PARTNER, Fact, Source
from briefer.errors import InputError
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import clean
from briefer.ingest.countries import HOME


def draft_of(candidate: Candidate, uuid: str) -> Fact:
    """The draft fact a candidate proposes (the editor reviews it on the desk)."""
    return Fact(
        id=None,
        uuid=uuid,
        pair=candidate.pair,
        topic=candidate.topic,
        kind=candidate.kind,
        statement_vi=candidate.statement_vi,
        statement_en=candidate.statement_en,
        event_date=candidate.event_date,
        as_of=candidate.as_of,
        period=candidate.period,
        value=candidate.value,
        unit=candidate.unit,
        qualifier=candidate.qualifier,
        metric=candidate.metric,
        status="draft",
    )


def draft_of_selection(
    source: Source, start: int, end: int, uuid: str
) -> tuple[Fact, Candidate | None, int, str]:
    """A draft citing ``source.body[start:end]`` exactly, prefilled by the candidate rules.

    Returns (draft, the candidate it was prefilled from or None, start, quote): the
    selection is clipped to the body, and its words are the draft's statement.
    """
    start, end = max(0, start), min(len(source.body), end)
    quote = source.body[start:end]
    if not quote.strip():
        raise InputError("Select the words of the source the new fact rests on.")
    meta = clean(source.raw).metadata if source.raw else None
    if meta is not None and source.published_on[:4].isdigit():
        meta = replace(
            meta, published_on=source.published_on, context_year=int(source.published_on[:4])
        )
    overlap = [
        (min(c.end, end) - max(c.start, start), c) for c in find_candidates(source.body, meta)
    ]
    best = max((o for o in overlap if o[0] > 0), key=lambda o: o[0], default=(0, None))[1]
    statement = " ".join(quote.split())
    if best is not None:
        draft = replace(draft_of(best, uuid), statement_vi=statement, statement_en="")
        return draft, best, start, quote
    partner = meta.partners[0] if meta is not None and meta.partners else UNKNOWN_PARTNER
    draft = Fact(
        id=None,
        uuid=uuid,
        pair=f"{HOME}-{partner}",
        topic="overview",
        kind="statement",
        statement_vi=statement,
        status="draft",
    )
    return draft, None, start, quote
