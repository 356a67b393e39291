"""A figure told again without its period takes the period of its first telling (pure).

A report gives a figure with its span ("… trong 11 tháng năm 2025, với tổng vốn đăng ký
10,2 tỷ USD"; "Two-way trade reached $3.1 billion in the first nine months") and tells it
again further on, fuller but with a day or no span at all ("Tính đến ngày 30/11/2025, X dẫn
đầu …, với tổng vốn đăng ký 10,2 tỷ USD"; "the $3.1 billion in trade …"). Read alone, the
second telling has no period (or a stock's "as of" day) and would stand beside the first as
another value. The same pair, measure, amount and unit told earlier with a period are the
same figure: the later telling is counted over that period. A figure whose own telling
names a period keeps it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar


class _Figure(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def pair(self) -> str: ...
    @property
    def metric(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def period(self) -> str: ...


F = TypeVar("F", bound=_Figure)


def _reading(c: _Figure) -> tuple[str, str, float | None, str] | None:
    if c.kind != "figure" or not c.metric or c.value is None or c.unit in ("", "rank"):
        return None
    return (c.pair, c.metric, c.value, c.unit)


def restated_periods(candidates: list[F]) -> list[F]:
    """``candidates`` (in text order) with each undated figure that an earlier figure of the
    same reading told with a period dated by that period (and no "as of" day)."""
    periods: dict[tuple[str, str, float | None, str], str] = {}
    out: list[F] = []
    for c in candidates:
        reading = _reading(c)
        if reading is not None and c.period:
            periods.setdefault(reading, c.period)
        elif reading is not None and reading in periods:
            out.append(replace(c, period=periods[reading], as_of=""))  # type: ignore[type-var]
            continue
        out.append(c)
    return out


__all__ = ["restated_periods"]
