"""The relevance set stays meaningful: enough queries, a third unseen, every expected hit real.

The figures themselves are measured by ``benchmarks/bench_relevance.py``, not asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.relevance_store import build_relevance_store
from briefer.store.connection import open_store

FOLDER = Path(__file__).resolve().parents[2] / "benchmarks" / "relevance"


def _load(name: str) -> list[dict]:
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


def test_at_least_forty_queries_on_both_stores_a_third_unseen() -> None:
    dev, unseen = _load("dev.json"), _load("unseen.json")
    everything = dev + unseen
    assert len(everything) >= 40
    assert len(unseen) * 3 >= len(everything) - 1  # a third, kept aside
    for part in (dev, unseen):
        assert {item["store"] for item in part} == {"demo", "synthetic"}
    assert len({(i["store"], i["query"]) for i in everything}) == len(everything)


@pytest.fixture(scope="module")
def stores(demo_store_template: Path, tmp_path_factory: pytest.TempPathFactory):
    synthetic = tmp_path_factory.mktemp("relevance") / "synthetic.sqlite"
    build_relevance_store(synthetic)
    opened = {
        "demo": open_store(demo_store_template, create=False),
        "synthetic": open_store(synthetic, create=False),
    }
    yield opened
    for db in opened.values():
        db.close()


@pytest.mark.parametrize("name", ["dev.json", "unseen.json"])
def test_every_expected_hit_exists_in_its_store(stores, name: str) -> None:
    for item in _load(name):
        db = stores[item["store"]]
        assert item["expect"], item["query"]
        for entry in item["expect"]:
            what, _, needle = entry.partition(": ")
            if what == "fact":
                sql = "SELECT count(*) FROM fact WHERE instr(statement_vi, ?) > 0"
            else:
                assert what == "passage", entry
                sql = "SELECT count(*) FROM source WHERE instr(body, ?) > 0"
            assert db.execute(sql, [needle]).fetchone()[0] >= 1, (item["query"], entry)
