"""Where a visit took place and who was the guest: a city of the partner's or of Việt Nam's
(the gazetteer of :mod:`briefer.domain.places`), and the host's verbs.

Owns :func:`visit_side`, the direction of a visit that names no destination after a visiting
verb: a meeting held in a city of the partner's ("received … in Ankara", "làm việc tại
Majuro") was a visit out; a host's verb ("tiếp", "đón", "received", "welcomed", "làm việc
với đoàn …") whose guest is Vietnamese was a visit out, one whose guest is the partner's a
visit in. The table is data: a city missing here gives no direction, never a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefer.domain.places import CITIES
from briefer.ingest.countries import HOME, find_countries

# "tại Majuro", "ở thủ đô Ankara", "in Pretoria", "at the port of Durban", and a visiting
# verb's destination: "will visit Johannesburg", "sang Cape Town", "arrived in Pretoria".
_VENUE_BEFORE: Final = (
    r"(?<![^\W\d_])(?:tại|ở|in|at|visit(?:s|ed|ing)?|tour(?:s|ed)?|thăm|sang|đến|tới)\s+"
    # (a first place no table knows: "visit Kumasi and Accra")
    r"(?:[A-ZĐ][\w'-]*(?:\s+[A-ZĐ][\w'-]*)?(?:,|\s+(?:and|và))\s+)?"
    r"(?:(?:thủ\s+đô|thành\s+phố|cảng|the\s+(?:capital|city|port)(?:\s+of)?)\s+)?"
)
# A host's verb and its guest, up to where the place or time begins.
_HOST: Final = re.compile(
    r"(?<![^\W\d_])(?:tiếp(?:\s+đón)?|đón(?:\s+tiếp)?|received|welcomed|hosted"
    r"|làm\s+việc\s+với(?=\s+đoàn))\s+(?P<guest>[^.;:]{3,160}?)"
    # ("và", "and" before a capital goes on with a name: "Bộ Thương mại và Công nghiệp
    # Cộng hòa …", "the Ministry of Trade and Industry of …"; before a verb it ends the guest)
    # ("from", "từ" end it before a date only: "a delegation from the Ministry of …")
    r"(?=\s+(?:tại|ở|in|at|on|ngày|during|nhân|trong)\s|\s+(?:và|and)\s+(?![A-ZĐÀ-Ỹ])"
    r"|\s+(?:from|từ)\s+(?=\d|ngày|tháng|năm|sáng|chiều|tối|[A-Z][a-z]+\s+\d)"
    r"|[,.;]|$)",
    re.IGNORECASE,
)
_HOME_WORDS: Final = re.compile(r"(?<![^\W\d_])(?:Vietnamese|Việt\s+Nam|Vietnam|Viet\s+Nam)")


@lru_cache(maxsize=1)
def _city_codes() -> dict[str, str]:
    return {name: code for code, names in CITIES.items() for name in names}


def _alternation() -> str:
    return "|".join(re.escape(n) for n in sorted(_city_codes(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _venue_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_VENUE_BEFORE}(?P<city>{_alternation()})(?![^\W\d_])")


@lru_cache(maxsize=1)
def _destination_pattern() -> re.Pattern[str]:
    alternation = _alternation()
    return re.compile(
        r"(?<![^\W\d_])(?:visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|tour\s+of|arrived\s+in"
        r"|thăm(?:\s+(?:chính\s+thức|cấp\s+nhà\s+nước|làm\s+việc|và\s+làm\s+việc(?:\s+tại)?))*"
        rf")\s+(?:(?:thủ\s+đô|the\s+capital(?:\s+of)?)\s+)?(?P<city>{alternation})(?![^\W\d_])",
        re.IGNORECASE,
    )


def destination_side(text: str, partner: str) -> str:
    """ "outbound" / "inbound" when a visiting verb names a city of the partner's or of Việt
    Nam's as where it went ("during his visit to Nairobi", "thăm Hà Nội"), else ""."""
    match = _destination_pattern().search(text)
    code = _city_codes().get(match.group("city"), "") if match else ""
    return "outbound" if code == partner else "inbound" if code == HOME else ""


