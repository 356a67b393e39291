"""Backups: made automatically after a change (never while opening) and before every upgrade,
verified before they count, rotated by a documented rule, and restored without losing the
store they replace."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from briefer.cli import main
from briefer.errors import StoreError
from briefer.paths import backups_dir
from briefer.services import Services
from briefer.store.backups import auto, copying, guard
from briefer.store.backups.auto import backup_after_changes
from briefer.store.backups.catalogue import (
    backup_folder,
    list_backups,
    newest_good_backup,
    set_aside_copies,
)
from briefer.store.backups.copying import backup_now, verify_file
from briefer.store.backups.restore import restore
from briefer.store.backups.retention import KEEP_DAILY_DAYS, KEEP_NEWEST, prune
from briefer.store.check import check_store
from briefer.store.connection import open_store, schema_version
from briefer.store.schema import SCHEMA_VERSION, migrations
from tests.stores import add_source, source_titles

# ---- when backups are made -----------------------------------------------------------------------


def test_opening_never_copies_the_store(demo_store: Path) -> None:
    open_store(demo_store).close()  # a store never backed up
    add_source(demo_store, "mới")  # a changed one
    db = open_store(demo_store)
    second = open_store(demo_store)  # another connection of the same session
    db.close()
    second.close()
    assert list_backups(demo_store) == []
    assert not backup_folder(demo_store).exists() or not any(
        p.suffix == ".sqlite" for p in backup_folder(demo_store).iterdir()
    )


def test_a_changed_store_is_backed_up_once_after_the_change(demo_store: Path) -> None:
    assert backup_after_changes(demo_store) == "inline"  # a small store: now, in-process
    [first] = list_backups(demo_store)
    assert first.reason == "auto" and first.good and first.schema_version == SCHEMA_VERSION
    assert first.path.parent == backups_dir() / backup_folder(demo_store).name
    assert not Path(f"{first.path}-wal").exists()  # a backup is one self-contained file
    assert first.counts["fact"] >= 50

    backup_after_changes(demo_store)  # unchanged: no new backup
    assert len(list_backups(demo_store)) == 1

    add_source(demo_store, "mới")
    backup_after_changes(demo_store)
    backups = list_backups(demo_store)
    assert len(backups) == 2
    conn = sqlite3.connect(backups[0].path)
    assert conn.execute("SELECT count(*) FROM source WHERE title = 'mới'").fetchone()[0] == 1
    conn.close()


ARTICLE = (
    "Chủ tịch nước Lương Cường thăm Chile\n\n"
    "Ngày 12/11/2024, Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile. "
    "Kim ngạch thương mại Việt Nam - Chile năm 2023 đạt 1,3 tỷ USD.\n"
)


def test_a_command_that_changed_the_store_backs_it_up_before_it_exits(
    demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["pairs", "--store", str(demo_store)]) == 0  # reading changes nothing
    assert list_backups(demo_store) == []
    article = tmp_path / "bai-viet.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", str(article), "--store", str(demo_store)]) == 0
    [made] = list_backups(demo_store)
    assert made.reason == "auto" and made.good and made.counts["source"] == 6

    # Briefer recorded the files as it left them: the next command opens without checking
    # the whole file again (that check is for changes made by something else).
    def no_check(_conn: object, _path: Path) -> None:
        raise AssertionError("quick_check ran on a store only Briefer changed")

    monkeypatch.setattr(guard, "quick_check", no_check)
    assert main(["pairs", "--store", str(demo_store)]) == 0
    assert len(list_backups(demo_store)) == 1


def test_a_large_store_is_backed_up_by_a_detached_process(
    demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(auto, "INLINE_BYTES", 0)  # every store counts as large
    article = tmp_path / "bai-viet.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", str(article), "--store", str(demo_store)]) == 0
    # (a wait, not a timing: the detached process starts a new interpreter, which took over
    # 60 s once on a 2-core machine running the suite beside other heavy work)
    deadline = time.monotonic() + 240
    while not list_backups(demo_store) and time.monotonic() < deadline:
        time.sleep(0.2)
    [made] = list_backups(demo_store)  # made by `briefer backup --auto`, not by this process
    assert made.reason == "auto" and made.good and made.counts["source"] == 6
    while (backup_folder(demo_store) / auto.AUTO_LOCK).exists():
        assert time.monotonic() < deadline
        time.sleep(0.2)


def test_two_threads_backing_up_at_once_make_one_sound_backup(demo_store: Path) -> None:
    errors: list[BaseException] = []

    def backer() -> None:
        try:
            backup_after_changes(demo_store)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=backer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    backups = list_backups(demo_store)
    assert len(backups) == 1 and backups[0].good
    assert not (backup_folder(demo_store) / auto.AUTO_LOCK).exists()


def _schema_1_store(path: Path) -> None:
    conn = sqlite3.connect(path)
    old = Database(conn)
    migrations.apply(old, stop_before="0002_search")
    old.execute(
        "INSERT INTO source (uuid, kind, title, body, created_at, updated_at) "
        "VALUES ('s-1', 'article', 'Cũ', 'Nội dung cũ', 'x', 'x')"
    )
    conn.commit()
    conn.close()


def test_an_upgrade_is_preceded_by_a_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _schema_1_store(path)
    before = path.read_bytes()
    db = open_store(path)
    assert schema_version(db) == SCHEMA_VERSION
    db.close()
    [backup] = list_backups(path)
    assert backup.reason == "before-upgrade" and backup.schema_version == 1 and backup.good
    conn = sqlite3.connect(backup.path)  # the backup is the store as it was before
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT title FROM source").fetchall() == [("Cũ",)]
    conn.close()
    assert verify_file(backup.path) == (1, {}, [])
    assert before  # the old file was read before the upgrade changed it


def test_an_upgrade_that_cannot_be_backed_up_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _schema_1_store(path)
    before = path.read_bytes()
    backups_dir().parent.mkdir(parents=True, exist_ok=True)
    backups_dir().write_text("a file where the backups folder should be")
    with pytest.raises(StoreError, match=r"could not back up .* before upgrading it") as caught:
        open_store(path)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before
    backups_dir().unlink()
    assert schema_version(open_store(path)) == SCHEMA_VERSION


def test_a_failed_automatic_backup_does_not_stop_the_command(
    demo_store: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backups_dir().parent.mkdir(parents=True, exist_ok=True)
    backups_dir().write_text("not a folder")
    article = tmp_path / "bai-viet.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", str(article), "--store", str(demo_store)]) == 0
    assert "automatic backup" in caplog.text
    warning = capsys.readouterr().err.strip().splitlines()[-1]
    assert warning.startswith(f"warning: The automatic backup of the store {demo_store} failed")
    db = open_store(demo_store)
    assert check_store(db).ok
    db.close()


# ---- verified before it counts -------------------------------------------------------------------


def test_a_copy_that_fails_its_integrity_check_is_not_kept(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_path: Path) -> tuple[int, dict[str, int], list[str]]:
        raise copying.CopyDamagedError("*** in database main *** Page 7: btreeInitPage() error")

    monkeypatch.setattr(copying, "verify_file", broken)
    problems: list[str] = []
    backup_after_changes(demo_store, problems.append)  # never raises for a failed copy
    assert problems == [
        f"Briefer could not make a sound backup of the store {demo_store} in "
        f"{backup_folder(demo_store)} (the copy failed its check); the store itself is sound."
    ]
    assert list_backups(demo_store) == []
    assert not any(p.suffix == ".sqlite" for p in backup_folder(demo_store).iterdir())


def test_a_backup_of_a_store_with_problems_is_kept_but_not_good(demo_store: Path) -> None:
    backup_after_changes(demo_store)
    conn = sqlite3.connect(demo_store)
    conn.execute("UPDATE citation SET quote = 'không có trong nguồn' WHERE id = 1")
    conn.commit()
    conn.close()
    backup = backup_now(demo_store)
    assert not backup.good and "not at its place" in backup.problems[0]
    assert newest_good_backup(demo_store) is not None
    assert newest_good_backup(demo_store) != backup


# ---- retention -----------------------------------------------------------------------------------


def _fake_backup(store: Path, template: Path, when: datetime, reason: str = "auto") -> Path:
    folder = backup_folder(store)
    stem = f"{when.strftime('%Y%m%d-%H%M%S-%f')}-{reason}"
    shutil.copyfile(template, folder / f"{stem}.sqlite")
    meta = json.loads(template.with_suffix(".json").read_text(encoding="utf-8"))
    meta.update(created_at=when.isoformat(), reason=reason)
    (folder / f"{stem}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder / f"{stem}.sqlite"


def test_retention_keeps_ten_newest_one_a_day_for_two_weeks_and_the_last_upgrade(
    demo_store: Path,
) -> None:
    template = backup_now(demo_store).path
    now = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    made = []
    for day in range(30):  # three a day for 30 days
        for hour in (9, 12, 17):
            made.append(
                _fake_backup(demo_store, template, now - timedelta(days=day, hours=12 - hour))
            )
    upgrade = _fake_backup(demo_store, template, now - timedelta(days=200), "before-upgrade")
    template.unlink()
    template.with_suffix(".json").unlink()

    removed = prune(demo_store, today=now.date())
    kept = {b.path for b in list_backups(demo_store)}
    newest_ten = set(sorted(made, reverse=True)[:KEEP_NEWEST])
    daily = {
        max(p for p in made if p.name.startswith((now - timedelta(days=d)).strftime("%Y%m%d")))
        for d in range(KEEP_DAILY_DAYS)
    }
    assert kept == newest_ten | daily | {upgrade}
    assert len(removed) == len(made) + 1 - len(kept)


def test_a_copy_under_way_is_not_stale_to_a_clock_years_ahead_of_the_disk(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leftover temporary copies are removed by their age on the disk's clock. A process whose
    clock runs years ahead of the disk's timestamps (faketime in CI, a network share) must not
    take another process's copy, made a moment ago, for one left by a crash."""
    from briefer.store.backups.catalogue import STALE_SECONDS

    backup_now(demo_store)
    folder = backup_folder(demo_store)
    under_way = folder / ".20261204-090000-000000-auto.sqlite.tmp1"
    under_way.write_bytes(b"a copy being written")
    left = folder / ".20261203-090000-000000-auto.sqlite.tmp2"
    left.write_bytes(b"a copy a crash left")
    made = left.stat().st_mtime - STALE_SECONDS - 60
    os.utime(left, (made, made))
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 5 * 365 * 86400)
    prune(demo_store)
    assert under_way.exists()
    assert not left.exists()
    assert not list(folder.glob(".clock-*"))


