"""JSON shapes more than one command prints (the README documents them; tests hold them)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefer.domain.model import Fact


def fact_json(fact: Fact) -> dict[str, Any]:
    """A fact as ``briefer facts --json`` and ``briefer review --json`` print it."""
    data = asdict(fact)
    data.pop("id")
    data.pop("citation_count")  # the citations themselves follow
    data["citations"] = [
        {
            "source_id": c.source_id,
            "source_uuid": c.source_uuid,
            "title": c.source_title,
            "outlet": c.source_outlet,
            "url": c.source_url,
            "published_on": c.source_published_on,
            "quote": c.quote,
            "start": c.start,
            "end": c.end,
        }
        for c in fact.citations
    ]
    return data
