"""Sync's pure parts and its local schema, without a hub."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from briefer.errors import InputError
from briefer.services import Services, init_store
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.sync.merge import REASON_DELETED_HERE, REASON_DELETED_ON_HUB, merge

FIELDS = ("a", "b", "c")
BASE = {"a": 1, "b": 1, "c": 1}


def test_merge_takes_each_side_s_own_changes() -> None:
    merged = merge(FIELDS, BASE, {**BASE, "a": 2}, {**BASE, "b": 3})
    assert merged.data == {"a": 2, "b": 3, "c": 1} and not merged.conflicted


def test_merge_same_field_changed_differently_is_a_conflict_keeping_local() -> None:
    merged = merge(FIELDS, BASE, {**BASE, "a": 2, "c": 5}, {**BASE, "a": 3, "b": 4})
    assert merged.conflicts == ("a",)
    assert merged.data == {"a": 2, "b": 4, "c": 5}


def test_merge_same_change_on_both_sides_is_no_conflict() -> None:
    assert not merge(FIELDS, BASE, {**BASE, "a": 2}, {**BASE, "a": 2}).conflicted


def test_merge_deletions() -> None:
    assert merge(FIELDS, BASE, BASE, None).data is None  # deleted on the hub, untouched here
    assert merge(FIELDS, BASE, None, BASE).data is None  # deleted here, untouched on the hub
    here = merge(FIELDS, BASE, None, {**BASE, "a": 2})
    assert (here.data, here.reason) == (None, REASON_DELETED_HERE)
    there = merge(FIELDS, BASE, {**BASE, "a": 2}, None)
    assert (there.data, there.reason) == ({**BASE, "a": 2}, REASON_DELETED_ON_HUB)


def test_migration_0009_from_an_older_store_keeps_pack_conflicts(tmp_path: Path) -> None:
    from briefer.store.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0010_sync_hub")
    conn.execute(
        "INSERT INTO fact_conflict (fact_uuid, pack_id, reason, local_revision, local_version, "
        "incoming_revision, incoming_version, incoming, detected_at) "
        "VALUES ('f', 'p', 'diverged', 1, 'x', 2, 'y', '{}', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"sync_setting", "sync_base"} <= set(db.table_names())
    assert db.execute("SELECT origin, entity FROM fact_conflict").fetchall() == [("pack", "fact")]
    assert check_store(db).ok
    db.close()


def test_fact_set_edits_one_field_and_refuses_bad_values(tmp_path: Path) -> None:
    from briefer.services import sync as sync_service

    path = tmp_path / "s.sqlite"
    init_store(path, demo=True)
    services = Services(path)
    try:
        fact = services.facts()[0]
        updated = sync_service.set_fact_field(services, fact.uuid, "value", "1,5")
        assert updated.value == 1.5 and updated.revision == fact.revision + 1
        with pytest.raises(InputError, match="rank is one of"):
            sync_service.set_fact_field(services, fact.uuid, "rank", "best")
        with pytest.raises(InputError, match="cannot be set"):
            sync_service.set_fact_field(services, fact.uuid, "pair", "VN-PE")
        with pytest.raises(InputError, match="There is no fact"):
            sync_service.set_fact_field(services, "nope", "status", "approved")
        # Deleting keeps search in step: the store still checks clean.
        sync_service.delete_fact(services, fact.uuid)
        assert services.fact(fact.uuid) is None
        assert services.check().ok
    finally:
        services.close()


def test_a_classified_store_stays_classified_and_a_synced_one_cannot_become_one(
    tmp_path: Path,
) -> None:
    from briefer.services import sync as sync_service
    from briefer.sync.ledger import set_setting

    path = tmp_path / "s.sqlite"
    init_store(path)
    services = Services(path)
    try:
        db = services.db()
        with db.atomic():
            set_setting(db, "hub", "host=hub.example dbname=briefer")
        with pytest.raises(InputError, match="cannot become classified"):
            sync_service.make_classified(services)
    finally:
        services.close()


def test_cli_init_classified_then_sync_is_one_sentence(tmp_path: Path, capsys) -> None:
    from briefer.cli import main

    store = tmp_path / "secret.sqlite"
    assert main(["init", "--classified", "--store", str(store)]) == 0
    capsys.readouterr()
    assert main(["sync", "--hub", "postgresql://x@127.0.0.1:1/y", "--store", str(store)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "never syncs over a network" in err


def test_pack_conflicts_are_in_the_one_list_and_settled_by_briefer_resolve(
    demo_store: Path, tmp_path: Path, capsys
) -> None:
    """`briefer conflicts` lists conflicts from packs with those from sync (same table), and
    `briefer resolve` settles them; a classified store takes packs like any other."""
    import json
    import shutil
    from dataclasses import replace

    from briefer.cli import main
    from briefer.store.facts import get_fact, list_facts, update_fact

    other = tmp_path / "other.sqlite"
    shutil.copyfile(demo_store, other)
    for path, text in ((demo_store, "Bản A."), (other, "Bản B.")):
        db = open_store(path)
        fact = get_fact(db, list_facts(db, pair="VN-CL")[0].uuid)
        assert fact is not None
        update_fact(db, replace(fact, statement_vi=text))
        db.conn.commit()
        db.close()
    pack = tmp_path / "b.pack"
    assert main(["pack", "export", "--out", str(pack), "--store", str(other)]) == 0
    assert main(["pack", "import", str(pack), "--store", str(demo_store)]) == 0
    capsys.readouterr()
    assert main(["conflicts", "--json", "--store", str(demo_store)]) == 0
    [conflict] = json.loads(capsys.readouterr().out)["conflicts"]
    assert (conflict["origin"], conflict["fields"]) == ("pack", ["statement_vi"])
    assert (conflict["local_statement"], conflict["incoming_statement"]) == ("Bản A.", "Bản B.")
    assert main(["resolve", str(conflict["id"]), "--keep", "both", "--store", str(demo_store)]) == 1
    assert "local or the incoming" in capsys.readouterr().err
    assert (
        main(["resolve", str(conflict["id"]), "--keep", "incoming", "--store", str(demo_store)])
        == 0
    )
    assert main(["conflicts", "--json", "--store", str(demo_store)]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 0


def test_a_shared_brief_travels_whole_and_comes_back_equal() -> None:
    """What a shared brief sends is all the receiver needs to rebuild it: sections, items in
    order with both languages and their citations, the title page; nothing local."""
    import json

    from briefer.domain.brief import Brief, BriefItem, BriefSection
    from briefer.domain.letterhead import TitlePage
    from briefer.sync.briefs import brief_from_payload, brief_payload

    brief = Brief(
        pair="VN-CL",
        brief_type="ministerial-talks",
        language="en",
        brief_date="2026-12-10",
        marking="MẬT",
        title="Talks with Chile",
        sections=(
            BriefSection(
                "economic",
                "Economy",
                (
                    BriefItem("i1", "fact", "f1", "Kim ngạch 1,3 tỷ USD.", "USD 1.3 bn.", ("f2",)),
                    BriefItem("i2", "text", text_vi="Ghi chú", needs_update="en"),
                ),
            ),
            BriefSection("people", "People", ()),
        ),
        title_page=TitlePage(issuing_unit_vi="BỘ NGOẠI GIAO\nVỤ CHÂU MỸ", number="15/TL"),
        revision=7,
        fact_revisions={"f1": 3},
    )
    sent = json.loads(json.dumps(brief_payload(brief)))  # as the hub stores and returns it
    assert "revision" not in sent and "fact_revisions" not in sent
    back = brief_from_payload(sent)
    assert back == Brief(**{**{n: getattr(brief, n) for n in Brief.__slots__},
                            "revision": 0, "fact_revisions": {}})  # fmt: skip
