"""One store under many hands: brief revisions, connections per thread, the clock, a missing
store with backups, the lock-safe open, and a closed pipe on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from briefer import clock
from briefer.domain.brief import BriefItem, BriefSection
from briefer.errors import MissingStoreError, StaleBriefError
from briefer.services import Services
from briefer.store.connection import held_by_this_process, open_store

# ---- brief revisions ----------------------------------------------------------------------


def _with_text(brief, text: str):
    """The brief with an officer's paragraph added at the top of its first section."""
    first = brief.sections[0]
    item = BriefItem(uuid=f"text-{text}", kind="text", text_vi=text, text_en=text)
    section = BriefSection(first.topic, first.heading, (item, *first.items))
    return replace(brief, sections=(section, *brief.sections[1:]))


def test_a_save_from_a_stale_revision_is_refused_and_loses_nothing(demo_store: Path) -> None:
    one, two = Services(demo_store), Services(demo_store)
    uuid, brief = one.new_brief("VN-CL", "state-visit", "vi", date(2026, 12, 4))
    assert brief.revision == 1
    mine = two.load_brief(uuid)
    theirs = one.load_brief(uuid)
    assert mine is not None and theirs is not None

    saved = one.save_brief(uuid, _with_text(theirs, "Their edit"))
    assert saved.revision == 2
    with pytest.raises(StaleBriefError) as refused:
        two.save_brief(uuid, _with_text(mine, "My edit"))
    assert "changed elsewhere" in str(refused.value) and refused.value.current_revision == 2

    stored = one.load_brief(uuid)
    assert stored is not None
    assert [i.text_vi for i in stored.items() if i.kind == "text"][:1] == ["Their edit"]

    # "Keep mine as a copy": both versions are now in the store.
    copy_uuid, copy = two.save_brief_as_copy(_with_text(mine, "My edit"))
    assert copy_uuid != uuid and copy.revision == 1
    kept = one.load_brief(copy_uuid)
    assert kept is not None and kept.items()[0].text_vi == "My edit"
    # …and saving on from the fresh revision works.
    assert one.save_brief(uuid, _with_text(stored, "Again")).revision == 3
    one.close()
    two.close()


def test_a_brief_saved_twice_from_the_returned_copy_moves_on(demo_store: Path) -> None:
    services = Services(demo_store)
    uuid, brief = services.new_brief("VN-PE", "fact-sheet", "en", date(2026, 12, 4))
    for n in range(3):
        brief = services.save_brief(uuid, _with_text(brief, f"edit {n}"))
    assert brief.revision == 4
    with pytest.raises(StaleBriefError):
        services.save_brief(uuid, brief, base_revision=2)
    services.close()


# ---- connections ------------------------------------------------------------------------


def test_one_connection_per_thread_however_many_tasks_it_runs(demo_store: Path) -> None:
    services = Services(demo_store)
    services.pairs()
    done = threading.Event()

    def worker() -> None:
        for _ in range(20):
            services.pairs()
        done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert done.is_set()
    assert services.connection_count() == 2
    assert held_by_this_process(demo_store)
    services.close()
    assert services.connection_count() == 0
    assert not held_by_this_process(demo_store)


def _open_files() -> list[str]:
    names = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            names.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the descriptor listdir itself used
            continue
    return names


