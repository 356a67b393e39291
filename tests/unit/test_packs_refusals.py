"""Fact packs as untrusted input: every bad file is refused in one sentence, store untouched.

Each refusal is checked on a store with data in it, by comparing the store file's bytes and
every table's row count before and after.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from briefer.packs import PackRefused, untrusted
from briefer.packs import reader as pack_reader
from briefer.packs.format import TABLE_COLUMNS, ContentHasher, canonical_json, select_sql
from briefer.store.connection import open_store
from briefer.store.schema import SCHEMA_VERSION
from briefer.sync.pack_export import export_pack
from briefer.sync.pack_import import import_pack
from tests.unit.test_packs import store_snapshot


@pytest.fixture
def pack(demo_store: Path, tmp_path: Path) -> Path:
    """A good VN-PE pack made from another copy of the demo store."""
    source = tmp_path / "editor.sqlite"
    shutil.copyfile(demo_store, source)
    db = open_store(source)
    path = tmp_path / "pe.pack"
    export_pack(db, path, pairs=["VN-PE"], creator="editor")
    db.close()
    return path


def assert_refused(store: Path, pack_path: Path, match: str) -> str:
    before = store_snapshot(store)
    for dry_run in (True, False):
        db = open_store(store)
        try:
            with pytest.raises(PackRefused, match=match) as info:
                import_pack(db, pack_path, dry_run=dry_run)
        finally:
            db.close()
    assert store_snapshot(store) == before
    message = str(info.value)
    assert "\n" not in message and message.endswith(".") and "Traceback" not in message
    return message


def edit_pack(path: Path, *statements: str) -> None:
    """Change a pack with plain SQLite, as an attacker or a careless tool would."""
    conn = sqlite3.connect(path)
    conn.executescript(";".join(statements))
    conn.commit()
    conn.close()


def reseal(path: Path) -> None:
    """Recompute the pack's checksum after an edit: what a deliberate attacker would do."""
    conn = sqlite3.connect(path)
    manifest = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM manifest")}
    hasher = ContentHasher(manifest)
    for table in TABLE_COLUMNS:
        hasher.add_all(table, conn.execute(select_sql(table)))
    conn.execute(
        "UPDATE manifest SET value = ? WHERE key = 'content_sha256'",
        [canonical_json(hasher.hexdigest())],
    )
    conn.commit()
    conn.close()


# ---- damaged or altered packs --------------------------------------------------------------


def test_one_byte_changed_in_the_file_is_refused(demo_store: Path, pack: Path) -> None:
    conn = sqlite3.connect(f"{pack.as_uri()}?mode=ro", uri=True)
    statement = conn.execute("SELECT statement_vi FROM fact ORDER BY uuid LIMIT 1").fetchone()[0]
    conn.close()
    data = bytearray(pack.read_bytes())
    encoded = statement.encode("utf-8")
    assert data.count(encoded) == 1
    at = data.index(encoded) + next(i for i, b in enumerate(encoded) if chr(b).isalpha())
    data[at] = ord("X") if data[at] != ord("X") else ord("Y")  # one byte, still valid UTF-8
    pack.write_bytes(bytes(data))
    message = assert_refused(demo_store, pack, "checksum")
    assert "altered" in message


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE fact SET statement_vi = statement_vi || '!' WHERE rowid = 1",
        "UPDATE citation SET quote = substr(quote, 2), start = start + 1 WHERE rowid = 1",
        "DELETE FROM fact WHERE rowid = 2",
        "UPDATE source SET title = 'Khác' WHERE rowid = 1",
        """UPDATE manifest SET value = '"someone else"' WHERE key = 'creator'""",
    ],
)
def test_a_row_changed_with_sql_is_refused(demo_store: Path, pack: Path, change: str) -> None:
    edit_pack(pack, change)
    assert_refused(demo_store, pack, "checksum|damaged")


def test_a_pack_from_a_newer_format_is_refused(demo_store: Path, pack: Path) -> None:
    edit_pack(pack, "UPDATE manifest SET value = '2' WHERE key = 'format_version'")
    assert "update Briefer" in assert_refused(demo_store, pack, "newer version of Briefer")


def test_a_pack_from_a_newer_store_schema_is_refused(demo_store: Path, pack: Path) -> None:
    edit_pack(
        pack, f"UPDATE manifest SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'"
    )
    assert_refused(demo_store, pack, "newer version of Briefer")


