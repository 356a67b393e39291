"""The text helpers assembly and rendering use: output cleaning, dates, periods, amounts.

They delegate to ``briefer.text`` (``normalize.clean_for_output``, ``dates.format_date``,
``numbers.format_amount``) when those modules are present, and fall back to the small
private versions below otherwise. The fallbacks follow the same examples:
"1971-03-25" → "25/3/1971" / "25 March 1971"; "2007-05" → "tháng 5/2007" / "May 2007";
"2024-01..2024-09" → "9 tháng đầu năm 2024" / "January–September 2024".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")

_clean_impl: Callable[[str], str] | None
_date_impl: Callable[..., str] | None
_amount_impl: Callable[..., str] | None
try:
    from briefer.text.normalize import clean_for_output as _clean_impl
except ImportError:  # pragma: no cover - briefer.text is being written alongside
    _clean_impl = None
try:
    from briefer.text.dates import format_date as _date_impl
except ImportError:  # pragma: no cover
    _date_impl = None
try:
    from briefer.text.numbers import format_amount as _amount_impl
except ImportError:  # pragma: no cover
    _amount_impl = None


# ---- cleaning --------------------------------------------------------------------------------

_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _fallback_clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    text = _ILLEGAL.sub("", text.replace("\x0c", "\n"))
    return unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")


def clean_for_output(text: str) -> str:
    """NFC, look-alikes repaired, XML-illegal control characters removed (``\\n`` kept)."""
    if _clean_impl is not None:
        return _clean_impl(text)
    return _fallback_clean(text)


# ---- dates and periods -----------------------------------------------------------------------


def _parts(iso: str) -> tuple[int, int, int] | None:
    match = _PARTIAL.match(iso.strip())
    if not match:
        return None
    year, month, day = int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)
    if not 0 <= month <= 12 or not 0 <= day <= 31 or (day and not month):
        return None
    return year, month, day


def _fallback_single(iso: str, lang: str, bare: bool) -> str | None:
    parts = _parts(iso)
    if parts is None:
        return None
    year, month, day = parts
    if lang == "en":
        if day:
            return f"{day} {_MONTHS_EN[month - 1]} {year}"
        if month:
            return f"{_MONTHS_EN[month - 1]} {year}"
        return str(year)
    if day:
        return f"{day}/{month}/{year}"
    if month:
        return f"{month}/{year}" if bare else f"tháng {month}/{year}"
    return str(year) if bare else f"năm {year}"


def _fallback_period(start: str, end: str, lang: str) -> str | None:
    a, b = _parts(start), _parts(end)
    if a is None or b is None:
        return None
    (y1, m1, d1), (y2, m2, d2) = a, b
    if not d1 and not d2 and m1 and m2 and y1 == y2:
        if m1 == 1 and m2 == 12:
            return str(y1) if lang == "en" else f"năm {y1}"
        if lang == "en":
            return f"{_MONTHS_EN[m1 - 1]}–{_MONTHS_EN[m2 - 1]} {y1}"
        if m1 == 1:
            return f"{m2} tháng đầu năm {y1}"
        return f"từ tháng {m1} đến tháng {m2}/{y1}"
    if d1 and d2 and (y1, m1) == (y2, m2):
        if lang == "en":
            return f"{d1}–{d2} {_MONTHS_EN[m1 - 1]} {y1}"
        return f"{d1}–{d2}/{m1}/{y1}"
    left = _fallback_single(start, lang, bare=False)
    right = _fallback_single(end, lang, bare=False)
    if lang == "en":
        return f"{left} – {right}"
    return f"từ {left} đến {right}"


def _fallback_format_date(iso: str, lang: str, bare: bool = False) -> str:
    iso = iso.strip()
    if ".." in iso:
        start, _, end = iso.partition("..")
        return _fallback_period(start, end, lang) or iso
    return _fallback_single(iso, lang, bare) or iso


def format_date(iso: str, lang: str, bare: bool = False) -> str:
    """A partial ISO date or a ``start..end`` period, as readers of ``lang`` write it.

    Text that is not a date comes back unchanged (never an error: this runs on export).
    """
    if not iso:
        return ""
    if _date_impl is not None:
        try:
            result = _date_impl(iso, lang, bare=bare)
        except (ValueError, TypeError, KeyError):
            result = None
        if isinstance(result, str) and result:
            return result
    return _fallback_format_date(iso, lang, bare)


def period_label(iso: str, lang: str) -> str:
    """The period of a figure as shown after it: "năm 2023", "9 tháng đầu năm 2024", "2023"."""
    label = format_date(iso, lang)
    if lang == "vi" and re.fullmatch(r"\d{4}", label):
        label = f"năm {label}"
    return label


# ---- amounts ---------------------------------------------------------------------------------

_QUALIFIERS = {
    "vi": {"approx": "gần ", "more_than": "hơn ", "less_than": "dưới ", "exact": ""},
    "en": {"approx": "nearly ", "more_than": "more than ", "less_than": "less than ", "exact": ""},
}
_SCALES = {
    "vi": ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn")),
    "en": ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")),
}


def _fallback_amount(value: float, unit: str, lang: str, qualifier: str) -> str:
    lang = "en" if lang == "en" else "vi"
    number, word = value, ""
    for scale, name in _SCALES[lang]:
        if abs(value) >= scale:
            number, word = value / scale, name
            break
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    prefix = _QUALIFIERS[lang].get(qualifier, "")
    if lang == "en" and unit.upper() == "USD":
        return f"{prefix}USD {text}{' ' + word if word else ''}"
    return " ".join(p for p in (f"{prefix}{text}", word, unit) if p)


def format_amount(value: Any, unit: str, lang: str, qualifier: str = "exact") -> str:
    """1.3e9, "USD", "vi", "more_than" → "hơn 1,3 tỷ USD"."""
    if value is None:
        return ""
    if _amount_impl is not None:
        try:
            result = _amount_impl(value, unit, lang, qualifier)
        except (ValueError, TypeError, KeyError):
            result = None
        if isinstance(result, str) and result:
            return result
    try:
        return _fallback_amount(float(value), unit, lang, qualifier)
    except (TypeError, ValueError, OverflowError):
        return f"{value} {unit}".strip()
