"""Whether a visit's quote says it is still to come, for the English sentence (pure).

"Prime Minister X is expected to pay an official visit to Vietnam in the fourth quarter",
"Thương vụ sẽ tổ chức đoàn doanh nghiệp sang …", "dự kiến thăm chính thức …": the quote's
own tense says the visit has not happened, whatever the date; stated "X visited Viet Nam" it
would be wrong. :func:`visit_tense` reads that tense from the quote's words: an expectation
or a plan ("is expected to", "plans to", "dự kiến", "dự định", "kế hoạch") or a plain future
("will", "is to", "sẽ", "sắp"). A quote that also says something was done ("đã", "visited",
"paid") is read as past: its future words may be another clause's.
"""

from __future__ import annotations

import re
from typing import Final, Literal

EXPECTED: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated)\s+to"
    r"|plans?\s+to|planning\s+to|intends?\s+to|dự\s+kiến|dự\s+định|theo\s+kế\s+hoạch"
    r"|có\s+kế\s+hoạch)(?![^\W\d_])",
    re.IGNORECASE,
)
FUTURE: Final = re.compile(
    r"(?<![^\W\d_])(?:will|shall|is\s+to|are\s+to|upcoming|forthcoming|sẽ|sắp)(?![^\W\d_])",
    re.IGNORECASE,
)
_DONE: Final = re.compile(
    r"(?<![^\W\d_])(?:đã|vừa|visited|paid|made|held|concluded|began|arrived|was\s+on"
    r"|were\s+on|led|last)(?![^\W\d_])",
    re.IGNORECASE,
)


def visit_tense(quote: str) -> Literal["expected", "future", "past"]:
    """ "expected" (a plan or an expectation), "future" or "past" by the quote's words."""
    if _DONE.search(quote):
        return "past"
    if EXPECTED.search(quote):
        return "expected"
    return "future" if FUTURE.search(quote) else "past"


__all__ = ["EXPECTED", "FUTURE", "visit_tense"]
