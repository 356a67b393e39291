"""Display text: the formatters assembly, rendering and the UI use, with one rule added:
never raise on export.

They are ``briefer.text``'s formatters (``format_date``, ``format_amount``,
``clean_for_output``); a value they cannot read (a hand-edited date such as "đầu năm",
an absurd number) is shown as stored rather than stopping the officer's export.
"""

from __future__ import annotations

import re
from typing import Any

from briefer.text.amountformat import format_amount as _format_amount
from briefer.text.dateformat import format_date as _format_date  # not via text.dates (~8 ms)
from briefer.text.normalize import clean_for_output

__all__ = ["clean_for_output", "format_amount", "format_date", "format_figure", "period_label"]


def format_date(iso: str, lang: str, bare: bool = False) -> str:
    """A partial ISO date or a ``start..end`` period, as readers of ``lang`` write it.

    "1971-03-25" → "25/3/1971" / "25 March 1971"; "2024-01..2024-09" → "9 tháng đầu năm
    2024" / "January–September 2024". Text that is not a date comes back unchanged.
    """
    if not iso:
        return ""
    try:
        return _format_date(iso, lang, bare=bare) or iso
    except (ValueError, TypeError, KeyError, OverflowError):
        return iso


def period_label(iso: str, lang: str) -> str:
    """The period of a figure as shown after it: "năm 2023", "9 tháng đầu năm 2024", "2023"."""
    label = format_date(iso, lang)
    if lang == "vi" and re.fullmatch(r"\d{4}", label):
        label = f"năm {label}"
    return label


def format_amount(value: Any, unit: str, lang: str, qualifier: str = "exact") -> str:
    """1.3e9, "USD", "vi", "more_than" → "hơn 1,3 tỷ USD"; unreadable values as stored."""
    if value is None:
        return ""
    try:
        return _format_amount(float(value), unit, lang, qualifier) or f"{value} {unit}".strip()
    except (ValueError, TypeError, KeyError, OverflowError):
        return f"{value} {unit}".strip()


def format_figure(value: Any, unit: str, lang: str, qualifier: str = "exact") -> str:
    """A figure's value as the brief writes it: an amount ("14,8 tỷ USD", "USD 14.8 billion")
    or a rank ("thứ 8", "rank 8"); "" for no value, unreadable values as stored."""
    if value is None:
        return ""
    if unit == "rank":
        return f"thứ {value:g}" if lang == "vi" else f"rank {value:g}"
    return format_amount(value, unit, lang, qualifier)
