"""File → Share with the team, and File → Team briefs…: briefs shared through the hub.

"Share with the team" marks the open brief as shared (checked) or not; the next sync sends
it, or removes it from the hub. "Team briefs…" lists the briefs others shared, received at
the last sync, and duplicates one into a brief of the officer's own, which opens. Every
call goes through :mod:`briefer.services.sync` in the window's runner (off the UI thread).

The main window builds it, places :attr:`SharedBriefs.actions` in its File menu, tells it when
a brief opens, and listens to ``copied`` (open the copy) and ``message`` (status bar).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from briefer.lazy import OnFirstUse
from briefer.ui.bugs import handle_failure

if TYPE_CHECKING:
    from briefer.services import Services
    from briefer.services import sync as sync_service
    from briefer.ui.ops import Runner
    from briefer.ui.session import BriefSession
else:  # the hub's client (psycopg) loads on first use, after the window shows
    sync_service = OnFirstUse("briefer.services.sync")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharedBriefs", text)


class SharedBriefs(QObject):
    """Owns the two actions of one window."""

    copied = Signal(str)  # the uuid of a team brief's new copy, to open
    message = Signal(str, int)  # one sentence for the status bar, and for how long (ms)

    def __init__(
        self, services: Services, runner: Runner, session: BriefSession, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.services = services
        self.runner = runner
        self.session = session
        self.share_action = QAction(_tr("Share with the team"), parent)
        self.share_action.setObjectName("shareBriefAction")
        self.share_action.setCheckable(True)
        self.share_action.setToolTip(
            _tr("Send this brief to the shared hub at the next sync, for the team to read")
        )
        self.share_action.triggered.connect(self.set_shared)
        self.team_action = QAction(_tr("Team briefs…"), parent)
        self.team_action.setObjectName("teamBriefsAction")
        self.team_action.setToolTip(_tr("Briefs your team shared; copy one to work on it"))
        self.team_action.triggered.connect(lambda _c=False: self.show_team_briefs())
        self.actions = [self.share_action, self.team_action]
        # Bumped by each opening and each choice: the runner's jobs may finish out of order,
        # and a read of the shared state started before a choice must not undo it.
        self._state_turn = 0
        self.update_enabled()

    def update_enabled(self) -> None:
        self.share_action.setEnabled(self.session.brief_uuid is not None)

    def brief_opened(self, brief_uuid: str) -> None:
        self.update_enabled()
        self.share_action.setChecked(False)  # until the store says otherwise
        services = self.services
        self._state_turn += 1
        turn = self._state_turn

        def read(shared: object) -> None:
            if turn == self._state_turn:  # no choice was made while the store was read
                self._show_shared(brief_uuid, bool(shared))

        self.runner.run(
            lambda: sync_service.is_brief_shared(services, brief_uuid), read, writes=False
        )

    def _show_shared(self, brief_uuid: str, shared: bool) -> None:
        if self.session.brief_uuid == brief_uuid:
            self.share_action.setChecked(shared)

    def set_shared(self, shared: bool) -> None:
        brief_uuid = self.session.brief_uuid
        if brief_uuid is None:
            self.share_action.setChecked(False)
            return
        self._state_turn += 1  # the choice outranks a read still on its way
        services = self.services

        def done(title: str) -> None:
            self._show_shared(brief_uuid, shared)
            message = (
                _tr("“{0}” is shared with the team from the next sync.")
                if shared
                else _tr("“{0}” is no longer shared; the next sync removes it from the hub.")
            )
            self.message.emit(message.format(title), 10_000)

        def failed(exc: BaseException) -> None:
            self._show_shared(brief_uuid, not shared)
            handle_failure(self.parent_widget, exc)

        self.runner.run(
            lambda: sync_service.share_brief(services, brief_uuid, shared), done, failed
        )

    def show_team_briefs(self) -> None:
        services = self.services
        self.runner.run(lambda: sync_service.team_briefs(services), self._choose, writes=False)

    def _choose(self, found: list[sync_service.TeamBrief]) -> None:
        if not found:
            self.message.emit(
                _tr("No briefs shared by the team yet (they arrive when you sync)."), 10_000
            )
            return
        labels = [
            _tr("{0} — {1} — {2} (shared by {3})").format(b.title, b.pair, b.brief_date, b.owner)
            for b in found
        ]
        label, ok = QInputDialog.getItem(
            self.parent_widget,
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
        services = self.services

        def done(result: tuple[str, object]) -> None:
            self.copied.emit(result[0])

        self.runner.run(
            lambda: sync_service.copy_team_brief(services, brief_uuid),
            done,
            lambda exc: handle_failure(self.parent_widget, exc),
        )
