"""Writing dates back: partial ISO dates and periods → Vietnamese or English text.

Owns :func:`format_date` ("2024-01..2024-09" → "9 tháng đầu năm 2024" / "January–September
2024"), used by the renderers, the English suggestions and the review commands.
"""

from __future__ import annotations

from typing import Final

from briefer.text.ymd import MONTHS_EN, YMD, read_iso, ymd_key


def _parse_iso_or_range(iso: str) -> tuple[YMD, YMD]:
    first, sep, last = iso.strip().partition("..")
    start = read_iso(first)
    end = read_iso(last) if sep else start
    if start is None or end is None:
        raise ValueError(f"not an ISO date, month, year or range of them: {iso!r}")
    if (start[1] is None) != (end[1] is None) or (start[2] is None) != (end[2] is None):
        raise ValueError(f"the two ends of {iso!r} have different precisions")
    if ymd_key(end) < ymd_key(start):
        raise ValueError(f"{iso!r} ends before it starts")
    return start, end


def _month_name(month: int | None) -> str:
    assert month is not None
    return MONTHS_EN[month - 1]


def _format_single(ymd: YMD, lang: str, bare: bool) -> str:
    year, month, day = ymd
    if day is not None:
        return f"{day}/{month}/{year}" if lang == "vi" else f"{day} {_month_name(month)} {year}"
    if month is not None:
        if lang == "vi":
            return f"{month}/{year}" if bare else f"tháng {month}/{year}"
        return f"{_month_name(month)} {year}"
    return str(year) if bare or lang != "vi" else f"năm {year}"


def _format_days(start: YMD, end: YMD, lang: str) -> str:
    (y1, m1, d1), (y2, m2, d2) = start, end
    if lang == "vi":
        if (y1, m1) == (y2, m2):
            return f"{d1}-{d2}/{m1}/{y1}"
        if y1 == y2:
            return f"{d1}/{m1} - {d2}/{m2}/{y2}"
        return f"{d1}/{m1}/{y1} - {d2}/{m2}/{y2}"
    if (y1, m1) == (y2, m2):
        return f"{d1}–{d2} {_month_name(m1)} {y1}"
    if y1 == y2:
        return f"{d1} {_month_name(m1)} – {d2} {_month_name(m2)} {y2}"
    return f"{d1} {_month_name(m1)} {y1} – {d2} {_month_name(m2)} {y2}"


_ROMAN_OUT: Final = ("I", "II", "III", "IV")


def _format_months(start: YMD, end: YMD, lang: str, bare: bool) -> str:
    (y1, m1, _), (y2, m2, _) = start, end
    assert m1 is not None and m2 is not None
    if y1 != y2:
        if lang == "vi":
            prefix = "" if bare else "tháng "
            return f"{prefix}{m1}/{y1} - {prefix}{m2}/{y2}"
        return f"{_month_name(m1)} {y1} – {_month_name(m2)} {y2}"
    if lang != "vi":
        return f"{_month_name(m1)}–{_month_name(m2)} {y1}"
    if m1 % 3 == 1 and m2 == m1 + 2:
        return f"quý {_ROMAN_OUT[m1 // 3]}/{y1}"
    if m1 == 1:
        return f"{m2} tháng {y1}" if bare else f"{m2} tháng đầu năm {y1}"
    if m2 == 12:
        return f"{13 - m1} tháng cuối năm {y1}"
    return f"tháng {m1}-{m2}/{y1}"


def format_date(iso: str, lang: str, bare: bool = False) -> str:
    """Write an ISO date, month, year, range or period as the briefs do.

    ``"1971-03-25"`` → "25/3/1971" / "25 March 1971"; ``"2007-05"`` → "tháng 5/2007" /
    "May 2007"; ``"1994"`` → "năm 1994" / "1994"; ``"2024-01..2024-09"`` →
    "9 tháng đầu năm 2024" / "January–September 2024"; ``"2014..2024"`` → "2014-2024".
    ``bare=True`` drops the Vietnamese "tháng"/"năm" prefixes ("5/2007", "1994",
    "9 tháng 2024") for callers that write their own. Raises ValueError on anything that
    is not such an ISO string.
    """
    lang = "vi" if lang == "vi" else "en"
    start, end = _parse_iso_or_range(iso)
    if start == end:
        return _format_single(start, lang, bare)
    if start[2] is not None:
        return _format_days(start, end, lang)
    if start[1] is not None:
        return _format_months(start, end, lang, bare)
    return f"{start[0]}-{end[0]}" if lang == "vi" else f"{start[0]}–{end[0]}"


__all__ = ["format_date"]
