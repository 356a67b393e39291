"""File → Share with the team, and File → Team briefs…: briefs shared through the hub.

"Share with the team" marks the open brief as shared (checked) or not; the next sync sends
it, or removes it from the hub. "Team briefs…" lists the briefs others shared, received at
the last sync, and duplicates one into a brief of the officer's own, which opens. Every
call goes through :mod:`briefer.sync_service` in the window's runner (off the UI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from briefer import sync_service
from briefer.ui.bugs import handle_failure

if TYPE_CHECKING:
    from briefer.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharedBriefs", text)


class SharedBriefs:
    """Owns the two actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.share_action = QAction(_tr("Share with the team"), window)
        self.share_action.setObjectName("shareBriefAction")
        self.share_action.setCheckable(True)
        self.share_action.setToolTip(
            _tr("Send this brief to the shared hub at the next sync, for the team to read")
        )
        self.share_action.triggered.connect(self.set_shared)
        self.team_action = QAction(_tr("Team briefs…"), window)
        self.team_action.setObjectName("teamBriefsAction")
        self.team_action.setToolTip(_tr("Briefs your team shared; copy one to work on it"))
        self.team_action.triggered.connect(lambda _c=False: self.show_team_briefs())
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        menu = next((m for m in menus if window.delete_brief_action in m.actions()), None)
        for action in (self.share_action, self.team_action):
            window.addAction(action)
            if menu is not None:
                menu.insertAction(window.delete_brief_action, action)
        if menu is not None:
            menu.aboutToShow.connect(self._enable)
        window.briefOpened.connect(self._opened)
        self._enable()

    def _enable(self) -> None:
        self.share_action.setEnabled(self.window.session.brief_uuid is not None)

    def _opened(self, brief_uuid: str) -> None:
        self._enable()
        self.share_action.setChecked(False)  # until the store says otherwise
        services = self.window.services
        self.window.runner.run(
            lambda: sync_service.is_brief_shared(services, brief_uuid),
            lambda shared: self._show_shared(brief_uuid, bool(shared)),
        )

    def _show_shared(self, brief_uuid: str, shared: bool) -> None:
        if self.window.session.brief_uuid == brief_uuid:
            self.share_action.setChecked(shared)

    def set_shared(self, shared: bool) -> None:
        brief_uuid = self.window.session.brief_uuid
        if brief_uuid is None:
            self.share_action.setChecked(False)
            return
        services = self.window.services

        def done(title: str) -> None:
            self._show_shared(brief_uuid, shared)
            message = (
                _tr("“{0}” is shared with the team from the next sync.")
                if shared
                else _tr("“{0}” is no longer shared; the next sync removes it from the hub.")
            )
            self.window.statusBar().showMessage(message.format(title), 10_000)

        def failed(exc: BaseException) -> None:
            self._show_shared(brief_uuid, not shared)
            handle_failure(self.window, exc)

        self.window.runner.run(
            lambda: sync_service.share_brief(services, brief_uuid, shared), done, failed
        )

    def show_team_briefs(self) -> None:
        services = self.window.services
        self.window.runner.run(lambda: sync_service.team_briefs(services), self._choose)

    def _choose(self, found: list[sync_service.TeamBrief]) -> None:
        if not found:
            self.window.statusBar().showMessage(
                _tr("No briefs shared by the team yet (they arrive when you sync)."), 10_000
            )
            return
        labels = [
            _tr("{0} — {1} — {2} (shared by {3})").format(b.title, b.pair, b.brief_date, b.owner)
            for b in found
        ]
        label, ok = QInputDialog.getItem(
            self.window,
            _tr("Team briefs"),
            _tr("Shared briefs are read-only; choose one to copy into your own briefs:"),
            labels,
            0,
            False,
        )
        if ok and label in labels:
            self.copy(found[labels.index(label)].uuid)

    def copy(self, brief_uuid: str) -> None:
        """Duplicate a team brief into the officer's own briefs and open the copy."""
        services = self.window.services

        def done(result: tuple[str, object]) -> None:
            self.window.refresh_recent()
            self.window.open_brief(result[0])

        self.window.runner.run(
            lambda: sync_service.copy_team_brief(services, brief_uuid),
            done,
            lambda exc: handle_failure(self.window, exc),
        )


def install(window: MainWindow) -> SharedBriefs:
    control = SharedBriefs(window)
    window.shared_briefs = control
    return control
