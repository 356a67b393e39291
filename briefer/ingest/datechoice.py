"""Choosing an article's publication day by agreement between the signals that date it
(pure): the page's declared, linked and shown days and the text's, weighed and summed per
day, so that a declared day two other signals contradict gives way to theirs."""

from __future__ import annotations

from typing import Final

# How directly each signal dates the page: the markup's declared day (meta tags, <time>,
# linked data), the day an element shows (a stamp), the text's (a stamp line, a place and
# date, else the lead's day).
DATE_WEIGHTS: Final[dict[str, float]] = {"declared": 3, "linked": 3, "shown": 2, "text": 2}


def choose_date(claims: list[tuple[str, str]]) -> str:
    """The publication day the signals agree on most (the weights of the signals naming each
    day, summed; a tie goes to the day named first): a page's declared day that the day it
    shows and its text's stamp both contradict gives way to theirs."""
    score: dict[str, float] = {}
    for signal, iso in claims:
        if iso:
            score[iso] = score.get(iso, 0.0) + DATE_WEIGHTS[signal]
    return max(score, key=lambda iso: score[iso]) if score else ""


__all__ = ["DATE_WEIGHTS", "choose_date"]
