"""The main window: a thin frame composing the areas and wiring them with signals.

- :class:`~briefer.ui.window_actions.WindowActions`: the actions, menus and toolbar;
- :class:`~briefer.ui.brief_files.BriefFiles`: the session's side (new, open, recent,
  delete, export, print; the "changed elsewhere" choice);
- :class:`~briefer.ui.prepare.PrepareArea` with :class:`~briefer.ui.prepare_edits.BriefEdits`:
  the officer's brief (outline, item editor, fact browser, source pane) and its edits;
- :class:`~briefer.ui.editor_mode.EditorMode`: the editors' Curate tab and fact packs;
- :class:`~briefer.ui.sync_control.SyncControl`: the shared hub.
- :class:`~briefer.ui.shared_briefs.SharedBriefs`: briefs shared with the team.

The window owns what is the window's: the warnings dock, the status bar, its title, the
interface language, the geometry, and closing (nothing is lost without a word). Nothing
here reads the store directly: every store call runs as a background operation
(:class:`briefer.ui.ops.Runner`). The window is cheap to build: the store is first touched
by :meth:`MainWindow.start`, after ``show()``.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox

import briefer
from briefer.domain import brief_edits as editing
from briefer.domain.brief import Brief, Warning
from briefer.errors import BrieferError, StoreError
from briefer.ui import settings as keys
from briefer.ui.brief_files import BriefFiles
from briefer.ui.bugs import handle_failure, log_path, report_bug, show_error
from briefer.ui.editor_mode import EditorMode
from briefer.ui.icons import icon
from briefer.ui.ops import Runner
from briefer.ui.prepare import PrepareArea
from briefer.ui.prepare_edits import BriefEdits
from briefer.ui.session import BriefSession
from briefer.ui.shared_briefs import SharedBriefs
from briefer.ui.store_watch import StoreWatch
from briefer.ui.sync_control import SyncControl
from briefer.ui.warnings_panel import WarningsPanel
from briefer.ui.window_actions import WindowActions

log = logging.getLogger(__name__)


def _forward(area: str, name: str) -> property:
    """``window.<name>`` read from the area that owns it (tests and tools use these)."""
    return property(lambda self: getattr(getattr(self, area), name))


class MainWindow(QMainWindow):
    ready = Signal()  # the store answered: pairs and recent briefs are loaded
    briefOpened = Signal(str)  # brief uuid
    languageChangeRequested = Signal(str)

    def __init__(self, services, settings, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.settings = settings
        self.ui_lang = ui_lang
        self.live_language_switch = False  # set by the controller that can rebuild the window

        self.runner = Runner(self)
        self.store_watch = StoreWatch(self)  # the command line changed the store meanwhile?
        self.runner.default_failure = self._failure
        self.runner.interrupter = services.interrupt
        self.session = BriefSession(services, self.runner, self)
        self.session.bug_handler = lambda exc: report_bug(self, exc)

        self.setWindowTitle("Briefer")
        self.window_actions = WindowActions(self, self.session.undo_stack, ui_lang)
        self.files = BriefFiles(services, self.runner, self.session, settings, ui_lang, self)
        self.toolbar = self.window_actions.build_toolbar(self.files.toolbar_fields())
        self.prepare = PrepareArea(
            services, self.runner, self.session, self.window_actions, ui_lang
        )
        self.edits = BriefEdits(self.session, self.prepare)
        self.editor_mode = EditorMode(services, self.runner, ui_lang, self.prepare, self)
        self.setCentralWidget(self.editor_mode.tabs)
        self._build_dock()
        self.sync_control = SyncControl(self)
        self.shared_briefs = SharedBriefs(services, self.runner, self.session, self)
        for action in (
            *self.editor_mode.actions,
            *self.sync_control.actions,
            *self.shared_briefs.actions,
        ):
            self.addAction(action)
        self.window_actions.build_menus(
            self.files.recent_menu,
            [self.editor_mode.file_actions, self.sync_control.actions, self.shared_briefs.actions],
            [self.warnings_toggle],
        )
        self._build_status()
        self._connect()
        self._restore_geometry()
        self._update_actions()
        self.prepare.editor.refresh(None, {})
        self.warnings_panel.set_warnings((), brief_open=False)

    # ==== what tests and tools reach through the window ====================================

    pairs = _forward("files", "pairs")
    recent = _forward("files", "recent")
    is_ready = _forward("files", "is_ready")
    pair_combo = _forward("files", "pair_combo")
    type_combo = _forward("files", "type_combo")
    lang_combo = _forward("files", "lang_combo")
    recent_menu = _forward("files", "recent_menu")
    store_label = _forward("files", "store_label")
    export_dialog = _forward("files", "export_dialog")
    preview_dialog = _forward("files", "preview_dialog")
    conflict_box = _forward("files", "conflict_box")
    outline = _forward("prepare", "outline")
    outline_model = _forward("prepare", "outline_model")
    editor = _forward("prepare", "editor")
    browser = _forward("prepare", "browser")
    source_pane = _forward("prepare", "source_pane")
    notice = _forward("prepare", "notice")
    splitter = _forward("prepare", "splitter")
    changed_since_export = _forward("prepare", "changed_since_export")
    new_button = _forward("window_actions", "new_button")
    language_actions = _forward("window_actions", "language_actions")
    new_action = _forward("window_actions", "new_action")
    export_action = _forward("window_actions", "export_action")
    print_action = _forward("window_actions", "print_action")
    delete_brief_action = _forward("window_actions", "delete_brief_action")
    quit_action = _forward("window_actions", "quit_action")
    undo_action = _forward("window_actions", "undo_action")
    redo_action = _forward("window_actions", "redo_action")
    add_text_action = _forward("window_actions", "add_text_action")
    add_point_action = _forward("window_actions", "add_point_action")
    delete_action = _forward("window_actions", "delete_action")
    up_action = _forward("window_actions", "up_action")
    down_action = _forward("window_actions", "down_action")
    add_fact_action = _forward("window_actions", "add_fact_action")
    cite_action = _forward("window_actions", "cite_action")
    find_action = _forward("window_actions", "find_action")
    about_action = _forward("window_actions", "about_action")
    log_action = _forward("window_actions", "log_action")

    # ==== building ==========================================================================

    def _build_dock(self) -> None:
        self.warnings_panel = WarningsPanel(self.ui_lang, self)
        dock = QDockWidget(self.tr("Warnings"), self)
        dock.setObjectName("warningsDock")
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        dock.setWidget(self.warnings_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [150], Qt.Orientation.Vertical)
        self.warnings_dock = dock
        self.warnings_toggle = dock.toggleViewAction()
        self.warnings_toggle.setText(self.tr("Warnings panel"))
        self.warnings_toggle.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self._dock_was_visible = False

    def _build_status(self) -> None:
        status = self.statusBar()
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveState")
        status.addPermanentWidget(self.save_label)
        status.addPermanentWidget(self.files.store_label)
        status.addPermanentWidget(self.editor_mode.missing_translations)
        status.addPermanentWidget(self.sync_control.label)

    def _connect(self) -> None:
        a, files, prepare, edits, mode = (
            self.window_actions, self.files, self.prepare, self.edits, self.editor_mode
        )  # fmt: skip
        for action, slot in (
            (a.new_action, files.new_brief),
            (a.export_action, self.open_export),
            (a.print_action, files.print_preview),
            (a.delete_brief_action, files.delete_brief),
            (a.quit_action, self.close),
            (a.add_text_action, edits.add_text_item),
            (a.add_point_action, edits.add_talking_point),
            (a.delete_action, edits.delete_items),
            (a.up_action, lambda: edits.step_item(-1)),
            (a.down_action, lambda: edits.step_item(1)),
            (a.add_fact_action, edits.add_selected_facts),
            (a.cite_action, edits.cite_selected_fact),
            (a.find_action, prepare.focus_search),
            (a.about_action, self.show_about),
            (a.log_action, self.open_log_folder),
        ):
            a.on_trigger(action, slot)
        a.languageChosen.connect(self.request_language)

        session = self.session
        session.briefChanged.connect(self._brief_changed)
        session.warningsChanged.connect(self._warnings_changed)
        session.saveStateChanged.connect(self._save_state)
        session.factsAdded.connect(prepare.refresh_outline)

        files.loaded.connect(self._loaded)
        files.storeFailed.connect(self._store_failed)
        files.pairsChanged.connect(self._pairs_changed)
        files.pairShown.connect(prepare.set_pair)
        files.opened.connect(self._opened)
        files.exported.connect(lambda: prepare.set_changed_since_export([]))
        files.marking.connect(edits.set_marking)
        files.titlePage.connect(edits.set_title_page)
        files.failed.connect(self._failure)

        prepare.selectionChanged.connect(self._update_actions)
        prepare.source_pane.sourceEdited.connect(lambda _source_id: session.recheck())
        self.warnings_panel.jumpRequested.connect(prepare.jump_to_warning)

        mode.factsChanged.connect(self.facts_changed)
        mode.curateShown.connect(self._curate_shown)
        self.sync_control.factsChanged.connect(self.facts_changed)
        shared = self.shared_briefs
        self.briefOpened.connect(shared.brief_opened)
        shared.copied.connect(lambda uuid: (files.refresh_recent(), files.open_brief(uuid)))
        for area in (files, prepare, edits, mode, shared):
            area.message.connect(self._show_message)

    # ==== start-up ==========================================================================

    def start(self) -> None:
        """Load the pairs and recent briefs in the background (call after ``show()``)."""
        self.files.start()

    def _loaded(self) -> None:
        self.ready.emit()
        self.store_watch.start()  # the mark of what the window now shows
        self.editor_mode.count_missing_translations()

    def _store_failed(self, exc: BaseException) -> None:
        self.window_actions.new_action.setEnabled(False)
        if isinstance(exc, StoreError):  # damaged, too new, busy…: offer the way out
            from briefer.ui.damaged import offer_way_out

            offer_way_out(self, exc)
            return
        handle_failure(self, exc)

    def _pairs_changed(self) -> None:
        self.editor_mode.set_pairs(self.files.pairs)
        self._update_actions()

    def facts_changed(self) -> None:
        """Facts changed in the store: refresh what the officer sees (pairs, the fact
        browser, the open brief's "changed since export" notice)."""
        services = self.services
        brief_uuid = self.session.brief_uuid

        def work():
            changed = services.changed_since_export(brief_uuid) if brief_uuid else []
            return services.last_change(), services.pairs(), changed

        def done(result) -> None:
            mark, pairs, changed = result
            self.store_watch.saw(mark)
            self.editor_mode.count_missing_translations()
            self.files.set_pairs(pairs)
            if brief_uuid and self.session.brief_uuid == brief_uuid:
                self.prepare.set_changed_since_export(changed)
            self.prepare.browser.search_now()

        self.runner.run(work, done, writes=False)

    # ==== the open brief ====================================================================

    def open_brief(self, brief_uuid: str) -> None:
        self.files.open_brief(brief_uuid)

    def open_export(self):
        return self.files.open_export()

    def _opened(self, uuid: str, changed: list[dict[str, object]]) -> None:
        self.prepare.set_changed_since_export(changed)
        if self.session.brief is not None:
            self.prepare.show_opened(self.session.brief)
        self.briefOpened.emit(uuid)

    def _brief_changed(self, brief: Brief | None, focus: str | None) -> None:
        self.prepare.show_brief(brief, focus)
        self._update_title()
        self._update_actions()

    def _warnings_changed(self, warnings: tuple[Warning, ...]) -> None:
        self.warnings_panel.set_warnings(warnings, self.session.brief is not None)
        self.prepare.show_warned(warnings)
        count = len(warnings)
        self.warnings_dock.setWindowTitle(
            self.tr("Warnings ({0})").format(count) if count else self.tr("Warnings")
        )

    def _save_state(self, state: str, detail: str) -> None:
        if state == "saving":
            self.save_label.setText(self.tr("Saving…"))
        elif state == "saved":
            self.save_label.setText(self.tr("All changes saved"))
        else:
            self.save_label.setText(self.tr("Not saved"))
            if detail:
                self.statusBar().showMessage(self.tr("Could not save: {0}").format(detail))
        self._update_title()
        if state == "conflict":
            self.files.offer_conflict_choice(detail)

    def _update_title(self) -> None:
        brief = self.session.brief
        if brief is None:
            self.setWindowTitle("Briefer")
            return
        title = f"{brief.title} — {brief.pair_label or brief.pair} — Briefer"
        if self.session.save_error:
            title = self.tr("{0} (not saved)").format(title)
        self.setWindowTitle(title)

    def _update_actions(self) -> None:
        brief = self.session.brief
        outline = self.prepare.outline
        self.window_actions.update(
            can_create=self.files.pair_combo.count() > 0,
            has_brief=brief is not None,
            has_item=outline.current_item_uuid() is not None,
            has_selection=bool(outline.selected_item_uuids()),
            has_talking_points=brief is not None
            and editing.section_for_topic(brief, "talking_points") is not None,
        )
        self.shared_briefs.update_enabled()

    def _curate_shown(self, curating: bool) -> None:
        # The warnings dock is about the open brief: out of the way while curating.
        dock = self.warnings_dock
        if curating:
            self._dock_was_visible = dock.isVisible()
            dock.hide()
        elif self._dock_was_visible:
            dock.show()

    def _show_message(self, text: str, timeout: int) -> None:
        self.statusBar().showMessage(text, timeout)

    # ==== language, help ==================================================================

    def request_language(self, lang: str) -> None:
        if lang == self.ui_lang:
            return
        self.settings.setValue(keys.UI_LANGUAGE, lang)
        if self.live_language_switch:
            self.languageChangeRequested.emit(lang)
        else:
            show_error(self, self.tr("The new language applies the next time Briefer starts."))

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Briefer"))
        box.setIconPixmap(icon("briefer").pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>Briefer {0}</b><br>Citation-linked briefing notes for official visits."
                "<br><br>Every factual sentence carries its source. Works offline."
            ).format(briefer.__version__)
        )
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def open_log_folder(self) -> None:
        folder = log_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failure(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        handle_failure(self, exc)

    # ==== closing ==========================================================================

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first run: 1440×900, or most of a smaller screen, centred
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 1440, 900
            if screen is not None and screen.width() > 0:
                width = min(width, int(screen.width() * 0.95))
                height = min(height, int(screen.height() * 0.92))
                self.setGeometry(
                    screen.x() + (screen.width() - width) // 2,
                    screen.y() + (screen.height() - height) // 2,
                    width,
                    height,
                )
            else:
                self.resize(width, height)
        state = self.settings.value(keys.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value(keys.SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.prepare.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.WINDOW_STATE, self.saveState())
        self.settings.setValue(keys.SPLITTER, self.prepare.splitter.saveState())
        self.settings.sync()

    def shutdown(self) -> bool:
        """Save everything; False if the officer chose to stay (the window stays open).

        A brief that cannot be saved is never dropped without a word: the officer is asked
        to try again, keep their version as a copy (when it was saved elsewhere meanwhile),
        quit without saving, or stay.
        """
        if not shiboken6.isValid(self):
            return True
        while True:
            try:
                self.session.flush()
                break
            except Exception as exc:
                choice = self.ask_unsaved(self.session.save_error or str(exc))
                if choice == "retry":
                    continue
                if choice == "copy":
                    try:
                        self.session.keep_as_copy()
                        break
                    except BrieferError as again:
                        show_error(self, str(again))
                        return False
                if choice == "discard":
                    break
                return False
        # Reads are abandoned; a write that cannot finish within a second is asked about.
        if not self.runner.settle_for_quit(self.ask_stop_writes):
            return False
        self.save_window_state()
        return True

    def ask_stop_writes(self, ops: list) -> bool:
        """Quitting while a change to the store is still running: True to stop it (nothing
        of it is kept) and quit, False to keep working. (Tests replace this method.)"""
        name = next((op.name for op in ops if op.name), "") or self.tr("A change to the store")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Still working"))
        box.setText(self.tr("{0} is still running.").format(name))
        box.setInformativeText(
            self.tr("Stopping it now keeps nothing of what it has not finished saving.")
        )
        stop = box.addButton(self.tr("Stop it and quit"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def ask_unsaved(self, reason: str) -> str:
        """Ask what to do with a brief that could not be saved: "retry", "copy", "discard"
        or "cancel". (Tests replace this method to answer without a dialog.)"""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The brief is not saved"))
        box.setText(self.tr("Your latest changes to this brief could not be saved."))
        box.setInformativeText(reason)
        answers = {}
        if self.session.conflict:
            copy = box.addButton(self.tr("Keep mine as a copy"), QMessageBox.ButtonRole.AcceptRole)
            answers[copy] = "copy"
            box.setDefaultButton(copy)
        else:
            retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
            answers[retry] = "retry"
            box.setDefaultButton(retry)
        discard = box.addButton(
            self.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        answers[discard] = "discard"
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        answers[cancel] = "cancel"
        box.exec()
        return answers.get(box.clickedButton(), "cancel")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.shutdown():
            event.ignore()
            return
        event.accept()
