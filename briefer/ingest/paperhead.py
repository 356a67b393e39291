"""A paper's head read by its parts (pure): the writer and day of a byline row, the body of a
series' running head.

Think-tank papers and journal pieces print their byline as one row of cells: the writer's
name, the writer's post and the day, joined by bars ("Name | Senior Analyst, X | 14 May
2026"). The row is no sentence, so the text's readers pass over it; read by its cells, the
cell that is a person's name alone is the writer and the cell that is a day dates the paper.

Their running head names the body that publishes the series beside the paper's number in it
("Institute of X · Analysis 31/2026", "Viện X · Working Paper 4/2025"): the part before the
separator is the publisher.

This module owns :func:`byline_cells` and :func:`series_publisher`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.bilingualhead import english_body
from briefer.ingest.notwriters import language_row
from briefer.ingest.pageauthor import is_person
from briefer.text.dates import find_dates

_HEAD_LINES: Final = 8  # a byline row sits under the title, near the top
_CELL_BAR: Final = re.compile(r"\s+\|\s+")
_MAX_ROW: Final = 200
# "Name · ARI 31/2026", "Name · Working Paper No. 4/2025": a body, a separator, a series number
_SERIES: Final = re.compile(
    r"^(?P<body>[^\s·•|][^·•|]{5,100}?)\s+[·•|]\s+[\w .-]{0,40}?\d{1,4}\s*/\s*(?:19|20)\d\d$"
)


def _head(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()][:_HEAD_LINES]


def byline_cells(text: str) -> tuple[str, str]:
    """(writer, ISO day) of the head's byline row of cells, ("", "") when there is none."""
    for index, line in enumerate(_head(text)):
        cells = _CELL_BAR.split(line)
        if len(line) > _MAX_ROW or not 2 <= len(cells) <= 4 or not is_person(cells[0]):
            continue
        if language_row(line):
            continue  # ("Tiếng Việt | English | Français": the page's language switch)
        if index == 0 and len(cells) == 2 and english_body(cells[0], cells[1]):
            # ("NARODNA BANKA X | National Bank of X" heading the text: a body's name twice,
            # no writer; a byline sits under the title)
            continue
        days = [d.start for cell in cells[1:] for d in find_dates(cell) if d.precision == "day"]
        return cells[0], (days[0] if days else "")
    return "", ""


def series_publisher(text: str) -> str:
    """The body a series' running head names before the paper's number, or ""."""
    lines = _head(text)
    match = _SERIES.match(lines[0]) if lines else None
    if match is None:
        return ""
    body = match.group("body").strip()
    words = [w for w in body.split() if w[:1].isalpha()]
    # (a body's name: several words, most capitalised, no sentence)
    capitalised = sum(w[:1].isupper() for w in words)
    return body if len(words) >= 2 and capitalised * 2 > len(words) else ""


__all__ = ["byline_cells", "series_publisher"]
