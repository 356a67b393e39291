"""The day or month a printed document's running head dates it by (pure), beside the
paper's dated issue (:func:`briefer.ingest.issuedays.issue_day`):

- a series' numbered piece: a think tank's or an office's commentary series repeats its
  name, the piece's number and its day on every page ("PacNet Commentary #78 - October 22,
  2025", "Policy Brief No. 12 | 3 March 2026", "Bình luận số 45 - 12/11/2025") —
  :func:`series_day`;
- a monthly's issue dated by its month alone ("TẠP CHÍ X - Số 11 (215) - Tháng 11/2025",
  "BẢN TIN X – Số 10, tháng 10/2025": a comma may part the number from the month):
  the month, when nothing dates the day — :func:`issue_month`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.runninghead import EDGE_PARTS
from briefer.text.dates import find_dates

# A series' name ending on its number: "PacNet Commentary #78", "Policy Brief No. 12".
_NUMBERED: Final = re.compile(
    r"^[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,5}\s+(?:#|No\.?\s*|Nr\.?\s*|Số\s+|số\s+)"
    r"\d{1,4}$"
)
_MAX_CHARS: Final = 120
# An issue's number, with its running count in brackets: "Số 11 (215)", "No. 4", "Issue 12";
# "No. 14/2025": the number within its year.
# ("Issue No. 9", "Volume 3, No. 9": the issue's noun before its number's sign)
_ISSUE_NUMBER: Final = (
    r"(?:(?:Vol\.?|Volume)\s*\d{1,3}\s*[,·]?\s*)?(?:Issue\s+(?:No\.?|Nr\.?|#)|Số|SỐ|No\.?|Issue"
    r"|Nr\.?)\s*\d{1,5}(?:/(?:19|20)\d{2})?(?:\s*\(\d{1,5}\))?"
)
_ISSUE: Final = re.compile(rf"^{_ISSUE_NUMBER}$", re.I)


def series_day(edges: list[str]) -> str:
    """The ISO day of a running head that names a series' numbered piece and a day ("")."""
    for edge in edges:
        parts = [p for p in EDGE_PARTS.split(edge.strip()) if p]
        if len(edge) > _MAX_CHARS or len(parts) < 2 or not _NUMBERED.match(parts[0]):
            continue
        days = [
            d.start
            for p in parts[1:]
            for d in find_dates(p)
            if d.precision == "day" and len(d.start) == 10
        ]
        if len(days) == 1:
            return days[0]
    return ""


# "Số 10, tháng 10/2025", "No. 7, July 2025", "Volume 3, No. 9, October 2025": the issue's
# number (a comma may stand inside it too), a comma, then its date
_ISSUE_COMMA: Final = re.compile(rf"^(?P<issue>{_ISSUE_NUMBER}),\s+(?P<rest>\S.*)$", re.I)


def _issue_comma(part: str) -> list[str]:
    """``part`` split after an issue's number that a comma ends, else ``[part]``."""
    match = _ISSUE_COMMA.match(part)
    return [part] if match is None else [match["issue"], match["rest"]]


def issue_month(edges: list[str]) -> str:
    """The ISO month ("2025-11") a periodical's running head dates its issue by, when it
    gives a month and no day ("")."""
    for edge in edges:
        parts = [q for p in EDGE_PARTS.split(edge.strip()) if p for q in _issue_comma(p)]
        at = next((i for i, p in enumerate(parts) if _ISSUE.match(p)), 0)
        if len(edge) > _MAX_CHARS or at == 0 or re.search(r"\d", " ".join(parts[:at])):
            continue  # (a name first, then the issue's number, then its date)
        found = [d for p in parts[at + 1 :] for d in find_dates(p)]
        if len(found) == 1 and found[0].precision == "month" and len(found[0].start) == 7:
            return found[0].start
    return ""


__all__ = ["issue_month", "series_day"]