def test_a_truncated_pack_is_refused(demo_store: Path, pack: Path) -> None:
    data = pack.read_bytes()
    pack.write_bytes(data[: len(data) // 2])
    assert_refused(demo_store, pack, "damaged|checksum|not a Briefer fact pack")


# ---- things that are not packs -------------------------------------------------------------


def test_a_random_file_is_refused(demo_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "random.pack"
    path.write_bytes(os.urandom(8192))
    assert_refused(demo_store, path, "is not a Briefer fact pack")


def test_an_empty_file_is_refused(demo_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "empty.pack"
    path.write_bytes(b"")
    assert_refused(demo_store, path, "is an empty file")


def test_a_store_given_as_a_pack_is_refused(demo_store: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-store.sqlite"
    shutil.copyfile(demo_store, other)
    before = other.read_bytes()
    assert_refused(demo_store, other, "is a Briefer store, not a fact pack")
    assert other.read_bytes() == before


def test_another_sqlite_file_is_refused(demo_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE fact (uuid TEXT, statement_vi TEXT)")
    conn.commit()
    conn.close()
    assert_refused(demo_store, path, "not a Briefer fact pack")


def test_a_missing_file_and_a_folder_are_refused(demo_store: Path, tmp_path: Path) -> None:
    assert_refused(demo_store, tmp_path / "nothing.pack", "There is no file")
    assert_refused(demo_store, tmp_path, "is a folder")


# ---- crafted packs (checksum recomputed, as an attacker would) -----------------------------


def test_a_trigger_in_a_pack_never_runs(demo_store: Path, pack: Path) -> None:
    edit_pack(
        pack,
        "CREATE TABLE pwned (at TEXT)",
        "CREATE TRIGGER evil_insert AFTER INSERT ON manifest "
        "BEGIN INSERT INTO pwned VALUES ('insert'); END",
        "CREATE TRIGGER evil_update AFTER UPDATE ON fact "
        "BEGIN INSERT INTO pwned VALUES ('update'); DELETE FROM citation; END",
    )
    reseal(pack)  # triggers change no row: the checksum would match anyway
    before = pack.read_bytes()
    assert "unsafe" in assert_refused(demo_store, pack, "triggers")
    assert pack.read_bytes() == before
    conn = sqlite3.connect(pack)
    assert conn.execute("SELECT count(*) FROM pwned").fetchone()[0] == 0
    conn.close()
    # Even the low-level connection cannot write, so no trigger could ever fire through it.
    conn = untrusted.connect_read_only(pack)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("INSERT INTO manifest (key, value) VALUES ('x', '1')")
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("UPDATE fact SET statement_vi = 'x'")
    conn.close()
    assert pack.read_bytes() == before


def test_a_view_posing_as_the_fact_table_is_refused(demo_store: Path, pack: Path) -> None:
    columns = ", ".join(f'"{c}"' for c in TABLE_COLUMNS["fact"] if c != "statement_vi")
    edit_pack(
        pack,
        "ALTER TABLE fact RENAME TO fact_data",
        f"CREATE VIEW fact AS SELECT {columns}, 'Tin giả: ' || statement_vi AS statement_vi "
        "FROM fact_data",
    )
    reseal(pack)  # the checksum now matches what the view shows
    assert_refused(demo_store, pack, "views")
    db = open_store(demo_store)
    assert (
        db.execute("SELECT count(*) FROM fact WHERE statement_vi LIKE 'Tin giả%'").fetchone()[0]
        == 0
    )
    db.close()


def test_a_generated_column_is_refused(demo_store: Path, pack: Path) -> None:
    edit_pack(pack, "ALTER TABLE fact ADD COLUMN shout TEXT AS (upper(statement_vi))")
    reseal(pack)
    assert_refused(demo_store, pack, "computed columns")


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ("UPDATE citation SET quote = 'không có trong nguồn' WHERE rowid = 1", "not in its source"),
        ("UPDATE fact SET status = 'hacked' WHERE rowid = 1", "cannot use"),
        ("UPDATE fact SET pair = 'VN-PERU' WHERE rowid = 1", "cannot use"),
        ("UPDATE fact SET revision = 'two' WHERE rowid = 1", "bad revision"),
        ("UPDATE fact SET ancestors = '[1, 2]' WHERE rowid = 1", "bad ancestors"),
        ("UPDATE citation SET source_uuid = 'nowhere' WHERE rowid = 1", "does not carry"),
    ],
)
def test_inconsistent_rows_are_refused_even_with_a_good_checksum(
    demo_store: Path, pack: Path, change: str, match: str
) -> None:
    edit_pack(pack, change)
    reseal(pack)
    assert_refused(demo_store, pack, match)


def test_a_value_of_the_wrong_type_is_refused(demo_store: Path, pack: Path) -> None:
    edit_pack(pack, "UPDATE source SET body = CAST(body AS BLOB) WHERE rowid = 1")
    assert_refused(demo_store, pack, "bad body")


def test_a_value_over_the_size_limit_is_refused(
    demo_store: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(untrusted, "MAX_VALUE_BYTES", 200)  # source bodies are longer
    assert_refused(demo_store, pack, "damaged")


def test_a_source_whose_text_differs_here_is_refused(demo_store: Path, pack: Path) -> None:
    """Same source uuid, different text here: the pack's quotes would point at wrong words."""
    db = open_store(demo_store)
    db.execute(
        "UPDATE source SET body = 'Lời mở đầu. ' || body WHERE uuid IN "
        "(SELECT s.uuid FROM source s JOIN citation c ON c.source_id = s.id "
        "JOIN fact f ON f.id = c.fact_id WHERE f.pair = 'VN-PE' LIMIT 1)"
    )
    db.conn.commit()
    db.close()
    assert_refused(demo_store, pack, "same id as a source in this store but different text")


def test_a_pack_that_changes_during_import_is_refused(
    demo_store: Path, pack: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Source rows are read twice; a swap between the reads is caught by the row digests."""
    target = tmp_path / "empty-target.sqlite"
    from briefer.services import init_store

    init_store(target)
    real_read = pack_reader.read_pack

    def read_then_alter(path: Path, progress: Callable[[int, int], None] | None = None):  # type: ignore[no-untyped-def]
        contents = real_read(path, progress)
        edit_pack(path, "UPDATE source SET title = 'Đổi giữa chừng'")
        return contents

    from briefer.sync import pack_import as merge

    monkeypatch.setattr(merge, "read_pack", read_then_alter)
    before = store_snapshot(target)
    db = open_store(target)
    with pytest.raises(PackRefused, match="changed while it was being imported"):
        import_pack(db, pack)
    db.close()
    assert store_snapshot(target) == before
