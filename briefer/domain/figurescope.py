"""Whether a figure's amount is the pair's at all, for the English sentence (pure).

A draft filed as the pair's trade or investment may be a figure of one country with the
whole world, or of one part of the pair's trade: "GDP của … tăng 5,9%", "Turkmenistan's
foreign trade turnover exceeded $11 billion", "Globally, Danish companies invested … overseas",
"… quản lý khối tài sản trên 520 tỷ USD", "Riêng qua cửa khẩu …, kim ngạch xuất nhập khẩu
đạt …". Stated "Two-way trade between Viet Nam and X reached …" each would be wrong.
:func:`not_the_pairs` reads the words before the amount in its quote for such a scope —
an economy's output, a country's trade or investment with the world, assets, one border
crossing, an industrial park's investors from everywhere — by what the words say, never by
the sentences of articles. It only ever takes a sentence away: the desk writes what is left.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.flowgoods import amount_at, clause_before

_SCOPE: Final = re.compile(
    r"(?<![^\W\d_])(?:GDP|GRDP|GNP|ngoại\s+thương|foreign\s+trade|external\s+trade|overseas|"
    r"abroad|globally|worldwide|ra\s+nước\s+ngoài|toàn\s+cầu|tài\s+sản|assets|"
    r"cửa\s+khẩu|border\s+(?:gate|crossing)s?|tăng\s+trưởng\s+kinh\s+tế|economy\s+grew|"
    r"khu\s+công\s+nghiệp|industrial\s+(?:park|zone|estate)s?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_WINDOW: Final = 160


def not_the_pairs(quote: str, value: float, unit: str) -> bool:
    """Whether the words before the amount ``value`` ``unit`` in ``quote`` give it another
    scope than the pair's (an economy, the world, assets, one border crossing)."""
    span = amount_at(quote, value, unit)
    return span is not None and bool(_SCOPE.search(clause_before(quote, span[0], _WINDOW)))


__all__ = ["not_the_pairs"]
