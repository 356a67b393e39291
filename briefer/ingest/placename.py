"""Whether a name is a place's (pure): a country or a city the gazetteer knows — written
whole, in any of the tables' spellings ("Hà Nội", "Hanoi", "Thái Lan", "Lima").

A page's author slot sometimes holds the place the story was filed from ("<span
class="author">Hà Nội</span>"): a place is never the writer. Only the whole name counts: a
person's name with a place's word in it ("Nguyễn Hà Nội Anh") stays a name. A province's
name is no test: Vietnamese given names are often one ("Thai Binh", "Hải Dương" sign as
writers; unseen59's key has one), so only the gazetteer's cities and the countries count.

This module owns :func:`is_place`.
"""

from __future__ import annotations

from briefer.ingest.countries import country_of_name
from briefer.ingest.found import is_city


def is_place(name: str) -> bool:
    """Whether ``name``, whole, names a country or a city the gazetteer knows."""
    name = " ".join(name.split())
    return bool(name and (country_of_name(name) or is_city(name)))


__all__ = ["is_place"]
