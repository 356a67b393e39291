"""Fact packs: round trips between stores, merging, conflicts, provenance, dry runs."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from briefer.domain.model import Fact, Source
from briefer.errors import InputError
from briefer.packs import read_manifest
from briefer.services import Services, init_store
from briefer.store import briefs as brief_store
from briefer.store.audit import history
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.facts import get_fact, insert_fact, list_facts, update_fact
from briefer.store.search import search_facts
from briefer.store.sources import insert_source
from briefer.sync.pack_conflicts import list_conflicts, resolve_conflict
from briefer.sync.pack_export import export_pack
from briefer.sync.pack_import import import_pack
from briefer.sync.pack_local import fact_origin

PAIR = "VN-PE"


# ---- helpers -------------------------------------------------------------------------------


def empty_store(path: Path) -> Path:
    init_store(path, demo=False)
    return path


def pair_state(db: Database, pair: str = PAIR) -> dict[str, Any]:
    """Everything a fact pack must carry for ``pair``, keyed by uuid (no local ids)."""
    facts = {}
    for row in db.query(
        "SELECT id, uuid, pair, topic, kind, statement_vi, statement_en, event_date, as_of, "
        "period, value, unit, qualifier, metric, rank, status, created_at, updated_at, "
        "revision, folded_vi, folded_en FROM fact WHERE pair = ?",
        [pair],
    ):
        fact_id = row.pop("id")
        row["citations"] = [
            tuple(c)
            for c in db.execute(
                'SELECT s.uuid, c.quote, c.start, c."end", c.prefix, c.suffix FROM citation c '
                "JOIN source s ON s.id = c.source_id WHERE c.fact_id = ? ORDER BY c.id",
                [fact_id],
            ).fetchall()
        ]
        facts[row["uuid"]] = row
    cited = sorted({c[0] for f in facts.values() for c in f["citations"]})
    sources = {
        row["uuid"]: row
        for row in db.query(
            "SELECT uuid, kind, title, outlet, author, url, published_on, retrieved_on, "
            "language, body, raw, sha256, created_at, updated_at, folded_title, folded_body "
            f"FROM source WHERE uuid IN ({','.join('?' * len(cited))})",
            cited,
        )
    }
    return {"facts": facts, "sources": sources}


def store_snapshot(path: Path) -> tuple[bytes, dict[str, int]]:
    """The store file's bytes and every table's row count (the store must be closed)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE "
                "VIRTUAL%' AND name NOT LIKE '%fts_%'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()
    return path.read_bytes(), counts


def edit(db: Database, uuid: str, **changes: Any) -> Fact:
    fact = get_fact(db, uuid)
    assert fact is not None
    return update_fact(db, replace(fact, **changes), actor="test")


def cited_fact_uuids(brief: Any) -> list[str]:
    return sorted({u for item in brief.items() for u in item.cited_fact_uuids()})


# ---- round trip ----------------------------------------------------------------------------


