"""Figures that are aims, not results (pure): "expected to lift non-oil trade to US$20 billion
by 2030", "phấn đấu đưa kim ngạch lên 10 tỷ USD vào năm 2030". Read as the period's figure,
a target would stand in a brief as trade that "reached" a sum in a year still to come, and
push the real latest figure out; so a target keeps its metric with ``.target`` after it, and
the brief and the conflict checks never take it for the measured one."""

from __future__ import annotations

import re
from typing import Final

# Words before the amount, in its own part of the clause, that make it an aim or a forecast.
_AIM: Final = re.compile(
    r"\b(?:targets?|targeted|targeting|aim(?:s|ed|ing)?\s+(?:to|at|for)|goals?|ambition"
    r"|expected\s+to|projected|forecast|set\s+to|plan(?:s|ned)?\s+to|hop(?:e|es|ed)\s+to"
    r"|seek(?:s|ing)?\s+to|strive\s+to|to\s+(?:reach|hit|lift|raise|double|triple)"
    r"|(?:will|would|could|shall)\s+(?:reach|hit|lift|raise|double|triple|boost|increase|grow"
    r"|rise|exceed|top))\b"
    r"|(?<!\w)(?:mục\s+tiêu|phấn\s+đấu|hướng\s+tới|hướng\s+đến|dự\s+kiến|dự\s+báo|kỳ\s+vọng"
    r"|sẽ\s+(?:đạt|tăng|vượt|lên))(?!\w)"
    # what two sides agree to work for: "agreed to work towards doubling bilateral trade to
    # $5 billion", "nhất trí đưa kim ngạch thương mại lên 1 tỷ USD" (a result says "đạt")
    # ("…, raising two-way trade to $2 billion" is a result: only a gerund asked for is aimed)
    r"|\bwork(?:s|ed|ing)?\s+towards?\b|\b(?:on|discuss\w*|consider\w*|explor\w*|ways?\s+of"
    r"|plans?\s+for)\s+(?:doubling|tripling|raising|lifting|boosting|increasing)\b"
    r"|(?<!\w)(?:nhất\s+trí|thống\s+nhất|cam\s+kết|agreed|agree)\s+(?:\S+\s+){0,6}?"
    r"(?:đưa|nâng)(?!\w)",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"^(\d{4})")


def aims_at(before: str, period: str, published_on: str) -> bool:
    """Whether an amount is an aim or a forecast: an aim's words in ``before`` (its clause up
    to the amount, from the figure before it on), or a period that begins after the year the
    text was published ("by 2030" in a text of 2025)."""
    if _AIM.search(before):
        return True
    start, today = _YEAR.match(period), _YEAR.match(published_on)
    return bool(start and today and int(start.group(1)) > int(today.group(1)))


def target_metric(metric: str) -> str:
    """The metric an aim is filed under: "trade.total" → "trade.total.target"."""
    return f"{metric}.target" if metric and not metric.endswith(".target") else metric


def aimed(metric: str, before: str, period: str, published_on: str) -> str:
    """A figure's metric, as a target's when the figure is an aim (:func:`aims_at`)."""
    return target_metric(metric) if aims_at(before, period, published_on) else metric


__all__ = ["aimed", "aims_at", "target_metric"]
