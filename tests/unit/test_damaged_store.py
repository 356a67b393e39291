"""Damaged stores: each is detected on open with one clear sentence and a way out, never
written to, and ``briefer restore`` brings the newest good backup back.

Damage injected: a truncated file, flipped bytes in a table b-tree page in the middle and in
page 1 (file header, schema b-tree), committed data lost with a missing ``-wal``, another
program's SQLite file in the store's place, a store from a newer Briefer, an empty file, and
schema objects (trigger, view, virtual table) Briefer never creates.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.domain.model import Source
from briefer.errors import StoreError, StoreTooNewError
from briefer.services import Services
from briefer.store.backups.advice import way_out
from briefer.store.backups.auto import backup_after_changes
from briefer.store.backups.catalogue import list_backups, newest_good_backup
from briefer.store.backups.copying import backup_now
from briefer.store.backups.restore import restore
from briefer.store.check import check_store
from briefer.store.connection import DamagedStoreError, MissingChangesError, open_store
from briefer.store.sources import insert_source

REPO = Path(__file__).resolve().parents[2]


def files_of(store: Path) -> dict[str, bytes | None]:
    """The bytes of the store and its side files, to prove nothing was written."""
    result: dict[str, bytes | None] = {}
    for suffix in ("", "-wal", "-journal"):
        path = Path(f"{store}{suffix}")
        result[suffix] = path.read_bytes() if path.exists() else None
    return result


@pytest.fixture
def backed_up(demo_store: Path) -> Path:
    """A demo store that was opened, changed and closed (so it has a good automatic backup)."""
    open_store(demo_store).close()
    backup_after_changes(demo_store)
    assert newest_good_backup(demo_store) is not None
    return demo_store


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def _middle_table_page(store: Path) -> int:
    """A leaf page of the fact table near the middle of the file (1-based page number)."""
    conn = sqlite3.connect(store)
    try:
        pages = [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'fact' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
    except sqlite3.OperationalError:  # no dbstat in this SQLite: find table leaves by type
        data = store.read_bytes()
        size = _page_size(data)
        pages = [n + 1 for n in range(1, len(data) // size) if data[n * size] == 0x0D]
    finally:
        conn.close()
    assert pages
    return pages[len(pages) // 2]


def flip(store: Path, offset: int, length: int = 16) -> None:
    data = bytearray(store.read_bytes())
    for i in range(offset, offset + length):
        data[i] ^= 0x5A
    store.write_bytes(bytes(data))


def truncate(store: Path) -> None:
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2])


def flip_middle_page(store: Path) -> None:
    page = _middle_table_page(store)
    flip(store, (page - 1) * _page_size(store.read_bytes()), 12)


def flip_page_size(store: Path) -> None:
    data = bytearray(store.read_bytes())
    data[16:18] = (3000).to_bytes(2, "big")  # not a power of two
    store.write_bytes(bytes(data))


def flip_schema_btree(store: Path) -> None:
    flip(store, 100, 8)  # the b-tree header of sqlite_master, on page 1


def empty(store: Path) -> None:
    store.write_bytes(b"")


def foreign(store: Path) -> None:
    store.unlink()
    conn = sqlite3.connect(store)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncate,
    "flipped bytes in a middle b-tree page": flip_middle_page,
    "flipped page size in page 1": flip_page_size,
    "flipped schema b-tree in page 1": flip_schema_btree,
    "emptied": empty,
    "replaced by another program's database": foreign,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_detected_on_open_and_never_written(
    backed_up: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = newest_good_backup(backed_up)
    assert good is not None
    DAMAGE[damage](backed_up)
    before = files_of(backed_up)

    with pytest.raises(DamagedStoreError) as caught:
        open_store(backed_up)
    message = str(caught.value)
    assert message.startswith(f"The store {backed_up} is damaged")
    assert message.endswith(f"run `briefer restore` to go back to the backup of {good.label}.")
    assert "\n" not in message
    assert files_of(backed_up) == before

    # The command line: one sentence, exit 1, no traceback; still nothing written.
    assert main(["check", "--store", str(backed_up)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [message]
    assert files_of(backed_up) == before

    # The app's way out: restore the newest good backup.
    exit_ = Services(backed_up).damaged_store_way_out(caught.value)
    assert exit_.kind == "damaged" and exit_.actions[0] == "restore"
    assert exit_.backup == good and good.label in exit_.message
    assert files_of(backed_up) == before

    result = restore(backed_up)
    assert result.restored_from == good and result.problems == ()
    assert result.set_aside is not None and result.set_aside.read_bytes() == before[""]
    db = open_store(backed_up)
    report = check_store(db)
    assert report.ok and report.counts["fact"] == good.counts["fact"]
    db.close()


def test_damage_without_a_backup_still_gets_one_sentence(demo_store: Path) -> None:
    flip_middle_page(demo_store)
    before = files_of(demo_store)
    with pytest.raises(DamagedStoreError) as caught:
        open_store(demo_store)
    assert str(caught.value) == (
        f"The store {demo_store} is damaged and Briefer has no good backup of it; the file "
        "was left as it was, so keep a copy of it and ask for help."
    )
    exit_ = way_out(demo_store, caught.value)
    assert "restore" not in exit_.actions and exit_.backup is None
    # Pages other than the damaged one are still readable: offer a read-only look.
    assert exit_.can_open_read_only and exit_.actions[0] == "open-read-only"
    assert files_of(demo_store) == before


def test_damage_found_while_working_is_a_sentence_too(backed_up: Path) -> None:
    """Damage that happens after the store was opened surfaces from any query as one sentence."""
    db = open_store(backed_up)
    page = _middle_table_page(backed_up)
    with open(backed_up, "r+b") as fh:  # another program scribbles on the open store
        fh.seek((page - 1) * _page_size(backed_up.read_bytes()))
        fh.write(b"\xff" * 12)
    db.execute("PRAGMA cache_size = 0")  # make SQLite re-read the page
    with pytest.raises(StoreError, match=r"is damaged; run `briefer restore`"):
        db.execute("SELECT * FROM fact").fetchall()
    db.close()


def test_a_store_missing_its_wal_is_detected_and_restored(backed_up: Path) -> None:
    # A Briefer session commits a new source and dies before any checkpoint: the change lives
    # only in the -wal file.
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from briefer.domain.model import Source\n"
        "from briefer.store.connection import open_store\n"
        "from briefer.store.sources import insert_source\n"
        "db = open_store(Path(sys.argv[1]), create=False)\n"
        "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "with db.atomic():\n"
        "    insert_source(db, Source(id=None, uuid='wal-only', kind='note', title='WAL',"
        " body='Chỉ có trong WAL.'))\n"
        "os._exit(0)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code, str(backed_up)], check=True, env=env, cwd=REPO)
    assert Path(f"{backed_up}-wal").stat().st_size > 0
    # The user copies the store file without its -wal (to a USB stick)…
    main_only = backed_up.read_bytes()
    # …a backup is taken meanwhile (e.g. by another Briefer window; it reads the -wal)…
    backup = backup_now(backed_up)
    assert backup.counts["source"] == 6
    # …and the copy comes back in the store's place.
    for suffix in ("", "-wal", "-shm"):
        Path(f"{backed_up}{suffix}").unlink(missing_ok=True)
    backed_up.write_bytes(main_only)
    before = files_of(backed_up)

    with pytest.raises(MissingChangesError) as caught:
        open_store(backed_up)
    assert str(caught.value) == (
        f"The store {backed_up} is missing changes that its backup of {backup.label} has "
        "(was it copied without its “-wal” file?); run `briefer restore` to go back to "
        "that backup, or `briefer restore --keep-current` to keep the store as it is."
    )
    assert files_of(backed_up) == before
    exit_ = way_out(backed_up, caught.value)
    assert exit_.kind == "missing-changes" and exit_.actions[:2] == ("restore", "keep-current")

    restore(backed_up)
    db = open_store(backed_up)
    assert db.execute("SELECT title FROM source WHERE uuid = 'wal-only'").fetchone() == ("WAL",)
    assert check_store(db).ok
    db.close()


def test_an_older_store_put_back_on_purpose_can_be_kept(
    backed_up: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = backed_up.read_bytes()
    db = open_store(backed_up)
    with db.atomic():
        insert_source(db, Source(id=None, uuid="later", kind="note", title="Sau", body="Sau."))
    db.close()
    backup_after_changes(backed_up)  # backed up with the later source
    backed_up.write_bytes(older)  # the officer puts the older file back on purpose
    with pytest.raises(MissingChangesError):
        open_store(backed_up)
    assert main(["restore", "--keep-current", "--store", str(backed_up)]) == 0
    assert capsys.readouterr().err.startswith(f"Kept {backed_up} as it is")
    db = open_store(backed_up)
    assert db.execute("SELECT count(*) FROM source WHERE uuid = 'later'").fetchone() == (0,)
    db.close()
    assert any(b.counts["source"] == 6 for b in list_backups(backed_up))  # still listed


def test_a_copy_without_its_wal_elsewhere_is_an_older_but_sound_store(backed_up: Path) -> None:
    """Documented limit: a copy at another path has no history to compare with."""
    copy = backed_up.with_name("copy.sqlite")
    copy.write_bytes(backed_up.read_bytes())
    db = open_store(copy)
    assert check_store(db).ok
    db.close()


def test_a_store_from_a_newer_briefer_is_refused_with_a_way_out(backed_up: Path) -> None:
    conn = sqlite3.connect(backed_up)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('briefer', '0099_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = files_of(backed_up)
    with pytest.raises(StoreTooNewError) as caught:
        open_store(backed_up)
    assert "update Briefer" in str(caught.value)
    exit_ = way_out(backed_up, caught.value)
    assert exit_.kind == "too-new" and exit_.actions == ("update-briefer", "quit")
    assert files_of(backed_up) == before


def test_a_foreign_database_at_a_new_path_is_not_a_briefer_store(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = files_of(path)
    with pytest.raises(StoreError, match="is an SQLite database, but not a Briefer store") as e:
        open_store(path)
    assert not isinstance(e.value, DamagedStoreError)
    assert way_out(path, e.value).actions == ("choose-another-store", "quit")
    assert files_of(path) == before


@pytest.mark.parametrize(
    ("sql", "kind", "name"),
    [
        (
            "CREATE TRIGGER wipe AFTER INSERT ON fact BEGIN DELETE FROM source; END",
            "trigger",
            "wipe",
        ),
        ("CREATE VIEW fact_view AS SELECT * FROM fact", "view", "fact_view"),
        ("CREATE VIRTUAL TABLE extra USING fts5 (x)", "virtual table", "extra"),
    ],
)
def test_schema_objects_briefer_never_creates_are_refused(
    backed_up: Path, sql: str, kind: str, name: str
) -> None:
    conn = sqlite3.connect(backed_up)
    conn.execute(sql)
    conn.commit()
    conn.close()
    before = files_of(backed_up)
    with pytest.raises(StoreError) as caught:
        open_store(backed_up)
    assert str(caught.value) == (
        f"The store {backed_up} contains a {kind} “{name}” that Briefer did not create, "
        "so it was not opened (another program may have altered it)."
    )
    assert files_of(backed_up) == before


def test_cli_tells_the_way_back_and_restores(backed_up: Path) -> None:
    """As a user would run it: separate processes, exit codes, no traceback."""
    good = newest_good_backup(backed_up)
    assert good is not None
    flip_middle_page(backed_up)
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "briefer", *args, "--store", str(backed_up)],
            capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False,
        )  # fmt: skip

    checked = run("facts", "--pair", "VN-CL")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert checked.stderr.strip() == (
        f"The store {backed_up} is damaged; run `briefer restore` to go back to the backup "
        f"of {good.label}."
    )
    restored = run("restore")
    assert restored.returncode == 0, restored.stderr
    assert f"from the backup of {good.label}" in restored.stderr
    assert run("check").returncode == 0
    assert len(list_backups(backed_up)) >= 2


# ---- repair: what Briefer can rebuild by itself -------------------------------------------------


def test_repair_rebuilds_search_and_says_what_it_cannot_fix(backed_up: Path) -> None:
    conn = sqlite3.connect(backed_up)
    # Another tool edited a statement (folded text and index now stale) and moved a quote.
    conn.execute("UPDATE fact SET statement_vi = 'Sửa bằng công cụ khác' WHERE id = 1")
    conn.execute("UPDATE citation SET quote = 'không có trong nguồn' WHERE id = 2")
    conn.commit()
    conn.close()
    services = Services(backed_up)
    exit_ = services.damaged_store_way_out()
    assert exit_.kind == "problems" and exit_.actions[:2] == ("repair", "restore")

    result = services.repair()
    assert result.backup is not None and result.backup.reason == "before-repair"
    assert any("search text of fact" in p for p in result.fixed)
    assert len(result.remaining) == 1 and "not at its place" in result.remaining[0]
    assert services.search("Sua bang cong cu khac")  # found again after the rebuild

    assert services.check().problems == list(result.remaining)
    services.close()


def test_repair_of_a_sound_store_changes_nothing(backed_up: Path) -> None:
    before = files_of(backed_up)
    result = Services(backed_up).repair()
    assert result.backup is None and result.fixed == () and result.remaining == ()
    assert files_of(backed_up)[""] == before[""]


def test_untrusted_stores_are_opened_defensively(backed_up: Path) -> None:
    db = open_store(backed_up)
    conn = db.conn
    assert db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert db.execute("PRAGMA cell_size_check").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 1  # VACUUM needs one
    assert conn.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH) == 1_000_000
    with pytest.raises(sqlite3.OperationalError, match="too many attached"):
        db.execute("ATTACH ':memory:' AS a")
        db.execute("ATTACH ':memory:' AS b")
    db.execute("DETACH a")
    db.execute("VACUUM")  # still possible
    db.close()
