"""A long kicker in mixed case over a headline set in capitals (pure).

Some papers set the headline in capitals and put a line of their own over it in ordinary
case: the occasion or the series the piece belongs to ("Kỷ niệm 30 năm quan hệ ngoại giao
Việt Nam - Fiji" over "VIỆT NAM - FIJI: BA THẬP KỶ …"). A label over a headline is short as
a rule (:mod:`briefer.ingest.head` reads one of five words or fewer), but a kicker of this
kind may run as long as a headline. What tells it is the line right under it: a headline in
capitals at least as long, not a sentence, not a menu. (Under a headline in mixed case, a
line in capitals that long would be a shouted dek; a short one is a byline or a name.)

Owns :func:`kicker_over_caps`, which the head's reader asks about a line too long to be a
label.
"""

from __future__ import annotations

from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest.found import Line

_CAPS_HEADLINE_WORDS: Final = 8  # (head.py's: a headline in capitals is a long line)


def kicker_over_caps(text: str, below: list[Line]) -> bool:
    """Whether ``text``, in mixed case, is a kicker over the headline in capitals that is the
    next kept line of ``below``."""
    if fur.is_upper(text) or fur.ends_sentence(text) or text.endswith((".", ":", "?")):
        return False
    headline = next((line.text for line in below if line.kept), "")
    size = len(fur.words(headline))
    return (
        fur.is_upper(headline)
        and size >= max(_CAPS_HEADLINE_WORDS, len(fur.words(text)))
        and not fur.ends_sentence(headline)
        and not headline.endswith(".")
        and not fur.menu(headline)
    )


__all__ = ["kicker_over_caps"]
