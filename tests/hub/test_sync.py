"""Sync against a real PostgreSQL hub: versions, merges, conflicts, roles, tombstones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from briefer.errors import BrieferError
from briefer.services import sync as sync_service
from briefer.sync.hub import HubError, HubRefused
from tests.hub.conftest import SUPERUSER, Hub
from tests.hub.laptops import Laptop


@pytest.fixture
def laptops(hub: Hub, tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    made = {
        user: Laptop(tmp_path / f"{user}.sqlite", user, hub.url(user))
        for user in ("alice", "bob", "olga")
    }
    yield made
    for laptop in made.values():
        laptop.close()


def _seed(alice: Laptop) -> str:
    source = alice.add_source()
    return alice.add_fact("Thương mại đạt 1,3 tỷ USD.", source, value=1.3e9, period="2023")


def test_first_sync_pushes_and_another_laptop_pulls(laptops: dict[str, Laptop]) -> None:
    alice, bob = laptops["alice"], laptops["bob"]
    uuid = _seed(alice)
    assert alice.sync() == {"pushed": 2, "pulled": 0, "conflicts": 0}
    assert bob.sync() == {"pushed": 0, "pulled": 2, "conflicts": 0}
    fact = bob.fact(uuid)
    assert fact is not None and fact.statement_vi == "Thương mại đạt 1,3 tỷ USD."
    assert fact.value == 1.3e9 and fact.period == "2023"
    assert fact.citations[0].quote.startswith("Kim ngạch thương mại")
    # The pulled fact is searchable like any other (the store's writer indexed it).
    hits = bob.services.search("thuong mai dat", sources=False)
    assert [h.uuid for h in hits if h.kind == "fact"] == [uuid]
    # Nothing left to do on either side.
    assert alice.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert bob.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert alice.state() == bob.state()


def test_edits_to_different_fields_merge_silently(laptops: dict[str, Laptop]) -> None:
    alice, bob = laptops["alice"], laptops["bob"]
    uuid = _seed(alice)
    alice.sync()
    bob.sync()
    alice.set(uuid, "statement_en", "Trade reached USD 1.3 billion.")
    bob.set(uuid, "rank", "preferred")
    assert alice.sync()["pushed"] == 1
    assert bob.sync() == {"pushed": 1, "pulled": 1, "conflicts": 0}
    alice.sync()
    for laptop in (alice, bob):
        fact = laptop.fact(uuid)
        assert fact is not None
        assert (fact.statement_en, fact.rank) == ("Trade reached USD 1.3 billion.", "preferred")
    assert alice.state() == bob.state()
    assert alice.conflicts() == [] and bob.conflicts() == []


def test_same_field_on_both_sides_is_a_conflict_keeping_both(laptops: dict[str, Laptop]) -> None:
    alice, bob = laptops["alice"], laptops["bob"]
    uuid = _seed(alice)
    alice.sync()
    bob.sync()
    alice.set(uuid, "value", "1400000000")
    bob.set(uuid, "value", "1500000000")
    bob.set(uuid, "statement_en", "Trade grew.")  # a different field: merges
    alice.sync()
    # The conflicting fact is held back until Bob decides (nothing pushed over Alice's value).
    assert bob.sync() == {"pushed": 0, "pulled": 1, "conflicts": 1}
    [conflict] = bob.conflicts()
    assert conflict.origin == "sync" and conflict.uuid == uuid
    assert conflict.fields == ("value",)
    assert conflict.local is not None and conflict.local["value"] == 1.5e9
    assert conflict.incoming is not None and conflict.incoming["value"] == 1.4e9
    # Bob still sees his own value; the hub keeps Alice's.
    fact = bob.fact(uuid)
    assert fact is not None and fact.value == 1.5e9
    alice.sync()
    alice_fact = alice.fact(uuid)
    assert alice_fact is not None and alice_fact.value == 1.4e9
    # The command line shows it in the one list, and settles it.
    from briefer.cli import main

    assert main(["conflicts", "--store", str(bob.path), "--json"]) == 0
    bob.close()
    assert main(["resolve", str(conflict.id), "--keep", "local", "--store", str(bob.path)]) == 0
    assert bob.conflicts() == []
    assert bob.sync()["pushed"] == 1
    alice.sync()
    alice_fact = alice.fact(uuid)
    assert alice_fact is not None
    assert (alice_fact.value, alice_fact.statement_en) == (1.5e9, "Trade grew.")
    assert alice.state() == bob.state()


def test_resolve_incoming_and_both(laptops: dict[str, Laptop]) -> None:
    alice, bob = laptops["alice"], laptops["bob"]
    first, second = _seed(alice), None
    source = alice.db.execute("SELECT uuid FROM source").fetchone()[0]
    second = alice.add_fact("Đầu tư đạt 500 triệu USD.", source)
    alice.sync()
    bob.sync()
    for uuid in (first, second):
        alice.set(uuid, "period", "2024")
        bob.set(uuid, "period", "2022")
    alice.sync()
    bob.sync()
    by_uuid = {c.uuid: c for c in bob.conflicts()}
    sync_service.resolve(bob.services, by_uuid[first].id, "incoming")
    sync_service.resolve(bob.services, by_uuid[second].id, "both")
    bob.sync()
    alice.sync()
    assert alice.state() == bob.state()
    state = alice.state()
    assert state[first]["period"] == "2024"
    assert state[second]["period"] == "2024"
    copies = [p for u, p in state.items() if u not in (first, second)]
    assert [(c["statement_vi"], c["period"]) for c in copies] == [
        ("Đầu tư đạt 500 triệu USD.", "2022")
    ]


def test_stale_upload_is_refused_by_the_hub(hub: Hub, laptops: dict[str, Laptop]) -> None:
    alice, bob = laptops["alice"], laptops["bob"]
    uuid = _seed(alice)
    alice.sync()
    bob.sync()
    alice.set(uuid, "status", "approved")
    alice.sync()
    # An upload based on version 1 of the fact, whoever sends it and however, is refused.
    with psycopg.connect(hub.url("bob")) as conn:
        version = conn.execute(
            "SELECT version FROM hub_object WHERE kind = 'fact' AND uuid = %s", [uuid]
        ).fetchone()[0]
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(
                "UPDATE hub_object SET base_version = %s, data = '{}'::jsonb "
                "WHERE kind = 'fact' AND uuid = %s",
                [version - 1, uuid],
            )
        assert refused.value.sqlstate == "BR409"
    # Bob's own stale edit is merged, not pushed over Alice's.
    bob.set(uuid, "statement_en", "Bob's translation.")
    assert bob.sync() == {"pushed": 1, "pulled": 1, "conflicts": 0}
    alice.sync()
    fact = alice.fact(uuid)
    assert fact is not None and (fact.status, fact.statement_en) == (
        "approved",
        "Bob's translation.",
    )


def test_an_officer_pushing_facts_is_refused_by_the_server(
    hub: Hub, laptops: dict[str, Laptop]
) -> None:
    alice, olga = laptops["alice"], laptops["olga"]
    uuid = _seed(alice)
    alice.sync()
    assert olga.sync()["pulled"] == 2  # officers pull
    olga.set(uuid, "statement_vi", "Sửa bởi cán bộ.")
    with pytest.raises(HubRefused, match="refused"):
        olga.sync()
    # The server itself refuses, whatever the client: a direct insert and update.
    with psycopg.connect(hub.url("olga")) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO hub_object (kind, uuid, data) VALUES ('fact', 'x', '{}'::jsonb)"
            )
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM hub_object")
    # Her edit stays on her laptop; the hub is untouched.
    alice.sync()
    fact = alice.fact(uuid)
    assert fact is not None and fact.statement_vi == "Thương mại đạt 1,3 tỷ USD."


def test_tombstones_delete_everywhere_and_delete_against_edit_conflicts(
    laptops: dict[str, Laptop],
) -> None:
    alice, bob = laptops["alice"], laptops["bob"]
    gone = _seed(alice)
    source = alice.db.execute("SELECT uuid FROM source").fetchone()[0]
    edited = alice.add_fact("Hai nước ký FTA năm 2011.", source)
    alice.sync()
    bob.sync()
    alice.delete(gone)
    alice.delete(edited)
    bob.set(edited, "statement_en", "The FTA was signed in 2011.")
    assert alice.sync()["pushed"] == 2
    assert bob.sync()["conflicts"] == 1
    assert bob.fact(gone) is None  # the tombstone deleted it
    [conflict] = bob.conflicts()
    assert (conflict.uuid, conflict.reason, conflict.incoming) == (edited, "deleted-on-hub", None)
    assert bob.fact(edited) is not None  # Bob's edit is kept until he decides
    sync_service.resolve(bob.services, conflict.id, "local")
    bob.sync()
    alice.sync()
    fact = alice.fact(edited)
    assert fact is not None and fact.statement_en == "The FTA was signed in 2011."
    assert alice.state() == bob.state()


def test_password_is_never_stored_and_hub_is_remembered(
    hub: Hub, laptops: dict[str, Laptop], tmp_path: Path
) -> None:
    alice = laptops["alice"]
    _seed(alice)
    password = hub.cluster.password
    with_password = hub.url("alice").replace("alice@", f"alice:{password}@")
    sync_service.sync(alice.services, with_password)
    alice.close()
    assert password.encode() not in alice.path.read_bytes()
    wal = Path(f"{alice.path}-wal")
    assert not wal.exists() or password.encode() not in wal.read_bytes()
    again = Laptop(alice.path, "alice", "")
    try:
        assert sync_service.sync(again.services).as_json()["pushed"] == 0  # remembered hub
        assert sync_service.status(again.services).hub.endswith(f"/{hub.dbname}")
    finally:
        again.close()


def test_classified_store_refuses_every_network_sync(hub: Hub, tmp_path: Path) -> None:
    from briefer.services import Services, init_store

    path = tmp_path / "secret.sqlite"
    init_store(path, classified=True)
    services = Services(path)
    try:
        with pytest.raises(HubError) as refused:
            sync_service.sync(services, hub.url("alice"))
        assert "never syncs over a network" in str(refused.value)
        assert sync_service.status(services).classified
    finally:
        services.close()


def test_an_unreachable_hub_is_one_sentence(laptops: dict[str, Laptop], tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    alice = laptops["alice"]
    _seed(alice)
    with pytest.raises(BrieferError) as failed:
        sync_service.sync(alice.services, f"postgresql://alice@127.0.0.1:{port}/nothing")
    message = str(failed.value)
    assert "cannot be reached" in message and "\n" not in message


def test_hub_init_is_repeatable_and_records_named_migrations(hub: Hub) -> None:
    from briefer.sync.hub import init_hub, known_hub_migrations

    assert init_hub(hub.url(SUPERUSER)) == []
    with psycopg.connect(hub.url(SUPERUSER)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM hub_migration ORDER BY name")]
    assert names == known_hub_migrations()


def test_history_keeps_every_version(hub: Hub, laptops: dict[str, Laptop]) -> None:
    alice = laptops["alice"]
    uuid = _seed(alice)
    alice.sync()
    alice.set(uuid, "rank", "preferred")
    alice.sync()
    with psycopg.connect(hub.url("bob")) as conn:
        rows = conn.execute(
            "SELECT data, updated_by FROM hub_history WHERE uuid = %s ORDER BY version", [uuid]
        ).fetchall()
    assert [(r[0]["rank"], r[1]) for r in rows] == [("normal", "alice"), ("preferred", "alice")]
    assert json.dumps(rows[0][0])  # plain JSON


def test_cli_hub_init_sync_json_and_fact_set(pg_cluster, tmp_path: Path, capsys) -> None:
    from briefer.cli import main

    dbname = pg_cluster.new_database()
    owner = pg_cluster.url(SUPERUSER, dbname)
    assert main(["hub", "init", owner, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["applied"] == [
        "0001_objects",
        "0002_roles",
        "0003_shared_briefs",
    ]
    assert main(["hub", "init", owner, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["applied"] == []
    with psycopg.connect(owner, autocommit=True) as conn:
        conn.execute("GRANT briefer_editor TO alice")
    store = tmp_path / "cli.sqlite"
    laptop = Laptop(store, "alice", "")
    uuid = _seed(laptop)
    laptop.close()
    assert main(["fact", "set", uuid, "rank", "preferred", "--store", str(store)]) == 0
    hub_url = pg_cluster.url("alice", dbname)
    assert main(["sync", "--hub", hub_url, "--store", str(store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"pushed": 2, "pulled": 0, "conflicts": 0}
    assert main(["fact", "set", uuid, "rank", "best", "--store", str(store)]) == 1
    assert "A rank is one of" in capsys.readouterr().err
    assert main(["conflicts", "--store", str(store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"count": 0, "conflicts": []}
    with psycopg.connect(owner) as conn:
        row = conn.execute("SELECT data->>'rank' FROM hub_object WHERE uuid = %s", [uuid])
        assert row.fetchone() == ("preferred",)


def test_roles_are_enforced_by_the_server_for_briefs_grants_and_deletes(hub: Hub) -> None:
    from psycopg.errors import InsufficientPrivilege

    # An officer may share its own brief, but not write a source.
    with psycopg.connect(hub.url("olga")) as conn:
        conn.execute("INSERT INTO hub_object (kind, uuid, data) VALUES ('brief', 'b1', '{}')")
        conn.commit()
        with pytest.raises(InsufficientPrivilege):
            conn.execute("INSERT INTO hub_object (kind, uuid, data) VALUES ('source', 's', '{}')")
    # Another user sees the shared brief but does not overwrite it; nobody deletes rows.
    with psycopg.connect(hub.url("bob")) as conn:
        assert conn.execute("SELECT uuid FROM hub_object WHERE kind = 'brief'").fetchall() == [
            ("b1",)
        ]
        assert conn.execute("UPDATE hub_object SET data = '{}' WHERE kind = 'brief'").rowcount == 0
        conn.rollback()
        with pytest.raises(InsufficientPrivilege):
            conn.execute("DELETE FROM hub_object")
    # The admin grants roles; an editor cannot.
    with psycopg.connect(hub.url(SUPERUSER), autocommit=True) as conn:
        conn.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frank') "
            "THEN CREATE ROLE frank LOGIN; END IF; END $$"
        )
    with (
        psycopg.connect(hub.url("alice"), autocommit=True) as conn,
        pytest.raises(InsufficientPrivilege),
    ):
        conn.execute("GRANT briefer_editor TO frank")
    with psycopg.connect(hub.url("admin"), autocommit=True) as conn:
        conn.execute("GRANT briefer_officer TO frank")
        member = conn.execute("SELECT pg_has_role('frank', 'briefer_officer', 'member')").fetchone()
    assert member == (True,)


def test_a_cancelled_sync_keeps_what_arrived_and_finishes_next_time(
    hub: Hub, laptops: dict[str, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.sync import engine

    alice, bob = laptops["alice"], laptops["bob"]
    source = alice.add_source()
    for n in range(30):
        alice.add_fact(f"Dữ kiện {n}.", source)
    alice.sync()
    monkeypatch.setenv("BRIEFER_SYNC_PULL_CHUNK", "10")
    asked = []

    def cancel_after_two_chunks() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(engine.SyncCancelled, match="cancelled"):
        sync_service.sync(bob.services, hub.url("bob"), cancelled=cancel_after_two_chunks)
    kept = len(bob.state())
    assert 0 < kept < 30  # the chunks that arrived are kept …
    assert bob.services.check().ok
    assert bob.sync()["pulled"] == 30 - kept  # … and the rest arrives next time
    assert bob.state() == alice.state()


def test_a_store_keeps_one_hub(hub: Hub, laptops: dict[str, Laptop]) -> None:
    from tests.hub.pgcluster import new_hub

    alice = laptops["alice"]
    _seed(alice)
    alice.sync()
    other = new_hub(hub.cluster)
    with pytest.raises(HubError, match="another hub"):
        sync_service.sync(alice.services, hub.cluster.url("alice", other))


def test_a_hub_set_up_by_a_newer_briefer_is_refused(hub: Hub, laptops: dict[str, Laptop]) -> None:
    from briefer.sync.hub import init_hub

    with psycopg.connect(hub.url(SUPERUSER), autocommit=True) as conn:
        conn.execute("INSERT INTO hub_migration (name) VALUES ('9999_from_the_future')")
    with pytest.raises(HubError, match="newer Briefer"):
        laptops["alice"].sync()
    with pytest.raises(HubError, match="newer Briefer"):
        init_hub(hub.url(SUPERUSER))


def test_own_upload_is_not_fetched_back_unless_others_pushed_in_between(
    hub: Hub, laptops: dict[str, Laptop]
) -> None:
    from briefer.sync.engine import KEY_CURSOR
    from briefer.sync.ledger import get_setting

    alice, bob = laptops["alice"], laptops["bob"]

    def top() -> int:
        with psycopg.connect(hub.url(SUPERUSER)) as conn:
            return int(conn.execute("SELECT max(version) FROM hub_object").fetchone()[0])

    uuid = _seed(alice)
    alice.sync()
    # Nothing else reached the hub between her pull and her push: her cursor is past it.
    assert int(get_setting(alice.db, KEY_CURSOR)) == top()
    bob.sync()
    bob.set(uuid, "rank", "preferred")
    bob.sync()
    alice.set(uuid, "period", "2022")
    # Bob's change came in between: her cursor stays, and the next sync still brings it.
    assert alice.sync() == {"pushed": 1, "pulled": 1, "conflicts": 0}
    assert alice.sync()["pulled"] == 0
    fact = alice.fact(uuid)
    assert fact is not None and (fact.rank, fact.period) == ("preferred", "2022")
    bob.sync()
    assert alice.state() == bob.state()


def test_the_garbage_collector_is_back_on_after_a_sync_done_or_refused(
    hub: Hub, laptops: dict[str, Laptop]
) -> None:
    """A sync pauses Python's cyclic collector while it builds and drops its rows (CPU);
    the app's process must get it back whatever the sync's end."""
    import gc

    from tests.hub.pgcluster import new_hub

    alice = laptops["alice"]
    _seed(alice)
    assert gc.isenabled()
    assert alice.sync()["pushed"] == 2
    assert gc.isenabled()
    other = new_hub(hub.cluster)  # refused after connecting: the pause was entered
    with pytest.raises(HubError, match="another hub"):
        sync_service.sync(alice.services, hub.cluster.url("alice", other))
    assert gc.isenabled()
    gc.disable()  # a caller that keeps the collector off keeps it off
    try:
        assert alice.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
        assert not gc.isenabled()
    finally:
        gc.enable()
