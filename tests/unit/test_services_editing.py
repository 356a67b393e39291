"""The editor's use-cases: review queue, edits, selection → fact, conflicts, stale, packs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefer.errors import InputError
from briefer.services import Services

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"


@pytest.fixture
def services(demo_store: Path):
    s = Services(demo_store)
    yield s
    s.close()


def _import_seed(services: Services):
    """Import a seed as a new article (the demo pack holds the seed itself: a duplicate)."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    lines = seed.read_text(encoding="utf-8").split("\n")
    lead = next(i for i, line in enumerate(lines) if len(line) > 200)
    extra = "Bài viết được cập nhật với ý kiến của các chuyên gia kinh tế hai nước."
    article = services.store_path.parent / "article.txt"
    article.write_text("\n".join([*lines[: lead + 1], "", extra, *lines[lead + 1 :]]), "utf-8")
    reports = services.import_files([article])
    assert reports[0].status == "imported"
    return reports[0]


def _actions(services: Services, uuid: str) -> list[str]:
    return [row["action"] for row in services.fact_history(uuid)]


def test_review_accept_reject_edit_are_audited(services: Services) -> None:
    assert services.review_queue() == []
    report = _import_seed(services)
    queue = services.review_queue()
    assert {f.uuid for f in queue} == {c.uuid for c in report.candidates}
    a, b, c = queue[0], queue[1], queue[2]

    services.accept_facts([a.uuid, b.uuid])
    services.reject_facts([c.uuid], "not about the pair")
    edited = services.save_fact(replace(queue[3], statement_en="An edited statement."))

    assert services.fact(a.uuid).status == "approved"
    assert services.fact(c.uuid).status == "retired"  # kept, never deleted
    assert services.fact(c.uuid).citations  # still traceable to its source
    assert edited.revision == queue[3].revision + 1
    assert services.fact(queue[3].uuid).statement_en == "An edited statement."
    assert {a.uuid, b.uuid, c.uuid}.isdisjoint(f.uuid for f in services.review_queue())

    rows = services.fact_history(c.uuid)
    reject = [r for r in rows if r["action"] == "reject"][-1]
    assert '"not about the pair"' in reject["details"]
    assert reject["actor"] and reject["at"][:4].isdigit()
    assert "accept" in _actions(services, a.uuid)
    assert "update" in _actions(services, queue[3].uuid)


def test_unknown_fact_is_one_sentence(services: Services) -> None:
    with pytest.raises(InputError):
        services.accept_facts(["00000000-0000-0000-0000-000000000000"])


def test_new_fact_from_selection_quotes_exactly(services: Services) -> None:
    report = _import_seed(services)
    source = services.source(report.source.id)
    start = source.body.find("Ngày 25/3/1971")
    assert start >= 0
    end = source.body.find(".", start) + 1
    fact = services.new_fact_from_selection(source.id, start, end)
    assert fact.status == "draft"
    assert fact.citations[0].quote == source.body[start:end]
    assert (fact.citations[0].start, fact.citations[0].end) == (start, end)
    assert fact.pair == "VN-CL" and fact.kind == "event"  # prefilled by the candidate rules
    assert fact.event_date.startswith("1971")
    assert "create" in _actions(services, fact.uuid)
    with pytest.raises(InputError):
        services.new_fact_from_selection(source.id, 5, 5)


def _two_figures(services: Services):
    in_brief = {u for i in services.assemble("VN-PE").items() for u in i.cited_fact_uuids()}
    base = next(
        f
        for f in services.facts("VN-PE", status="approved")
        if f.uuid in in_brief and f.metric.startswith("trade.total") and f.rank == "normal"
    )
    db = services.db()
    from briefer.store.facts import insert_fact

    twin = replace(
        base,
        id=None,
        uuid="11111111-1111-4111-8111-111111111111",
        value=(base.value or 1) * 2,
        statement_vi=base.statement_vi + " (khác)",
        rank="normal",
        revision=1,
    )
    c = base.citations[0]
    with db.atomic():
        insert_fact(db, twin, [(c.source_id, c.quote, c.start)])
    return base, services.fact(twin.uuid)


def test_conflicts_prefer_and_deprecate(services: Services) -> None:
    base, twin = _two_figures(services)
    groups = services.conflicts("VN-PE")
    group = next(g for g in groups if twin.uuid in {f.uuid for f in g})
    assert base.uuid in {f.uuid for f in group}

    pair_facts = {base.uuid, twin.uuid}

    def conflict_warnings() -> list:
        brief = services.assemble("VN-PE")
        warnings = services.brief_warnings(brief)
        return [w for w in warnings if w.code == "conflict" and w.fact_uuid in pair_facts]

    assert conflict_warnings()
    services.set_preferred(twin.uuid)
    assert services.fact(twin.uuid).rank == "preferred"
    assert "prefer" in _actions(services, twin.uuid)
    assert conflict_warnings() == []

    services.deprecate(base.uuid, "older source")
    assert services.fact(base.uuid).rank == "deprecated"
    assert not any(twin.uuid in {f.uuid for f in g} for g in services.conflicts("VN-PE"))


def test_stale_facts_and_sources(services: Services) -> None:
    stale = services.stale_facts(on=date(2100, 1, 1))
    assert stale and all(f.status == "approved" for f in stale)
    assert services.stale_facts(on=date(2000, 1, 1)) == []
    report = _import_seed(services)
    assert report.source.id in {s.id for s in services.sources()}
    noise = services.source_noise(report.source.id)
    assert ("0:00 / 0:00", "media player") in noise


def test_pack_round_trip(services: Services, tmp_path: Path) -> None:
    from briefer.services import init_store

    out = tmp_path / "pe.brfpack"
    manifest = services.export_pack(out, ["VN-PE"])
    assert manifest.pack_id
    other = Services(tmp_path / "other.sqlite", demo_on_first_run=False)
    init_store(other.store_path)
    try:
        plan = other.preview_pack(out)
        assert plan.dry_run and plan.counts()["added"] > 0
        assert other.facts("VN-PE") == []
        done = other.import_pack(out)
        assert len(other.facts("VN-PE")) == plan.counts()["added"] == len(done.added)
    finally:
        other.close()
