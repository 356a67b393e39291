"""The editor's desk use-cases: reasons, duplicates against approved facts, decisions and
their undo, progress, English."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefer.errors import InputError
from briefer.services import Services
from tests.samples import reprint

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"


@pytest.fixture
def services(demo_store: Path):
    s = Services(demo_store)
    yield s
    s.close()


def _reimport(services: Services, name: str = "001_"):
    """Import another outlet's copy of a seed article the demo pack already holds."""
    [path] = [p for p in SEEDS.glob("*.txt") if p.name.startswith(name)]
    copy = reprint(path, services.store_path.parent / "reprints")
    return services.import_files([copy])[0]


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_reimporting_a_demo_article_shows_its_drafts_as_duplicates(services: Services) -> None:
    report = _reimport(services)
    if report.status == "duplicate":  # the importer may refuse the article outright
        assert services.review_queue() == []
        return
    queue = {item.fact.uuid: item for item in services.desk_queue()}
    assert set(queue) == {c.uuid for c in report.candidates}
    # The approved facts that cite the demo copy of this article.
    demo_source = next(
        s for s in services.sources() if s.id != report.source.id and s.title == report.source.title
    )
    approved = [
        f
        for f in services.facts(status="approved")
        if any(c.source_id == demo_source.id for c in f.citations)
    ]
    assert approved
    flagged = {m.fact.uuid for item in queue.values() for m in item.duplicates}
    # Every approved fact from the article is found again by some draft …
    assert {f.uuid for f in approved} <= flagged
    # … and a draft flagged as nothing is a sentence no approved fact rests on.
    quotes = [_words(c.quote) for f in approved for c in f.citations]
    for item in queue.values():
        if not item.duplicates:
            quote = _words(item.fact.citations[0].quote)
            assert not any(quote in q or q in quote for q in quotes), quote
    assert sum(1 for item in queue.values() if item.duplicates) >= 0.8 * len(queue)


def test_import_records_why_each_draft_was_proposed(services: Services) -> None:
    _reimport(services, "000_")
    items = services.desk_queue()
    assert items
    for item in items:
        assert item.proposal.reasons, item.fact.statement_vi
        assert 0 < item.proposal.confidence <= 1
    figures = [i for i in items if i.fact.kind == "figure" and i.fact.metric]
    assert figures and all(i.proposal.band == "high" for i in figures)


def test_second_source_closes_the_draft_and_undo_restores_it(services: Services) -> None:
    _reimport(services)
    item = next(i for i in services.desk_queue() if i.duplicates)
    draft, approved = item.fact, item.duplicates[0].fact
    decision = services.add_as_second_source(draft.uuid, approved.uuid)

    after = services.fact(approved.uuid)
    assert after.status == "approved"
    assert len(after.citations) == len(approved.citations) + 1
    assert after.citations[-1].quote == draft.citations[0].quote
    assert services.fact(draft.uuid).status == "retired"
    assert draft.uuid not in {f.uuid for f in services.review_queue()}
    assert len([f for f in services.facts(status="approved") if f.uuid == approved.uuid]) == 1

    services.undo_decision(decision)
    assert len(services.fact(approved.uuid).citations) == len(approved.citations)
    assert services.fact(draft.uuid).status == "draft"
    assert draft.uuid in {f.uuid for f in services.review_queue()}
    assert services.check().ok


def test_supersede_and_different_and_undo(services: Services) -> None:
    _reimport(services)
    items = services.desk_queue()
    item = next(i for i in items if i.duplicates)
    draft, old = item.fact, item.duplicates[0].fact
    edited = replace(draft, statement_en="A newer figure.")
    decision = services.supersede(draft.uuid, old.uuid, edited)
    assert services.fact(draft.uuid).status == "approved"
    assert services.fact(draft.uuid).statement_en == "A newer figure."
    assert services.fact(old.uuid).status == "retired"
    services.undo_decision(decision)
    assert services.fact(draft.uuid).status == "draft"
    assert services.fact(draft.uuid).statement_en == draft.statement_en
    assert services.fact(old.uuid).status == "approved"

    decision = services.mark_different(draft.uuid, old.uuid)
    again = services.desk_item(draft.uuid)
    assert old.uuid not in {m.fact.uuid for m in again.matches}
    services.undo_decision(decision)
    assert old.uuid in {m.fact.uuid for m in services.desk_item(draft.uuid).matches}