def test_round_trip_editor_to_officer_and_briefs_notice(demo_store: Path, tmp_path: Path) -> None:
    editor = open_store(demo_store)
    officer_path = empty_store(tmp_path / "officer.sqlite")
    officer = open_store(officer_path)

    first = export_pack(editor, tmp_path / "pe-1.pack", pairs=["vn-pe"], creator="editor A")
    assert first.counts["facts"] == 51
    plan = import_pack(officer, tmp_path / "pe-1.pack", actor="officer B")
    assert (len(plan.added), len(plan.updated), len(plan.conflicts)) == (51, 0, 0)
    assert pair_state(officer) == pair_state(editor)
    assert check_store(officer).ok

    # The officer saves a draft brief and exports it: the revisions it used are recorded.
    services = Services(officer_path)
    brief_uuid, brief = services.new_brief(PAIR)
    services.export_brief(brief, ["docx"], tmp_path / "brief.docx", brief_uuid=brief_uuid)
    used = cited_fact_uuids(brief)
    assert len(used) >= 2
    assert services.changed_since_export(brief_uuid) == []

    # The editor changes two facts the brief uses and adds one.
    changed = used[:2]
    edit(editor, changed[0], statement_vi="Kim ngạch thương mại song phương tăng mạnh.")
    edit(editor, changed[1], rank="preferred", statement_en="A revised English statement.")
    source = editor.execute(
        "SELECT s.id, s.body FROM source s JOIN citation c ON c.source_id = s.id "
        "JOIN fact f ON f.id = c.fact_id WHERE f.pair = ? LIMIT 1",
        [PAIR],
    ).fetchone()
    quote = source[1][100:160]
    insert_fact(
        editor,
        Fact(
            id=None,
            uuid="new-fact-pe",
            pair=PAIR,
            topic="economic",
            kind="statement",
            statement_vi="Một dữ kiện mới về Peru.",
            status="approved",
        ),
        [(source[0], quote, 100)],
        actor="editor A",
    )
    editor.conn.commit()

    second = export_pack(editor, tmp_path / "pe-2.pack", pairs=[PAIR], creator="editor A")
    plan = import_pack(officer, tmp_path / "pe-2.pack", actor="officer B")
    assert sorted(plan.updated) == sorted(changed)
    assert plan.added == ["new-fact-pe"]
    assert len(plan.unchanged) == 49
    assert plan.conflicts == [] and plan.kept_local == []

    # The officer now has exactly the editor's state of VN-PE.
    assert pair_state(officer) == pair_state(editor)
    assert check_store(officer).ok
    assert search_facts(officer, "kim ngach thuong mai song phuong")[0].uuid == changed[0]

    # The brief notices the changed facts, and only them.
    notice = services.changed_since_export(brief_uuid)
    assert sorted(row["uuid"] for row in notice) == sorted(changed)
    assert {row["current_revision"] for row in notice} == {2}

    # Provenance: which pack each fact came from, and the audit trail names the pack.
    origin = fact_origin(officer, changed[0])
    assert origin is not None
    assert (origin.pack_id, origin.received_revision) == (second.pack_id, 2)
    assert origin.pack_creator == "editor A"
    untouched = next(u for u in plan.unchanged)
    assert fact_origin(officer, untouched).pack_id == first.pack_id  # type: ignore[union-attr]
    assert fact_origin(editor, changed[0]) is None  # made in the editor's own store
    actions = [
        (h["action"], json.loads(h["details"]).get("pack"))
        for h in history(officer, "fact", changed[0])
    ]
    assert actions == [("import-create", first.pack_id), ("import-update", second.pack_id)]
    assert {h["actor"] for h in history(officer, "fact", changed[0])} == {"officer B"}
    imports = officer.execute("SELECT pack_id FROM pack_import ORDER BY id").fetchall()
    assert [r[0] for r in imports] == [first.pack_id, second.pack_id]

    # Importing the same pack again changes nothing.
    again = import_pack(officer, tmp_path / "pe-2.pack")
    assert (len(again.unchanged), again.changes) == (52, 0)
    services.close()
    editor.close()
    officer.close()


def test_newer_pack_from_the_officers_side_flows_back(demo_store: Path, tmp_path: Path) -> None:
    """An editor who edits a received fact sends it back; the origin store takes the update."""
    a = open_store(demo_store)
    b = open_store(empty_store(tmp_path / "b.sqlite"))
    export_pack(a, tmp_path / "1.pack", pairs=[PAIR])
    import_pack(b, tmp_path / "1.pack")
    uuid = list_facts(b, pair=PAIR)[0].uuid
    edit(b, uuid, statement_vi="Bản sửa của biên tập viên B.")
    edit(b, uuid, statement_vi="Bản sửa lần hai của biên tập viên B.")
    b.conn.commit()
    export_pack(b, tmp_path / "2.pack", pairs=[PAIR])
    plan = import_pack(a, tmp_path / "2.pack")
    assert plan.updated == [uuid] and plan.conflicts == []
    assert get_fact(a, uuid).statement_vi == "Bản sửa lần hai của biên tập viên B."  # type: ignore[union-attr]
    assert get_fact(a, uuid).revision == 3  # type: ignore[union-attr]
    # And an old pack arriving late does not undo it.
    late = import_pack(a, tmp_path / "1.pack")
    assert late.kept_local == [uuid] and late.conflicts == [] and late.updated == []
    assert get_fact(a, uuid).revision == 3  # type: ignore[union-attr]
    assert check_store(a).ok
    a.close()
    b.close()


# ---- conflicts -----------------------------------------------------------------------------


