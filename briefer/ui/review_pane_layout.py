"""What the review pane shows and where: its widgets, built once (the pane's behaviour is
in :mod:`briefer.ui.review_pane`, as a Designer form's ``setupUi`` would be).

Texts are translated in the pane's context ("ReviewPane", spelled out so that lupdate files
them there), so the translations stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import KINDS, QUALIFIERS
from briefer.domain.topics import TOPIC_KEYS
from briefer.domain.visits import INBOUND, OUTBOUND
from briefer.ui.fact_fields import qualifier_label
from briefer.ui.fonts import text_font
from briefer.ui.labels import fact_kind_label, topic_label

if TYPE_CHECKING:
    from briefer.ui.review_pane import ReviewPane

translate = QCoreApplication.translate


def setup_review_pane(pane: ReviewPane) -> None:
    """Build the pane's widgets as attributes of ``pane`` (signals are connected by it)."""
    inner = QWidget(pane)
    column = QVBoxLayout(inner)
    column.setContentsMargins(10, 6, 10, 6)
    column.setSpacing(6)

    top = QHBoxLayout()
    pane.source_label = QLabel(inner)
    pane.source_label.setObjectName("panelTitle")
    pane.source_label.setWordWrap(True)
    pane.source_button = QPushButton(translate("ReviewPane", "Whole source"), inner)
    pane.source_button.setObjectName("wholeSourceButton")
    pane.source_button.setToolTip(
        translate("ReviewPane", "Open the whole source with the quote selected")
    )
    top.addWidget(pane.source_label, 1)
    top.addWidget(pane.source_button)
    column.addLayout(top)

    pane.paragraph = QTextEdit(inner)
    pane.paragraph.setObjectName("reviewParagraph")
    pane.paragraph.setReadOnly(True)
    pane.paragraph.setFont(text_font(11))
    pane.paragraph.setMinimumHeight(90)
    pane.paragraph.setMaximumHeight(130)
    column.addWidget(pane.paragraph)

    pane.reasons = QLabel(inner)
    pane.reasons.setObjectName("reviewReasons")
    pane.reasons.setWordWrap(True)
    column.addWidget(pane.reasons)

    pane.matches_title = QLabel(translate("ReviewPane", "Approved facts that say the same"), inner)
    pane.matches_title.setObjectName("panelTitle")
    pane.matches = QListWidget(inner)
    pane.matches.setObjectName("reviewMatches")
    pane.matches.setWordWrap(True)
    pane.matches.setMaximumHeight(84)
    pane.second_source = QPushButton(
        translate("ReviewPane", "Same fact — add as second source"), inner
    )
    pane.second_source.setObjectName("secondSourceButton")
    pane.second_source.setToolTip(
        translate(
            "ReviewPane", "The approved fact gains this quote as a citation; the draft is closed"
        )
    )
    pane.supersede = QPushButton(translate("ReviewPane", "Newer figure — supersede"), inner)
    pane.supersede.setObjectName("supersedeButton")
    pane.supersede.setToolTip(
        translate("ReviewPane", "Approve this draft and retire the older fact")
    )
    pane.different = QPushButton(translate("ReviewPane", "Different"), inner)
    pane.different.setObjectName("differentButton")
    pane.different.setToolTip(
        translate("ReviewPane", "Not the same fact: stop showing it beside this draft")
    )
    pane.conflict_button = QPushButton(translate("ReviewPane", "Open conflict view"), inner)
    pane.conflict_button.setObjectName("openConflictButton")
    verdicts = QHBoxLayout()
    for button in (pane.second_source, pane.supersede, pane.different, pane.conflict_button):
        verdicts.addWidget(button)
    verdicts.addStretch(1)
    column.addWidget(pane.matches_title)
    column.addWidget(pane.matches)
    column.addLayout(verdicts)

    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    pane.statement_vi = QPlainTextEdit(inner)
    pane.statement_vi.setObjectName("reviewStatementVi")
    pane.statement_en = QPlainTextEdit(inner)
    pane.statement_en.setObjectName("reviewStatementEn")
    for edit in (pane.statement_vi, pane.statement_en):
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    pane.statement_en.setPlaceholderText(
        translate("ReviewPane", "English statement (Enter takes the suggestion)")
    )
    pane.suggestion = QLabel(inner)
    pane.suggestion.setObjectName("reviewSuggestion")
    pane.suggestion.setWordWrap(True)
    pane.suggestion.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    pane.use_suggestion = QPushButton(translate("ReviewPane", "Use suggestion"), inner)
    pane.use_suggestion.setObjectName("useSuggestionButton")
    pane.use_suggestion.setToolTip(
        translate("ReviewPane", "Take the suggested English statement (Enter)")
    )
    suggestion_row = QHBoxLayout()
    suggestion_row.addWidget(pane.suggestion, 1)
    suggestion_row.addWidget(pane.use_suggestion)
    pane.terms = QLabel(inner)
    pane.terms.setObjectName("reviewTerms")
    pane.terms.setWordWrap(True)

    pane.value = QLineEdit(inner)
    pane.value.setObjectName("reviewValue")
    pane.unit = QLineEdit(inner)
    pane.unit.setObjectName("reviewUnit")
    pane.unit.setMaximumWidth(90)
    pane.qualifier = _combo(pane, QUALIFIERS, qualifier_label)
    pane.period = QLineEdit(inner)
    pane.period.setObjectName("reviewPeriod")
    pane.period.setPlaceholderText(translate("ReviewPane", "e.g. 2023 or 2024-01..2024-09"))
    pane.as_of = QLineEdit(inner)
    pane.as_of.setObjectName("reviewAsOf")
    pane.event_date = QLineEdit(inner)
    pane.event_date.setObjectName("reviewEventDate")
    pane.direction = QComboBox(inner)
    pane.direction.setObjectName("reviewDirection")
    pane.direction.addItem(translate("ReviewPane", "—"), "")
    pane.direction.addItem(translate("ReviewPane", "Vietnamese leader abroad (outbound)"), OUTBOUND)
    pane.direction.addItem(
        translate("ReviewPane", "Partner's leader in Viet Nam (inbound)"), INBOUND
    )
    pane.topic = _combo(pane, TOPIC_KEYS, lambda k: topic_label(k, pane.ui_lang))
    pane.kind = _combo(pane, KINDS, fact_kind_label)
    pane.pair = QLineEdit(inner)
    pane.pair.setObjectName("reviewPair")
    pane.pair.setMaximumWidth(90)
    pane.metric_edit = QLineEdit(inner)
    pane.metric_edit.setObjectName("reviewMetric")
    pane.metric_edit.setPlaceholderText(
        translate("ReviewPane", "e.g. trade.total (for duplicates and conflicts)")
    )

    figure = QHBoxLayout()
    figure.addWidget(pane.qualifier)
    figure.addWidget(pane.value, 2)
    figure.addWidget(pane.unit)
    dates = QHBoxLayout()
    for caption, edit in (
        (translate("ReviewPane", "Period"), pane.period),
        (translate("ReviewPane", "As of"), pane.as_of),
        (translate("ReviewPane", "Event date"), pane.event_date),
    ):
        label = QLabel(caption, inner)
        label.setBuddy(edit)
        dates.addWidget(label)
        dates.addWidget(edit, 1)
    what = QHBoxLayout()
    what.addWidget(pane.topic, 2)
    what.addWidget(pane.kind, 1)
    pair_label = QLabel(translate("ReviewPane", "Pair"), inner)
    pair_label.setBuddy(pane.pair)
    what.addWidget(pair_label)
    what.addWidget(pane.pair)

    form.addRow(translate("ReviewPane", "Statement (vi)"), pane.statement_vi)
    form.addRow(translate("ReviewPane", "Statement (en)"), pane.statement_en)
    form.addRow("", suggestion_row)
    form.addRow("", pane.terms)
    form.addRow(translate("ReviewPane", "Value"), figure)
    form.addRow(translate("ReviewPane", "Dates"), dates)
    form.addRow(translate("ReviewPane", "Visit"), pane.direction)
    form.addRow(translate("ReviewPane", "Metric"), pane.metric_edit)
    form.addRow(translate("ReviewPane", "Topic"), what)
    column.addLayout(form)

    pane.preview_title = QLabel(translate("ReviewPane", "As it will read in a brief"), inner)
    pane.preview_title.setObjectName("panelTitle")
    pane.preview_vi = QLabel(inner)
    pane.preview_vi.setObjectName("previewVi")
    pane.preview_en = QLabel(inner)
    pane.preview_en.setObjectName("previewEn")
    for label in (pane.preview_vi, pane.preview_en):
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setFont(text_font(11))
    column.addWidget(pane.preview_title)
    column.addWidget(pane.preview_vi)
    column.addWidget(pane.preview_en)

    pane.reason = QLineEdit(inner)
    pane.reason.setObjectName("rejectReason")
    pane.reason.setPlaceholderText(
        translate("ReviewPane", "Reason if you reject (optional; kept in the history)")
    )
    column.addWidget(pane.reason)
    pane.keys_hint = QLabel(
        translate(
            "ReviewPane",
            "Enter: take the suggestion · Ctrl+Enter: accept · Ctrl+R: reject · "
            "Ctrl+J / Ctrl+K: next / previous · Ctrl+U: undo · Esc: back to the queue",
        ),
        inner,
    )
    pane.keys_hint.setObjectName("hint")
    pane.keys_hint.setWordWrap(True)
    column.addWidget(pane.keys_hint)
    column.addStretch(1)

    scroll = QScrollArea(pane)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    pane.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    pane.fields: list[QWidget] = [
        pane.statement_vi, pane.statement_en, pane.value, pane.unit, pane.period,
        pane.as_of, pane.event_date, pane.pair, pane.metric_edit, pane.reason, pane.qualifier,
        pane.direction, pane.topic, pane.kind, pane.matches,
    ]  # fmt: skip


def _combo(pane: QWidget, keys, label) -> QComboBox:
    combo = QComboBox(pane)
    for key in keys:
        combo.addItem(label(key), key)
    return combo
