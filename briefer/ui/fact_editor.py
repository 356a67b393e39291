"""The fact editor: every field an editor may change (statements, topic, kind, dates, value,
unit, qualifier, metric, rank, status), with the citation's exact quote shown read-only.

Saving runs :meth:`Services.save_fact` in the background; ``saved`` carries the new revision.
A value that is not a number is refused here, in one sentence, before anything is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import KINDS, QUALIFIERS, RANKS, STATUSES, Fact
from briefer.domain.topics import TOPIC_KEYS
from briefer.ui.bugs import handle_failure
from briefer.ui.fact_fields import edited_fact, qualifier_label
from briefer.ui.labels import fact_kind_label, status_label, topic_label
from briefer.ui.models.review import rank_label

if TYPE_CHECKING:
    from briefer.ui.ops import Runner


class FactEditor(QDialog):
    saved = Signal(object)  # the saved Fact

    def __init__(self, services, runner: Runner, fact: Fact, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factEditor")
        self.setWindowTitle(self.tr("Edit fact"))
        self.services = services
        self.runner = runner
        self.fact = fact
        self.ui_lang = ui_lang
        self.saving = False
        self._build()
        self._fill(fact)
        # Which fact pack brought this fact (editors merge several; officers receive them).
        self.runner.run(lambda: services.fact_origin(fact.uuid), self._show_origin, writes=False)
        self.resize(760, max(480, self.sizeHint().height()))

    def _combo(self, keys, label) -> QComboBox:
        combo = QComboBox(self)
        for key in keys:
            combo.addItem(label(key), key)
        return combo

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statement_vi = QPlainTextEdit(self)
        self.statement_vi.setObjectName("statementVi")
        self.statement_en = QPlainTextEdit(self)
        self.statement_en.setObjectName("statementEn")
        for edit in (self.statement_vi, self.statement_en):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
        self.topic = self._combo(TOPIC_KEYS, lambda k: topic_label(k, self.ui_lang))
        self.kind = self._combo(KINDS, fact_kind_label)
        self.event_date = QLineEdit(self)
        self.event_date.setPlaceholderText(self.tr("e.g. 1971-03-25 or 2007-05"))
        self.as_of = QLineEdit(self)
        self.as_of.setPlaceholderText(self.tr("the date the value holds at"))
        self.period = QLineEdit(self)
        self.period.setPlaceholderText(self.tr("e.g. 2023 or 2024-01..2024-09"))
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("a number, e.g. 1300000000"))
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText("USD")
        self.qualifier = self._combo(QUALIFIERS, qualifier_label)
        self.metric_edit = QLineEdit(self)
        self.metric_edit.setPlaceholderText(self.tr("e.g. trade.total (for conflict checks)"))
        self.rank = self._combo(RANKS, rank_label)
        self.status = self._combo(STATUSES, status_label)

        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        for caption, edit in (
            (self.tr("Event date"), self.event_date),
            (self.tr("As of"), self.as_of),
            (self.tr("Period"), self.period),
        ):
            label = QLabel(caption, dates)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit, 1)
        figure = QWidget(self)
        row = QHBoxLayout(figure)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.qualifier)
        row.addWidget(self.value, 2)
        row.addWidget(self.unit, 1)
        state = QWidget(self)
        row = QHBoxLayout(state)
        row.setContentsMargins(0, 0, 0, 0)
        for caption, combo in ((self.tr("Rank"), self.rank), (self.tr("Status"), self.status)):
            label = QLabel(caption, state)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)

        for row_widget in (dates, figure, state):
            row_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Statement (Vietnamese)"), self.statement_vi)
        form.addRow(self.tr("Statement (English)"), self.statement_en)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Value"), figure)
        form.addRow(self.tr("Metric"), self.metric_edit)
        form.addRow("", state)
        layout.addLayout(form)

        self.quote = QPlainTextEdit(self)
        self.quote.setObjectName("citationQuote")
        self.quote.setReadOnly(True)
        self.quote.setFixedHeight(self.quote.fontMetrics().lineSpacing() * 4 + 14)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("hint")
        self.source_label.setWordWrap(True)
        quote_title = QLabel(self.tr("Citation (the exact words of the source; read-only)"), self)
        quote_title.setBuddy(self.quote)
        layout.addWidget(quote_title)
        layout.addWidget(self.quote)
        layout.addWidget(self.source_label)
        self.origin_label = QLabel(self)
        self.origin_label.setObjectName("hint")
        self.origin_label.setWordWrap(True)
        self.origin_label.hide()
        layout.addWidget(self.origin_label)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(self, fact: Fact) -> None:
        self.statement_vi.setPlainText(fact.statement_vi)
        self.statement_en.setPlainText(fact.statement_en)
        for combo, key in (
            (self.topic, fact.topic),
            (self.kind, fact.kind),
            (self.qualifier, fact.qualifier),
            (self.rank, fact.rank),
            (self.status, fact.status),
        ):
            index = combo.findData(key)
            if index < 0:  # a code this version does not know: keep it, shown as it is
                combo.addItem(key, key)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.event_date.setText(fact.event_date)
        self.as_of.setText(fact.as_of)
        self.period.setText(fact.period)
        value = fact.value
        self.value.setText(
            "" if value is None else (str(int(value)) if value == int(value) else str(value))
        )
        self.unit.setText(fact.unit)
        self.metric_edit.setText(fact.metric)
        cite = fact.citations[0] if fact.citations else None
        self.quote.setPlainText(cite.quote if cite else "")
        if cite is None:
            self.source_label.setText(self.tr("This fact cites no source yet."))
        else:
            parts = [cite.source_title, cite.source_outlet, cite.source_published_on]
            self.source_label.setText(
                self.tr("Source: {0}").format(" · ".join(p for p in parts if p))
            )
        self.setWindowTitle(
            self.tr("Edit fact · {0} · revision {1}").format(fact.pair, fact.revision)
        )

    def _show_origin(self, origin) -> None:
        if origin is None:
            return
        self.origin_label.setText(
            self.tr("From the fact pack of {0}, received {1} (revision {2}).").format(
                origin.pack_creator or "?", origin.received_at[:10], origin.received_revision
            )
        )
        self.origin_label.show()

    def edited_fact(self) -> Fact:
        """The fact as the form now says (ValueError when the value is not a number)."""
        return edited_fact(
            self.fact, self, rank=self.rank.currentData(), status=self.status.currentData()
        )

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def save(self) -> None:
        if self.saving:
            return
        try:
            fact = self.edited_fact()
        except ValueError:
            self._say(self.tr("The value must be a number, such as 1300000000 or 1,3."))
            self.value.setFocus()
            return
        if not fact.statement_vi:
            self._say(self.tr("A fact needs a statement in Vietnamese."))
            self.statement_vi.setFocus()
            return
        self._say("")
        self.saving = True
        self.buttons.setEnabled(False)
        services = self.services
        self.runner.run(
            lambda: services.save_fact(fact),
            self._saved,
            self._failed,
            name=self.tr("Saving the fact"),
        )

    def _saved(self, fact: Fact) -> None:
        self.saving = False
        self.fact = fact
        self.saved.emit(fact)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        handle_failure(self, exc)

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line box saves (the plain-text boxes keep Enter for new lines).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), QLineEdit
        ):
            self.save()
            return
        super().keyPressEvent(event)
