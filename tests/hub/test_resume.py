"""Sync killed at any point — the laptop (SIGKILL of `briefer sync`) or the hub (SIGKILL of
its backend, a restart) — and run again ends in the same state, with nothing sent twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from briefer.store.check import check_store
from briefer.store.connection import open_store
from tests.hub.conftest import SUPERUSER, Hub
from tests.hub.laptops import Laptop

N_FACTS = 1500
pytestmark = pytest.mark.slow


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"BRIEFER_SYNC_PULL_CHUNK": "100", "BRIEFER_SYNC_PUSH_CHUNK": "100", **extra})
    return env


def _run_sync(store: Path, url: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", "sync", "--store", str(store), "--hub", url, "--json"],
        env=_env(**extra),
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _sync_until_done(store: Path, url: str, attempts: int = 30) -> str:
    for _ in range(attempts):
        done = _run_sync(store, url)
        if done.returncode == 0:
            return done.stdout
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0
        time.sleep(0.3)  # the hub may be recovering from a crash
    raise AssertionError(f"sync never finished: {done.stderr}")


def _laptop_with_facts(path: Path, user: str, url: str) -> Laptop:
    from briefer.domain.model import Fact
    from briefer.store import facts as fact_store
    from tests.hub.laptops import QUOTE

    laptop = Laptop(path, user, url)
    source = laptop.add_source()
    source_id = laptop.db.execute("SELECT id FROM source WHERE uuid = ?", [source]).fetchone()[0]
    with laptop.db.atomic():
        fact_store.insert_facts(
            laptop.db,
            [
                (
                    Fact(None, "", "VN-CL", "economic", "figure", f"Dữ kiện số {i}.", value=i),
                    [(source_id, QUOTE, None)],
                )
                for i in range(N_FACTS)
            ],
        )
    laptop.close()
    return laptop


def _hub_counts(hub: Hub) -> tuple[int, int]:
    with psycopg.connect(hub.url(SUPERUSER)) as conn:
        objects = conn.execute("SELECT count(*) FROM hub_object WHERE kind = 'fact'").fetchone()
        history = conn.execute("SELECT count(*) FROM hub_history WHERE kind = 'fact'").fetchone()
    assert objects is not None and history is not None
    return int(objects[0]), int(history[0])


def _assert_same(a: Path, b: Path) -> None:
    first, second = Laptop(a, "", ""), Laptop(b, "", "")
    try:
        assert len(first.state()) == N_FACTS
        assert first.state() == second.state()
    finally:
        first.close()
        second.close()
    for path in (a, b):
        db = open_store(path)
        try:
            assert check_store(db).ok
        finally:
            db.close()


@pytest.mark.parametrize(
    ("side", "point"),
    [
        ("push", "push-sent:3"),  # inside the hub's transaction: rolled back
        ("push", "push-committed:2"),  # after the hub committed, before the laptop recorded it
        ("pull", "pull-fetched:4"),
        ("pull", "pull-applied:3"),  # inside the laptop's transaction: rolled back
    ],
)
def test_sync_killed_at_a_point_and_run_again_ends_the_same(
    hub: Hub, tmp_path: Path, side: str, point: str
) -> None:
    alice = _laptop_with_facts(tmp_path / "alice.sqlite", "alice", hub.url("alice"))
    bob = tmp_path / "bob.sqlite"
    if side == "push":
        killed = _run_sync(alice.path, hub.url("alice"), BRIEFER_SYNC_CRASH_AT=point)
        assert killed.returncode == -signal.SIGKILL
        _sync_until_done(alice.path, hub.url("alice"))
        _sync_until_done(bob, hub.url("bob"))
    else:
        _sync_until_done(alice.path, hub.url("alice"))
        killed = _run_sync(bob, hub.url("bob"), BRIEFER_SYNC_CRASH_AT=point)
        assert killed.returncode == -signal.SIGKILL
        _sync_until_done(bob, hub.url("bob"))
    # Each fact reached the hub exactly once, and nothing is left to send either way.
    assert _hub_counts(hub) == (N_FACTS, N_FACTS)
    assert _sync_until_done(alice.path, hub.url("alice")).count('"pushed": 0') == 1
    assert '"pulled": 0' in _sync_until_done(bob, hub.url("bob"))
    _assert_same(alice.path, bob)


def _edit_some(path: Path, rng: random.Random, tag: str, count: int = 300) -> None:
    from dataclasses import replace

    from briefer.store import facts as fact_store

    db = open_store(path)
    try:
        uuids = [r[0] for r in db.execute("SELECT uuid FROM fact ORDER BY uuid").fetchall()]
        with db.atomic():
            for uuid in rng.sample(uuids, count):
                fact = fact_store.get_fact(db, uuid)
                assert fact is not None
                fact_store.update_fact(db, replace(fact, statement_en=f"{tag} {uuid[:8]}"))
    finally:
        db.close()


def _wait_for_hub(hub: Hub) -> None:
    """Until the hub takes connections again (after a backend's SIGKILL the postmaster
    restarts every backend and recovers). A time bound, not a count of tries: recovery on a
    busy machine takes longer, and a hub still down made the next round fail elsewhere."""
    deadline = time.monotonic() + 120  # bounds a hub that never comes back
    while True:
        try:
            psycopg.connect(hub.url(SUPERUSER), connect_timeout=5).close()
            return
        except psycopg.OperationalError:
            assert time.monotonic() < deadline, "the hub did not come back within 120 s"
            time.sleep(0.05)


def _start_and_kill(
    hub: Hub, store: Path, user: str, who: str, rng: random.Random
) -> tuple[bool, str]:
    """Start `briefer sync`, and once it talks to the hub SIGKILL it or its hub backend."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefer", "sync", "--store", str(store),
         "--hub", hub.url(user), "--json"],
        env=_env(BRIEFER_SYNC_PULL_CHUNK="20", BRIEFER_SYNC_PUSH_CHUNK="20"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    backend: list[int] = []
    while proc.poll() is None and not backend:
        backend = hub.cluster.backend_pids(hub.dbname)
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.12))
    killed = False
    if proc.poll() is None:
        if who == "laptop":
            proc.send_signal(signal.SIGKILL)
            killed = True
        else:
            try:
                os.kill(backend[0], signal.SIGKILL)  # the hub's postmaster then recovers
                killed = True
            except ProcessLookupError:
                pass
    _out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err
    return killed, err


