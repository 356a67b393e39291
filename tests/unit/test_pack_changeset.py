"""An air-gapped store takes a pack as the change set sync sends: same merge, same conflicts.

The sender is an editor's store. The same edits reach two stores that started from the same
copy: a classified store by pack files, and a laptop by sync (the rows sync pulls from the
hub, given to :func:`briefer.sync.local.apply_incoming` as the sync engine gives them, made
from the sender's pushed payloads). Both must end with the same fact and the same conflict.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from briefer.domain.model import Country, Fact, Source
from briefer.services import init_store
from briefer.store import facts as fact_store
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.sources import insert_source
from briefer.sync import conflicts as all_conflicts
from briefer.sync.local import Incoming, apply_incoming
from briefer.sync.pack_export import export_pack
from briefer.sync.pack_import import import_pack
from briefer.sync.payload import FACT, SOURCE, payloads

BODY = "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Kim ngạch đạt 1,8 tỷ USD."
UUID = "f-1"


def _sender(tmp_path: Path) -> Any:
    init_store(tmp_path / "sender.sqlite")
    db = open_store(tmp_path / "sender.sqlite")
    fact_store.upsert_country(db, Country("VN", "Việt Nam", "Viet Nam"))
    fact_store.upsert_country(db, Country("CL", "Chile", "Chile"))
    sid = insert_source(db, Source(id=None, uuid="s-1", kind="article", title="Tin", body=BODY))
    fact = Fact(
        id=None, uuid=UUID, pair="VN-CL", topic="trade", kind="figure",
        statement_vi="Kim ngạch đạt 1,8 tỷ USD.", statement_en="Trade reached USD 1.8 billion.",
        status="approved", rank="normal",
    )  # fmt: skip
    fact_store.insert_fact(db, fact, [(sid, "Kim ngạch đạt 1,8 tỷ USD", None)])
    db.conn.commit()
    return db


def _edit(db: Any, **changes: Any) -> None:
    current = fact_store.get_fact(db, UUID)
    assert current is not None
    fact_store.update_fact(db, replace(current, **changes))
    db.conn.commit()


class ByPack:
    def __init__(self, tmp_path: Path) -> None:
        self.folder = tmp_path
        init_store(tmp_path / "airgapped.sqlite", classified=True)
        self.db = open_store(tmp_path / "airgapped.sqlite")
        self.count = 0

    def receive(self, sender: Any) -> Any:
        self.count += 1
        pack = self.folder / f"p{self.count}.pack"
        export_pack(sender, pack, creator="editor")
        return import_pack(self.db, pack, actor="officer")


class BySync:
    """What the sync engine hands the laptop: the hub's rows, versions counting up."""

    def __init__(self, tmp_path: Path) -> None:
        init_store(tmp_path / "laptop.sqlite")
        self.db = open_store(tmp_path / "laptop.sqlite")
        self.version = 0

    def receive(self, sender: Any) -> None:
        rows = []
        for entity in (SOURCE, FACT):
            uuids = [r[0] for r in sender.execute(f"SELECT uuid FROM {entity}").fetchall()]
            for uuid, (data, _mark) in payloads(sender, entity, uuids).items():
                self.version += 1
                rows.append(Incoming(entity, uuid, self.version, data, "editor"))
        with self.db.atomic():
            apply_incoming(self.db, rows, "hub", lambda _uuids: [])


def _fact(db: Any) -> dict[str, Any]:
    return payloads(db, FACT, [UUID])[UUID][0]


def _open(db: Any) -> list[tuple[str, tuple[str, ...], str, Any, Any]]:
    return [
        (c.uuid, c.fields, c.reason, c.local, c.incoming)
        for c in all_conflicts.list_all(db)
        if not c.resolved_at
    ]


def test_the_same_edits_by_pack_and_by_sync_give_the_same_fact_and_conflict(
    tmp_path: Path,
) -> None:
    sender = _sender(tmp_path)
    airgapped, laptop = ByPack(tmp_path), BySync(tmp_path)
    first = airgapped.receive(sender)
    laptop.receive(sender)
    assert first.added == [UUID] and first.sources_added == ["s-1"]
    assert _fact(airgapped.db) == _fact(laptop.db) == _fact(sender)

    # Both copies edit the statement and the English; the sender edits the statement and
    # the rank. Different fields merge; the statement is a conflict, on both, alike.
    for db in (airgapped.db, laptop.db):
        _edit(db, statement_vi="Kim ngạch đạt 1,8 tỷ USD (2023).", statement_en="Trade: 1.8 bn.")
    _edit(sender, statement_vi="Kim ngạch hai chiều đạt 1,8 tỷ USD.", rank="preferred")
    second = airgapped.receive(sender)
    laptop.receive(sender)

    assert [c.uuid for c in second.conflicts] == [UUID]
    assert second.as_json()["counts"]["conflicts"] == 1
    here, there = _fact(airgapped.db), _fact(laptop.db)
    assert here == there
    assert here["rank"] == "preferred" and here["statement_en"] == "Trade: 1.8 bn."
    assert here["statement_vi"] == "Kim ngạch đạt 1,8 tỷ USD (2023)."  # local kept
    assert _open(airgapped.db) == _open(laptop.db)
    assert [(uuid, fields) for uuid, fields, *_ in _open(airgapped.db)] == [
        (UUID, ("statement_vi",))
    ]
    incoming = _open(airgapped.db)[0][4]
    assert incoming["statement_vi"] == "Kim ngạch hai chiều đạt 1,8 tỷ USD."
    assert check_store(airgapped.db).ok


def test_a_pack_taken_twice_or_late_changes_nothing(tmp_path: Path) -> None:
    sender = _sender(tmp_path)
    airgapped = ByPack(tmp_path)
    old_pack = tmp_path / "old.pack"
    export_pack(sender, old_pack, creator="editor")
    _edit(sender, rank="preferred")
    assert airgapped.receive(sender).added == [UUID]
    again = import_pack(airgapped.db, airgapped.folder / "p1.pack")
    assert again.unchanged == [UUID] and again.changes == 0
    late = import_pack(airgapped.db, old_pack)
    assert late.kept_local == [UUID] and late.changes == 0
    assert _fact(airgapped.db)["rank"] == "preferred"
    (tmp_path / "dry").mkdir()
    dry = ByPack(tmp_path / "dry")
    plan = import_pack(dry.db, old_pack, dry_run=True)
    assert plan.added == [UUID]
    assert dry.db.execute("SELECT count(*) FROM fact").fetchone()[0] == 0
