"""A pack is verified in one read, then read again a chunk of facts at a time as it is merged.

What a user would check: the merge is the same whatever the chunk size; a pack changed
between the two reads is refused in one sentence with nothing written, whichever chunk the
change is in (a dry run too, and in an air-gapped store); and the memory an import takes does
not grow with the number of facts in the pack.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from briefer.packs import PackRefused
from briefer.packs import reader as pack_reader
from briefer.services import init_store
from briefer.store.connection import open_store
from briefer.sync import pack_import as merge
from briefer.sync.pack_import import import_pack
from tests.stores import demo_pack
from tests.unit.test_packs import empty_store, pair_state, store_snapshot
from tests.unit.test_packs_refusals import edit_pack, reseal


@pytest.fixture
def pack(demo_store: Path, tmp_path: Path) -> Path:
    """Every approved fact of the demo store (89), from a copy of it."""
    return demo_pack(demo_store, tmp_path)


def pack_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the pack with plain SQLite, not with Briefer's reader."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def merged(store: Path, pack: Path) -> tuple[dict[str, object], dict[str, object], dict[str, int]]:
    """(the plan as JSON, every pair's facts and sources, row counts) after importing."""
    db = open_store(store)
    plan = import_pack(db, pack, actor="test").as_json()
    pairs = [str(r[0]) for r in pack_rows(pack, "SELECT DISTINCT pair FROM fact ORDER BY pair")]
    state = {pair: pair_state(db, pair) for pair in pairs}
    db.close()
    plan["pack"] = {k: v for k, v in plan["pack"].items() if k != "pack_id"}
    return plan, state, store_snapshot(store)[1]


def test_the_merge_is_the_same_read_seven_facts_at_a_time(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = merged(empty_store(tmp_path / "whole.sqlite"), pack)
    monkeypatch.setattr(pack_reader, "FACT_CHUNK", 7)
    in_parts = merged(empty_store(tmp_path / "parts.sqlite"), pack)
    assert in_parts == whole
    n_facts = pack_rows(pack, "SELECT count(*) FROM fact")[0][0]
    assert n_facts > 7 * 10 and len(in_parts[0]["added"]) == n_facts  # type: ignore[arg-type]
    n_cited = pack_rows(pack, "SELECT count(*) FROM citation")[0][0]
    assert in_parts[2]["citation"] == n_cited
    db = open_store(tmp_path / "parts.sqlite")
    again = import_pack(db, pack)
    db.close()
    assert len(again.unchanged) == n_facts and again.changes == 0


CHANGES = {
    "the last fact's statement": (
        "UPDATE fact SET statement_en = 'Changed midway' WHERE uuid = (SELECT max(uuid) FROM fact)"
    ),
    "a quote context in the sixth chunk": (
        "UPDATE citation SET suffix = 'đổi' WHERE fact_uuid = "
        "(SELECT uuid FROM fact ORDER BY uuid LIMIT 1 OFFSET 40)"
    ),
    "one fact fewer": "DELETE FROM fact WHERE uuid = (SELECT max(uuid) FROM fact)",
    "a citation fewer": "DELETE FROM citation WHERE rowid = (SELECT max(rowid) FROM citation)",
    "a revision as text": "UPDATE fact SET revision = 'two' WHERE rowid = 3",
}


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("classified", [False, True], ids=["laptop", "air-gapped"])
def test_a_pack_changed_after_it_was_verified_is_refused_with_nothing_written(
    pack: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: str,
    classified: bool,
) -> None:
    monkeypatch.setattr(pack_reader, "FACT_CHUNK", 7)  # earlier chunks are merged first
    target = tmp_path / "target.sqlite"
    init_store(target, demo=False, classified=classified)
    real_read = merge.read_pack
    copy = tmp_path / "copy.pack"

    def read_then_alter(path: Path, progress: Callable[[int, int], None] | None = None):  # type: ignore[no-untyped-def]
        contents = real_read(path, progress)
        edit_pack(path, CHANGES[change])
        return contents

    monkeypatch.setattr(merge, "read_pack", read_then_alter)
    before = store_snapshot(target)
    for dry_run in (True, False):
        shutil.copyfile(pack, copy)
        db = open_store(target)
        try:
            with pytest.raises(PackRefused, match="changed while it was being imported") as info:
                import_pack(db, copy, dry_run=dry_run)
        finally:
            db.close()
        assert "\n" not in str(info.value)
    assert store_snapshot(target) == before


def grown(pack: Path, copies: int) -> Path:
    """The pack with its facts (and their citations) repeated ``copies`` times under new
    uuids, counts and checksum made right: a larger pack with the same sources."""
    path = pack.with_name(f"x{copies}.pack")
    shutil.copyfile(pack, path)
    conn = sqlite3.connect(path)
    fact_columns = [r[1] for r in conn.execute("PRAGMA table_info(fact)")]
    cite_columns = [r[1] for r in conn.execute("PRAGMA table_info(citation)")]
    for n in range(1, copies):
        prefix = f"{n:08x}"
        facts = ", ".join(
            f"'{prefix}' || substr(uuid, 9)" if c == "uuid" else f'"{c}"' for c in fact_columns
        )
        cites = ", ".join(
            f"'{prefix}' || substr(fact_uuid, 9)" if c == "fact_uuid" else f'"{c}"'
            for c in cite_columns
        )
        conn.execute(f"INSERT INTO fact SELECT {facts} FROM fact WHERE uuid NOT LIKE '0000%'")
        conn.execute(
            f"INSERT INTO citation SELECT {cites} FROM citation WHERE fact_uuid NOT LIKE '0000%'"
        )
    counts = json.loads(
        conn.execute("SELECT value FROM manifest WHERE key = 'counts'").fetchone()[0]
    )
    counts["facts"] = conn.execute("SELECT count(*) FROM fact").fetchone()[0]
    counts["citations"] = conn.execute("SELECT count(*) FROM citation").fetchone()[0]
    conn.execute("UPDATE manifest SET value = ? WHERE key = 'counts'", [json.dumps(counts)])
    conn.commit()
    conn.close()
    reseal(path)
    return path


def import_peak(pack: Path, store: Path) -> tuple[int, int]:
    """(facts added, peak bytes Python allocated during the import)."""
    db = open_store(store)
    tracemalloc.start()
    try:
        plan = import_pack(db, pack)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        db.close()
    return len(plan.added), peak


def test_an_import_takes_no_more_memory_for_sixty_times_the_facts(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pack_reader, "FACT_CHUNK", 100)  # a chunk as small as the small pack
    small, large = pack, grown(pack, 60)
    n_small, peak_small = import_peak(small, empty_store(tmp_path / "small.sqlite"))
    n_large, peak_large = import_peak(large, empty_store(tmp_path / "large.sqlite"))
    assert n_large == 60 * n_small
    # Holding the facts would take over 1.5 KB each (8 MB here); only the plan's lists of
    # uuids (~100 bytes a fact) may grow with the pack.
    assert peak_large - peak_small < 2_000_000, (peak_small, peak_large)


def test_a_source_whose_text_here_only_grew_at_the_end_still_takes_the_pack(
    demo_store: Path, pack: Path
) -> None:
    """The pack's quotes are read again for a source whose text differs here: words added
    after every quote keep them where they were, so the pack is taken (words added before
    them are refused: tests/unit/test_packs_refusals.py)."""
    db = open_store(demo_store)
    db.execute(
        "UPDATE source SET body = body || ' Đoạn thêm ở cuối.' WHERE id = "
        "(SELECT min(source_id) FROM citation)"
    )
    db.conn.commit()
    plan = import_pack(db, pack)
    db.close()
    n_facts = pack_rows(pack, "SELECT count(*) FROM fact")[0][0]
    assert len(plan.unchanged) == n_facts and plan.changes == 0 and not plan.sources_added
