"""The command run on the process's own arguments freezes its objects for a quick exit; run
on given arguments (tests, other callers in the same process) it leaves the collector alone."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pytest

from briefer.cli import main


def test_given_arguments_leave_the_collector_alone(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = gc.get_freeze_count()
    assert main(["pairs", "--json", "--store", str(demo_store)]) == 0
    assert json.loads(capsys.readouterr().out)["pairs"]
    assert gc.get_freeze_count() == before


def test_the_processs_own_command_freezes_before_exit(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["briefer", "pairs", "--json", "--store", str(demo_store)])
    try:
        assert main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the test process goes on
    assert json.loads(capsys.readouterr().out)["pairs"]
