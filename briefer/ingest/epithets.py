"""A country named by its region instead of its name (pure): "the Central American country",
"the Andean nation", "quốc gia Nam Mỹ", "đất nước Trung Á".

Wires and papers write such an epithet not to repeat a name they have just used: it stands for
one of the article's two sides, never for a third country only mentioned beside them ("…, the
Central American country could be a springboard to reach the United States": the pair is the
article's, not Việt Nam and the United States). The candidate finder places each epithet as a
mention of the article's partner (:class:`briefer.ingest.spans.Pairs`), so a clause that
names a third country too keeps the pair. An epithet set right after a third country's name
("Brazil, the South American nation, …", "Chile là quốc gia Nam Mỹ …") describes that country
and is left to it. An epithet of Việt Nam's own region ("the Southeast Asian nation", "quốc gia
Đông Nam Á") stands for Việt Nam in the wires that write it beside a
partner from elsewhere, so it is a mention of Việt Nam, never of the partner ("The United States
is the largest export market of the Southeast Asian nation": Việt Nam's, with the United States).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, CountryMention, find_countries
from briefer.ingest.rxparts import NAME_WORD, WORD_END, WORD_START, rx

# "the Central American country", "the Andean nation", "the Caribbean island nation", "the Gulf
# state": capitalised region words, then a lower-case noun of a country (case kept: "the United
# Nations" is an organisation).
_ENGLISH: Final = rx(
    rf"{WORD_START}[Tt]he (?P<region>(?:[A-Z][A-Za-z]+(?:-[A-Z][a-z]+)? ){{1,3}})"
    rf"(?:island )?(?:country|nation|state|republic|kingdom|archipelago){WORD_END}"
)
# "quốc gia Nam Mỹ", "đất nước Trung Mỹ", "quốc đảo Caribe", "quốc gia vùng Andes": a noun of
# a country, then a region's capitalised words (a country's name there is no epithet).
_VIETNAMESE: Final = rx(
    rf"{WORD_START}(?:[Qq]uốc gia|[Đđ]ất nước|[Qq]uốc đảo|[Xx]ứ sở)"
    rf" (?:(?:vùng|khu vực|ở|tại) )?(?P<region>{NAME_WORD}(?: {NAME_WORD}){{0,2}}){WORD_END}"
)
# Việt Nam's own region: such an epithet is Việt Nam's (see the module docstring).
_HOME_REGION: Final = re.compile(
    r"^(?:South-?East Asian?|Southeast Asian?|ASEAN|Indochin(?:a|ese)|Đông Nam Á|Đông Dương)\s*$",
    re.IGNORECASE,
)
# What joins a third country's name to an epithet describing it: a comma, a verb of being.
_APPOSED: Final = re.compile(r"\s*(?:,|\bis\b|\bwas\b|\blà\b|\bremains\b)\s*(?:(?:một|a|an)\s+)?\Z")
_NEAR: Final = 24  # (how far before the epithet a described country's name may end)


def epithet_mentions(text: str, main: str) -> list[CountryMention]:
    """Each epithet of ``text`` as a mention of ``main`` (the article's partner), or of Việt
    Nam for its own region's, in order."""
    if main == HOME or not main:
        return []
    found: list[CountryMention] = []
    for pattern in (_ENGLISH, _VIETNAMESE):
        for match in pattern.finditer(text):
            if find_countries(match.group("region")):
                continue  # ("quốc gia Việt Nam", "the Vietnamese state": a name, no epithet)
            if _HOME_REGION.match(match.group("region")):
                found.append(CountryMention(HOME, match.group(0), match.start(), match.end()))
                continue
            if _describes_third(text, match.start(), main):
                continue
            found.append(CountryMention(main, match.group(0), match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def _describes_third(text: str, start: int, main: str) -> bool:
    """Whether a third country's name right before ``start`` is what the epithet describes."""
    window = text[max(0, start - _NEAR) : start]
    named = find_countries(window)
    if not named:
        return False
    last = named[-1]
    return last.code not in (main, HOME) and bool(_APPOSED.match(window, last.end))


__all__ = ["epithet_mentions"]
