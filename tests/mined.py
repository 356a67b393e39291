"""Candidates mined from a few sentences of our own, the way the fact tests read them: a body
with no page around it, its partner given, published on a fixed day (time is an input)."""

from __future__ import annotations

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata


def candidates(body: str, partner: str, published: str = "2025-06-10") -> list[Candidate]:
    """What the importer proposes from ``body`` about Việt Nam and ``partner``."""
    meta = Metadata(
        published_on=published,
        context_year=int(published[:4]),
        partners=(partner,),
        language="en" if body.isascii() else "vi",
    )
    return find_candidates(body, meta)


def events(body: str, partner: str) -> list[tuple[str, str]]:
    """Each event candidate's date and metric, in order."""
    return [(c.event_date, c.metric) for c in candidates(body, partner) if c.kind == "event"]
