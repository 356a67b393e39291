"""Translated names for the core's codes: fact kinds, statuses, item kinds, warning codes.

The core speaks in codes (``"figure"``, ``"stale"``); the interface shows them in the UI
language through Qt's translation files, so every label lives here once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.domain.model import Fact
from briefer.domain.topics import TOPIC_KEYS, topic_heading
from briefer.text.display import format_figure


def fact_kind_label(kind: str) -> str:
    labels = {
        "event": QCoreApplication.translate("Labels", "Event"),
        "figure": QCoreApplication.translate("Labels", "Figure"),
        "statement": QCoreApplication.translate("Labels", "Statement"),
    }
    return labels.get(kind, kind)


def figure_label(fact: Fact) -> str:
    """A figure's value as an editor reads it ("500,000,000 USD", "rank 4"); "" for no value.

    Two facts drafted from one sentence (a trade value and its growth) share their statement;
    the value is what tells their rows apart."""
    if fact.value is None:
        return ""
    value = fact.value
    number = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    # A rank reads "rank 4", not "4 rank"; amounts read "500,000,000 USD".
    return f"rank {number}" if fact.unit == "rank" else f"{number} {fact.unit}".strip()


def figure_short(fact: Fact, lang: str) -> str:
    """A figure's value as the brief writes it in ``lang`` ("14,8 tỷ USD", "USD 14.8 billion",
    "thứ 8", "rank 8"); "" for no value."""
    return format_figure(fact.value, fact.unit, lang, fact.qualifier)


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "approved": QCoreApplication.translate("Labels", "Approved"),
        "retired": QCoreApplication.translate("Labels", "Retired"),
    }
    return labels.get(status, status)


def item_kind_label(kind: str) -> str:
    labels = {
        "fact": QCoreApplication.translate("Labels", "Fact from the store"),
        "text": QCoreApplication.translate("Labels", "Officer's own text"),
        "computed": QCoreApplication.translate("Labels", "Computed line"),
    }
    return labels.get(kind, kind)


def warning_label(code: str) -> str:
    labels = {
        "stale": QCoreApplication.translate("Labels", "Outdated figure"),
        "conflict": QCoreApplication.translate("Labels", "Conflicting figures"),
        "untranslated": QCoreApplication.translate("Labels", "Not translated"),
        "uncited": QCoreApplication.translate("Labels", "No source cited"),
        "needs_update": QCoreApplication.translate("Labels", "Needs update"),
        "source": QCoreApplication.translate("Labels", "Source details missing"),
        "overflow": QCoreApplication.translate("Labels", "Does not fit one page"),
        "empty": QCoreApplication.translate("Labels", "No approved facts"),
        "no_line": QCoreApplication.translate("Labels", "Computed line left out"),
    }
    return labels.get(code, code)


def language_name(lang: str) -> str:
    """A brief language, named in the UI language."""
    labels = {
        "vi": QCoreApplication.translate("Labels", "Vietnamese"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
    return labels.get(lang, lang)


def topic_label(topic: str, ui_lang: str) -> str:
    """A topic heading in the UI language (the headings come from the domain, in vi and en)."""
    return topic_heading(topic, ui_lang) if topic in TOPIC_KEYS else topic


def date_label(iso: str, lang: str) -> str:
    """A partial ISO date or period as readers of ``lang`` write it (the core's formatting).

    Imported on first use: the date module compiles its patterns on import, which the window
    does not need before it is shown.
    """
    from briefer.text.display import format_date

    return format_date(iso, lang)