def test_accept_with_edits_and_reject_are_undone(services: Services) -> None:
    _reimport(services)
    a, b = (i.fact for i in services.desk_queue()[:2])
    accepted = services.desk_accept([replace(a, period="2023", statement_en="Edited.")])
    assert services.fact(a.uuid).status == "approved"
    assert services.fact(a.uuid).period == "2023"
    rejected = services.desk_reject([b.uuid], "not about the pair")
    assert services.fact(b.uuid).status == "retired"
    services.undo_decision(rejected)
    services.undo_decision(accepted)
    for fact in (a, b):
        now = services.fact(fact.uuid)
        assert (now.status, now.period, now.statement_en) == (
            "draft",
            fact.period,
            fact.statement_en,
        )
    actions = [row["action"] for row in services.fact_history(a.uuid)]
    assert actions[-1] == "undo" and "accept" in actions


def test_second_source_needs_an_approved_fact(services: Services) -> None:
    _reimport(services)
    a, b = (i.fact for i in services.desk_queue()[:2])
    with pytest.raises(InputError):
        services.add_as_second_source(a.uuid, b.uuid)
    assert services.fact(a.uuid).status == "draft"  # nothing half-done


def test_progress_per_source_and_pair(services: Services) -> None:
    before = services.desk_progress()
    assert before["missing_english"] == 0  # the demo pack is translated
    report = _reimport(services)
    progress = services.desk_progress()
    [mine] = [s for s in progress["sources"] if s.source_id == report.source.id]
    assert mine.drafts_left == mine.drafts_total == len(report.candidates)
    first = services.desk_queue()[0].fact
    sections_before = progress["pairs"][first.pair]  # pairs under review are counted
    assert set(progress["pairs"]) == {c.pair for c in report.candidates}
    services.desk_accept([first])
    progress = services.desk_progress()
    [mine] = [s for s in progress["sources"] if s.source_id == report.source.id]
    assert mine.drafts_left == len(report.candidates) - 1
    assert progress["missing_english"] == 1  # approved without English
    sections = progress["pairs"][first.pair]
    assert sections[first.topic] == sections_before[first.topic] + 1
    assert "talking_points" in sections and min(sections.values()) >= 0


def test_brief_line_shows_the_period_and_follows_edits(services: Services) -> None:
    _reimport(services)
    figure = next(
        i.fact for i in services.desk_queue() if i.fact.kind == "figure" and i.fact.period
    )
    line = services.brief_line(figure, "vi")
    assert figure.period[:4] in line
    moved = services.brief_line(replace(figure, period="2019"), "vi")
    assert "2019" in moved and moved != line
    assert services.brief_line(replace(figure, statement_en=""), "en") == ""
    suggestion = services.suggest_english(figure)
    assert suggestion.text.startswith("Two-way trade between Viet Nam and Peru")
    assert services.brief_line(replace(figure, statement_en=suggestion.text), "en")


def _view(items) -> dict[str, list[tuple[str, str]]]:
    return {i.fact.uuid: [(m.relation, m.fact.uuid) for m in i.matches] for i in items}


def test_the_kept_match_index_agrees_with_a_fresh_one(services: Services, demo_store) -> None:
    _reimport(services)
    first = services.desk_queue()  # builds and keeps the pair's index
    dup = next(i for i in first if i.duplicates)
    services.add_as_second_source(dup.fact.uuid, dup.duplicates[0].fact.uuid)
    plain = next(i for i in first if not i.duplicates and i.fact.uuid != dup.fact.uuid)
    decision = services.desk_accept([plain.fact])
    services.undo_decision(decision)
    services.desk_accept([plain.fact])
    kept_index = services._desk_indexes[plain.fact.pair][1]
    after_decisions = _view(services.desk_queue())
    assert services._desk_indexes[plain.fact.pair][1] is kept_index  # followed, not rebuilt
    fresh = Services(demo_store)
    try:
        assert after_decisions == _view(fresh.desk_queue())
    finally:
        fresh.close()
    # Changed by other means than the desk: the kept index must not hide it.
    gone = next(i for i in first if i.duplicates and i.fact.uuid != dup.fact.uuid)
    services.retire_facts([gone.duplicates[0].fact.uuid])
    kept = _view(services.desk_queue())
    fresh = Services(demo_store)
    try:
        assert kept == _view(fresh.desk_queue())
    finally:
        fresh.close()
    assert gone.duplicates[0].fact.uuid not in {u for m in kept.values() for _r, u in m}


