"""The store: schema, migrations from an older store, refusal of newer ones, check, bad paths."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from briefer.domain.model import Country, Fact, Source
from briefer.errors import InputError, StoreError, StoreTooNewError
from briefer.store import facts as fact_store
from briefer.store.check import check_store
from briefer.store.connection import open_store, schema_version
from briefer.store.schema import SCHEMA_VERSION, known_migration_names, migrations
from briefer.store.search import search_facts
from briefer.store.sources import insert_source

BODY = (
    "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Hai bên duy trì trao đổi đoàn."
)


def _add_sample(db) -> tuple[int, int]:
    fact_store.upsert_country(db, Country("VN", "Việt Nam", "Viet Nam"))
    fact_store.upsert_country(db, Country("CL", "Chile", "Chile"))
    sid = insert_source(db, Source(id=None, uuid="s-1", kind="article", title="T", body=BODY))
    fid = fact_store.insert_fact(
        db,
        Fact(
            id=None,
            uuid="f-1",
            pair="VN-CL",
            topic="diplomatic",
            kind="event",
            statement_vi="Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971.",
            statement_en="Viet Nam and Chile established diplomatic relations on 25 March 1971.",
            event_date="1971-03-25",
            status="approved",
        ),
        [(sid, "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao.", None)],
    )
    return sid, fid


def test_new_store_has_current_schema_and_pragmas(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert {
        "country",
        "source",
        "fact",
        "citation",
        "brief",
        "brief_section",
        "brief_item",
        "audit",
        "fact_fts",
        "source_fts",
    } <= set(db.table_names())
    assert check_store(db).ok


def test_migration_from_schema_1_keeps_data_and_makes_it_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    from sqlite_utils import Database

    old = Database(conn)
    migrations.apply(old, stop_before="0002_search")
    assert schema_version(old) == 1
    # A schema-1 store: no folded columns yet, so write rows the way version 1 did.
    old.execute(
        "INSERT INTO source (uuid, kind, title, body, created_at, updated_at) "
        "VALUES ('s-1', 'article', 'Tiêu đề', ?, 'x', 'x')",
        [BODY],
    )
    old.execute(
        "INSERT INTO fact (uuid, pair, topic, kind, statement_vi, created_at, updated_at, status) "
        "VALUES ('f-1', 'VN-CL', 'diplomatic', 'event', 'Đoàn đại biểu cấp cao thăm Chile', "
        "'x', 'x', 'approved')"
    )
    conn.commit()
    conn.close()

    db = open_store(path)
    assert schema_version(db) == SCHEMA_VERSION
    hits = search_facts(db, "doan dai bieu")
    assert [h.uuid for h in hits] == ["f-1"]
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == known_migration_names()
    assert applied[:3] == ["0001_core", "0002_search", "0003_briefs"]


def test_store_from_a_newer_briefer_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = open_store(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('briefer', '0099_from_the_future', 'x')"
    )
    db.conn.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version of Briefer"):
        open_store(path)
    assert path.read_bytes() == before


def test_check_catches_a_tampered_quote_and_an_orphaned_citation(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    sid, _ = _add_sample(db)
    assert check_store(db).ok
    db.execute("UPDATE source SET body = replace(body, '1971', '1972') WHERE id = ?", [sid])
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute(
        'INSERT INTO citation (fact_id, source_id, quote, start, "end") '
        "VALUES (9999, ?, 'x', 0, 1)",
        [sid],
    )
    db.conn.commit()
    problems = check_store(db).problems
    assert any("quotes “Ngày 25/3/1971" in p for p in problems), problems
    assert any("points at a missing row of fact" in p for p in problems), problems


def test_check_catches_search_text_edited_outside_briefer(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    _add_sample(db)
    db.execute("UPDATE fact SET statement_vi = 'Nội dung khác' WHERE uuid = 'f-1'")
    db.conn.commit()
    assert any("search text of fact f-1 is out of date" in p for p in check_store(db).problems)


def test_a_quote_not_in_its_source_is_refused(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    sid, _ = _add_sample(db)
    with pytest.raises(InputError, match="not in its source"):
        fact_store.add_citation(db, 1, sid, "Chile và Peru")


def test_deleting_a_cited_source_is_refused(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    sid, _ = _add_sample(db)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM source WHERE id = ?", [sid])


def test_update_fact_bumps_revision_refolds_and_audits(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    _add_sample(db)
    fact = fact_store.get_fact(db, "f-1")
    assert fact is not None
    from dataclasses import replace

    updated = fact_store.update_fact(db, replace(fact, statement_vi="Quan hệ Ðối tác toàn diện"))
    assert updated.revision == 2
    assert updated.statement_vi == "Quan hệ Đối tác toàn diện"  # Ð repaired on the way in
    assert [h.uuid for h in search_facts(db, "doi tac")] == ["f-1"]
    actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE entity_uuid = 'f-1'")]
    assert actions == ["create", "update"]
    assert check_store(db).ok


# ---- bad input: one sentence, nothing overwritten --------------------------------------------


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope" / "s.sqlite")


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores folder permissions"
)
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="read-only"):
            open_store(folder / "s.sqlite")
    finally:
        folder.chmod(0o700)


def test_read_only_folder_is_reported_even_for_root(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    with pytest.raises(StoreError, match="read-only"):
        open_store(folder / "s.sqlite")
    assert not (folder / "s.sqlite").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Hello, I am a text file\n" * 10, "not an SQLite database"),
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "not an SQLite database"),
    ],
)
def test_not_a_store_is_refused_and_not_overwritten(tmp_path: Path, content, message) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        open_store(path)
    assert path.read_bytes() == content


def test_truncated_store_is_refused_and_not_overwritten(demo_store: Path) -> None:
    data = demo_store.read_bytes()
    demo_store.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError, match="truncated"):
        open_store(demo_store)
    assert demo_store.read_bytes() == data[: len(data) // 2]


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Briefer store"):
        open_store(path)
    assert path.read_bytes() == before


def test_demo_store_passes_check(demo_store: Path) -> None:
    db = open_store(demo_store)
    report = check_store(db)
    assert report.ok, report.problems
    assert report.counts["fact"] >= 50
    shutil.rmtree(demo_store.parent, ignore_errors=True)
