"""GUI test fixtures: offscreen Qt, one copy of the demo store and one settings file per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent


def set_ui_language(lang: str) -> None:
    from briefer.ui import settings as keys
    from briefer.ui.settings import open_settings

    settings = open_settings()
    settings.setValue(keys.UI_LANGUAGE, lang)
    settings.sync()


@pytest.fixture
def make_window(qapp, qtbot, demo_store: Path):
    """Build, show and start a main window on the test's store; closed at teardown."""
    from briefer.ui.app import Controller, close_services

    controllers = []

    def make(lang: str = "en", store: Path = demo_store):
        set_ui_language(lang)
        controller = Controller(store)
        controllers.append(controller)
        window = controller.build_window()  # closed and deleted below, not by qtbot
        # A brief that cannot be saved at closing asks the officer (a modal dialog); tests
        # answer "quit without saving" unless they replace this to check the question.
        window.unsaved_questions = []
        window.ask_unsaved = lambda reason, w=window: (
            w.unsaved_questions.append(reason) or "discard"
        )
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.is_ready, timeout=60_000)
        return window

    yield make
    for controller in controllers:
        window = controller.window
        if window is not None and window.isVisible():
            window.close()
        if window is not None:
            window.runner.wait()
            window.deleteLater()
        close_services(controller.services)
    # Delete the windows here, on the GUI thread: left to the garbage collector, a window
    # could be destroyed later from whatever thread happens to trigger a collection.
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    controllers.clear()
    gc.collect()


@pytest.fixture
def window(make_window):
    return make_window("en")
