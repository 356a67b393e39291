"""Matching through the store's indexes finds what reading the whole pair finds.

The importer no longer reads and shingles every fact of a pair: it looks up the facts of a
candidate's metric and the texts sharing one of its word triples (store/match_lookup.py).
Here each import's reports are compared with the same matcher given every fact of the pair,
read by the test itself straight from the tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlite_utils import Database

from briefer.domain.model import Fact, Source
from briefer.ingest import matching
from briefer.ingest.analysis import analyse, usable_candidates
from briefer.ingest.matching import FactIndex, Known
from briefer.services.intake import import_files
from briefer.store.connection import open_store
from briefer.store.facts import insert_fact
from briefer.store.sources import insert_source
from tests.samples import reprint

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds").glob("*"))


class EveryFact:
    """Every fact of each pair, read once from the tables: statement and quotes."""

    def __init__(self, db: Database) -> None:
        quotes: dict[int, list[str]] = defaultdict(list)
        for fact_id, quote in db.execute("SELECT fact_id, quote FROM citation ORDER BY id"):
            quotes[fact_id].append(quote)
        self.facts: dict[str, list[Known]] = defaultdict(list)
        for row in db.execute(
            "SELECT id, uuid, pair, status, kind, metric, period, as_of, event_date, value, "
            "unit, statement_vi FROM fact WHERE status != 'retired' ORDER BY id"
        ):
            fid, uuid, pair, *reading, statement = row
            self.facts[pair].append(Known(uuid, pair, *reading, texts=(statement, *quotes[fid])))

    def by_metric(self, pair: str, metric: str) -> Iterable[Known]:
        return [f for f in self.facts[pair] if f.metric == metric]

    def by_words(self, pair: str, shingles: set[tuple[str, ...]]) -> Iterable[Known]:
        return self.facts[pair]  # every fact, each text checked by the matcher

    def pair_size(self, pair: str) -> int:
        return 1 << 40  # never worth reading whole: every candidate goes through by_words

    def pair_texts(self, pair: str) -> Iterable[tuple[Known, int, str]]:
        raise AssertionError("not read whole")

    def text(self, ref: int) -> str:
        raise AssertionError("not read whole")


def _variant(seed: Path, folder: Path, mark: str) -> Path:
    """The seed once more, as a third outlet's copy with a sentence of its own."""
    text = seed.read_text(encoding="utf-8").replace("vov.vn/", f"vov.vn/{mark}/")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{mark}-{seed.name}"
    path.write_text(f"{text}\n\nBản tin {mark} do phóng viên thường trú tổng hợp.\n", "utf-8")
    return path


def _expected(db: Database, path: Path) -> list[tuple[set[str], set[str]]]:
    index = FactIndex(EveryFact(db))
    analysis = analyse(path)
    found = [index.match(c) for c in usable_candidates(path.name, analysis.candidates)]
    return [(set(m.corroborates), set(m.conflict_with)) for m in found]


@pytest.mark.parametrize("lookups_per_load", [1, 1_000_000])
def test_matches_through_the_indexes_are_those_of_reading_every_fact(
    demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lookups_per_load: int
) -> None:
    # 1: the demo's small pairs are looked up candidate by candidate in the search indexes
    # (as one article into a large store); 1,000,000: read whole into packed postings at once
    # (as a large batch).
    monkeypatch.setattr(matching, "LOOKUPS_PER_LOAD", lookups_per_load)
    db = open_store(demo_store)
    # A retired fact and a statement written with other punctuation, hyphens and accents.
    body = "Kim ngạch thương mại hai chiều Việt Nam-Chile năm 2023 đạt 1,3 tỷ USD."
    source_id = insert_source(db, Source(None, "src-x", "note", "Ghi chú", body=body))
    for uuid, status, statement in (
        ("retired-one", "retired", body),
        ("spelled-apart", "approved", "kim ngach thuong mai hai chieu viet nam - chile nam 2023"),
    ):
        insert_fact(
            db,
            Fact(
                None, uuid, "VN-CL", "economic", "statement", status=status, statement_vi=statement
            ),
            [(source_id, body, 0)],
        )
    paths = [reprint(seed, tmp_path / "a") for seed in SEEDS if seed.suffix == ".txt"]
    paths += [_variant(seed, tmp_path / "b", "ban-khac") for seed in SEEDS if seed.suffix == ".txt"]
    matched = 0
    for path in paths:
        expected = _expected(db, path)
        [report] = import_files(db, [path])
        assert report.status == "imported", report.message
        got = [(set(c.corroborates), set(c.conflict_with)) for c in report.candidates]
        assert got == expected, path.name
        matched += sum(1 for agree, _c in got if agree)
        assert all("retired-one" not in agree for agree, _c in got)
    # Not a vacuous comparison: the copies corroborate many facts, by figures and by words.
    assert matched > 50
    db.close()


def test_drafts_of_earlier_files_in_one_import_are_matched_as_before(
    demo_store: Path, tmp_path: Path
) -> None:
    db = open_store(demo_store)
    seed = next(s for s in SEEDS if s.suffix == ".txt")
    first, second = reprint(seed, tmp_path / "a"), _variant(seed, tmp_path / "b", "ban-khac")
    reports = import_files(db, [first, second])
    drafts = {c.uuid for c in reports[0].candidates}
    # The second copy says what the first said: its drafts corroborate the first's drafts.
    assert any(set(c.corroborates) & drafts for c in reports[1].candidates)
    db.close()
