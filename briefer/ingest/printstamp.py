"""A print version's stamp of when it was printed, which dates no article (pure).

Owns telling a page's printed-on stamp from its publication day. A print-friendly page or
a "Bản in" view stamps the moment the reader printed it ("Printed: 11/12/2025, 09:14",
"Ngày in: 02/12/2025", "In lúc 10:30 ngày …") in an element marked as a date
("print-date"): that is the reader's day, not the outlet's, and must not date the article.
"""

from __future__ import annotations

import re
from typing import Final

# A class or id marking the print's own stamp ("print-date", "printed_on", "printTime").
_PRINT_MARK: Final = re.compile(r"print(?:ed)?[\s_-]?(?:date|time|on|stamp|at)", re.IGNORECASE)
# The stamp's label: "Printed: …", "Printed on …", "Ngày in: …", "In lúc …", "In ngày …".
_PRINT_LABEL: Final = re.compile(
    r"^(?:Printed(?:\s+(?:on|at))?|Print\s+date|Date\s+printed|Ngày\s+in|In\s+(?:lúc|ngày|vào))"
    r"\s*:?\s*\d",
    re.IGNORECASE,
)


def print_stamp(marks: str, text: str) -> bool:
    """An element that stamps when the page was printed ("print-date", "Printed: …")."""
    text = text.strip()
    # (a mark alone may name a paper's print edition: its stamp tells the moment, a clock time)
    clocked = re.search(r"\b\d{1,2}[:h]\d{2}\b", text) is not None
    return bool(_PRINT_LABEL.match(text) or (_PRINT_MARK.search(marks) and clocked))


__all__ = ["print_stamp"]
