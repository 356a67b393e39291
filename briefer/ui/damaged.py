"""A store that cannot be opened at start-up: say what is wrong in one or two sentences and
offer the way out the reliability layer proposes (restore the newest good backup, or quit).

The classification (:meth:`Services.damaged_store_way_out`) and the restore run in the
background; the dialog only shows their answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from briefer.ui.bugs import handle_failure, show_error

if TYPE_CHECKING:
    from briefer.ui.main_window import MainWindow


def offer_way_out(window: MainWindow, error: BaseException) -> None:
    """Ask the reliability layer what to offer for ``error``, then show the choice."""
    services = window.services

    def shown(way) -> None:
        window.damaged_box = way_out_box(window, way)

    def failed(_exc: BaseException) -> None:  # no way out known: the sentence and the CLI hint
        hint = QCoreApplication.translate(
            "DamagedStore", "To go back to a backup, run: briefer restore"
        )
        show_error(window, f"{error}\n\n{hint}")

    window.runner.run(lambda: services.damaged_store_way_out(error), shown, failed)


def way_out_box(window: MainWindow, way) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("DamagedStore", "The store cannot be used"),
        way.message or way.problem,
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("damagedStoreBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    restore = None
    if "restore" in way.actions and way.backup is not None:
        when = way.backup.created_at.strftime("%Y-%m-%d %H:%M")
        restore = box.addButton(
            QCoreApplication.translate("DamagedStore", "Restore the backup of {0}").format(when),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedStore", "To go back to a backup, run: briefer restore"
            )
        )
    quit_button = box.addButton(
        QCoreApplication.translate("DamagedStore", "Quit"), QMessageBox.ButtonRole.RejectRole
    )

    def clicked(button) -> None:
        if button is restore:
            restore_backup(window, way.backup)
        elif button is quit_button:
            window.close()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def restore_backup(window: MainWindow, backup) -> None:
    services = window.services

    def done(result) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "DamagedStore", "Restored the backup {0}; the damaged store was set aside."
            ).format(result.restored_from.path.name),
            10000,
        )
        window.new_action.setEnabled(True)
        window.start()

    window.runner.run(
        lambda: services.restore(backup), done, lambda exc: handle_failure(window, exc)
    )
