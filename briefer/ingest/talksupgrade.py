"""Ties raised at the talks, told without a date of their own (pure): "Vietnamese Prime
Minister X held talks with his Fijian counterpart … on Monday" and, below, "The two leaders
agreed to elevate relations to a Comprehensive Partnership …"; "Ngày 12/3, … hội đàm với …"
and "Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược …". The leaders decided it at
the talks the text tells (a standfirst's summing-up above them too), so the raising is a
milestone on the talks' day — an event, not an undated statement."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefer.ingest.candidate import Candidate

# Talks held (the event that dates the day).
_TALKS: Final = re.compile(
    r"(?<![^\W\d_])(?:hội\s+đàm|held\s+talks|talks\s+with|holds\s+talks)(?![^\W\d_])",
    re.IGNORECASE,
)
# The sides agreeing to raise the ties to a named partnership.
_AGREED_RAISE: Final = re.compile(
    r"(?<![^\W\d_])(?:agreed|decided|nhất\s+trí|quyết\s+định|thống\s+nhất)\s+(?:to\s+)?"
    r"(?:elevate|upgrade|raise|lift|nâng\s+cấp|nâng)\s+(?:\S+\s+){0,4}?(?:to|lên|thành)\s+"
    r"(?:an?\s+|the\s+)?(?P<kind>(?:[\w-]+\s+){0,3}?)(?:Partnership|Đối\s+tác|đối\s+tác)"
    r"(?P<after>(?:\s+[\w-]+){0,3})",
    re.IGNORECASE,
)

# A raising put off to later ("… trong thời gian tới", "sớm nâng cấp", "consider elevating",
# "in the near future"): an aim, not a milestone.
_LATER: Final = re.compile(
    r"(?<![^\W\d_])(?:thời\s+gian\s+tới|tương\s+lai|sớm|hướng\s+tới|xem\s+xét|nghiên\s+cứu"
    r"|in\s+the\s+(?:near\s+)?future|soon|consider\w*|explor\w+|work\s+towards?|at\s+an"
    r"\s+appropriate\s+time|thời\s+điểm\s+phù\s+hợp)(?![^\W\d_])",
    re.IGNORECASE,
)


def partnership_metric(kind: str) -> str:
    words = kind.casefold()
    if ("strategic" in words or "chiến lược" in words) and (
        "comprehensive" in words or "toàn diện" in words
    ):
        return "relations.comprehensive_strategic_partnership"
    if "strategic" in words or "chiến lược" in words:
        return "relations.strategic_partnership"
    if "comprehensive" in words or "toàn diện" in words:
        return "relations.comprehensive_partnership"
    return "relations.partnership"


def raised_at_talks(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each undated statement whose sides agree to raise the ties to a
    partnership made an event on the day of the talks the text tells."""
    talks = next(
        (
            c
            for c in candidates
            if c.kind == "event" and len(c.event_date) == 10 and _TALKS.search(c.quote)
        ),
        None,
    )
    if talks is None:
        return candidates
    out: list[Candidate] = []
    for c in candidates:
        raised = _AGREED_RAISE.search(c.quote) if c.kind == "statement" else None
        if raised is None or _LATER.search(c.quote):
            out.append(c)
            continue
        # (the kind may follow the noun in Vietnamese: "Đối tác chiến lược toàn diện")
        metric = partnership_metric(raised.group("kind") + " " + raised.group("after"))
        out.append(
            replace(
                c,
                kind="event",
                topic="diplomatic",
                metric=metric,
                event_date=talks.event_date,
                reasons=(*c.reasons, f"agreed at the talks on {talks.event_date}"),
            )
        )
    return out


__all__ = ["partnership_metric", "raised_at_talks"]
