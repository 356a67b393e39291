"""Start-up on a store that cannot be opened: the window offers the newest good backup."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui


@contextlib.contextmanager
def offered_box(qtbot, store: Path) -> Iterator:
    """The app started on ``store``; yields (window, the way-out box it shows)."""
    from briefer.ui.app import Controller, close_services
    from tests.gui.conftest import set_ui_language

    set_ui_language("en")
    controller = Controller(store)
    window = controller.build_window()
    try:
        window.show()
        window.start()
        qtbot.waitUntil(lambda: getattr(window, "damaged_box", None) is not None, timeout=10_000)
        yield window, window.damaged_box
    finally:
        window.runner.wait()
        window.close()
        window.runner.wait()
        close_services(controller.services)
        window.deleteLater()


def _restore(qtbot, window, box) -> None:
    restore = next(b for b in box.buttons() if b.text().startswith("Restore the backup"))
    restore.click()
    qtbot.waitUntil(lambda: window.is_ready, timeout=15_000)


def test_damaged_store_offers_restore(qapp, qtbot, demo_store: Path) -> None:
    from briefer.services import Services
    from briefer.store.backups.catalogue import newest_good_backup

    services = Services(demo_store)
    services.backup_now()
    services.close()
    assert newest_good_backup(demo_store) is not None
    data = demo_store.read_bytes()
    demo_store.write_bytes(data[: len(data) // 2])  # truncated: damaged

    with offered_box(qtbot, demo_store) as (window, box):
        assert box.text()
        assert isinstance(box, QMessageBox)
        assert any(b.text() == "Quit" for b in box.buttons())
        _restore(qtbot, window, box)
        assert window.pair_combo.findData("VN-PE") >= 0


def test_missing_store_with_backups_offers_the_newest_instead_of_a_demo(
    qapp, qtbot, demo_store: Path
) -> None:
    from briefer.services import Services

    services = Services(demo_store)
    services.new_brief("VN-CL", "fact-sheet", "vi")  # work the officer would lose
    backup = services.backup_now()
    services.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{demo_store}{suffix}").unlink(missing_ok=True)

    with offered_box(qtbot, demo_store) as (window, box):
        assert "missing" in box.text() and backup.label in box.text()
        assert not demo_store.exists()  # no demo store was made in its place
        _restore(qtbot, window, box)
        assert window.recent and window.recent[0].brief_type == "fact-sheet"
