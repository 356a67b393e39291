"""Assembly reads only the facts a brief can use, and the briefs stay the same.

``Services.assemble`` hands the assembler the pair's facts with a shape (metric, value,
date, event, figure) and only the first plain statements of each topic, up to the topic's
limit. A brief assembled from those must equal the brief assembled from every approved
fact of the pair, for every pair, brief type and language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from briefer.assemble import assemble_brief, plain_statement_limits
from briefer.domain.brief import BRIEF_TYPES
from briefer.services import Services
from briefer.store import facts as fact_store
from briefer.store.brief_facts import brief_facts
from briefer.store.facts import insert_fact

ON = date(2026, 11, 24)


def _both(services: Services, pair: str, kind: str, lang: str):
    db = services.db()
    the_pair = fact_store.get_pair(db, pair)
    assert the_pair is not None
    every = fact_store.list_facts(db, pair=pair, status="approved", with_citations=False)
    some = brief_facts(db, pair, plain_statement_limits(kind))
    return (
        assemble_brief(the_pair, kind, lang, ON, every),
        assemble_brief(the_pair, kind, lang, ON, some),
        every,
        some,
    )


def test_every_demo_brief_is_the_same_from_the_facts_it_can_use(demo_store: Path) -> None:
    services = Services(demo_store)
    pairs = [p.code for p in services.pairs()]
    assert len(pairs) >= 2
    for pair in pairs:
        for kind in BRIEF_TYPES:
            for lang in ("vi", "en"):
                full, lean, _, _ = _both(services, pair, kind, lang)
                assert lean == full, (pair, kind, lang)
                assert lean.items(), (pair, kind, lang)
    services.close()


def _add_plain(services: Services, template, count: int, **changes) -> None:
    cite = template.citations[0]
    for i in range(count):
        fact = replace(
            template, id=None, uuid=f"plain-{'-'.join(map(str, changes.values()))}-{i}",
            kind="statement", metric="", value=None, unit="", qualifier="", period="", as_of="",
            event_date="", rank="normal", status="approved", citations=(),
            statement_vi=f"Câu thứ {i} về hợp tác hai nước.", statement_en=f"Statement {i}.",
        )  # fmt: skip
        fact = replace(fact, **changes)
        citations = [(cite.source_id, cite.quote, cite.start)] if i % 3 else []
        insert_fact(services.db(), fact, citations)
    services.db().conn.commit()


def test_a_pair_with_many_plain_statements_gives_the_same_briefs_from_far_fewer_facts(
    demo_store: Path,
) -> None:
    services = Services(demo_store)
    template = next(f for f in services.facts("VN-PE") if f.citations)
    # More plain statements than any topic shows, some deprecated, some uncited, in topics
    # with their own limits (visits) and in one no brief shows.
    for topic in ("economic", "diplomatic", "visits", "culture", "talking_points"):
        _add_plain(services, template, 40, topic=topic)
    _add_plain(services, template, 10, topic="economic", rank="deprecated")
    _add_plain(services, template, 5, topic="economic", rank="preferred")
    for kind in BRIEF_TYPES:
        for lang in ("vi", "en"):
            full, lean, every, some = _both(services, "VN-PE", kind, lang)
            assert lean == full, (kind, lang)
            assert len(some) < len(every) - 100, (kind, len(some), len(every))
    # What the app does (``Services.assemble``) gives the same sections and warnings, plus
    # its warnings about the cited sources.
    full = _both(services, "VN-PE", "state-visit", "en")[0]
    app = services.assemble("VN-PE", "state-visit", "en", ON)
    assert app.sections == full.sections and app.fact_revisions == full.fact_revisions
    assert app.warnings[: len(full.warnings)] == full.warnings
    services.close()


def test_the_facts_a_brief_can_use_come_from_indexes(demo_store: Path) -> None:
    services = Services(demo_store)
    db = services.db()
    db.execute("ANALYZE")
    limits = plain_statement_limits("state-visit")
    assert limits and all(n > 0 for n in limits.values())
    # A type showing only figures with a metric needs no plain statements at all.
    assert any(not plain_statement_limits(k) for k in BRIEF_TYPES if BRIEF_TYPES[k].metric_only)
    from briefer.store import brief_facts as module

    captured: list[str] = []
    db.conn.set_trace_callback(captured.append)
    module.brief_facts(db, "VN-PE", limits)
    db.conn.set_trace_callback(None)
    query = next(q for q in captured if "UNION ALL" in q)
    plan = str(db.conn.execute(f"EXPLAIN QUERY PLAN {query}").fetchall())
    assert "fact_shaped" in plan and "fact_plain" in plan, plan
    assert not re.search(r"SCAN (f|fact)\b", plan), plan  # never a pass over the fact table
    services.close()
