"""Where a visit took place and who was the guest: the capitals and main ports of every
country, and the host's verbs.

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

from briefer.ingest.countries import HOME, find_countries

# ISO code → "Capital|other spellings|main ports and cities", as the press writes them.
_CITIES: Final[dict[str, str]] = {
    "AF": "Kabul", "AL": "Tirana", "DZ": "Algiers|Alger|An-giê", "AD": "Andorra la Vella",
    "AO": "Luanda", "AG": "St John's|St. John's|Saint John's", "AR": "Buenos Aires",
    "AM": "Yerevan", "AU": "Canberra|Sydney|Melbourne", "AT": "Vienna|Viên|Wien",
    "AZ": "Baku", "BS": "Nassau", "BH": "Manama", "BD": "Dhaka|Chittagong",
    "BB": "Bridgetown", "BY": "Minsk", "BE": "Brussels|Bruxelles|Antwerp", "BZ": "Belmopan",
    "BJ": "Porto-Novo|Cotonou", "BT": "Thimphu", "BO": "La Paz|Sucre", "BA": "Sarajevo",
    "BW": "Gaborone", "BR": "Brasília|Brasilia|São Paulo|Sao Paulo|Rio de Janeiro|Santos",
    "BN": "Bandar Seri Begawan", "BG": "Sofia", "BF": "Ouagadougou", "BI": "Gitega|Bujumbura",
    "CV": "Praia", "KH": "Phnom Penh|Phnôm Pênh|Sihanoukville", "CM": "Yaoundé|Douala",
    "CA": "Ottawa|Toronto|Vancouver|Montreal", "CF": "Bangui", "TD": "N'Djamena",
    "CL": "Santiago|Valparaíso|Valparaiso", "CN": "Beijing|Bắc Kinh|Shanghai|Thượng Hải",
    "CO": "Bogotá|Bogota|Cartagena", "KM": "Moroni", "CG": "Brazzaville|Pointe-Noire",
    "CD": "Kinshasa", "CR": "San José", "CI": "Yamoussoukro|Abidjan", "HR": "Zagreb",
    "CU": "Havana|La Habana", "CY": "Nicosia", "CZ": "Prague|Praha", "DK": "Copenhagen",
    "DJ": "Djibouti", "DM": "Roseau", "DO": "Santo Domingo", "EC": "Quito|Guayaquil",
    "EG": "Cairo|Alexandria", "SV": "San Salvador", "GQ": "Malabo", "ER": "Asmara",
    "EE": "Tallinn", "SZ": "Mbabane", "ET": "Addis Ababa", "FJ": "Suva", "FI": "Helsinki",
    "FR": "Paris|Marseille", "GA": "Libreville", "GM": "Banjul", "GE": "Tbilisi",
    "DE": "Berlin|Hamburg|Frankfurt", "GH": "Accra|Tema", "GR": "Athens|Piraeus",
    "GD": "St. George's|St George's", "GT": "Guatemala City", "GN": "Conakry",
    "GW": "Bissau", "GY": "Georgetown", "HT": "Port-au-Prince", "HN": "Tegucigalpa",
    "HU": "Budapest", "IS": "Reykjavik", "IN": "New Delhi|Niu Đê-li|Mumbai",
    "ID": "Jakarta|Gia-các-ta", "IR": "Tehran", "IQ": "Baghdad", "IE": "Dublin",
    "IL": "Jerusalem|Tel Aviv", "IT": "Rome|Roma|Milan", "JM": "Kingston",
    "JP": "Tokyo|Osaka", "JO": "Amman", "KZ": "Astana|Almaty", "KE": "Nairobi|Mombasa",
    "KI": "Tarawa", "KP": "Pyongyang|Bình Nhưỡng", "KR": "Seoul|Busan",
    "KW": "Kuwait City", "KG": "Bishkek", "LA": "Vientiane|Viêng Chăn", "LV": "Riga",
    "LB": "Beirut", "LS": "Maseru", "LR": "Monrovia", "LY": "Tripoli", "LI": "Vaduz",
    "LT": "Vilnius", "LU": "Luxembourg City", "MG": "Antananarivo", "MW": "Lilongwe",
    "MY": "Kuala Lumpur", "MV": "Malé|Male", "ML": "Bamako", "MT": "Valletta",
    "MH": "Majuro", "MR": "Nouakchott|Nouadhibou", "MU": "Port Louis", "MX": "Mexico City",
    "FM": "Palikir", "MD": "Chisinau", "MC": "Monaco", "MN": "Ulaanbaatar|Ulan Bator",
    "ME": "Podgorica", "MA": "Rabat|Casablanca", "MZ": "Maputo", "MM": "Naypyidaw|Yangon",
    "NA": "Windhoek", "NR": "Yaren", "NP": "Kathmandu", "NL": "Amsterdam|The Hague|Rotterdam",
    "NZ": "Wellington|Auckland", "NI": "Managua", "NE": "Niamey", "NG": "Abuja|Lagos",
    "MK": "Skopje", "NO": "Oslo|Bergen", "OM": "Muscat", "PK": "Islamabad|Karachi",
    "PW": "Ngerulmud|Koror", "PS": "Ramallah", "PA": "Panama City", "PG": "Port Moresby",
    "PY": "Asunción|Asuncion", "PE": "Lima|Callao", "PH": "Manila", "PL": "Warsaw|Vác-sa-va",
    "PT": "Lisbon", "QA": "Doha", "RO": "Bucharest", "RU": "Moscow|Moskva|Mát-xcơ-va",
    "RW": "Kigali", "KN": "Basseterre", "LC": "Castries", "VC": "Kingstown", "WS": "Apia",
    "SM": "San Marino", "ST": "São Tomé|Sao Tome", "SA": "Riyadh|Jeddah", "SN": "Dakar",
    "RS": "Belgrade", "SC": "Victoria", "SL": "Freetown", "SG": "Singapore",
    "SK": "Bratislava", "SI": "Ljubljana", "SB": "Honiara", "SO": "Mogadishu|Berbera",
    "ZA": "Pretoria|Cape Town|Johannesburg|Durban", "SS": "Juba", "ES": "Madrid|Barcelona",
    "LK": "Colombo", "SD": "Khartoum", "SR": "Paramaribo", "SE": "Stockholm",
    "CH": "Bern|Berne|Geneva|Genève", "SY": "Damascus", "TJ": "Dushanbe",
    "TZ": "Dodoma|Dar es Salaam",
    "TH": "Bangkok|Băng Cốc", "TL": "Dili", "TG": "Lomé", "TO": "Nuku'alofa",
    "TT": "Port of Spain|Port-of-Spain", "TN": "Tunis", "TR": "Ankara|Istanbul|Mersin",
    "TM": "Ashgabat", "TV": "Funafuti", "UG": "Kampala", "UA": "Kyiv|Kiev",
    "AE": "Abu Dhabi|Dubai", "GB": "London|Luân Đôn", "US": "Washington|Washington D.C.",
    "UY": "Montevideo", "UZ": "Tashkent", "VU": "Port Vila", "VA": "Vatican City",
    "VE": "Caracas", "YE": "Sanaa", "ZM": "Lusaka", "ZW": "Harare", "CK": "Avarua",
    "NU": "Alofi", "TW": "Taipei|Đài Bắc", "HK": "Hong Kong", "MO": "Macau",
    "VN": "Hà Nội|Hanoi|Ha Noi|Thành phố Hồ Chí Minh|TP.HCM|Ho Chi Minh City|Đà Nẵng|Da Nang",
}  # fmt: skip

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
    r"(?<![^\W\d_])(?:tiếp(?:\s+đón)?|đón|received|welcomed|hosted|làm\s+việc\s+với(?=\s+đoàn))"
    r"\s+(?P<guest>[^.;:]{3,120}?)"
    r"(?=\s+(?:tại|ở|in|at|on|ngày|từ|from|during|nhân|trong|và|and)\s|[,.;]|$)",
    re.IGNORECASE,
)
_HOME_WORDS: Final = re.compile(r"(?<![^\W\d_])(?:Vietnamese|Việt\s+Nam|Vietnam|Viet\s+Nam)")


@lru_cache(maxsize=1)
def _venue_pattern() -> re.Pattern[str]:
    names = {name: code for code, names in _CITIES.items() for name in names.split("|")}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"{_VENUE_BEFORE}(?P<city>{alternation})(?![^\W\d_])")


@lru_cache(maxsize=1)
def _city_codes() -> dict[str, str]:
    return {name: code for code, names in _CITIES.items() for name in names.split("|")}


@lru_cache(maxsize=1)
def _destination_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(_city_codes(), key=len, reverse=True))
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
    # bờ biển … cho Nam Tarawa", "surveyed reefs off Majuro"
    if _partner_city(partner).search(text) and not venue:
        return "outbound"
    return ""


@lru_cache(maxsize=64)
def _partner_city(partner: str) -> re.Pattern[str]:
    names = _CITIES.get(partner, "").split("|")
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
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


__all__ = ["dateline_arrival", "destination_side", "venue_of", "visit_side"]
