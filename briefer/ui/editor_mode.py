"""The editors' side of the main window: the "Curate" tab beside the officer's "Prepare brief"
tab, and File → Import articles… / Import fact pack… / Export fact pack….

:class:`EditorMode` is built by the main window with the officer's area and composes the two
tabs (the window shows ``tabs`` as its centre); its actions and status label are handed to
the window to place. It loads nothing until the Curate tab is first shown. When facts change
(review, edits, a pack import) it emits ``factsChanged``, and the window refreshes what the
officer sees (pairs, fact browser, the open brief's "changed since export" notice).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QTabWidget, QWidget

from briefer.ui.curate import CurateWorkspace
from briefer.ui.pack_dialogs import PACK_FILTER, ExportPackDialog, ImportPackDialog

if TYPE_CHECKING:
    from briefer.domain.model import Pair
    from briefer.ui.ops import Runner


class EditorMode(QObject):
    """Owns the Curate tab, the mode tabs and the pack dialogs of one main window."""

    factsChanged = Signal()  # facts changed in the store (review, edits, packs, sync)
    curateShown = Signal(bool)  # the Curate tab was entered (True) or left (False)
    message = Signal(str, int)  # a status-bar message and how long it stays (ms)

    def __init__(
        self, services, runner: Runner, ui_lang: str, prepare: QWidget, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.ui_lang = ui_lang
        self.parent_widget = parent
        self.pairs: dict[str, Pair] = {}  # the window's pairs, kept current by set_pairs
        self.pack_dialog: ImportPackDialog | ExportPackDialog | None = None
        self.tabs = QTabWidget(parent)
        self.tabs.setObjectName("modeTabs")
        self.tabs.setDocumentMode(True)
        self.curate = CurateWorkspace(services, runner, ui_lang, parent)
        self.tabs.addTab(prepare, QCoreApplication.translate("MainWindow", "Prepare brief"))
        self.tabs.addTab(self.curate, QCoreApplication.translate("MainWindow", "Curate"))
        self.tabs.setTabToolTip(
            1,
            QCoreApplication.translate(
                "MainWindow", "Editors: review imported facts, sources, conflicts and stale figures"
            ),
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.curate.factsChanged.connect(self.facts_changed)
        # The editor's to-do beside the status messages: approved facts with no English, and
        # those still in their English source's words (a Vietnamese brief prints them so).
        self.missing_translations = QLabel(parent)
        self.missing_translations.setObjectName("missingTranslations")
        self.missing_translations.hide()
        self.curate.translationsMissing.connect(self._translations_missing)
        self._make_actions()

    def _make_actions(self) -> None:
        w = self.parent_widget
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
        # Shortcuts of all four; the first three also in the File menu.
        self.actions = [
            self.import_articles_action,
            self.import_pack_action,
            self.export_pack_action,
            self.curate_action,
        ]
        self.file_actions = self.actions[:3]

    def set_pairs(self, pairs: dict[str, Pair]) -> None:
        self.pairs = dict(pairs)

    # ---- the Curate tab ----------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        curating = self.tabs.widget(index) is self.curate
        self.curateShown.emit(curating)
        if curating:
            self.curate.ensure_loaded()

    def count_missing_translations(self) -> None:
        """Count approved facts without English or without Vietnamese wording (at start and
        after facts change)."""
        self.runner.run(
            self.services.missing_translations,
            lambda counts: self._translations_missing(*counts),
            writes=False,
        )

    def _translations_missing(self, english: int, vietnamese: int) -> None:
        parts = []
        if english:
            parts.append(
                QCoreApplication.translate(
                    "MainWindow", "%n approved fact(s) without English", "", english
                )
            )
        if vietnamese:
            parts.append(
                QCoreApplication.translate(
                    "MainWindow", "%n approved fact(s) without Vietnamese", "", vietnamese
                )
            )
        self.missing_translations.setText(" · ".join(parts))
        self.missing_translations.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Translate them in Edit fact (the fact browser or Curate) before exporting a "
                "brief in that language.",
            )
        )
        self.missing_translations.setVisible(bool(parts))

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
        """Facts changed in the store: the window refreshes what the officer sees."""
        self.factsChanged.emit()

    # ---- fact packs --------------------------------------------------------------------

    def choose_pack(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self.parent_widget,
            QCoreApplication.translate("MainWindow", "Import fact pack"),
            "",
            PACK_FILTER,
        )
        if path:
            self.open_import_pack(Path(path))

    def open_import_pack(self, path: Path) -> ImportPackDialog:
        dialog = ImportPackDialog(self.services, self.runner, path, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._pack_imported)
        self.pack_dialog = dialog
        dialog.open()
        dialog.start_preview()
        return dialog

    def _pack_imported(self, plan) -> None:
        self.message.emit(
            QCoreApplication.translate(
                "MainWindow", "Imported the pack: {0} facts added, {1} updated."
            ).format(len(plan.added), len(plan.updated)),
            8000,
        )
        if self.curate.is_loaded:
            self.curate.refresh()
        self.facts_changed()

    def open_export_pack(self) -> ExportPackDialog:
        pairs = [(code, pair.label(self.ui_lang)) for code, pair in self.pairs.items()]
        dialog = ExportPackDialog(self.services, self.runner, pairs, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda m: self.message.emit(
                QCoreApplication.translate("MainWindow", "Wrote the fact pack ({0} facts).").format(
                    m.counts.get("facts", 0)
                ),
                8000,
            )
        )
        self.pack_dialog = dialog
        dialog.open()
        return dialog
