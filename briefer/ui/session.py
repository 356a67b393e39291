"""The open brief: its current state, its undo history, its warnings, and autosave.

Every edit goes through a command on :attr:`BriefSession.undo_stack`; each change of the
brief schedules a save (debounced) that runs in the background through
``Services.save_brief``, which also returns the warnings recomputed for what was saved.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefer.domain.brief import Brief, Warning
from briefer.domain.model import Fact
from briefer.errors import BrieferError, StaleBriefError
from briefer.ui.ops import Op, Runner

if TYPE_CHECKING:
    from briefer.services import Services


log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 800


class BriefSession(QObject):
    opened = Signal()  # a brief was opened (or closed: brief is None)
    briefChanged = Signal(object, object)  # the brief, the item uuid to show (or None)
    warningsChanged = Signal(object)  # tuple of Warning
    # "saving" | "saved" | "failed" | "conflict" (saved elsewhere meanwhile), detail
    saveStateChanged = Signal(str, str)
    factsAdded = Signal()

    def __init__(self, services: Services, runner: Runner, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.brief_uuid: str | None = None
        self.brief: Brief | None = None
        self.facts: dict[str, Fact] = {}
        self.warnings: tuple[Warning, ...] = ()
        self.undo_stack = QUndoStack(self)
        self._saved: Brief | None = None  # the brief as last written to the store
        self._saving: Brief | None = None  # the brief a background save is writing
        self._save_op: Op | None = None  # the latest background save (flush waits for it)
        self.revision = 0  # the stored revision our edits are based on
        self._landed: tuple[str, Brief, int] | None = None  # a background save that landed
        self.save_error = ""  # why the last save failed ("" when it did not)
        self.conflict = False  # the brief was saved elsewhere since we loaded it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_in_background)
        self.bug_handler = None  # set by the window: shows a "this is a bug" dialog

    # ---- opening -----------------------------------------------------------------------

    def open(self, brief_uuid: str, brief: Brief, facts: Mapping[str, Fact]) -> None:
        """Show a brief just created or loaded (already in the store)."""
        self.flush()
        self.undo_stack.clear()
        self.brief_uuid = brief_uuid
        self.brief = brief
        self._saved = brief
        self.revision = brief.revision
        self.save_error = ""
        self.conflict = False
        self.facts = dict(facts)
        self.warnings = tuple(brief.warnings)
        self.opened.emit()
        self.briefChanged.emit(brief, None)
        self.warningsChanged.emit(self.warnings)

    def close_brief(self) -> None:
        self.flush()
        self.undo_stack.clear()
        self.brief_uuid = None
        self.brief = None
        self._saved = None
        self.revision = 0
        self.save_error = ""
        self.conflict = False
        self.warnings = ()
        self.opened.emit()
        self.briefChanged.emit(None, None)
        self.warningsChanged.emit(())

    def recheck(self) -> None:
        """Recompute the open brief's warnings (a source was edited, say), off the UI thread."""
        if self.brief is None:
            return
        brief, uuid, services = self.brief, self.brief_uuid, self.services

        def done(warnings: tuple) -> None:
            if uuid == self.brief_uuid:
                self.warnings = tuple(warnings)
                self.warningsChanged.emit(self.warnings)

        self.runner.run(lambda: services.brief_warnings(brief), done, writes=False)

    @property
    def is_open(self) -> bool:
        return self.brief is not None

    def remember_facts(self, facts: Iterable[Fact]) -> None:
        """Facts the brief now cites (added from the browser), so their words can be shown."""
        new = {f.uuid: f for f in facts if f.uuid not in self.facts}
        if new:
            self.facts.update(new)
            self.factsAdded.emit()

    # ---- editing ----------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> bool:
        """Do an edit (undoably); an edit that changes nothing is not recorded."""
        if self.brief is None or not getattr(command, "changes_anything", True):
            return False
        self.undo_stack.push(command)
        return True

    def apply(self, brief: Brief, focus: str | None = None) -> None:
        """Called by commands (redo/undo) only."""
        self.brief = brief
        self.briefChanged.emit(brief, focus)
        self._timer.start()

    # ---- saving ------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.brief is not None and self.brief is not self._saved

    @property
    def saving(self) -> bool:
        return self._saving is not None

    def save_in_background(self) -> None:
        if not self.dirty or self.brief_uuid is None or self.brief is None or self.conflict:
            return
        if self._saving is not None:  # one save at a time; the next starts when it ends
            self._timer.start()
            return
        brief, uuid, services, base = self.brief, self.brief_uuid, self.services, self.revision
        self._saving = brief
        self.saveStateChanged.emit("saving", "")

        def work() -> Brief:
            saved = services.save_brief(uuid, brief, base)
            # Noted here, on the worker, not only in done(): a flush() that waits for this
            # save must know its new revision before done() is delivered on the UI thread.
            self._landed = (uuid, brief, saved.revision)
            return saved

        def done(saved: Brief) -> None:
            self._saving = None
            if uuid != self.brief_uuid:
                return
            self._take_landed()
            self.save_error = ""
            self.warnings = tuple(saved.warnings)
            self.warningsChanged.emit(self.warnings)
            self.saveStateChanged.emit("saved", "")
            if self.dirty:
                self._timer.start()

        def failed(exc: BaseException) -> None:
            self._saving = None
            if uuid != self.brief_uuid:
                return
            self._record_failure(exc)
            if not isinstance(exc, BrieferError) and self.bug_handler is not None:
                self.bug_handler(exc)

        self._save_op = self.runner.run(work, done, failed, name=self.tr("Saving the brief"))

    def _take_landed(self) -> None:
        """Adopt a background save that reached the store (its brief and new revision)."""
        landed, self._landed = self._landed, None
        if landed is not None and landed[0] == self.brief_uuid and landed[2] > self.revision:
            self._saved = landed[1]
            self.revision = landed[2]

    def _record_failure(self, exc: BaseException) -> None:
        if isinstance(exc, StaleBriefError):
            self.conflict = True
            self.save_error = str(exc)
            self.saveStateChanged.emit("conflict", self.save_error)
            return
        self.save_error = str(exc) if isinstance(exc, BrieferError) else type(exc).__name__
        self.saveStateChanged.emit("failed", self.save_error)

    def flush(self) -> None:
        """Save now, on this thread, if anything is unsaved (closing, switching briefs).

        Raises the failure (a StaleBriefError when the brief was saved elsewhere meanwhile)
        after recording it, so the caller can ask the officer what to do.
        """
        self._timer.stop()
        # Only the brief's own save is waited for (a search or an import is not: quitting
        # must not wait for them, see Runner.settle_for_quit). No timeout: a timed wait never
        # returns under faketime, and a save is one short transaction.
        if self._save_op is not None:
            self._save_op.returned.wait()
        self._take_landed()
        if not self.dirty or self.brief_uuid is None or self.brief is None:
            return
        try:
            saved = self.services.save_brief(self.brief_uuid, self.brief, self.revision)
        except Exception as exc:
            self._record_failure(exc)
            raise
        self._saved = self.brief
        self.revision = saved.revision
        self.save_error = ""
        self.warnings = tuple(saved.warnings)
        self.saveStateChanged.emit("saved", "")

    # ---- a brief saved elsewhere meanwhile ---------------------------------------------

    def reload(self) -> None:
        """Drop our unsaved edits and show the brief as it is now stored."""
        uuid = self.brief_uuid
        if uuid is None:
            return
        self._timer.stop()
        self.runner.wait()
        brief = self.services.load_brief(uuid)
        if brief is None:
            self.close_brief()
            return
        facts = self.services.facts_by_uuid(brief.cited_fact_uuids())
        self._saved = None
        self.brief = None  # nothing of ours left to save
        self.open(uuid, brief, facts)
        self.saveStateChanged.emit("saved", "")

    def keep_as_copy(self) -> str:
        """Save our version under a new uuid and carry on editing it; the other stays as is."""
        if self.brief is None:
            return ""
        self._timer.stop()
        self.runner.wait()
        uuid, saved = self.services.save_brief_as_copy(self.brief)
        facts = dict(self.facts)
        self._saved = None
        self.brief = None
        self.open(uuid, saved, facts)
        self.saveStateChanged.emit("saved", "")
        return uuid