def test_opening_a_second_connection_keeps_the_first_ones_locks(demo_store: Path) -> None:
    """Reading the file's header with open()/close() while SQLite holds it would cancel the
    process's POSIX locks; a second process could then delete the -wal under us."""
    first = open_store(demo_store)
    first.execute("SELECT count(*) FROM fact").fetchone()
    wal = Path(f"{demo_store}-wal")
    assert wal.exists()
    second = open_store(demo_store)  # what every new worker thread does
    second.execute("SELECT count(*) FROM fact").fetchone()
    # Another process opens and closes the store; it must not be able to remove the -wal.
    subprocess.run(
        [sys.executable, "-m", "briefer", "--store", str(demo_store), "pairs", "--json"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert wal.exists()
    assert not [f for f in _open_files() if f.startswith(str(demo_store)) and "(deleted)" in f]
    first.close()
    second.close()


def test_two_threads_opening_at_once_keep_each_others_locks(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's threads open their first connections at once: one thread finds the file not
    yet held and reads its header; meanwhile another opens a connection and takes its locks.
    Closing the header then would cancel them, and the next command-line process to close the
    store would delete the -wal and -shm under the app (a CI failure). The header read and
    the opening of a connection take turns."""
    import time

    from briefer.store import connection, held, integrity

    looked, opened, blocked = threading.Event(), threading.Event(), threading.Event()
    late: list[int] = []
    early: list[int] = []
    real = integrity.held_by_this_process

    class WatchedLock:
        """The process-wide turn-taking lock, telling when the opening thread waits for it."""

        def __init__(self, lock: threading.RLock) -> None:
            self.lock = lock

        def __enter__(self) -> WatchedLock:
            if threading.get_ident() in early:
                blocked.set()  # about to wait for (or take) the lock
            self.lock.acquire()
            return self

        def __exit__(self, *_exc: object) -> None:
            self.lock.release()

    watched = WatchedLock(held.opening)
    for module in (held, integrity, connection):
        monkeypatch.setattr(module, "opening", watched, raising=False)

    def look_then_wait(path: Path) -> bool:
        looking = real(path)
        if threading.get_ident() in late:
            looked.set()
            # Hold the look open until the other thread has opened (no turn-taking) or waits
            # for its turn. Polled, not a timed wait: under faketime (CI) a thread's timed wait
            # never runs out, and this one would never end.
            deadline = time.monotonic() + 60
            while not (opened.is_set() or blocked.is_set()):
                assert time.monotonic() < deadline, "the other thread neither opened nor waited"
                time.sleep(0.005)
        return looking

    monkeypatch.setattr(integrity, "held_by_this_process", look_then_wait)
    connections: list[object] = []

    def looker() -> None:
        late.append(threading.get_ident())
        connections.append(open_store(demo_store))

    def opener() -> None:
        early.append(threading.get_ident())
        assert looked.wait(timeout=60)
        db = open_store(demo_store)
        db.execute("SELECT count(*) FROM fact").fetchone()  # a read: SQLite's locks taken
        connections.append(db)
        opened.set()

    threads = [threading.Thread(target=looker), threading.Thread(target=opener)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(connections) == 2
    wal = Path(f"{demo_store}-wal")
    assert wal.exists()
    subprocess.run(
        [sys.executable, "-m", "briefer", "--store", str(demo_store), "pairs", "--json"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert wal.exists() and Path(f"{demo_store}-shm").exists()
    assert not [f for f in _open_files() if f.startswith(str(demo_store)) and "(deleted)" in f]
    for db in connections:
        db.close()  # type: ignore[attr-defined]


def test_a_creation_under_way_is_not_stale_to_a_clock_years_ahead_of_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first run builds the store under a temporary name and removes such files left by a
    crash. Their age is read on the disk's clock: a process whose clock runs years ahead
    (faketime in CI, a network share) must not remove another process's file of a moment ago."""
    import time

    under_way = tmp_path / ".briefer.sqlite.999999.1.creating"
    under_way.write_bytes(b"being built by another process")
    left = tmp_path / ".briefer.sqlite.999998.1.creating"
    left.write_bytes(b"left by a crash")
    made = left.stat().st_mtime - 120
    os.utime(left, (made, made))
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 5 * 365 * 86400)
    open_store(tmp_path / "briefer.sqlite").close()
    assert under_way.exists()
    assert not left.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [under_way.name]


# ---- the clock ----------------------------------------------------------------------------


def test_the_brief_date_and_row_stamps_come_from_the_injected_clock(demo_store: Path) -> None:
    pinned = clock.FixedClock("2031-06-01T10:00:00+00:00", frozen=True)
    services = Services(demo_store, clock=pinned)
    brief = services.assemble("VN-PE", "state-visit", "vi")
    assert brief.brief_date == "2031-06-01"
    with clock.use(pinned):
        uuid, _ = services.new_brief("VN-PE", "state-visit", "vi")
        stamp = (
            services.db()
            .execute("SELECT updated_at FROM brief WHERE uuid = ?", [uuid])
            .fetchone()[0]
        )
    assert stamp == "2031-06-01T10:00:00Z"
    services.close()


def test_a_fixed_clock_runs_on_and_can_be_advanced() -> None:
    running = clock.FixedClock(date(2026, 12, 4))
    first = running.now()
    assert first.date() == date(2026, 12, 4) and first.tzinfo is not None
    running.advance(timedelta(days=400))
    assert running.today() == date(2028, 1, 8)
    frozen = clock.FixedClock(datetime(2026, 12, 4, 9, tzinfo=UTC), frozen=True)
    assert frozen.now() == frozen.now()


# ---- a missing store that has backups ---------------------------------------------------


def test_a_missing_store_with_good_backups_is_not_replaced_by_a_demo(demo_store: Path) -> None:
    services = Services(demo_store)
    backup = services.backup_now()
    services.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{demo_store}{suffix}").unlink(missing_ok=True)

    again = Services(demo_store)
    with pytest.raises(MissingStoreError) as missing:
        again.pairs()
    assert "briefer restore" in str(missing.value)
    assert not demo_store.exists()  # no fresh demo store in its place
    way = again.damaged_store_way_out(missing.value)
    assert way.kind == "missing" and "restore" in way.actions
    assert way.backup is not None and way.backup.path == backup.path

    result = subprocess.run(
        [sys.executable, "-m", "briefer", "--store", str(demo_store), "pairs"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "briefer restore" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

    again.restore()
    assert [p.code for p in again.pairs()] == ["VN-CL", "VN-PE"]
    again.close()


# ---- the command line in a pipe -----------------------------------------------------------


def test_a_closed_pipe_ends_quietly(demo_store: Path) -> None:
    command = (
        f"{sys.executable} -m briefer --store {demo_store} facts --pair VN-PE --json | head -c 10"
    )
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout == '{\n  "pair"'
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.returncode == 141  # stopped by the closed pipe, as `yes | head` is


# ---- a fresh machine -----------------------------------------------------------------------


def test_first_command_on_a_fresh_machine_makes_its_own_folder_and_demo_store(
    tmp_path: Path,
) -> None:
    """No Briefer folder yet (a new user account): the first command creates it."""
    home = tmp_path / "new-user"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFER_", "XDG_"))}
    env["HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "pairs", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "VN-PE" in result.stdout
    if sys.platform.startswith("linux"):
        assert (home / ".local" / "share" / "Briefer" / "briefer.sqlite").is_file()


def test_any_descriptor_of_this_process_on_the_store_counts_as_held(tmp_path: Path) -> None:
    """Belt and braces beside the register: a descriptor this process has on the file (one
    SQLite keeps for a connection the register lost count of) also stops the header read
    that would close it and drop SQLite's locks."""
    from briefer.store.held import held_by_this_process

    store = tmp_path / "store.sqlite"
    store.write_bytes(b"SQLite format 3\x00" + bytes(84))
    assert not held_by_this_process(store)
    fd = os.open(store, os.O_RDONLY)
    try:
        assert held_by_this_process(store)
    finally:
        os.close(fd)
    assert not held_by_this_process(store)
