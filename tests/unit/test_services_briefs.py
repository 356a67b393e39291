"""Brief warnings through the services: what the app shows after every autosave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from briefer.domain.model import Fact
from briefer.services import Services
from briefer.store.facts import insert_fact


def _trade_fact(services: Services, uuid: str, value: float, status: str) -> None:
    cited = next(f for f in services.facts("VN-PE", topic="economic") if f.metric == "trade.total")
    cite = cited.citations[0]
    insert_fact(
        services.db(),
        replace(cited, id=None, uuid=uuid, value=value, status=status, rank="normal", citations=()),
        [(cite.source_id, cite.quote, cite.start)],
    )
    services.db().conn.commit()


def test_a_conflict_with_an_approved_figure_left_out_of_the_brief_is_warned(
    demo_store: Path,
) -> None:
    services = Services(demo_store)
    brief = services.assemble("VN-PE", "ministerial-talks", "vi", date(2024, 12, 1))
    shown = {f.uuid: f for f in services.facts("VN-PE") if f.uuid in brief.cited_fact_uuids()}
    figure = next(f for f in shown.values() if f.metric == "trade.total")
    assert not [w for w in services.brief_warnings(brief) if w.code == "conflict"]

    # A draft with another value is not a conflict: only approved figures are.
    _trade_fact(services, "draft-other-value", (figure.value or 0) * 2, "draft")
    assert not [w for w in services.brief_warnings(brief) if w.code == "conflict"]

    # An approved one is, although the brief does not show it.
    conflicting = replace(figure, period=figure.period)
    _trade_fact(services, "approved-other-value", (conflicting.value or 0) * 2, "approved")
    conflicts = [w for w in services.brief_warnings(brief) if w.code == "conflict"]
    assert conflicts and conflicts[0].fact_uuid in (figure.uuid, "approved-other-value")


def test_a_cited_fact_retired_since_is_still_known_to_the_warnings(demo_store: Path) -> None:
    services = Services(demo_store)
    brief = services.assemble("VN-PE", "state-visit", "en", date(2024, 12, 1))
    used = next(iter(sorted(brief.cited_fact_uuids())))
    fact = services.fact(used)
    assert isinstance(fact, Fact)
    from briefer.store.facts import update_fact

    update_fact(services.db(), replace(fact, status="retired", statement_en=""))
    services.db().conn.commit()
    warnings = services.brief_warnings(brief)
    assert any(w.code == "untranslated" and w.fact_uuid == used for w in warnings)