def test_two_editors_change_one_fact_conflict_keeps_both(demo_store: Path, tmp_path: Path) -> None:
    a = open_store(demo_store)
    b = open_store(empty_store(tmp_path / "b.sqlite"))
    export_pack(a, tmp_path / "base.pack", pairs=[PAIR], creator="A")
    import_pack(b, tmp_path / "base.pack")
    uuid = list_facts(a, pair=PAIR)[3].uuid
    text_a = "Phiên bản của biên tập viên A."
    text_b = "Phiên bản của biên tập viên B."
    edit(a, uuid, statement_vi=text_a)
    edit(b, uuid, statement_vi=text_b)
    a.conn.commit()
    b.conn.commit()

    from_b = export_pack(b, tmp_path / "from-b.pack", pairs=[PAIR], creator="B")
    plan = import_pack(a, tmp_path / "from-b.pack", actor="A")
    assert [c.uuid for c in plan.conflicts] == [uuid]
    conflict = plan.conflicts[0]
    assert (conflict.statement_local, conflict.statement_incoming) == (text_a, text_b)
    assert conflict.reason == "edited-here"
    assert plan.updated == [] and plan.added == [] and len(plan.unchanged) == 50
    # Nothing was overwritten: A's text is the fact, B's is kept beside it, whole.
    assert get_fact(a, uuid).statement_vi == text_a  # type: ignore[union-attr]
    [kept] = list_conflicts(a)
    assert kept.fact_uuid == uuid and kept.pack_id == from_b.pack_id
    assert kept.incoming_statement_vi == text_b
    assert kept.incoming["citations"] and kept.incoming["revision"] == 2
    assert check_store(a).ok

    # The other way round: B sees the same conflict from A's pack.
    export_pack(a, tmp_path / "from-a.pack", pairs=[PAIR], creator="A")
    plan_b = import_pack(b, tmp_path / "from-a.pack")
    assert [c.uuid for c in plan_b.conflicts] == [uuid]
    assert get_fact(b, uuid).statement_vi == text_b  # type: ignore[union-attr]

    # Importing the pack again reports the conflict again but does not record it twice.
    again = import_pack(a, tmp_path / "from-b.pack")
    assert [c.already_recorded for c in again.conflicts] == [True]
    assert len(list_conflicts(a)) == 1

    # A settles it by taking B's version: a new revision above both, A's text in the audit.
    fact = resolve_conflict(a, kept.id, "incoming", actor="A")
    assert (fact.statement_vi, fact.revision) == (text_b, 3)
    assert list_conflicts(a) == []
    resolved = history(a, "fact", uuid)[-1]
    assert resolved["action"] == "resolve-conflict"
    assert json.loads(resolved["details"])["replaced"]["statement_vi"] == text_a
    assert check_store(a).ok
    # The resolution travels: B's store takes nothing new (same text) and has no conflict…
    export_pack(a, tmp_path / "settled.pack", pairs=[PAIR])
    plan_b = import_pack(b, tmp_path / "settled.pack")
    assert plan_b.conflicts == [] and uuid in plan_b.unchanged
    # …and A's next edit reaches B as a plain update.
    edit(a, uuid, statement_vi="Bản thống nhất sau khi trao đổi.")
    a.conn.commit()
    export_pack(a, tmp_path / "next.pack", pairs=[PAIR])
    plan_b = import_pack(b, tmp_path / "next.pack")
    assert plan_b.updated == [uuid] and plan_b.conflicts == []
    assert check_store(b).ok
    a.close()
    b.close()


def test_keeping_the_local_version_wins_in_the_other_store(
    demo_store: Path, tmp_path: Path
) -> None:
    a = open_store(demo_store)
    b = open_store(empty_store(tmp_path / "b.sqlite"))
    export_pack(a, tmp_path / "base.pack", pairs=[PAIR])
    import_pack(b, tmp_path / "base.pack")
    uuid = list_facts(a, pair=PAIR)[0].uuid
    edit(a, uuid, statement_vi="Văn bản A.")
    edit(b, uuid, statement_vi="Văn bản B.")
    for db in (a, b):
        db.conn.commit()
    export_pack(b, tmp_path / "b.pack", pairs=[PAIR])
    assert len(import_pack(a, tmp_path / "b.pack").conflicts) == 1
    [kept] = list_conflicts(a)
    fact = resolve_conflict(a, kept.id, "local")
    assert (fact.statement_vi, fact.revision) == ("Văn bản A.", 3)
    # B's pack no longer conflicts in A; A's pack replaces B's version in B.
    assert import_pack(a, tmp_path / "b.pack").kept_local == [uuid]
    export_pack(a, tmp_path / "a.pack", pairs=[PAIR])
    plan = import_pack(b, tmp_path / "a.pack")
    assert plan.updated == [uuid] and plan.conflicts == []
    assert get_fact(b, uuid).statement_vi == "Văn bản A."  # type: ignore[union-attr]
    with pytest.raises(InputError, match="already resolved"):
        resolve_conflict(a, kept.id, "incoming")
    a.close()
    b.close()


