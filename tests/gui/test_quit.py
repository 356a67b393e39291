"""Quitting never waits on the work in flight: a read (a search, an export being prepared) is
abandoned and its result ignored; a write still running is asked about — "Stop it and quit"
leaves the store as it was before the write, "Keep working" keeps the window and the write.

Slow work is injected through the services and the window's runner, the seam every store
call of the window goes through. Its statements run until interrupted, or its Python waits
for an event the test sets, so nothing here depends on how fast the machine is.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from briefer.ui import fact_browser
from briefer.ui.ops import Op

pytestmark = pytest.mark.gui

# A statement that never ends by itself: only an interrupt stops it.
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
    "SELECT x FROM c WHERE x < 0 LIMIT 1"
)


def _facts(store: Path) -> list[tuple]:
    """The facts as an independent connection reads them (the app's own are closed)."""
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT uuid, statement_vi, statement_en FROM fact ORDER BY uuid"
        ).fetchall()
    finally:
        conn.close()


def _tables(store: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return [name for (name,) in rows]
    finally:
        conn.close()


def _only_op(window) -> Op:
    (op,) = list(window.runner._running)
    return op


def test_quitting_during_a_search_abandons_it(make_window, qtbot, monkeypatch) -> None:
    window = make_window("en")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    started = threading.Event()
    shown: list[object] = []

    def endless_search(services, *_args):
        started.set()
        return services.reader().execute(ENDLESS).fetchall()

    monkeypatch.setattr(fact_browser, "run_search", endless_search)
    window.browser.searched.connect(lambda *args: shown.append(args))
    failures: list[BaseException] = []
    window.runner.default_failure = failures.append
    window.browser.query.setText("thương mại")
    window.browser.search_now()
    qtbot.waitUntil(started.is_set, timeout=30_000)
    search = _only_op(window)

    window.close()  # returns although the search would never end by itself

    assert not window.isVisible()
    assert search.abandoned
    qtbot.waitUntil(search.returned.is_set, timeout=30_000)  # interrupted: no worker left
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert shown == [] and failures == []  # its result (an "interrupted" error) is ignored


def test_quitting_does_not_wait_for_a_read_that_cannot_be_interrupted(make_window, qtbot) -> None:
    window = make_window("en")
    # the window's own start-up reads first, so the read below is the only one in flight
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    release, started = threading.Event(), threading.Event()
    delivered: list[object] = []

    def busy_read():
        started.set()
        release.wait()  # Python work between statements: only its result can be ignored
        return "late"

    window.runner.run(busy_read, delivered.append, delivered.append, writes=False)
    try:  # (released whatever fails: the window's teardown waits for its workers)
        qtbot.waitUntil(started.is_set, timeout=30_000)
        op = _only_op(window)
        window.close()
        assert not window.isVisible() and not op.returned.is_set()  # closed, not waited for
        assert window.runner.left_running()  # the app ends its process without waiting
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert delivered == []


def test_quitting_during_an_export_leaves_no_file(make_window, qtbot, tmp_path) -> None:
    from tests.gui.helpers import new_brief

    window = make_window("en")
    new_brief(window, qtbot, "VN-PE", "state-visit", "vi")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    services = window.services
    real_render = services._render
    release, started = threading.Event(), threading.Event()

    def slow_render(*args, **kwargs):
        started.set()
        release.wait()
        return real_render(*args, **kwargs)

    services._render = slow_render
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = window.open_export()
    qtbot.waitUntil(dialog.isVisible)
    dialog.folder.setText(str(folder))
    dialog.filename.setText("Peru brief")
    dialog.set_format("both")
    dialog.export_button.click()
    try:
        qtbot.waitUntil(started.is_set, timeout=30_000)
        export = _only_op(window)
        window.close()
        assert not window.isVisible() and export.abandoned
    finally:
        release.set()
    qtbot.waitUntil(export.returned.is_set, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert list(folder.iterdir()) == []  # no file, whole or half-written, no temporary file
    assert dialog.result is None and dialog.error == ""


def _slow_write(window, started: threading.Event, release: threading.Event | None):
    """One transaction changing every fact, then a statement that runs until interrupted
    (``release`` None) or Python that waits for ``release`` before committing."""
    services = window.services

    def work(progress) -> str:
        conn = services.db().conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("UPDATE fact SET statement_en = 'half an import'")
            conn.execute("CREATE TABLE scratch (x)")
            progress("import", 0.5)
            started.set()
            if release is None:
                conn.execute(f"INSERT INTO scratch {ENDLESS}")
            else:
                release.wait()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return "written"

    return work


def test_quitting_during_a_write_asks_and_stop_keeps_nothing_of_it(
    make_window, qtbot, demo_store
) -> None:
    window = make_window("en")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    before, tables = _facts(demo_store), _tables(demo_store)
    asked: list[list[str]] = []

    def stop(ops) -> bool:
        asked.append([op.name for op in ops])
        return True

    window.ask_stop_writes = stop
    window.runner.quit_grace = 0  # a write that does not end by itself: ask at once
    started = threading.Event()
    delivered: list[object] = []
    window.runner.run(
        _slow_write(window, started, None), delivered.append, delivered.append, name="An import"
    )
    qtbot.waitUntil(started.is_set, timeout=30_000)
    write = _only_op(window)

    window.close()

    assert asked == [["An import"]]
    assert not window.isVisible()
    assert write.returned.is_set()  # stopped before the window closed: no writer after exit
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert delivered == []
    from briefer.ui.app import close_services

    close_services(window.services)
    assert _facts(demo_store) == before  # re-opened: the store is as before the write
    assert _tables(demo_store) == tables


def test_quitting_during_a_write_and_keep_working_keeps_it_running(
    make_window, qtbot, demo_store
) -> None:
    window = make_window("en")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    asked: list[list[str]] = []

    def keep(ops) -> bool:
        asked.append([op.name for op in ops])
        return False

    window.ask_stop_writes = keep
    window.runner.quit_grace = 0
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []
    window.runner.run(
        _slow_write(window, started, release), delivered.append, delivered.append, name="An import"
    )
    try:
        qtbot.waitUntil(started.is_set, timeout=30_000)
        write = _only_op(window)
        window.close()
        assert asked == [["An import"]]
        assert window.isVisible()  # the officer keeps working
        assert not write.returned.is_set() and not write.stopped.is_set()
    finally:
        release.set()
    qtbot.waitUntil(lambda: delivered == ["written"], timeout=30_000)  # it finished
    assert {statement_en for _u, _v, statement_en in _facts(demo_store)} == {"half an import"}
    window.close()  # nothing running now: closes without asking
    assert asked == [["An import"]] and not window.isVisible()


def test_a_write_that_ends_within_the_grace_is_waited_for_without_asking(
    make_window, qtbot, demo_store
) -> None:
    window = make_window("en")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    asked: list[object] = []
    window.ask_stop_writes = lambda ops: asked.append(ops) or True
    window.runner.quit_grace = 60  # ends when released, long before this
    started, release = threading.Event(), threading.Event()
    window.runner.run(_slow_write(window, started, release), name="An import")
    qtbot.waitUntil(started.is_set, timeout=30_000)
    # The write ends once quitting has begun to wait for it.
    running_writes = window.runner.running_writes

    def quitting_looks():
        release.set()
        return running_writes()

    window.runner.running_writes = quitting_looks

    window.close()

    assert asked == [] and not window.isVisible()
    assert {statement_en for _u, _v, statement_en in _facts(demo_store)} == {"half an import"}


SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"


def _new_articles(folder: Path, count: int) -> list[Path]:
    """Seed articles made new (the demo pack holds the seeds themselves)."""
    paths = []
    for number, seed in enumerate(sorted(SEEDS.glob("*.txt"))[:count]):
        lines = seed.read_text(encoding="utf-8").split("\n")
        lead = next(i for i, line in enumerate(lines) if len(line) > 200)
        extra = f"Bài viết số {number} được cập nhật với ý kiến của các chuyên gia hai nước."
        target = folder / f"article-{number}.txt"
        target.write_text("\n".join([*lines[: lead + 1], "", extra, *lines[lead + 1 :]]), "utf-8")
        paths.append(target)
    return paths


def _counts(store: Path) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return (
            conn.execute("SELECT count(*) FROM source").fetchone()[0],
            conn.execute("SELECT count(*) FROM fact").fetchone()[0],
        )
    finally:
        conn.close()


def test_stopping_an_import_at_quitting_keeps_only_whole_files(
    make_window, qtbot, demo_store, tmp_path, monkeypatch
) -> None:
    """The import's guarantee (docs/reliability.md): each file all or nothing. Stopped while
    writing its second file, it keeps the first whole or not at all, and nothing after."""
    import shutil

    from briefer.services import Services, intake

    articles = _new_articles(tmp_path, 3)
    reference = tmp_path / "reference.sqlite"
    shutil.copy(demo_store, reference)
    alone = Services(reference, demo_on_first_run=False)
    first_facts = len(alone.import_files(articles[:1])[0].candidates)
    alone.close()
    assert first_facts > 0

    window = make_window("en")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    sources, facts = _counts(demo_store)
    real_import_one = intake._import_one
    calls: list[Path] = []
    started = threading.Event()

    def import_one(db, path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 2:  # writing the second file when quitting stops it
            started.set()
            db.conn.execute(ENDLESS)
        return real_import_one(db, path, *args, **kwargs)

    monkeypatch.setattr(intake, "_import_one", import_one)
    window.ask_stop_writes = lambda ops: [op.name for op in ops] == ["An import"]
    window.runner.quit_grace = 0
    services = window.services
    delivered: list[object] = []
    window.runner.run(
        lambda report: services.import_files(articles, report),
        delivered.append,
        delivered.append,
        name="An import",
    )
    qtbot.waitUntil(started.is_set, timeout=60_000)
    write = _only_op(window)

    window.close()

    assert not window.isVisible() and write.returned.is_set() and delivered == []
    assert articles[2] not in calls  # stopped before the third file
    from briefer.ui.app import close_services

    close_services(services)
    now_sources, now_facts = _counts(demo_store)
    assert (now_sources - sources, now_facts - facts) in {(0, 0), (1, first_facts)}
