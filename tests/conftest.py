"""Shared fixtures. Nothing in a test run may touch the real user folders.

The whole session runs under a scratch BRIEFER_HOME set at import time (session-scoped
fixtures are built before function-scoped ones, so a per-test setting alone comes too late
for them), every test then gets its own, and the session fails if the real Briefer data
folder changed while it ran.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import platformdirs
import pytest

_REAL_DATA = Path(platformdirs.user_data_dir("Briefer", appauthor=False))
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="briefer-test-session-"))
os.environ["BRIEFER_HOME"] = str(_SESSION_HOME)
os.environ.pop("BRIEFER_STORE", None)


def _snapshot(folder: Path) -> set[str]:
    if not folder.exists():
        return set()
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


_REAL_BEFORE = _snapshot(_REAL_DATA)

# The repository tree: tests never write into it (screenshots, docs, fixtures). Caches that
# Python and the tools keep beside the code are not the repository's content.
_REPO = Path(__file__).resolve().parents[1]
_NOT_CONTENT = {
    ".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache",
    ".hypothesis", "build", "dist", ".build-venv",
}  # fmt: skip


def _tree_state(root: Path) -> dict[str, tuple[int, int]]:
    state: dict[str, tuple[int, int]] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in _NOT_CONTENT]
        for name in files:
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            state[os.path.relpath(path, root)] = (st.st_mtime_ns, st.st_size)
    return state


_REPO_BEFORE = _tree_state(_REPO)

# Hypothesis keeps its example database in the working folder by default: not in ours. Its
# default 200 ms wall-clock deadline per example and its "too slow" health check measure the
# machine as much as the code: a busy 2-core CI machine trips them on correct code. The
# deadline stays, at 5 s, to bound a runaway; work bounds are in CPU time (tests/timing.py).
try:
    from datetime import timedelta as _timedelta

    from hypothesis import HealthCheck as _HealthCheck
    from hypothesis import settings as _hypothesis_settings

    # On CI (the CI variable, set by .ci/run as by most CI services) the examples are the
    # same every run: a submission lands or not on its own code, never on a random draw.
    # On a developer's machine they stay random, so new inputs keep being tried.
    _hypothesis_settings.register_profile(
        "briefer",
        database=None,
        derandomize=bool(os.environ.get("CI")),
        deadline=_timedelta(seconds=5),
        suppress_health_check=[_HealthCheck.too_slow],
    )
    _hypothesis_settings.load_profile("briefer")
except ImportError:  # pragma: no cover - hypothesis is a dev dependency
    pass


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    written = sorted(_snapshot(_REAL_DATA) - _REAL_BEFORE)
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)
    if written:
        print(f"\nTests wrote into the real user folder {_REAL_DATA}: {written[:5]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    after = _tree_state(_REPO)
    changed = sorted(
        k for k in after.keys() | _REPO_BEFORE.keys() if after.get(k) != _REPO_BEFORE.get(k)
    )
    if changed:
        print(f"\nTests wrote into the repository tree {_REPO}: {changed[:5]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("briefer-home")
    monkeypatch.setenv("BRIEFER_HOME", str(home))
    monkeypatch.delenv("BRIEFER_STORE", raising=False)
    # Qt settings and caches go under the test home as well.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


# pytest-qt waits 5 s unless told otherwise. Its waits only bound a hang: a busy 2-core CI
# machine can take longer than 5 s to show a dialog, and a wait ends as soon as its condition
# holds. Calls that give their own timeout keep it.
PATIENT_MS = 30_000


@pytest.fixture(autouse=True)
def _patient_qt_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # pragma: no cover - pytest-qt is a dev dependency
        return
    wait_until = QtBot.waitUntil

    def patient(self: QtBot, callback, *, timeout: int = PATIENT_MS):  # type: ignore[no-untyped-def]
        return wait_until(self, callback, timeout=timeout)

    monkeypatch.setattr(QtBot, "waitUntil", patient)


# The day every test runs on, whatever the machine's clock says (time is an input: CI runs the
# suite a second time with the system date moved years ahead, and it must pass the same).
TEST_NOW = "2026-12-04T09:00:00+07:00"


@pytest.fixture(autouse=True)
def pinned_clock():
    """Pin the process clock for the test; yields the FixedClock (``advance`` moves it on)."""
    from briefer.clock import FixedClock, use

    with use(FixedClock(TEST_NOW)) as clock:
        yield clock


@pytest.fixture(scope="session")
def demo_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo store built once per session; tests copy it rather than rebuild it."""
    from briefer.services import init_store

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    init_store(path, demo=True)
    return path


@pytest.fixture
def demo_store(demo_store_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "store.sqlite"
    shutil.copyfile(demo_store_template, target)
    return target
