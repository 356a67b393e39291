"""Sentences that hold no fact of the pair, by the kind of line they are (pure).

One question for the candidate finder (:mod:`briefer.ingest.candidates`): is this sentence
a correction note's or a meeting record's roll (:mod:`briefer.ingest.notelines`), one
country's own public finances or regional rank (:mod:`briefer.ingest.owneconomy`), or an
item of a news-in-brief column about something else (:mod:`briefer.ingest.briefs`)?
"""

from __future__ import annotations

from briefer.ingest.briefs import off_item
from briefer.ingest.notelines import correction_note, roll_line
from briefer.ingest.owneconomy import own_economy


def beside_the_pair(body: str, start: int, end: int, partner: str, briefs: bool) -> bool:
    """Whether the sentence at ``start:end`` of ``body`` is no fact of the pair with
    ``partner`` (``briefs``: the text is a column of news in brief)."""
    text = body[start:end]
    if correction_note(body, start) or roll_line(text) or own_economy(text):
        return True
    return briefs and off_item(body, start, end, partner)


__all__ = ["beside_the_pair"]
