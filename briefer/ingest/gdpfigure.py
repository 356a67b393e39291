"""An economy's size or growth told by its GDP is no fact of the pair (pure).

"GDP năm 2024 đạt khoảng 31 tỷ USD", "Ba Lan là nền kinh tế lớn thứ 6 trong EU, với GDP khoảng
915 tỷ USD", "GDP quý III/2025 của nước này tăng 5,2%", "Uruguay's GDP per capita is about
US$23,000": one country's own output (a note's background on the partner, or a third
country's), never Việt Nam's trade or investment with it. The amount is the GDP's when GDP is
the last thing its clause names before it — no flow ("xuất khẩu", "kim ngạch", "trade") and no
comma between: "GDP đạt 74 tỷ USD, trong đó dầu khí chiếm 90% kim ngạch xuất khẩu" leaves the
share after the comma to its own reading, and "chiếm 17% GDP" (GDP after the amount) is a share.
A sentence of sizes alone is left out whole by :mod:`briefer.ingest.ownsize`; this reads the
one amount in a sentence that tells more ("GDP … đạt 43 tỷ USD, trong đó nông nghiệp …",
"Mông Cổ có GDP khoảng 23 tỷ USD, kinh tế phụ thuộc … xuất khẩu than …"), as the older keys
hold no GDP as a fact either.
"""

from __future__ import annotations

import re
from typing import Final

_GDP: Final = re.compile(
    r"(?<![^\W\d_])(?:GDP|GNP|tổng\s+sản\s+phẩm\s+quốc\s+nội|gross\s+domestic\s+product)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# What would make the amount another thing's: a flow, a clause's break.
_OTHER: Final = re.compile(
    r"[,;:]|(?<![^\W\d_])(?:xuất\s+khẩu|nhập\s+khẩu|kim\s+ngạch|thương\s+mại|đầu\s+tư|vốn"
    r"|trade|exports?|imports?|investment|FDI|remittances?|revenue|doanh\s+thu)(?![^\W\d_])",
    re.IGNORECASE,
)


# GDP as what something adds to ("đóng góp vào GDP với 4,5 triệu lượt khách", "contributes to
# GDP"): the amount is the contributor's, no GDP's size.
_INTO: Final = re.compile(r"(?<![^\W\d_])(?:vào|cho|to|into)\s+(?:the\s+)?\Z", re.IGNORECASE)


def gdp_amount(before: str) -> bool:
    """Whether the amount after ``before`` (its clause up to it) is a GDP's size or growth."""
    found = list(_GDP.finditer(before))
    if not found or _INTO.search(before[: found[-1].start()]):
        return False
    between = before[found[-1].end() :]
    return len(between) <= 60 and not _OTHER.search(between)


__all__ = ["gdp_amount"]
