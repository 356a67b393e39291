"""A line of an article's text as the cleaner reads it, and what the lines give away.

Owns :class:`Line` (a line, why it goes if it does, and its printed size when a PDF gives
one) and :class:`Found` (the metadata the lines give away as they are read: outlet, author,
address, publication date, a note's number), with the rules for taking an offered author
or outlet (the more trustworthy signal wins; a full name over its short form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest.countries import country_of_name
from briefer.ingest.notwriters import no_writer
from briefer.ingest.outletnames import known_outlet
from briefer.text.fold import fold

_B: Final = r"[^\S\n]"
# An academic or professional title before a writer's name ("ThS.", "PGS.TS.", "Dr"): the
# stored author is the name alone.
DEGREE: Final = re.compile(
    rf"^(?:(?:GS|PGS|TS|ThS|CN|KS|BS|NCS|LS|Dr|Prof)\.?{_B}*)+(?={meta.NAME_WORD})"
)

# A writer's post, not a name ("Senior Business Reporter", "Chief Correspondent"): capitalised
# words ending on a newsroom role; the name sits on the line above it.
ROLE_NAME: Final = re.compile(
    rf"^(?:{meta.NAME_WORD}{_B}+){{0,3}}(?:Reporter|Correspondent|Writer|Editor|Journalist"
    r"|Columnist|Contributor)$"
)


# A scholarly paper's writer: a name with the mark of the footnote that gives where they
# work ("Trần Thị Thu Hương* / * Viện …", "Jane Doe† …", "Nguyễn Văn A¹").
_MARKED_WRITER: Final = re.compile(
    rf"^(?:(?:GS|PGS|TS|ThS|NCS|Dr|Prof)\.{_B}*)*"
    rf"(?P<name>{meta.NAME_WORD}(?:{_B}{meta.NAME_WORD}){{1,4}})"
    # (the mark: a sign, or a footnote's number set against the name, "Name1,2")
    rf"(?:{_B}*[*†‡¹²³]+|\d(?:,\d)*)(?=[\s,;]|$)"
)


def marked_writer(text: str, whole: bool = False) -> str:
    """The writer a paper's head names with a footnote's mark after the name (the line
    nothing else when ``whole``), else ""."""
    match = (_MARKED_WRITER.fullmatch if whole else _MARKED_WRITER.match)(text)
    return match.group("name") if match else ""


@dataclass(slots=True)
class Line:
    text: str
    reason: str = ""  # "" while kept
    small: bool = False  # printed in a PDF's small type (briefer.ingest.typesize)
    large: bool = False  # printed larger than a PDF's article: a headline or a heading

    @property
    def kept(self) -> bool:
        return not self.reason


@dataclass(slots=True)
class Found:
    outlet: str = ""
    outlet_rank: int = 99  # lower is more trustworthy
    author: str = ""
    url: str = ""
    published: str = ""  # from a timestamp or a place-and-date line, not from the text
    published_rank: int = 99
    number: str = ""
    note: bool = False  # an administrative document
    extra: dict[str, str] = field(default_factory=dict)
    outlet_offers: list[tuple[str, int, bool]] = field(default_factory=list)  # every one

    def offer_published(self, iso: str, rank: int) -> None:
        if iso and rank < self.published_rank:
            self.published, self.published_rank = iso, rank

    def offer_author(self, name: str) -> None:
        name = meta.writer_of(" ".join(name.split())).strip(" ,;-–")
        name = DEGREE.sub("", name)  # "TS. Name": the writer's degree is no part of the name
        parts = re.split(r"\s*[,/]\s*|\s+[-–]\s+", name)
        if len(parts) == 2 and known_outlet(parts[1]):
            # "Minh Anh, VNS": the author, then the outlet.
            self.offer_outlet(known_outlet(parts[1]), 3, credit=True)
            name = parts[0]
        elif len(parts) == 2 and ROLE_NAME.match(parts[1].title()) and "," in name:
            name = parts[0]  # "Jane Roe, Chief Business Correspondent": the writer, then the post
        elif len(parts) == 2 and meta.UNIT_NAME.search(parts[1]) and len(parts[0].split()) >= 2:
            name = parts[0]  # "Name - Văn phòng X": the writer, then the unit they work in
        elif (
            len(parts) == 2
            and "," in name
            and len(parts[0].split()) >= 2
            and re.fullmatch(r"[A-ZĐ][\w.&+-]+", parts[1])
        ):
            # "Carla Ruiz, Andina": one word after a full name is its outlet, no second writer
            self.offer_outlet(parts[1], 3, credit=True)
            name = parts[0]
        if country_of_name(name) or country_of_name(name_case(name)) or is_city(name):
            # "BRUNEI DARUSSALAM" under a ministry's name signs for a state, no person; a city
            # before a stamp ("Kuala Lumpur | 04/03/2025") is a dateline's place
            return
        if meta.UNIT_NAME.search(name) or ROLE_NAME.match(name):
            return  # "International Affairs Department", "Phòng Hợp tác", a post: no person
        if no_writer(name):
            return  # ("Policy Brief" beside the date; a row of topic tags naming places)
        if name and not self.author and not known_outlet(name):
            self.author = name_case(name)
        elif name and re.search(rf"\s{re.escape(self.author.lower())}$", name_case(name).lower()):
            # "Thanh Hoa" signing off, "Cao Thanh Hoa" in the byline: the full name is the writer
            self.author = name_case(name)

    def offer_outlet(self, outlet: str, rank: int, credit: bool = False) -> None:
        outlet = outlet.strip()
        if outlet:  # (the choice weighs them all; a credit names a source, not the page)
            self.outlet_offers.append((outlet, rank, credit))
        if outlet and rank < self.outlet_rank:
            self.outlet, self.outlet_rank = outlet, rank


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    from briefer.domain.places import CITIES

    return frozenset(fold(n) for names in CITIES.values() for n in names)


def is_city(name: str) -> bool:
    """Whether a name is a city the gazetteer knows (a capital, a port, a summit's host)."""
    return fold(" ".join(name.split())) in _cities()


def name_case(name: str) -> str:
    """ "HOÀNG LONG" → "Hoàng Long"; names already in mixed case stay as written."""
    if not fur.is_upper(name):
        return name
    # (each part of a double name: "DUNKLEY-WILLIS" → "Dunkley-Willis")
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in name.split())


__all__ = ["DEGREE", "ROLE_NAME", "Found", "Line", "is_city", "marked_writer", "name_case"]
