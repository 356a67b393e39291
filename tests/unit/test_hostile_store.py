"""A store holding a long article cited thousands of times stays usable (issue 16, finding 1).

``check_store`` used to load one copy of the source body per citation: a 300 KB article
with a few thousand drafts needed 2.9 GB for ``briefer check`` (and for every automatic
backup, which runs the same check). The store is built directly, not by importing, so this
test does not depend on the speed of the candidate finder.
"""

from __future__ import annotations

from pathlib import Path

from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.facts import insert_fact
from tests.hostile import MEMORY_LIMIT_MB, assert_one_sentence, long_cited_store, run_briefer


def test_check_reads_each_source_body_once_not_once_per_citation(tmp_path: Path) -> None:
    store = tmp_path / "long.sqlite"
    chars, cited = long_cited_store(store, 4_500)  # ~330 KB, 4,500 citations
    assert chars > 300_000
    # One body per citation would be 4,500 × 330 KB ≈ 1.5 GB: far above the cap.
    run = run_briefer(["--store", store, "check", "--json"], home=tmp_path / "home")
    assert_one_sentence(run.stderr)
    assert run.returncode == 0, run.stderr
    assert '"ok": true' in run.stdout
    assert f'"citation": {cited}' in run.stdout
    assert run.peak_mb < MEMORY_LIMIT_MB


def test_check_still_finds_a_moved_quote_among_thousands_on_one_source(tmp_path: Path) -> None:
    store = tmp_path / "long.sqlite"
    long_cited_store(store, 2_000)
    db = open_store(store)
    try:
        db.execute('UPDATE citation SET start = start + 1, "end" = "end" + 1 WHERE id = 1500')
        db.conn.commit()
        report = check_store(db)
    finally:
        db.close()
    assert [p for p in report.problems if "not at its place" in p] == [
        next(p for p in report.problems if p.startswith("Citation 1500 "))
    ]


def test_a_one_megabyte_statement_is_refused_by_the_fact_writer_naming_the_limit(
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    import pytest

    from briefer.errors import InputError
    from briefer.limits import MAX_STATEMENT_CHARS
    from briefer.store.facts import get_fact, update_fact

    store = tmp_path / "s.sqlite"
    long_cited_store(store, 3)
    db = open_store(store)
    try:
        uuid = db.execute("SELECT uuid FROM fact LIMIT 1").fetchone()[0]
        fact = get_fact(db, uuid)
        assert fact is not None
        huge = "Việt Nam " * 120_000
        for attempt in (
            lambda: update_fact(db, replace(fact, statement_en=huge)),
            lambda: insert_fact(db, replace(fact, id=None, uuid="", statement_vi=huge)),
        ):
            with pytest.raises(InputError, match=f"up to {MAX_STATEMENT_CHARS:,} characters"):
                attempt()
        assert get_fact(db, uuid) == fact
    finally:
        db.close()
