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

A flow may bring a total up in the same sentence: "nhập khẩu từ X đạt 16 tỷ USD, đưa tổng
kim ngạch song phương lên 150 tỷ USD", "exports rose to $2 billion, bringing two-way trade to
$3 billion". The total is counted over the period of the flow before it — when that period
is a year or a run of months from January (a month's or a quarter's flow brings up a total
over a longer run, which this sentence does not tell) and the total's clause names no span
of its own ("từ đầu năm", "so far this year").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.spans import COMPARED, Sentence
from briefer.ingest.targets import aims_at

# A sentence that breaks the one before it down: "Trong đó, …", "Of which, …"; or singles
# out one part of it: "Riêng cảng X đạt …" (a part told with its own period, "Riêng quý III,
# …", keeps it: the breakdown is read only for a figure without one).
BREAKDOWN: Final = re.compile(
    r"^(?:Trong\s+(?:số\s+)?đó|Of\s+(?:which|this|the\s+total)|Including|Riêng)\b", re.I
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


# "…, đưa tổng kim ngạch … lên", "…, nâng tổng … lên", "…, bringing/taking total trade to":
# the clause of a total that the figure before it brings up.
_BRINGS: Final = re.compile(
    r"^[\s,;]*(?:(?:qua\s+đó|từ\s+đó|và)\s+)?(?:(?:đưa|nâng)\s+(?:tổng\s+)?[^.;]{0,80}?\s(?:lên|đạt)"
    r"|(?:bringing|taking|lifting|pushing|raising)\s+[^.;]{0,80}?\sto)\s",
    re.IGNORECASE,
)
# A span the total names of its own ("từ đầu năm", "lũy kế", "so far", "year-to-date").
_OWN_SPAN: Final = re.compile(
    r"từ\s+đầu|lũy\s+kế|luỹ\s+kế|cả\s+năm|so\s+far|to\s+date|for\s+the\s+year|since",
    re.IGNORECASE,
)
# The periods a total brought up shares: a year, or a run of months from January.
_WHOLE_RUN: Final = re.compile(r"^(\d{4})(?:-01\.\.\1-\d{2})?$")


def brought_total(own: str, before_it: str) -> str:
    """The period of a total ``own`` (its clause up to the amount) says the figure before it
    brings up: ``before_it`` (that figure's period) when it is a year or a run from January
    and the clause names no span of its own; else ""."""
    if not before_it or not _WHOLE_RUN.match(before_it):
        return ""
    found = _BRINGS.match(own)
    if found is None or _OWN_SPAN.search(own):
        return ""
    return before_it


# A paragraph opening on the figure just told: "The figure(s)/data was …", "These figures …",
# "Thông tin/Số liệu/Con số này được …".
_TOLD_BACK: Final = re.compile(
    r"^\s*(?:(?:The|These|This|Those)\s+(?:figures?|data|numbers?|statistics)"
    r"|(?:Thông\s+tin|Số\s+liệu|Con\s+số)(?:\s+(?:này|trên|đó))?\s+(?:được|do|này|trên|đó))\b",
    re.IGNORECASE,
)


def breakdown_period(
    last: tuple[int, str] | None,
    last_figure: tuple[int, str, str] | None,
    paragraph: int,
    head: bool,
    between: str = "",
) -> str:
    """The period a breakdown ("Trong đó, …", "Of which, …") without its own takes: that of
    the last dated figure (``last``: paragraph, period) in its own paragraph; at a paragraph's
    head, in the paragraph before — or two before when the paragraph between (``between``)
    tells no figure (``last_figure``, the paragraph of the last figure told, is then the dated
    one's) and opens on that figure told back ("The figure was announced at …", "Số liệu được
    công bố tại …"): a line on where the total came from, not a new topic."""
    if last is None:
        return ""
    if last[0] == paragraph or (head and last[0] == paragraph - 1):
        return last[1]
    bare = last_figure is not None and last_figure[0] == last[0] and _TOLD_BACK.match(between)
    return last[1] if head and bare and last[0] == paragraph - 2 else ""


def prior_line(body: str, s: Sentence) -> str:
    """The paragraph before sentence ``s`` of ``body`` ("" at the text's head)."""
    return body[: s.start].rstrip("\n").rsplit("\n", 1)[-1]


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
    if aims_at(own, "", published_on):
        return ""
    if metric not in ONE_WAY:
        return brought_total(own, before_it)
    found = before_it or (last[1] if last is not None and 0 <= paragraph - last[0] <= 1 else "")
    if found and published_on and found[:4] > published_on[:4]:
        return ""  # (a target's year ahead, "… 1 tỷ USD vào năm 2030", is no flow's period)
    return found


__all__ = [
    "BREAKDOWN",
    "ONE_WAY",
    "breakdown_period",
    "brought_total",
    "flow_period",
    "prior_line",
    "said_year",
]
