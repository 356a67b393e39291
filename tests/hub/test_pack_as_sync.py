"""An air-gapped store fed by packs ends like a laptop fed by sync (a real PostgreSQL hub).

Alice edits and syncs; Bob's laptop syncs; an air-gapped classified store takes Alice's
facts only as pack files. Bob and the air-gapped store make the same local edits; the same
edits of Alice's reach one by sync and the other by pack. Same facts, same conflicts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefer.services import Services, init_store
from briefer.sync import conflicts as all_conflicts
from briefer.sync.pack_export import export_pack
from briefer.sync.pack_import import import_pack
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop


@pytest.fixture
def three(hub: Hub, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Services]]:
    alice = Laptop(tmp_path / "alice.sqlite", "alice", hub.url("alice"))
    bob = Laptop(tmp_path / "bob.sqlite", "bob", hub.url("bob"))
    init_store(tmp_path / "airgapped.sqlite", classified=True)
    airgapped = Services(tmp_path / "airgapped.sqlite", demo_on_first_run=False)
    yield alice, bob, airgapped
    for each in (alice, bob, airgapped):
        each.close()


def _carry(alice: Laptop, airgapped: Services, pack: Path) -> Any:
    export_pack(alice.db, pack, creator="alice", include_drafts=True)
    return import_pack(airgapped.db(), pack, actor="officer")


def _state(db: Any) -> dict[str, Any]:
    from briefer.sync.payload import fact_payloads

    uuids = [r[0] for r in db.execute("SELECT uuid FROM fact").fetchall()]
    return {u: p for u, (p, _rev) in fact_payloads(db, uuids).items()}


def _open(db: Any) -> list[tuple[str, tuple[str, ...], str, Any, Any]]:
    return [
        (c.uuid, c.fields, c.reason, c.local, c.incoming)
        for c in all_conflicts.list_all(db)
        if not c.resolved_at
    ]


def test_an_air_gapped_store_merges_a_pack_as_a_laptop_merges_a_sync(
    three: tuple[Laptop, Laptop, Services], tmp_path: Path
) -> None:
    from briefer.services import sync as sync_service

    alice, bob, airgapped = three
    source = alice.add_source()
    uuid = alice.add_fact("Thương mại đạt 1,3 tỷ USD.", source, value=1.3e9, period="2023")
    alice.sync()
    bob.sync()
    assert _carry(alice, airgapped, tmp_path / "1.pack").added == [uuid]
    assert _state(airgapped.db()) == bob.state() == alice.state()

    # The same local edits on Bob's laptop and on the air-gapped store.
    for services in (bob.services, airgapped):
        sync_service.set_fact_field(services, uuid, "statement_vi", "Thương mại: 1,3 tỷ USD.")
        sync_service.set_fact_field(services, uuid, "period", "2023-12")
    # Alice changes the statement too (a conflict) and the rank (merges).
    alice.set(uuid, "statement_vi", "Kim ngạch thương mại đạt 1,3 tỷ USD.")
    alice.set(uuid, "rank", "preferred")
    alice.sync()
    assert bob.sync()["conflicts"] == 1
    plan = _carry(alice, airgapped, tmp_path / "2.pack")
    assert [c.uuid for c in plan.conflicts] == [uuid]

    assert _state(airgapped.db()) == bob.state()
    merged = bob.state()[uuid]
    assert (merged["rank"], merged["period"]) == ("preferred", "2023-12")
    assert merged["statement_vi"] == "Thương mại: 1,3 tỷ USD."  # the local value stays
    assert _open(airgapped.db()) == _open(bob.db)
    ((_uuid, fields, _reason, _local, incoming),) = _open(bob.db)
    assert fields == ("statement_vi",)
    assert incoming["statement_vi"] == "Kim ngạch thương mại đạt 1,3 tỷ USD."
    # The air-gapped store never touched the network: it has no hub.
    assert (
        airgapped.db().execute("SELECT count(*) FROM sync_setting WHERE key = 'hub'").fetchone()[0]
        == 0
    )
