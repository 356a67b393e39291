"""The pack import's fast paths give what the plain ones give: the canonical JSON (the
content hash and fact versions depend on every byte) and one transaction without savepoints
(all or nothing still)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefer.limits import one_shot
from briefer.packs.format import canonical_json
from briefer.packs.reader import read_pack
from briefer.packs.reread import fact_chunks
from briefer.services import init_store
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.database import without_savepoints
from briefer.sync.pack_import import import_pack
from tests.stores import demo_pack

VALUES: list[Any] = [
    ["fact", 'Việt Nam – “Pháp”\u2028\x00"\\\t', 1, -7, 2.5, 1e300, -0.0, 0.1 + 0.2, None],
    ["citation", True, False, [1, [2, ["ba"]]], {"b": 1, "a": [1.1, "é"]}],
    {"z": {"y": 1, "x": None}, "a": "đ", "m": [], "n": {}},
    "a bare string: ơ",
    3,
    2.0,
    None,
]


@pytest.mark.parametrize("value", VALUES)
def test_canonical_json_is_the_plain_encoders_text(value: Any) -> None:
    plain = json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    )
    assert canonical_json(value) == plain
    assert json.loads(canonical_json(value)) == value


@pytest.mark.parametrize("bad", [float("nan"), [1, float("inf")], {"a": float("-inf")}])
def test_canonical_json_refuses_what_json_cannot_spell(bad: Any) -> None:
    with pytest.raises(ValueError):
        canonical_json(bad)


def test_canonical_json_refuses_unknown_types() -> None:
    with pytest.raises(TypeError):
        canonical_json([object()])


ADD = "INSERT INTO country (code, name_vi, name_en) VALUES (?, ?, ?)"


def test_without_savepoints_keeps_all_or_nothing(tmp_path: Path) -> None:
    db = open_store(tmp_path / "store.db")
    try:
        with pytest.raises(RuntimeError), without_savepoints(db):  # inside a transaction only
            pass
        db.conn.execute("BEGIN IMMEDIATE")
        with without_savepoints(db), db.atomic():  # a writer's block: no savepoint of its own
            db.conn.execute(ADD, ("QQ", "q", "q"))
        db.conn.execute("ROLLBACK")  # what the import does on any error
        found = db.conn.execute("SELECT count(*) FROM country WHERE code = 'QQ'").fetchone()[0]
        assert found == 0
        # Afterwards atomic() nests savepoints again: an inner failure undoes only itself.
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(ADD, ("QA", "a", "a"))
        with pytest.raises(ZeroDivisionError), db.atomic():
            db.conn.execute(ADD, ("QB", "b", "b"))
            raise ZeroDivisionError
        db.conn.execute("COMMIT")
        codes = {r[0] for r in db.conn.execute("SELECT code FROM country WHERE code LIKE 'Q%'")}
        assert codes == {"QA"}
    finally:
        db.close()


@pytest.mark.parametrize("ascii_only", [True, False])
@pytest.mark.parametrize("value", [*VALUES, {"pack": "p", "revision": 3, "reason": "đã sửa"}])
def test_one_shot_is_encode(ascii_only: bool, value: Any) -> None:
    encoder = json.JSONEncoder(ensure_ascii=ascii_only, sort_keys=True)
    assert one_shot(encoder)(value) == encoder.encode(value)


def test_import_leaves_the_search_index_whole_and_its_settings_as_they_were(
    demo_store: Path, tmp_path: Path
) -> None:
    pack = demo_pack(demo_store, tmp_path)
    target = tmp_path / "officer.sqlite"
    init_store(target, demo=False)
    db = open_store(target)
    try:
        plan = import_pack(db, pack, actor="test")
        assert plan.added
        # FTS5's own integrity check: every fact and source row is in its index.
        for table in ("fact_fts", "source_fts"):
            db.conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
            size = db.conn.execute(f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone()
            assert size is None or size[0] == 1024 * 1024  # FTS5's default, as before
        assert check_store(db).ok
        uuid, folded = db.conn.execute("SELECT uuid, folded_vi FROM fact LIMIT 1").fetchone()
        word = max(folded.split(), key=len)
        hits = db.conn.execute(
            "SELECT f.uuid FROM fact_fts JOIN fact f ON f.id = fact_fts.rowid "
            "WHERE fact_fts MATCH ?",
            [f'"{word}"'],
        ).fetchall()
        assert (uuid,) in hits
    finally:
        db.close()


def test_a_new_facts_version_is_its_states_version(demo_store: Path, tmp_path: Path) -> None:
    pack = demo_pack(demo_store, tmp_path)
    contents = read_pack(pack)
    facts = [fact for chunk in fact_chunks(contents) for fact in chunk]
    assert facts and any(fact.citations for fact in facts)
    for fact in facts:
        state = fact.state(contents.sources)
        assert fact.version(contents.sources) == state.version
        assert [c.quote for c in fact.citations] == [c[1] for c in state.citations]