def test_an_officer_sees_editors_who_diverged(demo_store: Path, tmp_path: Path) -> None:
    """Two editors changed a fact apart; an officer who changed nothing gets a conflict."""
    a = open_store(demo_store)
    b_path = tmp_path / "b.sqlite"
    b_path.write_bytes(demo_store.read_bytes())
    b = open_store(b_path)
    officer = open_store(empty_store(tmp_path / "o.sqlite"))
    uuid = list_facts(a, pair=PAIR)[0].uuid
    edit(a, uuid, statement_vi="Theo A.")
    edit(b, uuid, statement_vi="Theo B.")
    for db in (a, b):
        db.conn.commit()
    export_pack(a, tmp_path / "a.pack", pairs=[PAIR])
    export_pack(b, tmp_path / "b.pack", pairs=[PAIR])
    import_pack(officer, tmp_path / "a.pack")
    plan = import_pack(officer, tmp_path / "b.pack")
    assert [(c.uuid, c.reason) for c in plan.conflicts] == [(uuid, "diverged")]
    assert get_fact(officer, uuid).statement_vi == "Theo A."  # type: ignore[union-attr]
    for db in (a, b, officer):
        db.close()


def test_demo_copies_take_an_edit_of_a_pristine_fact(demo_store: Path, tmp_path: Path) -> None:
    """Two stores made from the same demo pack share uuids; revision 1 is everyone's root."""
    other_path = tmp_path / "other.sqlite"
    other_path.write_bytes(demo_store.read_bytes())
    a, other = open_store(demo_store), open_store(other_path)
    uuid = list_facts(a, pair="VN-CL")[0].uuid
    edit(a, uuid, statement_vi="Sửa trên bản demo.")
    a.conn.commit()
    export_pack(a, tmp_path / "cl.pack", pairs=["VN-CL"])
    plan = import_pack(other, tmp_path / "cl.pack")
    assert plan.updated == [uuid] and len(plan.unchanged) == 37 and plan.conflicts == []
    a.close()
    other.close()


# ---- dry run, choice of facts, sources -----------------------------------------------------


def test_dry_run_writes_nothing_and_plans_what_import_does(
    demo_store: Path, tmp_path: Path
) -> None:
    a = open_store(demo_store)
    export_pack(a, tmp_path / "pe.pack", pairs=[PAIR])
    a.close()
    b_path = empty_store(tmp_path / "b.sqlite")
    before = store_snapshot(b_path)
    b = open_store(b_path)
    dry = import_pack(b, tmp_path / "pe.pack", dry_run=True)
    b.close()
    assert store_snapshot(b_path) == before
    assert dry.dry_run and len(dry.added) == 51 and len(dry.sources_added) == 3
    assert "nothing was written" in dry.summary()
    b = open_store(b_path)
    real = import_pack(b, tmp_path / "pe.pack")
    assert real.counts() == dry.counts() and real.added == dry.added
    assert check_store(b).ok
    b.close()


def test_export_leaves_out_drafts_and_retired_unless_asked(
    demo_store: Path, tmp_path: Path
) -> None:
    db = open_store(demo_store)
    facts = list_facts(db, pair=PAIR)
    edit(db, facts[0].uuid, status="draft")
    edit(db, facts[1].uuid, status="retired")
    db.conn.commit()
    plain = export_pack(db, tmp_path / "plain.pack", pairs=[PAIR])
    assert plain.counts["facts"] == 49
    both = export_pack(
        db, tmp_path / "all.pack", pairs=[PAIR], include_drafts=True, include_retired=True
    )
    assert both.counts["facts"] == 51
    assert (both.include_drafts, both.include_retired) == (True, True)
    # --since: only facts changed on or after the date (the two edits above, made today).
    recent = export_pack(
        db, tmp_path / "recent.pack", since=facts[0].created_at[:10], include_drafts=True,
        include_retired=True,
    )  # fmt: skip
    assert recent.counts["facts"] >= 2
    with pytest.raises(InputError, match="No facts match"):
        export_pack(db, tmp_path / "none.pack", since="2999-01-01")
    assert not (tmp_path / "none.pack").exists()
    with pytest.raises(InputError, match="is not a date"):
        export_pack(db, tmp_path / "x.pack", since="yesterday")
    with pytest.raises(InputError, match="not a country pair"):
        export_pack(db, tmp_path / "x.pack", pairs=["Peru"])
    # Two pairs: countries of both travel.
    whole = export_pack(db, tmp_path / "whole.pack", pairs=["VN-CL", PAIR])
    assert whole.counts["countries"] == 3
    db.close()


