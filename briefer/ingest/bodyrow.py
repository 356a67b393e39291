"""A head row naming the issuing body with its place and day (pure).

A report or a slide deck prints under its title who issues it, where and when, on one row
("Trung tâm X | Colombo - Hà Nội, 18/11/2025", "Embassy of X · Accra, 3 May 2025"). The
first cell is a body (its kind opens its name, or an English body's noun is in it), the other a
place and a day as a letterhead writes them ("Hà Nội, ngày …"): the body publishes the
document and the day dates it. A bare day with no place (a site's top row) is a print's or a
visit's day and counts not. This module owns :func:`body_row`.

A bulletin's head may print its publisher the same way with its address and site in the
place of the day ("Trade Agency of X | 12 Y Street, Z | www.agency.x"): the first cell the
body, the last a web address; :func:`body_site_row` reads it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outlet_table import BODY_KIND
from briefer.text.dates import find_dates

_CELLS: Final = re.compile(r"\s+[|·•]\s+")
_BODY_NOUN: Final = re.compile(
    r"\b(?:Office|Embassy|Consulate|Mission|Ministry|Department|Agency|Council|Chamber"
    r"|Association|Centre|Center|Institute|Bureau|Commission|Section|Authority)\b"
)
# "Colombo - Hà Nội, 18/11/2025", "Accra, 3 May 2025": places, a comma, then the day.
_PLACE_DAY: Final = re.compile(r"^[^\W\d][^,\d|]{1,50},\s*(?:ngày\s+)?(?P<day>\S.*)$")
_HEAD_LINES: Final = 12
_BODY_WORDS: Final = 12


def body_row(text: str) -> tuple[str, str]:
    """(the body, the ISO day) of a head row "Body | Place, day"; ("", "") when none."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        cells = _CELLS.split(line)
        if len(cells) != 2:
            continue
        body, dated = cells
        named = BODY_KIND.match(body.upper()) or _BODY_NOUN.search(body)
        match = _PLACE_DAY.match(dated)
        if not named or not match or len(body.split()) > _BODY_WORDS:
            continue
        days = {d.start for d in find_dates(match.group("day")) if d.precision == "day"}
        if len(days) == 1:
            return body, days.pop()
    return "", ""


# "www.agency.x", "https://agency.x/en": a web address alone in its cell.
_WEB: Final = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}(?:/\S*)?$")


def body_site_row(text: str) -> str:
    """The body a head row "Body | address | www.site" names as its publisher, or ""."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        cells = _CELLS.split(line)
        body = cells[0]
        named = BODY_KIND.match(body.upper()) or _BODY_NOUN.search(body)
        if (
            len(cells) >= 2
            and named
            and _WEB.match(cells[-1])
            and len(body.split()) <= _BODY_WORDS
            and not re.search(r"\d", body)
        ):
            return body
    return ""


__all__ = ["body_row", "body_site_row"]
