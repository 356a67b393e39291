"""The shapes of facts more than one command prints: JSON (the README documents it; tests hold
it) and the text lines of ``facts`` and ``review``."""

from __future__ import annotations

from typing import Any

from briefer.domain.model import Fact

# The fact's fields in order, without its id and citation count (its citations follow).
_FACT_JSON_FIELDS = tuple(
    name for name in Fact.__dataclass_fields__ if name not in ("id", "citations", "citation_count")
)


def fact_json(fact: Fact) -> dict[str, Any]:
    """A fact as ``briefer facts --json`` and ``briefer review --json`` print it."""
    # Field by field, not ``asdict``: it deep-copies every citation only for them to be
    # replaced below (a third of `facts --json` for a pair's topic of 1,500 facts).
    data = {name: getattr(fact, name) for name in _FACT_JSON_FIELDS}
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


def fact_when_text(fact: Fact) -> str:
    """The period, date or as-of day a fact holds for, as an editor reads it ("năm 2024")."""
    from briefer.text.dates import format_date

    for label, value in (("", fact.period), ("", fact.event_date), ("as of ", fact.as_of)):
        if value:
            try:
                return label + format_date(value, "vi")
            except ValueError:
                return label + value
    return ""


def fact_value(fact: Fact) -> str:
    """A figure's value as the brief writes it ("14,8 tỷ USD", "thứ 8"); "" for no value."""
    from briefer.text.display import format_figure

    return format_figure(fact.value, fact.unit, "vi", fact.qualifier)


def fact_line(fact: Fact) -> str:
    """A fact as ``briefer facts`` prints it: topic, status, statement, value, first source."""
    cite = fact.citations[0] if fact.citations else None
    source = f" [{cite.source_outlet or cite.source_title}]" if cite else " [no citation]"
    # The value and its period: facts drafted from one sentence (a value and its growth)
    # share their statement, and this is what tells them apart.
    fields = " · ".join(part for part in (fact_value(fact), fact_when_text(fact)) if part)
    shown = f" ({fields})" if fields else ""
    return f"{fact.topic:<14} {fact.status:<9} {fact.statement_vi}{shown}{source}"