def test_a_source_known_by_sha256_is_not_duplicated(tmp_path: Path) -> None:
    body = (
        "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. "
        "Hai bên duy trì trao đổi đoàn."
    )
    quote = "Việt Nam và Chile thiết lập quan hệ ngoại giao"

    def build(path: Path, source_uuid: str) -> Database:
        db = open_store(empty_store(path))
        sid = insert_source(
            db,
            Source(
                id=None, uuid=source_uuid, kind="article", title="Bài", body=body, sha256="ab" * 32
            ),
        )
        if source_uuid == "src-a":
            insert_fact(
                db,
                Fact(id=None, uuid="f-1", pair="VN-CL", topic="diplomatic", kind="event",
                     statement_vi="Thiết lập quan hệ ngoại giao năm 1971.", status="approved"),
                [(sid, quote, None)],
            )  # fmt: skip
        db.conn.commit()
        return db

    a, b = build(tmp_path / "a.sqlite", "src-a"), build(tmp_path / "b.sqlite", "src-b")
    export_pack(a, tmp_path / "p.pack")
    plan = import_pack(b, tmp_path / "p.pack")
    assert plan.added == ["f-1"] and plan.sources_added == [] and plan.sources_matched == ["src-a"]
    assert b.execute("SELECT count(*) FROM source").fetchone()[0] == 1
    assert get_fact(b, "f-1").citations[0].source_uuid == "src-b"  # type: ignore[union-attr]
    assert import_pack(b, tmp_path / "p.pack").unchanged == ["f-1"]
    assert check_store(b).ok
    a.close()
    b.close()


def test_the_manifest_and_hash_follow_the_documented_definition(
    demo_store: Path, tmp_path: Path
) -> None:
    """Recompute the content hash from the file with plain sqlite3 + json, as documented."""
    from briefer import __version__
    from briefer.store.schema import SCHEMA_VERSION

    db = open_store(demo_store)
    manifest = export_pack(db, tmp_path / "p.pack", pairs=["VN-CL"], creator="Nguyễn Văn A")
    db.close()
    assert read_manifest(tmp_path / "p.pack") == manifest
    assert manifest.format == "briefer-fact-pack" and manifest.format_version == 1
    assert manifest.app_version == __version__ and manifest.schema_version == SCHEMA_VERSION
    assert manifest.creator == "Nguyễn Văn A"
    assert manifest.counts == {"countries": 2, "sources": 3, "facts": 38, "citations": 50}

    conn = sqlite3.connect(tmp_path / "p.pack")
    stored = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM manifest")}
    assert stored == manifest.as_dict()

    def line(value: Any) -> bytes:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return (text + "\n").encode("utf-8")

    sha = hashlib.sha256(
        line(["manifest", {k: v for k, v in stored.items() if k != "content_sha256"}])
    )
    tables = {
        "country": "code, name_vi, name_en FROM country ORDER BY code",
        "source": "uuid, kind, title, outlet, author, url, published_on, retrieved_on, "
        "language, body, raw, sha256, created_at, updated_at FROM source ORDER BY uuid",
        "fact": "uuid, pair, topic, kind, statement_vi, statement_en, event_date, as_of, "
        "period, value, unit, qualifier, metric, rank, status, created_at, updated_at, "
        "revision, ancestors FROM fact ORDER BY uuid",
        "citation": 'fact_uuid, position, source_uuid, quote, start, "end", prefix, suffix '
        "FROM citation ORDER BY fact_uuid, position",
    }
    for table, query in tables.items():
        for row in conn.execute(f"SELECT {query}"):
            sha.update(line([table, *row]))
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x42524650
    conn.close()
    assert sha.hexdigest() == manifest.content_sha256


# ---- background import ---------------------------------------------------------------------


