"""A country named by its region instead of its name (pure): "the Central American country",
"the Andean nation", "quốc gia Nam Mỹ", "đất nước Trung Á".

Wires and papers write such an epithet not to repeat a name they have just used: it stands for
one of the article's two sides, never for a third country only mentioned beside them ("…, the
Central American country could be a springboard to reach the United States": the pair is the
article's, not Việt Nam and the United States). The candidate finder places each epithet as a
mention of the article's partner (:class:`briefer.ingest.spans.Pairs`), so a clause that
names a third country too keeps the pair. Only a region is an epithet's — one the regions'
table knows (:data:`briefer.ingest.regions.REGIONS`: "Nam Mỹ", "South American") or an
adjective of one ("Andean", "Gulf", "Baltic"): "Đại học Quốc gia Hà Nội", "Vườn quốc gia Cúc
Phương" name a place. An epithet set right after a third country's name ("Brazil, the South
American nation, …", "Chile là quốc gia Nam Mỹ …") describes that country and is left to it;
one after "các", "những", "một" is any country of the region. A wide region holding Việt Nam
("the Southeast Asian nation", "the Asian country", "quốc gia Đông Nam Á") stands for Việt Nam
in the wires that write it beside a partner from elsewhere, so it is no mention of the partner
("Korea is the largest foreign investor in the Asian nation": Việt Nam's, with Korea).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefer.ingest.countries import HOME, CountryMention
from briefer.ingest.regions import REGIONS
from briefer.ingest.rxparts import NAME_WORD, WORD_END, WORD_START, rx

# "the Central American country", "the Andean nation", "the Caribbean island nation", "the Gulf
# state": capitalised region words, then a lower-case noun of a country (case kept: "the United
# Nations" is an organisation).
_ENGLISH: Final = rx(
    rf"{WORD_START}[Tt]he (?P<region>(?:[A-Z][A-Za-z]+(?:-[A-Z][a-z]+)? ){{1,3}})"
    rf"(?:island )?(?:country|nation|state|republic|kingdom|archipelago){WORD_END}"
)
# "quốc gia Nam Mỹ", "đất nước Trung Mỹ", "quốc đảo Caribe", "quốc gia vùng Andes": a noun of
# a country, then a region's capitalised words.
_VIETNAMESE: Final = rx(
    rf"{WORD_START}(?:[Qq]uốc gia|[Đđ]ất nước|[Qq]uốc đảo|[Xx]ứ sở)"
    rf" (?:(?:vùng|khu vực|ở|tại) )?(?P<region>{NAME_WORD}(?: {NAME_WORD}){{0,2}}){WORD_END}"
)
# A region's adjective the regions' table has no name for ("the Andean nation", "quốc gia vùng
# Vịnh"); an English adjective of a name it has is read as that name ("South American").
_ADJECTIVES: Final = rx(
    r"Andean|Andes|Caribbean|Gulf|Vịnh|Arab|Ả Rập|Himalayan|Alpine|Baltic|Ban-tích|Balkan"
    r"|Ban-căng|Nordic|Scandinavian|European|Pacific|Mediterranean|Caucasus|Caucasian"
    r"|Iberian|Benelux|Sahel|Sahelian|Maghreb|Persian Gulf"
)
_ADJECTIVE_END: Final = re.compile(r"(?<=[a-z])(?:n|ern)\Z")  # "Asian" → "Asia", "Eastern"
# … a compass word before either ("West African", "Southern African", "East Asian")
_COMPASS: Final = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western)\s+")
# Any country of the region: "các quốc gia Nam Mỹ", "một quốc gia Trung Á".
_GENERIC: Final = re.compile(r"(?<![^\W\d_])(?:các|những|một)\s+\Z", re.IGNORECASE)
# Việt Nam's own wide regions (the table's "asean" and "asia", and the old Indochina): such
# an epithet is Việt Nam's (see the module docstring).
_HOME_REGIONS: Final = frozenset({"asean", "asia"})
_INDOCHINA: Final = rx(r"Indochin(?:a|ese)|Đông Dương")
# What joins a third country's name to an epithet describing it: a comma, a verb of being.
_APPOSED: Final = re.compile(r"\s*(?:,|\bis\b|\bwas\b|\blà\b|\bremains\b)\s*\Z")


def _region(words: str) -> str:
    """The region ``words`` name whole ("Nam Mỹ", "Central American"), "home" for one holding
    Việt Nam, "other" for an adjective the table has no name for, else ""."""
    if _INDOCHINA.fullmatch(words):
        return "home"
    for whole in (words, _COMPASS.sub("", words, count=1)):
        for name in (whole, _ADJECTIVE_END.sub("", whole)):
            region = next((r for r, pattern in REGIONS if pattern.fullmatch(name)), "")
            if region:
                return "home" if region in _HOME_REGIONS else region
        if _ADJECTIVES.fullmatch(whole):
            return "other"
    return ""


def epithet_mentions(
    text: str, main: str, mentions: Sequence[CountryMention]
) -> list[CountryMention]:
    """Each epithet of a region in ``text`` but Việt Nam's as a mention of ``main`` (the
    article's partner), in order; ``mentions`` are the countries ``text`` names."""
    if main == HOME or not main:
        return []
    found: list[CountryMention] = []
    for pattern in (_ENGLISH, _VIETNAMESE):
        for match in pattern.finditer(text):
            start = match.start()
            if _region(match.group("region").strip()) in ("", "home"):
                continue  # (a place's name, "Đại học Quốc gia Hà Nội"; Việt Nam's own region)
            if _GENERIC.search(text, max(0, start - 8), start):
                continue
            if not _describes_third(text, start, main, mentions):
                found.append(CountryMention(main, match.group(0), start, match.end()))
    return sorted(found, key=lambda m: m.start)


def _describes_third(text: str, start: int, main: str, mentions: Sequence[CountryMention]) -> bool:
    """Whether a third country's name right before ``start`` is what the epithet describes."""
    last = max((m for m in mentions if m.end <= start), key=lambda m: m.end, default=None)
    if last is None or last.code in (main, HOME):
        return False
    return bool(_APPOSED.match(text[last.end : start]))


__all__ = ["epithet_mentions"]
