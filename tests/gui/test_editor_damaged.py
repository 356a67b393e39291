"""Start-up on a damaged store: the window offers to restore the newest good backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui


def test_damaged_store_offers_restore(qapp, qtbot, demo_store: Path) -> None:
    from briefer.store.backup import backup_after_changes, newest_good_backup
    from briefer.store.connection import open_store
    from briefer.ui.app import Controller, close_services
    from tests.gui.conftest import set_ui_language

    open_store(demo_store).close()
    backup_after_changes(demo_store)  # the automatic backup after the last session
    assert newest_good_backup(demo_store) is not None
    data = demo_store.read_bytes()
    demo_store.write_bytes(data[: len(data) // 2])  # truncated: damaged

    set_ui_language("en")
    controller = Controller(demo_store)
    window = controller.build_window()
    try:
        window.show()
        window.start()
        qtbot.waitUntil(lambda: getattr(window, "damaged_box", None) is not None, timeout=10_000)
        box = window.damaged_box
        assert box.text()
        restore = next(b for b in box.buttons() if b.text().startswith("Restore the backup"))
        assert any(b.text() == "Quit" for b in box.buttons())
        restore.click()
        qtbot.waitUntil(lambda: window.is_ready, timeout=15_000)
        assert window.pair_combo.findData("VN-PE") >= 0
        assert isinstance(box, QMessageBox)
    finally:
        window.runner.wait()
        window.close()
        window.runner.wait()
        close_services(controller.services)
        window.deleteLater()
