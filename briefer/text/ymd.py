"""Partial calendar dates: (year, month, day) with the finer parts possibly missing.

Owns the tuple shape the date reader builds and the date writer reads back, its validity,
its ISO text ("2024", "2024-05", "2024-05-25") and the English month names. Light on
purpose: writing a date must not compile the reader's patterns.
"""

from __future__ import annotations

import calendar
from typing import Final

YMD = tuple[int | None, int | None, int | None]  # year, month, day

MONTHS_EN: Final = (
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
# An English month, in full or cut short ("Sep", "Sept.", "June"), as a regex's group.
MONTH_EN_RX: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)


def read_iso(iso: str) -> YMD | None:
    parts = iso.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    if len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    ymd = (year, month, day)
    return ymd if valid_ymd(ymd) else None


def valid_ymd(ymd: YMD) -> bool:
    year, month, day = ymd
    if year is None or not 1 <= year <= 9999:
        return False
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def ymd_iso(ymd: YMD) -> str:
    year, month, day = ymd
    out = f"{year:04d}"
    if month is not None:
        out += f"-{month:02d}"
    if day is not None:
        out += f"-{day:02d}"
    return out


def ymd_key(ymd: YMD) -> tuple[int, int, int]:
    """An order on dates of one precision; a missing year sorts as if shared."""
    return (ymd[0] or 0, ymd[1] or 0, ymd[2] or 0)


__all__ = ["MONTHS_EN", "MONTH_EN_RX", "YMD", "read_iso", "valid_ymd", "ymd_iso", "ymd_key"]
