"""An editor's selection in a source → a draft fact, prefilled by the candidate rules (pure).

The words the editor selected are the fact's quote and Vietnamese statement; the candidate
the importer's rules find over the most of those words gives its pair, topic, kind, date
and figure. With no overlapping candidate the draft is a statement of the source's first
partner country (or the unknown partner), filed under overview.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefer.domain.model import UNKNOWN_PARTNER, Fact, Source
from briefer.errors import InputError
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata, clean


@dataclass(frozen=True, slots=True)
class Selection:
    fact: Fact  # the draft (no id yet)
    quote: str  # source.body[start:end], what the fact's citation holds
    start: int
    end: int
    candidate: Candidate | None  # the rule that read the selected words, if any


def _metadata(source: Source) -> Metadata | None:
    meta = clean(source.raw).metadata if source.raw else None
    if meta is not None and source.published_on[:4].isdigit():
        # The stored date (perhaps corrected by an editor) outranks the one read from the raw.
        meta = replace(
            meta, published_on=source.published_on, context_year=int(source.published_on[:4])
        )
    return meta


def draft_from_selection(source: Source, start: int, end: int, uuid: str) -> Selection:
    """The draft citing ``source.body[start:end]`` (clamped to the body) exactly."""
    start, end = max(0, start), min(len(source.body), end)
    quote = source.body[start:end]
    if not quote.strip():
        raise InputError("Select the words of the source the new fact rests on.")
    meta = _metadata(source)

    def overlap(c: Candidate) -> int:
        return min(c.end, end) - max(c.start, start)

    overlapping = [c for c in find_candidates(source.body, meta) if overlap(c) > 0]
    best = max(overlapping, key=overlap, default=None)
    partner = meta.partners[0] if meta is not None and meta.partners else UNKNOWN_PARTNER
    fact = Fact(
        id=None,
        uuid=uuid,
        pair=best.pair if best is not None else f"VN-{partner}",
        topic=best.topic if best is not None else "overview",
        kind=best.kind if best is not None else "statement",
        statement_vi=" ".join(quote.split()),
        event_date=best.event_date if best is not None else "",
        as_of=best.as_of if best is not None else "",
        period=best.period if best is not None else "",
        value=best.value if best is not None else None,
        unit=best.unit if best is not None else "",
        qualifier=best.qualifier if best is not None else "exact",
        metric=best.metric if best is not None else "",
        status="draft",
    )
    return Selection(fact, quote, start, end, best)
