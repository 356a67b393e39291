"""The app and the command line on one store at once (issue: one store safe under both).

The real window (offscreen) edits a brief while 50 command-line processes of every kind run
against the same store. What a user would check afterwards: the store's -wal and -shm were
never deleted under the running app, the app's open handles on the store did not grow,
every edit from both sides is in the store, and ``check`` passes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent

from tests.gui.helpers import new_brief, type_text, wait_saved

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"
COMMANDS = 50


def store_handles(store: Path) -> tuple[int, list[str]]:
    """This process's open descriptors on the store's files, and any that were deleted."""
    count, deleted = 0, []
    prefix = str(store)
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(prefix):
            count += 1
            if target.endswith("(deleted)"):
                deleted.append(target)
    return count, deleted


def cli(store: Path, out: Path, *args: str) -> subprocess.Popen:
    """Start a command; its output goes to files (a full pipe nobody reads would stall it)."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    with open(out.with_suffix(".out"), "wb") as stdout, open(out.with_suffix(".err"), "wb") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "briefer", "--store", str(store), *args],
            stdout=stdout,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=env,
        )


def article(folder: Path, index: int) -> Path:
    """Another outlet's copy of a seed with a paragraph of its own, so every import adds a
    source (the seed itself, or a copy differing only in furniture, is a duplicate)."""
    text = sorted(SEEDS.glob("*.txt"))[index % 5].read_text(encoding="utf-8")
    # Its own address too: the same web address is the same article.
    text = re.sub(r"(https?://[^/\s]+/)", rf"\g<1>ban-{index}/", text)
    lines = text.split("\n")
    lead = next(i for i, line in enumerate(lines) if len(line) > 200)
    own = (
        f"Theo khảo sát thứ {index} của phóng viên, các doanh nghiệp hai nước đánh giá cao "
        f"triển vọng hợp tác thương mại và đầu tư trong giai đoạn tới ({index})."
    )
    path = folder / f"article-{index}.txt"
    path.write_text("\n".join([*lines[: lead + 1], "", own, *lines[lead + 1 :]]), "utf-8")
    return path


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_fifty_commands_while_the_app_edits_a_brief(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window("en")
    store = window.services.store_path
    brief = new_brief(window, qtbot, "VN-CL", "state-visit", "en")
    fact_items = [i for i in brief.items() if i.kind == "fact"]
    wal, shm = Path(f"{store}-wal"), Path(f"{store}-shm")
    # Every thread that may hold a store connection (the UI thread and each of the runner's
    # pool threads, which keep theirs for the window's life) opens it now. Otherwise a third
    # task overlapping two others for the first time in the second half (more likely on a
    # busy machine) adds a thread's connection there and looks like a leak; a leak still grows.
    warm = window.runner.pool.maxThreadCount()
    together = threading.Barrier(warm)

    def open_on_a_pool_thread() -> None:
        window.services.pairs()
        together.wait(timeout=60)  # all at once: each on a thread of its own

    warmed: list[object] = []
    for _ in range(warm):
        window.runner.run(open_on_a_pool_thread, warmed.append)
    window.services.pairs()
    qtbot.waitUntil(lambda: len(warmed) == warm, timeout=60_000)
    files = tmp_path / "files"
    files.mkdir()

    kinds = [
        lambda i: ("pairs", "--json"),
        lambda i: ("search", "Lương Cường", "--json"),
        lambda i: ("facts", "--pair", "VN-PE", "--json"),
        lambda i: ("import", str(article(files, i)), "--json"),
        lambda i: (
            "export",
            "--pair",
            "VN-CL",
            "--format",
            "docx",
            "--date",
            "2026-12-04",
            "--out",
            str(files / f"brief-{i}"),
        ),
        lambda i: ("check", "--json"),
        lambda i: ("backup", "--json"),
        lambda i: ("pack", "export", "--out", str(files / f"pack-{i}.sqlite"), "--json"),
        lambda i: ("pack", "import", str(files / f"pack-{i - 1}.sqlite"), "--json"),
    ]
    typed: dict[str, str] = {}
    imported = 0
    handle_counts: list[int] = []
    for i in range(COMMANDS):
        args = kinds[i % len(kinds)](i)
        log = files / f"command-{i}"
        process = cli(store, log, *args)
        # Meanwhile the officer edits: a new wording for one item, saved in the background.
        item = fact_items[i % len(fact_items)]
        window.outline.select_item(item.uuid)
        edit = window.editor.edits["en"]
        edit.selectAll()
        text = f"Officer's wording number {i}."
        type_text(edit, text)
        typed[item.uuid] = text
        qtbot.waitUntil(lambda p=process: p.poll() is not None, timeout=120_000)
        err = log.with_suffix(".err").read_text(encoding="utf-8")
        assert process.returncode == 0, (args, err)
        if args[0] == "import":
            report = json.loads(log.with_suffix(".out").read_text(encoding="utf-8"))
            assert report["files"][0]["status"] == "imported", report["files"][0]
            imported += 1
        wait_saved(window, qtbot)
        count, deleted = store_handles(store)
        assert deleted == [], f"after `{' '.join(args[:2])}` the app holds deleted files"
        assert wal.exists() and shm.exists(), f"`{' '.join(args[:2])}` removed the -wal/-shm"
        handle_counts.append(count)

    # Handles do not grow with work: the second half never needs more than the first.
    assert max(handle_counts[COMMANDS // 2 :]) <= max(handle_counts[: COMMANDS // 2])
    assert window.services.connection_count() <= 8

    # Every edit from both sides is in the store.
    from briefer.services import Services

    other = Services(store, demo_on_first_run=False)
    try:
        saved = other.load_brief(window.session.brief_uuid)
        assert saved is not None
        by_uuid = {i.uuid: i for i in saved.items()}
        for uuid, text in typed.items():
            assert by_uuid[uuid].text_en == text
        titles = [s.title for s in other.sources()]
        assert len(titles) >= 5 + imported  # the demo's five sources and every import
        report = other.check()
        assert report.ok, report.problems
    finally:
        other.close()
    shutil.rmtree(files, ignore_errors=True)


MOZAMBIQUE = """Mozambique and Vietnam sign rice memorandum

Maputo. Mozambique and Vietnam signed a memorandum of understanding on rice trade on
Tuesday, the Mozambican trade ministry said.

The two countries established diplomatic relations on June 25, 1975.
"""


def _combo_codes(window) -> list[str]:
    combo = window.pair_combo
    return [str(combo.itemData(i)) for i in range(combo.count())]


def test_the_window_shows_what_the_command_line_added_when_the_officer_comes_back(
    make_window, qtbot, tmp_path: Path
) -> None:
    """The officer imports and approves from a terminal while the app stays open on the same
    store; back in the window (it becomes active again), the new pair is there to pick."""
    window = make_window("en")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    window.store_watch.timer.stop()  # this test is about coming back, not the periodic look
    store = window.services.store_path
    page = tmp_path / "mozambique.txt"
    page.write_text(MOZAMBIQUE, encoding="utf-8")
    for args in (("import", str(page)), ("approve", "--pair", "VN-MZ", "--all")):
        done = cli(store, tmp_path / args[0], *args)
        assert done.wait(timeout=120) == 0, (tmp_path / f"{args[0]}.err").read_text()
    assert "VN-MZ" not in window.pairs  # nothing has told the window yet

    window.store_watch.eventFilter(window, QEvent(QEvent.Type.ActivationChange))
    if not window.isActiveWindow():  # (a platform without window activation: ask directly)
        window.store_watch.check()
    qtbot.waitUntil(lambda: "VN-MZ" in window.pairs, timeout=30_000)
    qtbot.waitUntil(lambda: any("MZ" in code for code in _combo_codes(window)), timeout=30_000)
    assert window.pairs["VN-MZ"].fact_count >= 1


def test_a_window_left_beside_the_terminal_shows_the_new_pair_without_a_click(
    make_window, qtbot, tmp_path: Path
) -> None:
    """The officer keeps the window beside the terminal and never clicks back into it: the
    window's periodic look at the store shows the pair the command line approved."""
    window = make_window("en")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert window.store_watch.timer.isActive()
    window.store_watch.timer.setInterval(200)  # the same look, sooner, to keep the test short
    page = tmp_path / "mozambique.txt"
    page.write_text(MOZAMBIQUE, encoding="utf-8")
    for args in (("import", str(page)), ("approve", "--pair", "VN-MZ", "--all")):
        done = cli(window.services.store_path, tmp_path / args[0], *args)
        assert done.wait(timeout=120) == 0, (tmp_path / f"{args[0]}.err").read_text()
    qtbot.waitUntil(lambda: "VN-MZ" in window.pairs, timeout=30_000)
    qtbot.waitUntil(lambda: any("MZ" in code for code in _combo_codes(window)), timeout=30_000)


def test_an_empty_store_says_it_has_no_approved_pairs_then_shows_the_new_pair(
    make_window, qtbot, tmp_path: Path
) -> None:
    """Opened on a store with no approved facts, the pair box says so once loaded (it said
    "Loading…" for good); after the command line approves a pair and the officer comes back,
    the pair is there."""
    from briefer.store.connection import open_store

    store = tmp_path / "empty.sqlite"
    open_store(store).close()
    window = make_window("en", store)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert window.pair_combo.count() == 0
    assert window.pair_combo.placeholderText() == "No approved facts"
    page = tmp_path / "mozambique.txt"
    page.write_text(MOZAMBIQUE, encoding="utf-8")
    for args in (("import", str(page)), ("approve", "--pair", "VN-MZ", "--all")):
        done = cli(store, tmp_path / args[0], *args)
        assert done.wait(timeout=120) == 0
    assert window.statusBar().currentMessage() == "The store has no approved facts yet."
    window.store_watch.check()  # what the window does when it becomes active again
    qtbot.waitUntil(lambda: "VN-MZ" in _combo_codes(window), timeout=30_000)
    # the empty store's note goes once the store has a pair (it read beside "1 approved facts")
    assert window.statusBar().currentMessage() == ""
    # and the count beside it takes its plural forms from the catalogue: "in 1 pair", not "pairs"
    facts = window.pairs["VN-MZ"].fact_count
    noun = "fact" if facts == 1 else "facts"
    assert window.store_label.text() == f"{facts} approved {noun} in 1 pair · empty.sqlite"
