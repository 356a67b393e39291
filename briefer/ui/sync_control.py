"""File → Sync with hub: sync off the UI thread with progress and Cancel, "last synced" in the
status bar, the sync conflicts to settle, and the classified-store setting.

:class:`SyncControl` is built once by the main window, which places its actions (File menu)
and its label (status bar); ``factsChanged`` says a settled conflict changed facts. The sync
itself runs in the window's runner (a worker thread with its own store connection); widgets
are touched only in the callbacks. A hub that cannot be reached is one sentence, and work
goes on offline.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from briefer.errors import BrieferError
from briefer.lazy import OnFirstUse
from briefer.ui.bugs import handle_failure

if TYPE_CHECKING:
    from briefer.services import sync as sync_service
    from briefer.ui.main_window import MainWindow
else:  # the hub's client (psycopg) loads on first use, after the window shows
    sync_service = OnFirstUse("briefer.services.sync")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncControl", text)


class SyncControl(QObject):
    """Owns the sync actions, the status-bar label and the conflicts dialog of one window."""

    factsChanged = Signal()  # a settled conflict changed facts in the store

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.status: sync_service.SyncStatus | None = None
        self._last_hub_url: str | None = None  # in memory only, never written anywhere
        self.progress: QProgressDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self._cancel = threading.Event()
        self.running = False
        self.label = QLabel(window)
        self.label.setObjectName("syncState")
        self.sync_action = QAction(_tr("Sync with hub…"), window)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.setToolTip(
            _tr("Send your changes to the shared hub and get everyone else's")
        )
        self.sync_action.triggered.connect(lambda _c=False: self.start())
        self.conflicts_action = QAction(_tr("Sync conflicts…"), window)
        self.conflicts_action.triggered.connect(lambda _c=False: self.show_conflicts())
        self.classified_action = QAction(_tr("Make this store classified…"), window)
        self.classified_action.setToolTip(
            _tr("An air-gapped store never syncs over a network and takes facts from packs")
        )
        self.classified_action.triggered.connect(lambda _c=False: self.make_classified())
        # The window adds them (shortcuts) and puts them in its File menu.
        self.actions = [self.sync_action, self.conflicts_action, self.classified_action]
        self.refresh()

    # ---- status ------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.window.services
        self.window.runner.run(
            lambda: sync_service.status(services), self._show_status, writes=False
        )

    def _show_status(self, status: sync_service.SyncStatus) -> None:
        self.status = status
        if status.classified:
            text = _tr("Classified store: never syncs")
        elif status.last_synced:
            when = status.last_synced.replace("T", " ").replace("Z", " UTC")
            text = _tr("Last synced {0}").format(when)
        elif status.hub:
            text = _tr("Not synced yet")
        else:
            text = ""
        if status.open_conflicts:
            text += _tr(" — {0} conflicts").format(status.open_conflicts)
        self.label.setText(text)
        self.sync_action.setEnabled(not status.classified and not self.running)
        self.classified_action.setEnabled(not status.classified and not status.hub)

    # ---- syncing -----------------------------------------------------------------------

    def start(self, hub_url: str | None = None) -> None:
        if self.running:
            return
        # The hub this window last synced with: its status may still be loading.
        hub_url = hub_url or self._last_hub_url
        if hub_url is None and (self.status is None or not self.status.hub):
            hub_url, ok = QInputDialog.getText(
                self.window,
                _tr("Sync with hub"),
                _tr("Hub address (e.g. service=ministry or postgresql://you@hub/briefer):"),
            )
            if not ok or not hub_url.strip():
                return
            hub_url = hub_url.strip()
        if hub_url:
            self._last_hub_url = hub_url
        self.running = True
        self.sync_action.setEnabled(False)
        self._cancel.clear()
        self.progress = QProgressDialog(
            _tr("Syncing with the hub…"), _tr("Cancel"), 0, 100, self.window
        )
        self.progress.setWindowTitle(_tr("Sync"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel.set)
        services, cancel = self.window.services, self._cancel

        def work(report: Any) -> sync_service.SyncResult:
            def progress(stage: str, done: int, total: int) -> None:
                report(stage, done / max(total, 1))

            return sync_service.sync(services, hub_url, progress=progress, cancelled=cancel.is_set)

        self.window.runner.run(
            work,
            self._synced,
            self._failed,
            self._progressed,
            name=self.tr("A sync with the team hub"),
        )

    def _progressed(self, stage: str, fraction: float) -> None:
        if self.progress is None:
            return
        labels = {"pull": _tr("Receiving changes…"), "push": _tr("Sending your changes…")}
        self.progress.setLabelText(labels.get(stage, _tr("Syncing with the hub…")))
        self.progress.setValue(int(100 * fraction))

    def _finish(self) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.refresh()

    def _synced(self, result: sync_service.SyncResult) -> None:
        self._finish()
        message = _tr("Synced: sent {0}, received {1}, {2} conflicts.").format(
            result.pushed, result.pulled, result.conflicts
        )
        self.window.statusBar().showMessage(message, 10_000)
        if result.pulled and getattr(self.window, "editor_mode", None) is not None:
            self.window.editor_mode.facts_changed()
        if result.conflicts:
            self.show_conflicts()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, BrieferError):  # e.g. the hub cannot be reached: work goes on
            self.window.statusBar().showMessage(str(exc), 15_000)
        handle_failure(self.window, exc)  # one sentence, or the report-a-bug path

    # ---- conflicts and the classified setting ------------------------------------------

    def show_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.window, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflicts_dialog = dialog
        dialog.open()
        dialog.reload()
        return dialog

    def make_classified(self) -> None:
        answer = QMessageBox.question(
            self.window,
            _tr("Classified store"),
            _tr(
                "A classified store never syncs over a network and takes facts only from "
                "pack files. This cannot be undone. Make this store classified?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = self.window.services
        self.window.runner.run(
            lambda: sync_service.make_classified(services), lambda _r: self.refresh()
        )


class ConflictsDialog(QDialog):
    """Conflicts from sync and packs, one per row; keep local, the hub's/pack's, or both."""

    COLUMNS = ("#", "origin", "fields", "here", "incoming")

    def __init__(self, window: MainWindow, control: SyncControl) -> None:
        super().__init__(window)
        self.window_ = window
        self.control = control
        self.conflicts: list[sync_service.Conflict] = []
        self.setWindowTitle(_tr("Conflicts"))
        self.resize(900, 400)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("syncConflicts")
        self.table.setHorizontalHeaderLabels(
            [_tr("#"), _tr("From"), _tr("Fields"), _tr("This computer"), _tr("Incoming")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        self.keep_buttons: dict[str, QPushButton] = {}
        for keep, text in (
            ("local", _tr("Keep mine")),
            ("incoming", _tr("Keep incoming")),
            ("both", _tr("Keep both")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, k=keep: self.resolve(k))
            buttons.addWidget(button)
            self.keep_buttons[keep] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)

    def reload(self) -> None:
        services = self.window_.services
        self.window_.runner.run(lambda: sync_service.conflicts(services), self._show, writes=False)

    def _show(self, conflicts: list[sync_service.Conflict]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            values = (
                str(c.id),
                c.by or c.source,
                ", ".join(c.fields),
                c.local_statement or _tr("(deleted)"),
                c.incoming_statement or _tr("(deleted)"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if conflicts:
            self.table.selectRow(0)

    def resolve(self, keep: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict_id = self.conflicts[row].id
        services = self.window_.services

        def done(sentence: str) -> None:
            self.window_.statusBar().showMessage(sentence, 8000)
            self.reload()
            self.control.refresh()
            self.control.factsChanged.emit()

        self.window_.runner.run(
            lambda: sync_service.resolve(services, conflict_id, keep), done, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        handle_failure(self, exc)
