"""Two Briefer processes on one store: no corruption, no lost write, and a clear "busy".

Two writer processes edit the same fact, rewrite the same brief and import articles at the
same time while a third process reads snapshots. Every transaction begins with the write lock
(BEGIN IMMEDIATE, see store/connection.py), so a read-modify-write never works on a stale
snapshot: with plain BEGIN the second writer would fail half-way with SQLITE_BUSY_SNAPSHOT.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.store.briefs import load_brief
from briefer.store.check import check_store
from briefer.store.connection import BUSY_TIMEOUT_MS, StoreBusyError, open_store
from tests.unit.test_reliability_driver import brief_is_whole
from tests.unit.test_reliability_kill import read_journal, report, verify_store

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 12  # per writer: one fact edit, one import and one brief save each


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _driver(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.unit.test_reliability_driver", *args],
        cwd=REPO,
        env=_env(),
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[arg-type]
    )


def test_two_writers_and_a_reader_lose_nothing(demo_store: Path, tmp_path: Path) -> None:
    db = open_store(demo_store)
    shared_fact, revision = db.execute(
        "SELECT uuid, revision FROM fact ORDER BY id LIMIT 1"
    ).fetchone()
    db.close()
    scratch = tmp_path / "files"
    scratch.mkdir()
    until = tmp_path / "stop-reading"
    reader = _driver("reader", "--store", str(demo_store), "--until", str(until))
    # The writers start once the reader reads: on a busy machine its start-up could otherwise
    # outlast all their writes, and it would have read nothing while they wrote.
    assert reader.stdout is not None
    assert reader.stdout.readline().strip() == "reading", reader.stderr
    # fmt: off
    writers = [
        _driver(
            "writer", "--store", str(demo_store), "--journal", str(tmp_path / f"j{n}.jsonl"),
            "--scratch", str(scratch), "--tag", f"w{n}", "--seed", str(n),
            "--count", str(ROUNDS), "--shared-fact", shared_fact,
        )
        for n in (1, 2)
    ]
    # fmt: on
    for w in writers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    until.touch()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    seen = json.loads(out)
    assert seen["problems"] == [] and seen["reads"] > 0

    journal = read_journal(tmp_path / "j1.jsonl") + read_journal(tmp_path / "j2.jsonl")
    assert len(journal) == 2 * 3 * ROUNDS
    verify_store(demo_store, journal)  # every journalled change is there, nothing by half
    db = open_store(demo_store)
    assert check_store(db).ok
    # No lost update: each of the 2 × ROUNDS edits of the shared fact bumped its revision.
    final = db.execute("SELECT revision FROM fact WHERE uuid = ?", [shared_fact]).fetchone()[0]
    assert final == revision + 2 * ROUNDS
    updates = db.execute(
        "SELECT count(*) FROM audit WHERE action = 'update' AND entity_uuid = ?", [shared_fact]
    ).fetchone()[0]
    assert updates == 2 * ROUNDS
    brief = load_brief(db, "shared-brief")
    assert brief is not None and brief.title == f"v{2 * ROUNDS}" and brief_is_whole(brief)
    db.close()
    report(
        {
            "test": "two-writers",
            "writers": 2,
            "changes": len(journal),
            "shared_fact_edits": updates,
            "reader_snapshots": seen["reads"],
            "lost": 0,
        }
    )


def test_a_lock_held_too_long_gives_a_busy_sentence(demo_store: Path, tmp_path: Path) -> None:
    open_store(demo_store).close()
    # Held until the import has given up, however long a busy machine takes to start it (a
    # fixed hold could end before the import even reached the lock).
    locker = _driver("locker", "--store", str(demo_store), stdin=subprocess.PIPE)
    assert locker.stdout is not None
    assert locker.stdout.readline().strip() == "locked"
    article = tmp_path / "bai.txt"
    article.write_text("Việt Nam và Chile ký hiệp định thương mại tự do năm 2011.\n", "utf-8")
    started = time.monotonic()
    # A real write from the command line while the other process holds the lock.
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "import", str(article), "--store", str(demo_store)],
        capture_output=True, text=True, cwd=REPO, env=_env(), timeout=60, check=False,
    )  # fmt: skip
    waited = time.monotonic() - started
    locker.communicate(input="", timeout=30)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[-1] == (
        f"The store {demo_store} is busy: another Briefer or another program is saving to it; "
        "try again in a moment."
    )
    assert waited >= BUSY_TIMEOUT_MS / 1000 - 0.5  # it waited before giving up
    db = open_store(demo_store)
    assert check_store(db).ok  # and nothing was half-written
    db.close()


def test_busy_is_still_an_sqlite_error_for_code_that_catches_those(demo_store: Path) -> None:
    db = open_store(demo_store)
    db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(demo_store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(sqlite3.OperationalError) as caught, db.atomic():
            db.execute("UPDATE country SET name_en = name_en")
        assert isinstance(caught.value, StoreBusyError)
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()
