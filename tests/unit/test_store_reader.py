"""Reading without sqlite-utils: the light read connection, the schema stamp, and the read
commands' processes (issue 15: start-up of every command)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from briefer.errors import StoreError
from briefer.services import ReadingServices, Services
from briefer.store import migration_list
from briefer.store.connection import open_reader, open_store
from briefer.store.reader import ReadConnection
from briefer.store.schema import MIGRATION_SET


def test_the_bookkeeping_table_is_sqlite_utils_own() -> None:
    assert Migrations.migrations_table == migration_list.MIGRATIONS_TABLE


def test_a_read_connection_reads_as_sqlite_utils_does(demo_store: Path) -> None:
    sql = "SELECT id, pair, topic, value FROM fact WHERE pair = ? ORDER BY id"
    reader = open_reader(demo_store)
    try:
        light = (list(reader.query(sql, ["VN-CL"])), reader.execute(sql, ["VN-CL"]).fetchall())
    finally:
        reader.close()
    db = open_store(demo_store)
    try:
        full = (list(db.query(sql, ["VN-CL"])), db.execute(sql, ["VN-CL"]).fetchall())
    finally:
        db.close()
    assert light == full
    assert len(full[0]) > 10 and set(full[0][0]) == {"id", "pair", "topic", "value"}


def test_every_store_records_its_schema_stamp(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    try:
        stamp = migration_list.stored_stamp(db.conn)
        assert stamp == migration_list.schema_stamp(db.conn, MIGRATION_SET)
    finally:
        db.close()


def test_an_object_added_after_the_stamp_is_still_refused(demo_store: Path) -> None:
    # Another program adds a view: the stamp no longer matches, and the full comparison
    # with Briefer's own schema names the view.
    conn = sqlite3.connect(demo_store)
    conn.execute("CREATE VIEW spy AS SELECT * FROM source")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="view “spy”"):
        open_reader(demo_store)


def test_a_store_from_before_stamps_gets_one(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    from briefer.store.schema import migrations

    migrations.apply(Database(conn), stop_before="0014_schema_stamp")
    conn.close()
    reader = open_reader(path)  # upgrades it, as open_store does
    try:
        assert migration_list.stored_stamp(reader.conn) == migration_list.schema_stamp(
            reader.conn, MIGRATION_SET
        )
    finally:
        reader.close()


def test_reading_then_writing_shares_one_connection(demo_store: Path) -> None:
    services = Services(demo_store)
    try:
        before = services.pairs(with_drafts=True)
        assert isinstance(services.reader(), ReadConnection)
        services.db().execute("UPDATE fact SET status = 'draft' WHERE id = 1")
        services.db().conn.commit()
        assert services.connection_count() == 1
        after = {p.code: p.draft_count for p in services.pairs(with_drafts=True)}
        assert after[before[0].code] >= 1
    finally:
        services.close()


def test_reading_services_create_a_missing_store(tmp_path: Path) -> None:
    services = ReadingServices(tmp_path / "new.sqlite")
    try:
        assert [p.code for p in services.pairs()]  # the demo pack on first use
    finally:
        services.close()


_PROBE = """
import sys
from briefer.cli import main
code = main(sys.argv[1:])
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlite_utils", "click")), code,
      file=sys.stderr)
"""


@pytest.mark.parametrize(
    "command",
    [["pairs", "--json"], ["facts", "--pair", "VN-CL", "--json"], ["search", "Chile", "--json"]],
)
def test_read_commands_never_load_sqlite_utils(
    demo_store: Path, tmp_path: Path, command: list[str]
) -> None:
    # A read command is a whole process: sqlite-utils (and click, which it brings) is ~27 ms
    # of its ~0.1 s, and reading needs none of it.
    env = {"BRIEFER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    open_store(demo_store).close()  # settled: nothing pending
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *command, "--store", str(demo_store)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[] 0"
    assert json.loads(done.stdout)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_reads_the_store_without_sqlite_utils(
    demo_store: Path, tmp_path: Path, fmt: str
) -> None:
    # An export only reads the store (a saved brief's export history is written by the app's
    # services, not by this command): sqlite-utils, click and the other topics' services are
    # ~30 ms of a whole PDF export process.
    env = {"BRIEFER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    open_store(demo_store).close()
    out = tmp_path / f"brief.{fmt}"
    command = ["export", "--pair", "VN-CL", "--format", fmt, "--out", str(out), "--json"]
    command += ["--date", "2026-11-24"]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _PROBE,
            *command,
            "--date",
            "2026-11-24",
            "--store",
            str(demo_store),
        ],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[] 0"
    assert json.loads(done.stdout)["files"] == [str(out)]
    assert out.read_bytes()[:4] == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")
