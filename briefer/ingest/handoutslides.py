"""A slide deck printed as a handout (pure): its slides' labels and its title slide.

A handout of slides prints each slide's number over its text, alone or with the slide's
heading ("Slide 3 – Trade", "Slide 1/7", "Trang chiếu 2: …", "Diapositive 4"): the deck's
numbering, not what it says. Its first slide, above the first numbered one, holds the talk's
title and under it who gives it and where ("Dr Name – Faculty of …", "Conference “…” – City,
12/11/2025"): the card of the talk, no paragraph of it. A text is a deck when two lines at
least are slide labels; nothing here touches any other text.

This module owns :func:`mark_slides`; who presents the deck, and when, is ``slidedeck``'s.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Found, Line
from briefer.text.dates import find_dates

_LABEL: Final = re.compile(
    r"^(?:Slide|Trang\s+chiếu|Diapositive|Diapositiva|Folie|Dia)\s+(?P<n>\d{1,3})"
    r"(?:\s*/\s*\d{1,3})?(?:\s*[–—:.-]\s*(?P<heading>\S.{0,100}))?$",
    re.IGNORECASE,
)
_MIN_LABELS: Final = 2
_CARD_LINES: Final = 6  # the title slide's lines: a title, a speaker, an event, a day
_STOPS: Final = (".", ";", "?")
_ISO_DAY: Final = 10


def slide_label(text: str) -> bool:
    """Whether ``text`` is a slide's number, with or without its heading."""
    return _LABEL.match(text.strip()) is not None


def mark_slides(lines: list[Line], found: Found) -> None:
    """Mark a deck's slide labels and the lines of its title slide (see the docstring); the
    one day the title slide gives (its event's) dates the deck."""
    labels = [i for i, line in enumerate(lines) if slide_label(line.text)]
    if len(labels) < _MIN_LABELS:
        return
    for i in labels:
        if lines[i].kept:
            lines[i].reason = "slide label"
    card = list(range(labels[0]))
    first = _LABEL.match(lines[labels[0]].text.strip())
    if first is not None and first.group("n") == "1" and not first.group("heading"):
        # ("Slide 1" bare over the title slide's lines: they run to the next label)
        card += list(range(labels[0] + 1, labels[1]))
    for i in card[:_CARD_LINES] if len(card) <= _CARD_LINES else []:
        line = lines[i]
        # (a sentence on the first slide is the talk's own text: it stays)
        if line.kept and not line.text.rstrip().endswith(_STOPS):
            line.reason = "title slide"
            days = {d.start for d in find_dates(line.text) if d.precision == "day"}
            if len(days) == 1 and len(next(iter(days))) == _ISO_DAY:
                found.offer_published(days.pop(), 1)


__all__ = ["mark_slides", "slide_label"]
