"""File → Share with the team: a read of the shared state still on its way when the officer
chooses must not undo the choice (the window's runner finishes jobs in any order)."""

from __future__ import annotations

import threading

import pytest

from briefer.services import sync as sync_service
from tests.gui.helpers import new_brief

pytestmark = pytest.mark.gui


def test_a_late_read_of_the_shared_state_does_not_undo_sharing(
    make_window, qtbot, monkeypatch
) -> None:
    window = make_window("en")
    shared = window.shared_briefs
    release, returned = threading.Event(), threading.Event()
    real = sync_service.is_brief_shared

    def slow_read(services, brief_uuid):  # the store read as it was when the brief opened
        answer = real(services, brief_uuid)
        release.wait()  # no timeout: under faketime a timed wait never returns
        returned.set()
        return answer

    monkeypatch.setattr(sync_service, "is_brief_shared", slow_read)
    try:
        new_brief(window, qtbot, "VN-CL", "state-visit", "vi")
        assert not shared.share_action.isChecked()
        shared.share_action.trigger()
        qtbot.waitUntil(lambda: "shared with the team" in window.statusBar().currentMessage())
        assert shared.share_action.isChecked()
    finally:
        release.set()
    qtbot.waitUntil(returned.is_set, timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)  # its callback has run
    assert shared.share_action.isChecked()
    assert real(window.services, window.session.brief_uuid)