# ---- restore -------------------------------------------------------------------------------------


def test_restore_goes_back_to_the_newest_good_backup_and_keeps_the_current_store(
    demo_store: Path,
) -> None:
    add_source(demo_store, "trước")
    backup_after_changes(demo_store)  # backup with "trước"
    add_source(demo_store, "sau")  # a change the user wants to undo
    current = demo_store.read_bytes()
    assert not Path(f"{demo_store}-wal").exists()

    result = restore(demo_store)
    assert "trước" in source_titles(demo_store) and "sau" not in source_titles(demo_store)
    assert result.problems == ()
    assert result.set_aside is not None and result.set_aside.read_bytes() == current
    assert set_aside_copies(demo_store) == [result.set_aside]
    # The store opens afterwards (no "missing changes": the restore was deliberate).
    db = open_store(demo_store)
    assert check_store(db).ok
    db.close()
    # And the set-aside store can itself be restored: nothing is ever lost.
    restore(demo_store, result.set_aside)
    assert "sau" in source_titles(demo_store)


def test_restore_by_name_and_refusals(demo_store: Path) -> None:
    with pytest.raises(StoreError, match="no good backup"):
        restore(demo_store)
    first = backup_now(demo_store)
    add_source(demo_store, "thêm")
    backup_now(demo_store)
    restore(demo_store, first.name)
    assert "thêm" not in source_titles(demo_store)
    with pytest.raises(StoreError, match=r"no backup called nope; `briefer restore --list`"):
        restore(demo_store, "nope")