def test_pair_of_a_draft_can_be_corrected_and_undone(services: Services) -> None:
    _reimport(services)
    draft = services.desk_queue()[0].fact
    decision = services.desk_accept([replace(draft, pair="VN-CL")])
    moved = services.fact(draft.uuid)
    assert (moved.pair, moved.status) == ("VN-CL", "approved")
    assert draft.uuid in {f.uuid for f in services.facts("VN-CL", status="approved")}
    words = " ".join(draft.statement_vi.split()[:4])
    assert draft.uuid in {h.uuid for h in services.search(words, pair="VN-CL", sources=False)}
    services.undo_decision(decision)
    back = services.fact(draft.uuid)
    assert (back.pair, back.status) == (draft.pair, "draft")
    assert draft.uuid not in {h.uuid for h in services.search(words, pair="VN-CL", sources=False)}
    assert services.check().ok  # the search index follows the pair


def test_migration_0005_from_a_schema_4_store(tmp_path: Path, demo_store: Path) -> None:
    import sqlite3

    from sqlite_utils import Database

    from briefer.store.connection import open_store
    from briefer.store.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0008_desk_drafts")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    conn.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "fact_draft_pair" in indexes
    plan = db.execute("EXPLAIN QUERY PLAN SELECT id FROM fact WHERE status = 'draft'").fetchall()
    # An index search (the drafts index, or 0009's status index), never a scan of every fact.
    assert "SEARCH fact USING" in str(plan) and "SCAN" not in str(plan)
    db.close()


def test_a_fact_made_from_a_selection_says_which_rule_read_it(services: Services) -> None:
    report = _reimport(services)
    source = services.source(report.source.id)
    start = source.body.find("Việt Nam và Peru thiết lập quan hệ ngoại giao")
    end = source.body.find(".", start) + 1
    fact = services.new_fact_from_selection(source.id, start, end)
    item = services.desk_item(fact.uuid)
    assert item.proposal.reasons and item.proposal.band == "high"


_ENGLISH_ARTICLE = """Viet Nam, Chile hold fourth political consultation

Santiago (VNA) - Deputy Foreign Minister Nguyen Minh Hang and Chile's Undersecretary of Foreign
Affairs held the fourth political consultation in Santiago on March 3, 2025.

Two-way trade between Viet Nam and Chile reached US$1.9 billion in 2024, up 12 per cent on the
year before, the two sides said.
"""


def test_the_to_do_counts_approved_facts_still_in_their_english_source_s_words(
    services: Services,
) -> None:
    """A Vietnamese brief prints such a fact in English; the status bar counts them."""
    assert services.missing_translations() == (0, 0)  # the demo pack is translated both ways
    path = services.store_path.parent / "vna-en.txt"
    path.write_text(_ENGLISH_ARTICLE, encoding="utf-8")
    [report] = services.import_files([path])
    assert report.source.language == "en"
    drafts = [i.fact for i in services.desk_queue() if "US$1.9 billion" in i.fact.statement_vi]
    assert drafts and drafts[0].statement_en  # the source's own English words
    services.desk_accept(drafts[:1])
    assert services.missing_translations() == (0, 1)
    assert services.desk_progress()["missing_vietnamese"] == 1
    fact = services.fact(drafts[0].uuid)
    services.save_fact(
        replace(fact, statement_vi="Kim ngạch thương mại Việt Nam – Chile năm 2024 đạt 1,9 tỷ USD.")
    )
    assert services.missing_translations() == (0, 0)
