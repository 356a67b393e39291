"""Who presents a slide deck printed as a handout, for whom and when (pure).

Owns the reading of a deck's own marks. A handout of slides ("Slide 1", "Slide 2", … over
each slide's text) says on its first slide who presents it ("Trình bày: Name, Post",
"Presenter: Name", "Presented by Name") and where and when ("Hà Nội – Tel Aviv, ngày
18/11/2025": places, a comma, the day), and repeats on every slide a foot row naming the
office behind it ("Thương vụ X | Hội nghị …"). The presenter is the deck's speaker, so its
author; the office repeated on the slides publishes it; the day on the first slide dates it.
Outside a deck "Trình bày:" credits a page's layout, so nothing here reads other texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from briefer.ingest.outlet_table import BODY_KIND
from briefer.ingest.rxparts import NAME_WORD as _WORD
from briefer.text.dates import find_dates

# A slide's mark: its number alone, with the deck's count ("Slide 1/7", a slide's foot) or
# with the slide's heading after it ("Slide 2 – Thương mại", "Slide 3: Trade").
_SLIDE: Final = re.compile(
    r"^(?:Slide|Trang\s+chiếu|Diapositive|Folie)\s+\d{1,3}(?:\s*/\s*\d{1,3})?"
    r"(?:\s*[-–:]\s+\S.{0,80})?$",
    re.I,
)
_PRESENTER: Final = re.compile(
    r"(?:^|\s)(?:Trình\s+bày|Báo\s+cáo\s+viên|Diễn\s+giả|Presenter|Speaker|Presented\s+by)"
    r"\s*:?\s*(?:(?:PGS|GS|TS|ThS|Dr|Prof)\.\s*)*"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,4}})(?=\s*(?:,|$))"
)
# "Hà Nội – Tel Aviv, ngày 18/11/2025", "Tel Aviv, 18 November 2025": places, then the day.
# "TS. Name – Khoa X", "Dr. Name, Institute": a person credited with a degree on the title
# slide, the one who presents it when no label says so.
_DEGREE_NAME: Final = re.compile(
    r"(?:^|\s)(?:(?:PGS|GS|TS|ThS|Dr|Prof)\.\s*)+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,4}})(?=\s*(?:,|[-–]\s|$))"
)
_PLACE_DAY: Final = re.compile(
    rf"(?:^|\s)(?P<places>{_WORD}(?:\s+{_WORD}){{0,3}}(?:\s+[-–]\s+{_WORD}(?:\s+{_WORD}){{0,3}})*)"
    r",\s*(?:ngày\s+)?(?P<day>\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
)
_CELLS: Final = re.compile(r"\s+[|·•]\s+")
_MIN_SLIDES: Final = 2
_BODY_WORDS: Final = 12


@dataclass(frozen=True, slots=True)
class Deck:
    presenter: str = ""
    office: str = ""
    day: str = ""  # ISO day of the first slide's place-and-day line


def _first_slide(lines: list[str]) -> list[str]:
    marks = [i for i, line in enumerate(lines) if _SLIDE.match(line)]
    # (all before the second mark: a deck numbering its slides at their foot, "Slide 1/7",
    # has the title slide's text above its first mark)
    return lines[: marks[1]] if len(marks) > 1 else lines[: len(lines) // 4]


def _office(lines: list[str]) -> str:
    """The body a foot row repeated on the slides names first ("Thương vụ X | …")."""
    counts: dict[str, int] = {}
    for line in lines:
        cells = _CELLS.split(line)
        body = cells[0].strip() if len(cells) > 1 else ""
        if body and BODY_KIND.match(body.upper()) and len(body.split()) <= _BODY_WORDS:
            counts[body] = counts.get(body, 0) + 1
    repeated = [body for body, n in counts.items() if n >= _MIN_SLIDES]
    return max(repeated, key=lambda b: counts[b]) if repeated else ""


def slide_deck(text: str) -> Deck:
    """The presenter, office and day a slide deck's marks give (see the module docstring);
    an empty Deck for a text that is not a deck of numbered slides."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    if sum(1 for line in lines if _SLIDE.match(line)) < _MIN_SLIDES:
        return Deck()
    first = _first_slide(lines)
    presenter = next((m.group("name") for m in map(_PRESENTER.search, first) if m), "")
    presenter = presenter or next(
        (m.group("name") for m in map(_DEGREE_NAME.search, first) if m), ""
    )
    day = ""
    for line in first:
        placed = _PLACE_DAY.search(line)
        dates = find_dates(placed.group("day")) if placed else []
        if dates and dates[0].precision == "day":
            day = dates[0].start
            break
    return Deck(presenter, _office(lines), day)


__all__ = ["Deck", "slide_deck"]