def test_twenty_kills_on_both_sides_during_sync(hub: Hub, tmp_path: Path) -> None:
    """Twenty rounds: Alice edits 300 facts and syncs, Bob syncs; in each sync one side is
    SIGKILLed at a random moment — `briefer sync` itself or the hub's backend serving it.
    Then the syncs finish and both stores agree with each other and the hub."""
    rng = random.Random(17)
    alice = _laptop_with_facts(tmp_path / "alice.sqlite", "alice", hub.url("alice"))
    bob = tmp_path / "bob.sqlite"
    _sync_until_done(alice.path, hub.url("alice"))
    _sync_until_done(bob, hub.url("bob"))
    kills = {"laptop": 0, "hub": 0}
    attempt = 0
    while kills["laptop"] + kills["hub"] < 20 and attempt < 80:
        tag = f"r{attempt}"
        _edit_some(alice.path, rng, tag)
        for store, user in ((alice.path, "alice"), (bob, "bob")):
            if kills["laptop"] + kills["hub"] >= 20:
                break
            who = "laptop" if kills["laptop"] <= kills["hub"] else "hub"
            killed, _err = _start_and_kill(hub, store, user, who, rng)
            kills[who] += killed
            _wait_for_hub(hub)
        attempt += 1
    assert kills == {"laptop": 10, "hub": 10}, kills
    _sync_until_done(alice.path, hub.url("alice"))
    _sync_until_done(bob, hub.url("bob"))
    objects, _history = _hub_counts(hub)
    assert objects == N_FACTS
    _assert_same(alice.path, bob)
    # Alice's last edits are what everyone has.
    with psycopg.connect(hub.url(SUPERUSER)) as conn:
        tags = conn.execute(
            "SELECT count(*) FROM hub_object WHERE data->>'statement_en' LIKE %s",
            [f"r{attempt - 1} %"],
        ).fetchone()
    assert tags is not None and tags[0] == 300


def test_hub_restarted_mid_sync(hub: Hub, tmp_path: Path) -> None:
    alice = _laptop_with_facts(tmp_path / "alice.sqlite", "alice", hub.url("alice"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefer", "sync", "--store", str(alice.path),
         "--hub", hub.url("alice"), "--json"],
        env=_env(BRIEFER_SYNC_PUSH_CHUNK="20"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    while not hub.cluster.backend_pids(hub.dbname) and proc.poll() is None:
        time.sleep(0.01)
    time.sleep(0.3)
    hub.cluster.stop("fast")
    hub.cluster.start()
    _out, err = proc.communicate(timeout=120)
    if proc.returncode:
        assert "hub" in err and "Traceback" not in err and err.strip().count("\n") == 0
    _sync_until_done(alice.path, hub.url("alice"))
    bob = tmp_path / "bob.sqlite"
    _sync_until_done(bob, hub.url("bob"))
    assert _hub_counts(hub) == (N_FACTS, N_FACTS)
    _assert_same(alice.path, bob)


def test_killed_after_the_hub_committed_then_edited_again_is_no_conflict(
    hub: Hub, tmp_path: Path
) -> None:
    """The laptop dies after the hub took its upload but before it noted so, and its user
    edits the same facts again: the next sync recognises its own upload and sends the edit."""
    alice = _laptop_with_facts(tmp_path / "alice.sqlite", "alice", hub.url("alice"))
    killed = _run_sync(alice.path, hub.url("alice"), BRIEFER_SYNC_CRASH_AT="push-committed:1")
    assert killed.returncode == -signal.SIGKILL
    _edit_some(alice.path, random.Random(3), "again", count=N_FACTS)
    out = _sync_until_done(alice.path, hub.url("alice"))
    assert '"conflicts": 0' in out
    with psycopg.connect(hub.url(SUPERUSER)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM hub_object WHERE data->>'statement_en' LIKE 'again %'"
        ).fetchone()
    assert row is not None and row[0] == N_FACTS
