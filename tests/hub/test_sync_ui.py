"""The app's Sync action against a real hub: off the UI thread, "last synced" shown, pulled
facts visible, conflicts listed, and an unreachable hub is one sentence (work goes on)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from tests.gui.conftest import make_window  # noqa: F401  (the fixture)
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop

pytestmark = pytest.mark.gui


def test_sync_action_pulls_and_shows_last_synced(make_window, hub: Hub, tmp_path: Path, qtbot):  # noqa: F811
    alice = Laptop(tmp_path / "alice.sqlite", "alice", hub.url("alice"))
    source = alice.add_source()
    uuid = alice.add_fact("Kim ngạch đạt 1,3 tỷ USD.", source, status="approved")
    alice.sync()
    alice.close()

    window = make_window("en")
    control = window.sync_control
    assert control.sync_action.isEnabled()
    control.start(hub.url("bob"))
    qtbot.waitUntil(lambda: not control.running, timeout=30_000)
    qtbot.waitUntil(lambda: control.label.text().startswith("Last synced"), timeout=10_000)
    assert window.services.fact(uuid) is not None  # Alice's fact arrived
    assert "Synced" in window.statusBar().currentMessage()

    # A hub that cannot be reached: one sentence, and the app goes on working.
    control.start("postgresql://bob@127.0.0.1:1/nothing")
    qtbot.waitUntil(lambda: not control.running, timeout=30_000)
    assert "cannot be reached" in window.statusBar().currentMessage()
    assert window.services.fact(uuid) is not None


def test_conflicts_dialog_settles_a_sync_conflict(make_window, hub: Hub, tmp_path: Path, qtbot):  # noqa: F811
    alice = Laptop(tmp_path / "alice.sqlite", "alice", hub.url("alice"))
    source = alice.add_source()
    uuid = alice.add_fact("Kim ngạch đạt 1,3 tỷ USD.", source, status="approved")
    alice.sync()
    window = make_window("en")
    control = window.sync_control
    control.start(hub.url("bob"))
    qtbot.waitUntil(lambda: not control.running, timeout=30_000)
    alice.set(uuid, "period", "2024")
    alice.sync()
    alice.close()
    from briefer.services import sync as sync_service

    sync_service.set_fact_field(window.services, uuid, "period", "2023")
    control.start()
    qtbot.waitUntil(lambda: control.conflicts_dialog is not None, timeout=30_000)
    dialog = control.conflicts_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "period"
    dialog.keep_buttons["incoming"].click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    fact = window.services.fact(uuid)
    assert fact is not None and fact.period == "2024"
    dialog.close()
