"""The editors' side of the main window: a "Curate" tab beside the officer's "Brief" tab, and
File → Import articles… / Import fact pack… / Export fact pack….

:func:`install` is called once by the main window after it is built. It keeps the officer's
layout untouched (the brief workspace becomes the first tab) and loads nothing until the
Curate tab is first shown. After facts change (review, edits, a pack import) the officer's
pairs, fact browser and the open brief's "changed since export" notice are refreshed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QTabWidget

from briefer.ui.curate import CurateWorkspace
from briefer.ui.pack_dialogs import PACK_FILTER, ExportPackDialog, ImportPackDialog

if TYPE_CHECKING:
    from briefer.ui.main_window import MainWindow


class EditorMode:
    """Owns the Curate tab and the pack dialogs of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.pack_dialog: ImportPackDialog | ExportPackDialog | None = None
        officer = window.takeCentralWidget()
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("modeTabs")
        self.tabs.setDocumentMode(True)
        self.curate = CurateWorkspace(window.services, window.runner, window.ui_lang, window)
        self.tabs.addTab(officer, QCoreApplication.translate("MainWindow", "Prepare brief"))
        self.tabs.addTab(self.curate, QCoreApplication.translate("MainWindow", "Curate"))
        self.tabs.setTabToolTip(
            1,
            QCoreApplication.translate(
                "MainWindow", "Editors: review imported facts, sources, conflicts and stale figures"
            ),
        )
        window.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.curate.factsChanged.connect(self.facts_changed)
        # The editor's to-do beside the status messages: approved facts with no English.
        self.missing_english = QLabel(window)
        self.missing_english.setObjectName("missingEnglish")
        self.missing_english.hide()
        window.statusBar().addPermanentWidget(self.missing_english)
        self.curate.englishMissing.connect(self._english_missing)
        window.ready.connect(self.count_missing_english)
        self._add_actions()

    def _add_actions(self) -> None:
        w = self.window
        self.import_articles_action = QAction(
            QCoreApplication.translate("MainWindow", "Import articles…"), w
        )
        self.import_articles_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_articles_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Add news articles or reports as sources; their facts become drafts to review",
            )
        )
        self.import_articles_action.triggered.connect(lambda _c=False: self.import_articles())
        self.import_pack_action = QAction(
            QCoreApplication.translate("MainWindow", "Import fact pack…"), w
        )
        self.import_pack_action.triggered.connect(lambda _c=False: self.choose_pack())
        self.export_pack_action = QAction(
            QCoreApplication.translate("MainWindow", "Export fact pack…"), w
        )
        self.export_pack_action.triggered.connect(lambda _c=False: self.open_export_pack())
        self.curate_action = QAction(QCoreApplication.translate("MainWindow", "Curate facts"), w)
        self.curate_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.curate_action.triggered.connect(lambda _c=False: self.show_curate())
        for action in (
            self.import_articles_action,
            self.import_pack_action,
            self.export_pack_action,
            self.curate_action,
        ):
            w.addAction(action)
        menus = [a.menu() for a in w.menuBar().actions() if a.menu() is not None]
        menu = next((m for m in menus if w.delete_brief_action in m.actions()), None)
        if menu is not None:
            before = w.delete_brief_action
            menu.insertAction(before, self.import_articles_action)
            menu.insertAction(before, self.import_pack_action)
            menu.insertAction(before, self.export_pack_action)
            menu.insertSeparator(before)

    # ---- the Curate tab ----------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        # The warnings dock is about the open brief: out of the way while curating.
        dock = self.window.warnings_dock
        if self.tabs.widget(index) is self.curate:
            self._dock_was_visible = dock.isVisible()
            dock.hide()
            self.curate.ensure_loaded()
        elif getattr(self, "_dock_was_visible", False):
            dock.show()

    def count_missing_english(self) -> None:
        """Count approved facts without English (at start and after facts change)."""
        services = self.window.services
        self.window.runner.run(services.missing_english, self._english_missing)

    def _english_missing(self, count: int) -> None:
        self.missing_english.setText(
            QCoreApplication.translate(
                "MainWindow", "%n approved fact(s) without English", "", count
            )
        )
        self.missing_english.setVisible(count > 0)

    def show_curate(self, view=None) -> CurateWorkspace:
        self.tabs.setCurrentWidget(self.curate)
        if view is not None:
            self.curate.tabs.setCurrentWidget(view)
        return self.curate

    def import_articles(self, paths: list[str] | None = None) -> None:
        self.show_curate(self.curate.review)
        if paths is None:
            self.curate.choose_articles()
        else:
            self.curate.import_articles(paths)

    def facts_changed(self) -> None:
        """Facts changed in the store: refresh what the officer sees."""
        w = self.window
        services = w.services
        brief_uuid = w.session.brief_uuid

        def work():
            changed = services.changed_since_export(brief_uuid) if brief_uuid else []
            return services.pairs(), changed

        def done(result) -> None:
            pairs, changed = result
            self.count_missing_english()
            w._set_pairs(pairs)
            if brief_uuid and w.session.brief_uuid == brief_uuid:
                w.set_changed_since_export(changed)
            w.browser.search_now()

        w.runner.run(work, done)

    # ---- fact packs --------------------------------------------------------------------

    def choose_pack(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Import fact pack"),
            "",
            PACK_FILTER,
        )
        if path:
            self.open_import_pack(Path(path))

    def open_import_pack(self, path: Path) -> ImportPackDialog:
        w = self.window
        dialog = ImportPackDialog(w.services, w.runner, path, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._pack_imported)
        self.pack_dialog = dialog
        dialog.open()
        dialog.start_preview()
        return dialog

    def _pack_imported(self, plan) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Imported the pack: {0} facts added, {1} updated."
            ).format(len(plan.added), len(plan.updated)),
            8000,
        )
        if self.curate.is_loaded:
            self.curate.refresh()
        self.facts_changed()

    def open_export_pack(self) -> ExportPackDialog:
        w = self.window
        pairs = [(code, pair.label(w.ui_lang)) for code, pair in w.pairs.items()]
        dialog = ExportPackDialog(w.services, w.runner, pairs, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda m: w.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Wrote the fact pack ({0} facts).").format(
                    m.counts.get("facts", 0)
                ),
                8000,
            )
        )
        self.pack_dialog = dialog
        dialog.open()
        return dialog


def install(window: MainWindow) -> EditorMode:
    mode = EditorMode(window)
    window.editor_mode = mode
    return mode
