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


def test_share_with_the_team_and_copy_a_team_brief(make_window, hub: Hub, tmp_path: Path, qtbot):  # noqa: F811
    from briefer.services import sync as sync_service
    from tests.gui.helpers import new_brief
    from tests.hub.test_shared_briefs import _brief

    olga = Laptop(tmp_path / "olga.sqlite", "olga", hub.url("olga"))
    theirs = _brief(olga, "Chuyến thăm Peru")
    sync_service.share_brief(olga.services, theirs)
    olga.sync()
    olga.close()

    window = make_window("en")
    shared = window.shared_briefs
    # The open brief is shared from the File menu, through the runner.
    assert not shared.share_action.isEnabled()  # no brief open yet
    new_brief(window, qtbot, "VN-CL", "state-visit", "vi")
    mine = window.session.brief_uuid
    assert shared.share_action.isEnabled() and not shared.share_action.isChecked()
    shared.share_action.trigger()
    qtbot.waitUntil(lambda: "shared with the team" in window.statusBar().currentMessage())
    assert shared.share_action.isChecked()
    assert sync_service.is_brief_shared(window.services, mine)

    control = window.sync_control
    control.start(hub.url("bob"))  # an editor's laptop (the demo facts travel too)
    qtbot.waitUntil(lambda: not control.running, timeout=30_000)
    with psycopg_connect(hub) as conn:
        owners = dict(conn.execute("SELECT uuid, owner FROM hub_object WHERE kind = 'brief'"))
    assert owners == {theirs: "olga", mine: "bob"}

    # Olga's brief arrived read-only; copying it makes a brief of one's own, opened.
    assert [b.uuid for b in sync_service.team_briefs(window.services)] == [theirs]
    shared.copy(theirs)
    qtbot.waitUntil(
        lambda: (
            window.session.brief_uuid not in (None, mine)
            and window.session.brief is not None
            and window.session.brief.title == "Chuyến thăm Peru"
        ),
        timeout=10_000,
    )
    assert window.session.brief_uuid != theirs
    assert not shared.share_action.isChecked()  # the copy is not shared unless chosen


def psycopg_connect(hub: Hub):  # type: ignore[no-untyped-def]
    import psycopg

    from tests.hub.conftest import SUPERUSER

    return psycopg.connect(hub.url(SUPERUSER))
