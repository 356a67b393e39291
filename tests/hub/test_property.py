"""Five laptops edit offline at random and sync in random orders: they all converge, and no
edit is silently lost — each is on the hub's history or kept in a conflict."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.services import sync as sync_service
from tests.hub.laptops import Laptop
from tests.hub.pgcluster import SUPERUSER, Cluster, new_hub

EDITORS = ("alice", "bob", "carol", "dave", "erin")
EDITABLE = {
    "statement_en": ["Trade grew.", "Trade fell.", "Ties deepened."],
    "rank": ["preferred", "normal", "deprecated"],
    "status": ["draft", "approved"],
    "period": ["2022", "2023", "2024"],
    "value": ["1", "2", "3"],
}
SHARED_SOURCE = "5e1f0000-0000-4000-8000-000000000001"

laptop_index = st.integers(0, len(EDITORS) - 1)
fact_index = st.integers(0, 3)
edit = st.tuples(
    st.just("edit"), laptop_index, fact_index, st.sampled_from(sorted(EDITABLE)), st.integers(0, 2)
)
# Edits weigh most: they are what can collide field by field.
operation = st.one_of(
    edit,
    edit,
    edit,
    edit,
    st.tuples(st.just("add"), laptop_index),
    st.tuples(st.just("retire"), laptop_index, fact_index),
    st.tuples(st.just("delete"), laptop_index, fact_index),
)
# A round: offline edits on any laptops, then some of the laptops sync, in a random order.
a_round = st.tuples(
    st.lists(operation, min_size=2, max_size=12),
    st.permutations(range(len(EDITORS))).flatmap(
        lambda order: st.integers(1, len(order)).map(lambda n: order[:n])
    ),
)


def _value(field: str, text: str) -> Any:
    return float(text) if field == "value" else text


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("BRIEFER_HUB_EXAMPLES", "10")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rounds=st.lists(a_round, min_size=1, max_size=5), keeps=st.randoms(use_true_random=False))
def test_five_laptops_converge_and_lose_nothing(pg_cluster: Cluster, rounds, keeps) -> None:
    dbname = new_hub(pg_cluster)
    with tempfile.TemporaryDirectory(prefix="briefer-prop-") as folder:
        laptops = [
            Laptop(Path(folder) / f"{u}.sqlite", u, pg_cluster.url(u, dbname)) for u in EDITORS
        ]
        try:
            _run(laptops, rounds, keeps, pg_cluster, dbname)
        finally:
            for laptop in laptops:
                laptop.close()


def _run(laptops: list[Laptop], rounds, keeps, cluster: Cluster, dbname: str) -> None:
    # Every laptop starts from the same source and three facts (synced first).
    laptops[0].add_source(SHARED_SOURCE)
    for n in range(3):
        laptops[0].add_fact(f"Dữ kiện chung {n}.", SHARED_SOURCE)
    for laptop in laptops:
        laptop.sync()
    # Edits still owed to the hub: (laptop, uuid, field) → value; a later edit of the same
    # field on the same laptop replaces the earlier one (the editor's own choice).
    owed: dict[tuple[int, str, str], Any] = {}
    made = 0
    ops = [op for edits, order in rounds for op in [*edits, *(("sync", w) for w in order)]]
    for op in ops:
        kind, who = op[0], op[1]
        laptop = laptops[who]
        facts = sorted(laptop.state())
        if kind == "add":
            made += 1
            laptop.add_fact(f"Dữ kiện {made} của {laptop.user}.", SHARED_SOURCE)
        elif kind == "sync":
            laptop.sync()
        elif facts:
            uuid = facts[op[2] % len(facts)]
            if kind == "delete":
                laptop.delete(uuid)
                for key in [k for k in owed if k[0] == who and k[1] == uuid]:
                    del owed[key]
                continue
            field, text = ("status", "retired") if kind == "retire" else (
                op[3], EDITABLE[op[3]][op[4] % len(EDITABLE[op[3]])]
            )  # fmt: skip
            if laptop.state()[uuid][field] != _value(field, text):
                laptop.set(uuid, field, text)
                owed[(who, uuid, field)] = _value(field, text)
    # Everyone settles their conflicts (any choice) and syncs until nothing moves.
    for _round in range(8):
        quiet = True
        for laptop in laptops:
            for conflict in laptop.conflicts():
                keep = keeps.choice(["local", "incoming", "both"])
                sync_service.resolve(laptop.services, conflict.id, keep)
                quiet = False
            result = laptop.sync()
            if result["pushed"] or result["conflicts"]:
                quiet = False
        if quiet:
            break
    else:
        raise AssertionError("the laptops never settled")
    states = [laptop.state() for laptop in laptops]
    assert all(state == states[0] for state in states[1:])
    with psycopg.connect(cluster.url(SUPERUSER, dbname)) as conn:
        live = {
            uuid
            for (uuid,) in conn.execute(
                "SELECT uuid FROM hub_object WHERE kind = 'fact' AND NOT deleted"
            )
        }
        history = conn.execute(
            "SELECT uuid, data FROM hub_history WHERE kind = 'fact' AND NOT deleted"
        ).fetchall()
    assert live == set(states[0])
    # No edit silently lost: on the hub's history, or kept in some laptop's conflicts.
    kept: list[tuple[str, dict[str, Any]]] = [(uuid, data) for uuid, data in history]
    for laptop in laptops:
        for row in laptop.db.execute("SELECT fact_uuid, local, incoming FROM fact_conflict"):
            for side in row[1:]:
                if side:
                    kept.append((row[0], json.loads(side).get("data") or {}))
    for (who, uuid, field), value in owed.items():
        assert any(u == uuid and data.get(field) == value for u, data in kept), (
            f"{EDITORS[who]}'s edit {field}={value!r} of {uuid} was lost"
        )
