"""The day a stock figure stands at: "Tính đến hết tháng 9/2025, … có 49 dự án … tổng vốn
đăng ký 214 triệu USD", "as of June 2025, … invested USD 1.2 billion".

A flow counted up to a day runs from the year's start (``2025-01..2025-09``, decided in
:mod:`briefer.ingest.candidates`); a stock — the projects and registered capital an investor
holds — has no span: it is what stands at that month or day, so its period is that date.
"""

from __future__ import annotations

from typing import Final

# Metrics that count what stands at a date (accumulated investment), not what flowed in a span.
_STOCKS: Final = frozenset({"investment.total", "investment.projects"})


def stock_period(metric: str, upto: str) -> str:
    """The period of a figure of ``metric`` counted up to the ISO date ``upto``: the date
    itself for a stock, else "" (a flow's period is decided elsewhere)."""
    return upto if metric in _STOCKS else ""
