"""File → Import fact pack… and File → Export fact pack….

Importing first runs a dry run in the background and shows what would change (added,
updated, unchanged, conflicts); only Accept writes, again in the background with progress.
A pack that is refused (tampered, not a pack, too new) is one sentence, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.errors import BrieferError
from briefer.ui.bugs import report_bug

if TYPE_CHECKING:
    from briefer.ui.ops import Runner

PACK_FILTER = "Briefer fact packs (*.brfpack *.pack *.sqlite);;All files (*)"


class ImportPackDialog(QDialog):
    """Preview a pack (dry run), then import it on Accept."""

    imported = Signal(object)  # the ImportPlan of what was written

    def __init__(self, services, runner: Runner, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPackDialog")
        self.setWindowTitle(self.tr("Import fact pack"))
        self.setMinimumWidth(620)
        self.services = services
        self.runner = runner
        self.path = Path(path)
        self.plan = None  # the dry run's ImportPlan
        self.import_result = None  # the import's ImportPlan
        self.error = ""
        self.busy = False

        layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("Pack: {0}").format(self.path.name), self)
        self.file_label.setToolTip(str(self.path))
        self.summary = QLabel(self.tr("Reading the pack…"), self)
        self.summary.setObjectName("packSummary")
        self.summary.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("packCounts")
        self.counts.setWordWrap(True)
        self.details = QListWidget(self)
        self.details.setObjectName("packDetails")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("primaryPushButton")
        self.accept_button.setEnabled(False)
        self.close_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.file_label, self.summary, self.counts):
            layout.addWidget(widget)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _progress(self, what: str, fraction: float) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(int(fraction * 100))

    @staticmethod
    def _steps(report):
        return lambda done, total: report("pack", done / total if total else 0.0)

    def start_preview(self) -> None:
        services, path = self.services, self.path
        self.busy = True
        self.runner.run(
            lambda report: services.preview_pack(path, self._steps(report)),
            self._previewed,
            self._failed,
            self._progress,
            writes=False,
        )

    def _previewed(self, plan) -> None:
        self.busy = False
        self.plan = plan
        self.progress.hide()
        counts = plan.counts()
        manifest = plan.manifest
        self.summary.setText(
            self.tr("From {0}, made {1}. Nothing is written until you choose Import.").format(
                manifest.creator or self.tr("unknown"), manifest.created_at[:16].replace("T", " ")
            )
        )
        self.counts.setText(
            self.tr(
                "Would add {0} facts, update {1}, leave {2} unchanged; {3} conflicts kept "
                "side by side; {4} new sources."
            ).format(
                counts["added"],
                counts["updated"],
                counts["unchanged"],
                counts["conflicts"],
                counts["sources_added"],
            )
        )
        self.details.clear()
        for label, uuids in (
            (self.tr("Added"), plan.added),
            (self.tr("Updated"), plan.updated),
            (self.tr("Kept (newer here)"), plan.kept_local),
        ):
            for uuid in uuids[:500]:
                QListWidgetItem(f"{label}: {uuid}", self.details)
        for conflict in plan.conflicts:
            QListWidgetItem(
                self.tr("Conflict: {0} — here “{1}”, in the pack “{2}”").format(
                    conflict.uuid,
                    conflict.statement_local[:80],
                    conflict.statement_incoming[:80],
                ),
                self.details,
            )
        self.accept_button.setEnabled(plan.changes > 0)
        if plan.changes == 0:
            self.counts.setText(self.counts.text() + " " + self.tr("Nothing to import."))

    def start_import(self) -> None:
        if self.plan is None or self.busy:
            return
        services, path = self.services, self.path
        self.busy = True
        self.accept_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.runner.run(
            lambda report: services.import_pack(path, self._steps(report)),
            self._imported,
            self._failed,
            self._progress,
            name=self.tr("A pack import"),
        )

    def _imported(self, plan) -> None:
        self.busy = False
        self.import_result = plan
        self.imported.emit(plan)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        if isinstance(exc, BrieferError):
            self.error = str(exc)
            self.summary.setText(self.error)
            self.summary.setObjectName("errorText")
            self.counts.setText(self.tr("Nothing was changed."))
            self.accept_button.setEnabled(False)
            self.close_button.setText(self.tr("Close"))
        else:
            report_bug(self, exc)


class ExportPackDialog(QDialog):
    """Choose pairs, drafts/retired and the output file; write the pack in the background."""

    exported = Signal(object)  # PackManifest

    def __init__(self, services, runner: Runner, pairs: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPackDialog")
        self.setWindowTitle(self.tr("Export fact pack"))
        self.setMinimumWidth(560)
        self.services = services
        self.runner = runner
        self.manifest = None
        self.error = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.pairs = QListWidget(self)
        self.pairs.setObjectName("packPairs")
        for code, label in pairs:
            item = QListWidgetItem(label, self.pairs)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked)
        self.pairs.setMaximumHeight(140)
        form.addRow(self.tr("Pairs"), self.pairs)
        self.drafts = QCheckBox(self.tr("Include draft facts"), self)
        self.retired = QCheckBox(self.tr("Include retired facts"), self)
        form.addRow("", self.drafts)
        form.addRow("", self.retired)
        row = QHBoxLayout()
        self.out = QLineEdit(self)
        self.out.setObjectName("packOut")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.out.setText(str(Path(folder or Path.home()) / "facts.brfpack"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(lambda _c=False: self._browse())
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("primaryPushButton")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen_pairs(self) -> list[str]:
        items = [self.pairs.item(i) for i in range(self.pairs.count())]
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export fact pack"), self.out.text(), self.tr(PACK_FILTER)
        )
        if path:
            self.out.setText(path)

    def start_export(self) -> None:
        pairs = self.chosen_pairs()
        out = Path(self.out.text().strip()).expanduser()
        if not pairs:
            self.message.setText(self.tr("Choose at least one pair."))
            return
        if not self.out.text().strip():
            self.message.setText(self.tr("Choose the file to write."))
            return
        services = self.services
        drafts, retired = self.drafts.isChecked(), self.retired.isChecked()
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Writing the pack…"))
        self.runner.run(
            lambda: services.export_pack(out, pairs, drafts, retired),
            self._exported,
            self._failed,
            name=self.tr("Writing the pack"),
        )

    def _exported(self, manifest) -> None:
        self.manifest = manifest
        self.exported.emit(manifest)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, BrieferError):
            self.error = str(exc)
            self.message.setText(self.error)
        else:
            report_bug(self, exc)
