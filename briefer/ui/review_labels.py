"""The review pane's words for the importer's judgement: confidence bands, how a draft
relates to an approved fact, and the reasons it was proposed (in the interface language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.domain.review import CONFLICT, OLDER, SAME


def confidence_label(band: str) -> str:
    labels = {
        "high": QCoreApplication.translate("ReviewPane", "high"),
        "medium": QCoreApplication.translate("ReviewPane", "medium"),
        "low": QCoreApplication.translate("ReviewPane", "low"),
    }
    return labels.get(band, band)


def relation_label(relation: str) -> str:
    labels = {
        SAME: QCoreApplication.translate("ReviewPane", "Same fact"),
        CONFLICT: QCoreApplication.translate("ReviewPane", "Disagrees"),
        OLDER: QCoreApplication.translate("ReviewPane", "Older figure"),
    }
    return labels.get(relation, relation)


def reason_label(reason: str) -> str:
    """One of the importer's reasons ("amount “gần 500 triệu USD”", "metric trade.total")
    with its leading word in the interface language; the quoted words stay as found."""
    heads = {
        "amount": QCoreApplication.translate("ReviewPane", "amount"),
        "period": QCoreApplication.translate("ReviewPane", "period"),
        "metric": QCoreApplication.translate("ReviewPane", "metric"),
        "date": QCoreApplication.translate("ReviewPane", "date"),
        "rank": QCoreApplication.translate("ReviewPane", "rank"),
        "topic": QCoreApplication.translate("ReviewPane", "topic"),
        "proposal": QCoreApplication.translate("ReviewPane", "proposal"),
        "visit": QCoreApplication.translate("ReviewPane", "visit"),
    }
    head, sep, rest = reason.partition(" ")
    return f"{heads[head]}{sep}{rest}" if head in heads else reason
