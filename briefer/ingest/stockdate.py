"""The period of a stock counted up to a month (pure).

"Tính đến hết tháng 9/2026, Ấn Độ có 430 dự án còn hiệu lực … với tổng vốn đăng ký … 1,1
tỷ USD", "As of January 2026, Belgian investors held 94 valid projects …": an investment
stock is what stands at that month, so the month is its period ("2026-09"). A flow counted
up to a month runs from the year's start (the candidate finder reads that); so does an
investment told as new ("vốn đăng ký mới", "newly registered"), which stays undated here.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.dates import DateRef

# (what came in over the months, not what stands: a flow, whose period is the months run)
_NEW: Final = re.compile(
    r"(?<![^\W\d_])(?:mới|tăng\s+thêm|điều\s+chỉnh|góp\s+vốn|new|newly|additional|fresh)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def stock_period(metric: str, clause: str, upto: DateRef) -> str:
    """The month ``upto`` names as the period of an investment stock in ``clause``, else ""."""
    if not metric.startswith("investment.") or upto.precision != "month":
        return ""
    if _NEW.search(clause):
        return ""
    return upto.start[:7]


__all__ = ["stock_period"]
