"""A fact's fields as the editor types them, read back into a fact: one rule for the review
pane and the fact editor.

:func:`edited_fact` reads the statement boxes, combos and line edits of either form
(anything shaped like :class:`FactFields`) into a copy of the fact; :func:`parse_value`
reads the value box the way Vietnamese and English writers type numbers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from briefer.domain.model import Fact


class FactFields(Protocol):
    """The widgets both fact forms have, by the same names."""

    statement_vi: QPlainTextEdit
    statement_en: QPlainTextEdit
    topic: QComboBox
    kind: QComboBox
    qualifier: QComboBox
    event_date: QLineEdit
    as_of: QLineEdit
    period: QLineEdit
    value: QLineEdit
    unit: QLineEdit
    metric_edit: QLineEdit  # not "metric": that name is QPaintDevice.metric()


def qualifier_label(key: str) -> str:
    labels = {
        "exact": QCoreApplication.translate("Labels", "exact"),
        "approx": QCoreApplication.translate("Labels", "about (gần)"),
        "more_than": QCoreApplication.translate("Labels", "more than (hơn, vượt)"),
        "less_than": QCoreApplication.translate("Labels", "less than (dưới)"),
    }
    return labels.get(key, key)


def parse_value(text: str) -> float | None:
    """The value box's number: empty is no value; "1,3" and "1.3" are both 1.3; a separator
    used more than once groups thousands ("1.300.000", "1,300,000"); with both, the last
    one is the decimal mark (ValueError for anything else)."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    marks = [m for m in (",", ".") if m in text]
    if len(marks) == 2:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif marks:
        mark = marks[0]
        text = text.replace(mark, "") if text.count(mark) > 1 else text.replace(mark, ".")
    return float(text)


def edited_fact(fact: Fact, fields: FactFields, **more: Any) -> Fact:
    """``fact`` as the form now says; ``more`` are the fields only one form has (pair in the
    review pane, rank and status in the editor). ValueError when the value is not a number.
    """
    return replace(
        fact,
        statement_vi=fields.statement_vi.toPlainText().strip(),
        statement_en=fields.statement_en.toPlainText().strip(),
        topic=fields.topic.currentData(),
        kind=fields.kind.currentData(),
        event_date=fields.event_date.text().strip(),
        as_of=fields.as_of.text().strip(),
        period=fields.period.text().strip(),
        value=parse_value(fields.value.text()),
        unit=fields.unit.text().strip(),
        qualifier=fields.qualifier.currentData(),
        metric=fields.metric_edit.text().strip(),
        **more,
    )


__all__ = ["FactFields", "edited_fact", "parse_value", "qualifier_label"]