def test_import_runs_in_a_worker_thread_while_the_ui_thread_reads(
    demo_store: Path, tmp_path: Path
) -> None:
    a = open_store(demo_store)
    export_pack(a, tmp_path / "all.pack")
    a.close()
    b_path = empty_store(tmp_path / "b.sqlite")
    services = Services(b_path)
    ui_db = services.db()  # the "UI thread" connection
    calls: list[tuple[int, int]] = []
    halfway = threading.Event()
    ui_has_read = threading.Event()
    result: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= total // 2 and not halfway.is_set():
            halfway.set()
            ui_has_read.wait(timeout=120)  # bounds a hang; a busy machine may take seconds

    def worker() -> None:
        # The worker's own connection, opened and closed on its thread.
        db = open_store(b_path, create=False)
        try:
            result["plan"] = import_pack(db, tmp_path / "all.pack", progress=progress)
        except BaseException as exc:  # pragma: no cover - reported below
            result["error"] = exc
        finally:
            db.close()

    thread = threading.Thread(target=worker)
    thread.start()
    assert halfway.wait(timeout=120)
    # The UI thread is not blocked by the import's write transaction (WAL) …
    seen = ui_db.execute("SELECT count(*) FROM fact").fetchone()[0]
    ui_has_read.set()
    thread.join(timeout=300)
    assert not thread.is_alive()
    assert "error" not in result, result.get("error")
    assert seen == 0  # … and sees the store as it was until the import commits.
    assert len(result["plan"].added) == 89
    assert ui_db.execute("SELECT count(*) FROM fact").fetchone()[0] == 89
    assert calls[-1][0] == calls[-1][1] and all(d <= t for d, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    services.close()


def test_fact_origin_is_none_for_unknown_and_local_facts(demo_store: Path) -> None:
    db = open_store(demo_store)
    assert fact_origin(db, "no-such-fact") is None
    assert fact_origin(db, list_facts(db)[0].uuid) is None
    db.close()


def test_migration_0004_from_a_schema_3_store(tmp_path: Path) -> None:
    from briefer.store.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0004_packs")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # 0004 and later
    assert {"fact_origin", "fact_lineage", "fact_conflict", "pack_import"} <= set(db.table_names())
    assert check_store(db).ok
    db.close()


def test_brief_notice_uses_the_revisions_import_writes(demo_store: Path, tmp_path: Path) -> None:
    """record_export + changed_since_export on the officer's side, without rendering."""
    a = open_store(demo_store)
    b_path = empty_store(tmp_path / "b.sqlite")
    b = open_store(b_path)
    export_pack(a, tmp_path / "1.pack", pairs=[PAIR])
    import_pack(b, tmp_path / "1.pack")
    services = Services(b_path)
    brief_uuid, brief = services.new_brief(PAIR)
    used = cited_fact_uuids(brief)
    brief_store.record_export(services.db(), brief_uuid, {u: 1 for u in used})
    edit(a, used[0], status="retired")
    a.conn.commit()
    export_pack(a, tmp_path / "2.pack", pairs=[PAIR], include_retired=True)
    import_pack(b, tmp_path / "2.pack")
    [row] = services.changed_since_export(brief_uuid)
    assert (row["uuid"], row["status"], row["current_revision"]) == (used[0], "retired", 2)
    services.close()
    a.close()
    b.close()


def test_export_replaces_an_old_pack_but_never_another_file(
    demo_store: Path, tmp_path: Path
) -> None:
    db = open_store(demo_store)
    target = tmp_path / "pe.pack"
    first = export_pack(db, target, pairs=[PAIR])
    second = export_pack(db, target, pairs=[PAIR])
    assert read_manifest(target).pack_id == second.pack_id != first.pack_id
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 a document")
    other_store = tmp_path / "other.sqlite"
    other_store.write_bytes(demo_store.read_bytes())
    for path in (letter, other_store):
        before = path.read_bytes()
        with pytest.raises(InputError, match="is not a fact pack"):
            export_pack(db, path, pairs=[PAIR])
        assert path.read_bytes() == before
    db.close()


def test_a_busy_store_gets_one_sentence_and_no_change(demo_store: Path, tmp_path: Path) -> None:
    from briefer.errors import StoreError

    a = open_store(demo_store)
    export_pack(a, tmp_path / "pe.pack", pairs=[PAIR])
    a.close()
    b_path = empty_store(tmp_path / "b.sqlite")
    holder = sqlite3.connect(b_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another window is writing
    b = open_store(b_path)
    b.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(StoreError, match="busy"):
        import_pack(b, tmp_path / "pe.pack")
    holder.execute("ROLLBACK")
    holder.close()
    assert b.execute("SELECT count(*) FROM fact").fetchone()[0] == 0
    assert import_pack(b, tmp_path / "pe.pack").changes == 51
    b.close()