def place_at(text: str, pos: int) -> str:
    """The country code of a country or a known city named at ``pos`` of ``text``, or ""."""
    for mention in find_countries(text):
        if mention.start == pos:
            return mention.code
    match = _city_at().match(text, pos)
    return _city_codes()[match.group()] if match else ""


@lru_cache(maxsize=1)
def _city_at() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation()})(?![^\W\d_])")


def venue_of(text: str) -> str:
    """The country code of the first city a text says something happened in, or ""."""
    match = _venue_pattern().search(text)
    return _city_codes()[match.group("city")] if match else ""


def visit_side(text: str, partner: str) -> str:
    """ "outbound", "inbound" or "" for a visit told without a destination after its verb."""
    host = _HOST.search(text)
    if host is not None:
        guest = host.group("guest")
        # (a name the guest's end cuts, "Antigua và Barbuda", is read whole)
        reach = text[host.start("guest") : host.end("guest") + 40]
        named = {m.code for m in find_countries(reach) if m.start < len(guest)}
        if _HOME_WORDS.search(guest) and partner not in named:
            return "outbound"  # the partner's host received a Vietnamese guest
        if partner in named and HOME not in named and not _HOME_WORDS.search(guest):
            return "inbound"
    venue = venue_of(text)
    if venue == partner:
        return "outbound"
    if venue == HOME:
        return "inbound"
    # fieldwork at a place of the partner's, however it is joined: "đoàn … đã khảo sát 32 km
    # bờ biển … cho Nam Tarawa", "surveyed reefs off Majuro" (a capital that says or wants
    # something, "Lisbon wants …", is its government: no place anyone went)
    places = (
        m for m in partner_city(partner).finditer(text) if not _GOVERNMENT.match(text, m.end())
    )
    if not venue and next(places, None):
        return "outbound"
    return ""


# A capital as its government, the subject of a verb of saying, wanting or holding a view:
# "Canberra hopes …", "Lisbon wants …", "Rome has said …" (a metonymy, no place visited).
_GOVERNMENT: Final = re.compile(
    r"\s+(?:(?:has|had|have|also|still|now|is|was)\s+)?(?:wants?|wanted|hopes?|hoped|says?|said"
    r"|sees?|saw|seeks?|sought|believes?|believed|views?|viewed|considers?|considered|insists?"
    r"|insisted|plans?|planned|intends?|intended|remains?|remained|welcomes?|welcomed|regards?"
    r"|expects?|expected|aims?|aimed|is\s+(?:keen|ready|willing|eager))\b"
)


@lru_cache(maxsize=64)
def partner_city(partner: str) -> re.Pattern[str]:
    """Any city of ``partner``'s the gazetteer knows, as a whole word."""
    names = CITIES.get(partner, ())
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation or '(?!)'})(?![^\W\d_])")


# A wire's dateline opening a paragraph: "SINGAPORE - …", "ABU DHABI, 28th October, 2024
# (WAM) -- …", "HANOI (Reuters) – …": the place in capitals, then a dash.
_DATELINE: Final = re.compile(
    r"(?:^|\n)\s*(?P<place>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ .'’]{2,30}?)(?:\s*[,(][^\n]{0,60}?)?\s+(?:-|–|—|--)\s"
)
# Arriving with no place after it: "Mr X, who arrived on March 11 for a visit, …".
_ARRIVED: Final = re.compile(r"(?<![^\W\d_])(?:arrived|arrives|arriving|landed)(?!\s+(?:in|at)\s)")


def dateline_arrival(body: str, text: str, partner: str) -> str:
    """ "outbound" / "inbound" for an arrival ``text`` names no place for, from the city of
    the body's dateline (a story datelined "SINGAPORE -" tells of arrivals there), else ""."""
    if not _ARRIVED.search(text):
        return ""
    match = _DATELINE.search(body[:1500])
    place = " ".join(match.group("place").split()).title() if match else ""
    codes = {name.casefold(): code for name, code in _city_codes().items()}
    code = codes.get(place.casefold(), "")
    return "outbound" if code == partner else "inbound" if code == HOME else ""


__all__ = [
    "dateline_arrival",
    "destination_side",
    "partner_city",
    "place_at",
    "venue_of",
    "visit_side",
]
