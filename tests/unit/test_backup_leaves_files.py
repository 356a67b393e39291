"""A backup leaves the store's files as Briefer left them (issue 15).

The automatic backup of a large store runs in a detached process that often outlives the
app or command that changed the store; when that process was the last to close the store,
its connection checkpointed the ``-wal`` into the main file, the files no longer matched
what Briefer had recorded, and the next opening ``quick_check``ed the whole store (~1 s at
300,000 facts). Another program's change must still be checked, once per process.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.store.backups import auto, guard
from briefer.store.backups.catalogue import backup_folder, files_stat, list_backups, read_state
from briefer.store.connection import open_store
from tests.stores import add_source, source_titles


def as_left(store: Path) -> bool:
    """Are the files as Briefer last recorded leaving them (the opening then skips its check)?"""
    return read_state(backup_folder(store)).get("checked") == files_stat(store)


def wal_size(store: Path) -> int:
    wal = Path(f"{store}-wal")
    return wal.stat().st_size if wal.exists() else 0


def change_left_in_the_wal(store: Path) -> None:
    """Briefer changes the store while another process (an earlier backup) is reading it, so
    closing cannot checkpoint: the change stays in the -wal, and Briefer records the files."""
    before = files_stat(store)
    reader = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
    reader.execute("SELECT count(*) FROM source").fetchone()
    add_source(store, "mới")
    assert wal_size(store) > 0  # the change is still in the -wal
    assert auto.note_own_changes(store, before)
    reader.close()  # that reader ends; the next backup will close the store last
    assert as_left(store)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The stores the opening guard ``quick_check``ed (the check still runs)."""
    seen: list[Path] = []
    real = guard.quick_check

    def spy(conn: sqlite3.Connection, path: Path) -> None:
        seen.append(Path(path))
        real(conn, path)

    monkeypatch.setattr(guard, "quick_check", spy)
    return seen


def test_the_automatic_backup_leaves_the_files_so_the_next_opening_skips_the_check(
    demo_store: Path, checks: list[Path]
) -> None:
    change_left_in_the_wal(demo_store)
    checks.clear()  # the first opening of a store never seen before is checked
    made = auto.run_due_backups(demo_store)  # as `briefer backup --auto` does, closing last
    assert made is not None and made.good
    assert "mới" in source_titles(made.path)  # the copy has the change that was in the -wal
    assert as_left(demo_store)  # the files are as Briefer left them
    db = open_store(demo_store, create=False)
    db.close()
    assert checks == []  # the next opening did not read the whole store again
    assert "mới" in source_titles(demo_store)


def test_a_backup_on_demand_leaves_the_files_too(
    demo_store: Path, checks: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    change_left_in_the_wal(demo_store)
    checks.clear()  # the first opening of a store never seen before is checked
    assert main(["backup", "--store", str(demo_store)]) == 0
    [made] = list_backups(demo_store)
    assert "mới" in source_titles(made.path)
    assert as_left(demo_store)
    assert main(["pairs", "--store", str(demo_store)]) == 0
    assert checks == []


def test_another_programs_change_after_a_backup_is_still_checked(
    demo_store: Path, checks: list[Path]
) -> None:
    change_left_in_the_wal(demo_store)
    checks.clear()  # the first opening of a store never seen before is checked
    assert auto.run_due_backups(demo_store) is not None
    other = sqlite3.connect(demo_store)  # another program writes to the store
    other.execute("UPDATE source SET title = 'khác' WHERE title = 'mới'")
    other.commit()
    other.close()
    assert not as_left(demo_store)
    db = open_store(demo_store, create=False)
    db.close()
    assert checks == [demo_store]


def test_threads_opening_a_changed_store_at_once_check_it_once(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's worker threads open their first connections together: one whole-store
    check is enough (each ran its own, two at once on two cores)."""
    open_store(demo_store, create=False).close()  # Briefer has seen the store
    other = sqlite3.connect(demo_store)  # then another program changed it
    other.execute("UPDATE source SET title = title || '.'")
    other.commit()
    other.close()
    seen: list[str] = []
    real = guard.quick_check

    def slow_spy(conn: sqlite3.Connection, path: Path) -> None:
        seen.append(threading.current_thread().name)
        time.sleep(0.2)  # a large store: the other threads arrive while this one checks
        real(conn, path)

    monkeypatch.setattr(guard, "quick_check", slow_spy)
    start = threading.Barrier(3)
    opened: list[object] = []

    def open_one() -> None:
        start.wait()
        opened.append(open_store(demo_store, create=False))

    threads = [threading.Thread(target=open_one, name=f"worker-{i}") for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in opened:
        db.close()  # type: ignore[attr-defined]
    assert len(opened) == 3
    assert len(seen) == 1


def test_a_backup_of_a_closed_store_leaves_no_side_files(demo_store: Path) -> None:
    """The read-only connection makes an empty -wal and -shm; none is left behind."""
    add_source(demo_store, "mới")  # closed: SQLite removed its -wal
    assert sorted(p.name for p in demo_store.parent.iterdir()) == ["store.sqlite"]
    before = files_stat(demo_store)
    assert auto.run_due_backups(demo_store) is not None
    assert main(["backup", "--store", str(demo_store)]) == 0
    assert sorted(p.name for p in demo_store.parent.iterdir()) == ["store.sqlite"]
    assert files_stat(demo_store) == before