def test_restore_reaches_a_connection_that_is_still_open(demo_store: Path) -> None:
    first = backup_now(demo_store)
    add_source(demo_store, "mất")
    other = open_store(demo_store)  # e.g. a second Briefer window on the same store
    restore(demo_store, first)
    titles = {r[0] for r in other.execute("SELECT title FROM source").fetchall()}
    assert "mất" not in titles
    other.close()


def test_restore_to_a_missing_store(demo_store: Path) -> None:
    backup = backup_now(demo_store)
    demo_store.unlink()
    result = restore(demo_store)
    assert result.restored_from == backup and result.set_aside is None
    assert check_store(open_store(demo_store, create=False)).ok


# ---- the command line and the services ----------------------------------------------------------


def test_backup_and_restore_commands(demo_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--json", "--store", str(demo_store)]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["store"] == str(demo_store)
    assert {
        "name", "path", "created_at", "label", "reason", "store", "size",
        "schema_version", "good", "problems", "counts",
    } <= made["backup"].keys()  # fmt: skip
    assert made["backup"]["good"] is True and made["backup"]["reason"] == "manual"

    assert main(["backup", "--store", str(demo_store)]) == 0
    out, err = capsys.readouterr()
    assert Path(out.strip()).is_file() and err.startswith("Backed up ")

    assert main(["restore", "--list", "--json", "--store", str(demo_store)]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listing["backups"]] == ["manual", "manual"]
    assert listing["set_aside"] == []

    assert main(["restore", made["backup"]["name"], "--json", "--store", str(demo_store)]) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["restored_from"]["name"] == made["backup"]["name"]
    assert Path(restored["set_aside"]).is_file() and restored["problems"] == []


def test_restore_command_without_backups_says_so(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", "--store", str(demo_store)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"There is no good backup of the store {demo_store} to go back to."]


def test_services_backups(demo_store: Path) -> None:
    services = Services(demo_store)
    assert services.pairs()
    assert services.backups() == []  # opening copies nothing
    made = services.backup_now()
    assert services.backups()[0] == made
    result = services.restore()
    assert result.restored_from == made
    assert services.pairs()  # reopens after the restore
    way_out = services.damaged_store_way_out()
    assert way_out.kind == "ok" and way_out.actions == ("quit",)
    services.close()


# ---- background backups (the app) ----------------------------------------------------------------


@pytest.fixture
def background() -> Iterator[list[str]]:
    problems: list[str] = []
    auto.set_background_backups(True, problems.append)
    yield problems
    auto.wait_for_background_backups(30)
    auto.set_background_backups(False)


def test_the_app_backs_up_in_a_thread(demo_store: Path, background: list[str]) -> None:
    services = Services(demo_store)
    services.use_background_backups(background.append)
    assert services.pairs()
    assert backup_after_changes(demo_store) == "thread"  # returns at once
    assert auto.wait_for_background_backups(30)
    [made] = list_backups(demo_store)
    assert made.reason == "auto" and made.good and background == []
    services.close()


def test_a_background_copy_that_fails_verification_is_reported(
    demo_store: Path, background: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_path: Path) -> tuple[int, dict[str, int], list[str]]:
        raise copying.CopyDamagedError("Page 7: btreeInitPage() error")

    monkeypatch.setattr(copying, "verify_file", broken)
    backup_after_changes(demo_store)
    assert auto.wait_for_background_backups(30)
    assert list_backups(demo_store) == []
    assert background == [
        f"Briefer could not make a sound backup of the store {demo_store} in "
        f"{backup_folder(demo_store)} (the copy failed its check); the store itself is sound."
    ]


def test_backup_auto_backs_up_only_a_changed_store_and_never_makes_one(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["backup", "--auto", "--json", "--store", str(missing)]) == 0
    assert json.loads(capsys.readouterr().out)["backup"] is None and not missing.exists()
    assert main(["backup", "--auto", "--json", "--store", str(demo_store)]) == 0
    made = json.loads(capsys.readouterr().out)["backup"]
    assert made["reason"] == "auto" and made["good"] is True
    assert main(["backup", "--auto", "--json", "--store", str(demo_store)]) == 0  # unchanged
    assert json.loads(capsys.readouterr().out)["backup"] is None
    assert len(list_backups(demo_store)) == 1
    text = tmp_path / "notes.txt"
    text.write_text("không phải kho dữ liệu", encoding="utf-8")
    assert main(["backup", "--auto", "--store", str(text)]) == 1
    assert "not a Briefer store" in capsys.readouterr().err


def test_a_lock_taken_anew_between_the_look_and_the_unlink_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race behind two backups of one content: a thread judges the lock it saw stale
    # (its holder just ended and removed it), and meanwhile a third thread takes a new lock.
    lock = tmp_path / auto.AUTO_LOCK
    lock.write_text("999999999", encoding="utf-8")

    def holder_ends_and_another_takes_the_lock(folder: Path) -> None:
        lock.unlink()
        assert auto._take_lock(lock)

    monkeypatch.setattr(auto, "_lock_holder", holder_ends_and_another_takes_the_lock)
    auto._remove_if_stale(lock)
    assert lock.read_text(encoding="utf-8") == str(os.getpid())


def test_a_lock_is_never_seen_empty_so_a_moved_clock_cannot_call_it_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = tmp_path / auto.AUTO_LOCK
    with auto._auto_lock(tmp_path) as mine:
        assert mine and lock.read_text(encoding="utf-8") == str(os.getpid())
        # A clock five years ahead of the disk's timestamps (faketime in CI) must not free it.
        real = time.time
        monkeypatch.setattr(auto.time, "time", lambda: real() + 5 * 365 * 86400)
        with auto._auto_lock(tmp_path) as second:
            assert not second
        assert lock.exists()
    assert not lock.exists()
    assert list(tmp_path.iterdir()) == []  # no private file left behind
