"""The period of a figure told without one, from the words or the figures around it (pure).

A year told in words: "… đạt 95 triệu USD năm ngoái", "… last year" (the year before the
text was published), "năm nay", "this year" (its own) — unless the figure is compared with it
("up from $16.7 billion last year").

A report gives the two-way total with its period, then breaks it down into the flows each
way without repeating the period: "Two-way trade reached $3.1 billion in the first nine
months of 2025. Exports to X accounted for $2.5 billion of that, while imports from X came
to $580 million", "… 10 tháng đầu năm 2025 đạt 1,46 tỷ USD. Trong đó, xuất khẩu … đạt
1,02 tỷ USD; nhập khẩu từ X đạt 440 triệu USD", "Trong 9 tháng, Việt Nam xuất khẩu sang X
471 triệu USD" (the months without their year). Such a flow is counted over the period of
the figure just before it in its sentence, else over that of the last dated figure of its
paragraph or of the paragraph before — never over a period further back, and never when the
flow is an aim (an aim's year is its own).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.spans import COMPARED
from briefer.ingest.targets import aims_at

# A sentence that breaks the one before it down: "Trong đó, …", "Of which, …".
BREAKDOWN: Final = re.compile(
    r"^(?:Trong\s+(?:số\s+)?đó|Of\s+(?:which|this|the\s+total)|Including)\b", re.I
)
# (a balance is the two flows' difference: it is counted over their period)
ONE_WAY: Final = frozenset(
    {
        "trade.exports",
        "trade.imports",
        "trade.balance",
        "trade.exports.goods",
        "trade.imports.goods",
    }
)
_SAID_YEAR: Final = re.compile(
    r"(?<!\w)(?:(?P<last>năm\s+ngoái|last\s+year)|năm\s+nay|this\s+year)(?!\w)",
    re.IGNORECASE,
)


# The year named as the end of a part of it: "the first 10 months of this year", "6 tháng
# đầu năm nay", "quý III năm ngoái", "the first half of last year" (the months are the
# period, told elsewhere; the whole year is none).
_PART_OF: Final = re.compile(
    r"(?<!\w)(?:months?|quarters?|half|tháng(?:\s+đầu|\s+cuối)?|quý\s+\w+|nửa\s+đầu)"
    r"(?:\s+of)?\s*$",
    re.IGNORECASE,
)


def said_year(text: str, start: int, end: int, published_on: str) -> str:
    """The year ``text[start:end]`` (a figure's clause) names in words, "" if none, if it
    is what the figure is compared with or if it closes a part of it ("the first 10 months
    of this year")."""
    found = _SAID_YEAR.search(text, start, end) if published_on else None
    if found is None or COMPARED.search(text[: found.start()]):
        return ""
    if _PART_OF.search(text, 0, found.start()):
        return ""
    return str(int(published_on[:4]) - (1 if found.group("last") else 0))


def flow_period(
    metric: str,
    own: str,
    before_it: str,
    last: tuple[int, str] | None,
    paragraph: int,
    published_on: str,
) -> str:
    """The period a one-way flow (``metric``) without its own takes, or "".

    ``own`` is the flow's part of its clause up to the amount; ``before_it`` the period of the
    figure just before it in its sentence; ``last`` the (paragraph, period) of the last dated
    figure of the text; ``paragraph`` the flow's paragraph."""
    if metric not in ONE_WAY or aims_at(own, "", published_on):
        return ""
    found = before_it or (last[1] if last is not None and 0 <= paragraph - last[0] <= 1 else "")
    if found and published_on and found[:4] > published_on[:4]:
        return ""  # (a target's year ahead, "… 1 tỷ USD vào năm 2030", is no flow's period)
    return found


__all__ = ["BREAKDOWN", "ONE_WAY", "flow_period", "said_year"]
