"""Candidates against the facts a store already has: corroboration and conflicts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from briefer.domain.model import Fact, Source
from briefer.services.intake import CandidateReport, import_files
from briefer.store.connection import open_store
from briefer.store.facts import get_fact, insert_fact
from briefer.store.sources import insert_source
from tests.samples import reprint

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_store(tmp_path / "store.sqlite")
    yield database
    database.close()


def _fact(db: Database, status: str = "approved", **fields: object) -> str:
    """Insert a fact of ``status`` citing a one-line source; return its uuid."""
    quote = str(fields.pop("quote", "Một câu trích dẫn từ nguồn khác."))
    source_id = insert_source(
        db, Source(None, f"src-{len(list(db.query('SELECT id FROM source')))}", "note", "Ghi chú",
                   body=quote)
    )  # fmt: skip
    uuid = f"fact-{db['fact'].count + 1}-{status}"
    insert_fact(
        db,
        Fact(None, uuid, str(fields.pop("pair", "VN-CL")), status=status,
             statement_vi=quote, **fields),  # type: ignore[arg-type]
        [(source_id, quote, 0)],
    )  # fmt: skip
    return uuid


def _candidates(reports, prefix: str) -> list[CandidateReport]:  # type: ignore[no-untyped-def]
    return [c for r in reports if Path(r.path).name.startswith(prefix) for c in r.candidates]


def test_a_different_figure_for_the_same_metric_and_period_is_a_conflict(db: Database) -> None:
    approved = _fact(
        db, topic="economic", kind="figure", metric="trade.total", period="2024-01..2024-09",
        value=1.5e9, unit="USD", qualifier="more_than",
    )  # fmt: skip
    [report] = import_files(db, [_seed("004")])
    figure = next(c for c in report.candidates if c.metric == "trade.total")
    assert (figure.value, figure.period) == (1.3e9, "2024-01..2024-09")
    assert figure.conflict_with == (approved,)
    assert figure.corroborates == ()
    details = json.loads(
        db.execute(
            "SELECT details FROM audit WHERE action = 'import-conflict' AND entity_uuid = ?",
            [figure.uuid],
        ).fetchone()[0]
    )
    assert details["conflict_with"] == [approved]
    # The draft is stored all the same, for the editor to decide.
    stored = get_fact(db, figure.uuid)
    assert stored is not None and stored.status == "draft" and stored.value == 1.3e9


def test_the_same_figure_corroborates_and_a_draft_never_conflicts(db: Database) -> None:
    draft = _fact(
        db, status="draft", topic="economic", kind="figure", metric="trade.total",
        period="2024-01..2024-09", value=1.7e9, unit="USD",
    )  # fmt: skip
    same = _fact(
        db, topic="economic", kind="figure", metric="trade.total", period="2024-01..2024-09",
        value=1.3e9, unit="USD", qualifier="approx",
    )  # fmt: skip
    [report] = import_files(db, [_seed("004")])
    figure = next(c for c in report.candidates if c.metric == "trade.total")
    assert figure.corroborates == (same,)
    assert draft not in figure.conflict_with and figure.conflict_with == ()


def test_figures_of_another_period_or_far_apart_in_time_are_not_compared(db: Database) -> None:
    _fact(db, topic="economic", kind="figure", metric="trade.total", period="2023",
          value=9e8, unit="USD")  # fmt: skip
    _fact(db, topic="economic", kind="figure", metric="trade.partner_rank_in_latam",
          as_of="2015", value=7, unit="rank")  # fmt: skip
    [report] = import_files(db, [_seed("002")])
    assert all(c.conflict_with == () for c in report.candidates)


def test_a_different_date_for_relations_established_is_a_conflict(db: Database) -> None:
    wrong = _fact(db, topic="diplomatic", kind="event", metric="relations.established",
                  event_date="1972")  # fmt: skip
    right = _fact(db, pair="VN-PE", topic="diplomatic", kind="event",
                  metric="relations.established", event_date="1994-01")  # fmt: skip
    reports = import_files(db, [_seed("000"), _seed("001")])
    chile = next(c for c in _candidates(reports, "000") if c.metric == "relations.established")
    assert chile.conflict_with == (wrong,)
    peru = next(c for c in _candidates(reports, "001") if c.metric == "relations.established")
    # Seed 000 dates it too ("tròn 30 năm" in 2024: founded 1994), so it corroborates as well.
    assert right in peru.corroborates and peru.conflict_with == ()


def test_retired_facts_are_ignored(db: Database) -> None:
    _fact(db, status="retired", topic="diplomatic", kind="event",
          metric="relations.established", event_date="1972")  # fmt: skip
    [report] = import_files(db, [_seed("000")])
    assert all(c.conflict_with == () and c.corroborates == () for c in report.candidates)


def test_the_same_fact_in_two_sources_of_one_import_is_corroborated(db: Database) -> None:
    reports = import_files(db, [_seed("000"), _seed("002")])
    first = {c.metric: c for c in _candidates(reports, "000") if c.metric and c.pair == "VN-CL"}
    second = _candidates(reports, "002")
    relations = next(c for c in second if c.metric == "relations.established")
    assert relations.corroborates == (first["relations.established"].uuid,)
    rank = next(c for c in second if c.metric == "trade.partner_rank_in_latam")
    assert rank.corroborates == (first["trade.partner_rank_in_latam"].uuid,)
    # Within one source nothing corroborates itself.
    assert not any(set(c.corroborates) & {x.uuid for x in _candidates(reports, "000")}
                   for c in _candidates(reports, "000"))  # fmt: skip


def test_near_identical_words_corroborate_a_statement(tmp_path: Path, db: Database) -> None:
    original = _seed("003").read_text(encoding="utf-8")
    # The same article from another outlet: a different first line and a new closing line.
    variant = tmp_path / "reprint.txt"
    # (Its text differs beyond that too, or it would be the same article: a duplicate.)
    variant.write_text(
        original.replace("Việt Nam-Peru phát huy", "Peru và Việt Nam phát huy", 1).replace(
            "Sáng 17/11", "Sáng ngày 17/11", 1
        )
        + "\n\n(Theo Báo Nhân Dân)\n",
        encoding="utf-8",
    )
    first, second = import_files(db, [_seed("003"), variant])
    proposals = [c for c in second.candidates if c.topic == "proposals" and c.kind == "statement"]
    assert proposals
    firsts = {c.uuid for c in first.candidates}
    assert all(set(c.corroborates) <= firsts and c.corroborates for c in proposals)


_reprint = reprint


def test_the_seeds_corroborate_the_demo_pack_and_contradict_none(
    demo_store: Path, tmp_path: Path
) -> None:
    db = open_store(demo_store)
    reprints = [_reprint(seed, tmp_path) for seed in sorted(SEEDS.glob("*.txt"))]
    reports = import_files(db, reprints)
    candidates = [c for r in reports for c in r.candidates]
    assert [r.status for r in reports] == ["imported"] * 5
    assert all(c.conflict_with == () for c in candidates)
    figures = [c for c in candidates if c.kind == "figure"]
    assert figures and all(c.corroborates for c in figures)
    approved = {row[0] for row in db.execute("SELECT uuid FROM fact WHERE status = 'approved'")}
    total = next(c for c in _candidates(reports, "004") if c.metric == "trade.total")
    assert set(total.corroborates) <= approved
    db.close()
