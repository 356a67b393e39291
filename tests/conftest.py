"""Shared fixtures. Every test gets its own BRIEFER_HOME so nothing touches real user folders."""

from __future__ import annotations

from pathlib import Path

import pytest


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
