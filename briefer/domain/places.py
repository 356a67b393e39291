"""Where a meeting takes place: cities named in statements and articles, mapped to their
country (one gazetteer for the brief's venue rule and the importer's visit directions).

A visit to a multilateral meeting (an APEC summit, an ASEAN meeting) hosted in a country is a
visit to that country; a meeting held in a third country is "on the sidelines". Statements
name the venue by its city more often than by its country ("APEC 25 tại Đà Nẵng", "in
Lima"), so the rule needs a gazetteer: capitals and the cities that host summits, in
Vietnamese and English spellings, folded (no tone marks, đ → d) for matching.

The list is data, not logic: a city missing here makes the rule say "unknown venue" (no
direction), never a wrong one.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# ISO 3166 alpha-2 → "City|other spellings|…": capitals, the cities that host summits and
# the main ports, in Vietnamese and English spellings as the press writes them. (Not "Male"
# without its accent: folded, it is an English word.)
_CITY_TABLE: Final[dict[str, str]] = {
    "VN": (
        "Hà Nội|Hanoi|Ha Noi|Đà Nẵng|Da Nang|Danang|Thành phố Hồ Chí Minh|TP Hồ Chí Minh|"
        "TP.HCM|Ho Chi Minh City|Sài Gòn|Saigon|Hải Phòng|Hai Phong|Huế|Hue|Nha Trang|"
        "Hạ Long|Ha Long|Cần Thơ|Can Tho|Phú Quốc|Phu Quoc"
    ),
    "PE": "Lima|Arequipa|Cusco|Cuzco|Trujillo|Callao",
    "CL": "Santiago|Santiago de Chile|Valparaíso|Valparaiso|Viña del Mar",
    "MX": "Mexico City|Ciudad de México|Thành phố Mexico|Los Cabos|Cancún|Cancun",
    "CO": "Bogotá|Bogota|Cartagena|Medellín|Medellin", "AR": "Buenos Aires",
    "BR": "Brasília|Brasilia|Rio de Janeiro|São Paulo|Sao Paulo|Santos",
    "US": "San Francisco|Washington|Washington D.C.|New York|Honolulu|Seattle|Los Angeles",
    "CA": "Ottawa|Vancouver|Toronto|Montreal",
    "CN": "Bắc Kinh|Beijing|Thượng Hải|Shanghai|Thâm Quyến|Shenzhen",
    "JP": "Tokyo|Osaka|Yokohama|Hiroshima", "KR": "Seoul|Busan|Gyeongju",
    "RU": "Moskva|Moscow|Vladivostok|Mát-xcơ-va|Saint Petersburg|Xanh Pê-téc-bua",
    "AU": "Canberra|Sydney|Melbourne",
    "NZ": "Wellington|Auckland", "PG": "Port Moresby", "SG": "Singapore",
    "TH": "Bangkok|Băng Cốc", "ID": "Jakarta|Bali|Bogor|Gia-các-ta", "PH": "Manila",
    "MY": "Kuala Lumpur", "BN": "Bandar Seri Begawan",
    "KH": "Phnom Penh|Phnôm Pênh|Sihanoukville", "LA": "Vientiane|Viêng Chăn",
    "IN": "New Delhi|Niu Đê-li|Mumbai", "FR": "Paris|Marseille", "GB": "London|Luân Đôn",
    "DE": "Berlin|Hamburg|Frankfurt", "CH": "Geneva|Genève|Davos|Bern|Berne",
    "BE": "Brussels|Brúc-xen|Bruxelles|Antwerp", "AE": "Dubai|Abu Dhabi",
    "EG": "Sharm el-Sheikh|Cairo|Alexandria", "AF": "Kabul", "AL": "Tirana",
    "DZ": "Algiers|Alger|An-giê", "AD": "Andorra la Vella", "AO": "Luanda",
    "AG": "St John's|St. John's|Saint John's", "AM": "Yerevan", "AT": "Vienna|Viên|Wien",
    "AZ": "Baku", "BS": "Nassau", "BH": "Manama", "BD": "Dhaka|Chittagong", "BB": "Bridgetown",
    "BY": "Minsk", "BZ": "Belmopan", "BJ": "Porto-Novo|Cotonou", "BT": "Thimphu",
    "BO": "La Paz|Sucre", "BA": "Sarajevo", "BW": "Gaborone", "BG": "Sofia", "BF": "Ouagadougou",
    "BI": "Gitega|Bujumbura", "CV": "Praia", "CM": "Yaoundé|Douala", "CF": "Bangui",
    "TD": "N'Djamena", "KM": "Moroni", "CG": "Brazzaville|Pointe-Noire", "CD": "Kinshasa",
    "CR": "San José", "CI": "Yamoussoukro|Abidjan", "HR": "Zagreb", "CU": "Havana|La Habana",
    "CY": "Nicosia", "CZ": "Prague|Praha", "DK": "Copenhagen", "DJ": "Djibouti", "DM": "Roseau",
    "DO": "Santo Domingo", "EC": "Quito|Guayaquil", "SV": "San Salvador", "GQ": "Malabo",
    "ER": "Asmara", "EE": "Tallinn", "SZ": "Mbabane", "ET": "Addis Ababa", "FJ": "Suva",
    "FI": "Helsinki", "GA": "Libreville", "GM": "Banjul", "GE": "Tbilisi", "GH": "Accra|Tema",
    "GR": "Athens|Piraeus", "GD": "St. George's|St George's", "GT": "Guatemala City",
    "GN": "Conakry", "GW": "Bissau", "GY": "Georgetown", "HT": "Port-au-Prince",
    "HN": "Tegucigalpa", "HU": "Budapest", "IS": "Reykjavik", "IR": "Tehran", "IQ": "Baghdad",
    "IE": "Dublin", "IL": "Jerusalem|Tel Aviv", "IT": "Rome|Roma|Milan", "JM": "Kingston",
    "JO": "Amman", "KZ": "Astana|Almaty", "KE": "Nairobi|Mombasa", "KI": "Tarawa",
    "KP": "Pyongyang|Bình Nhưỡng", "KW": "Kuwait City", "KG": "Bishkek", "LV": "Riga",
    "LB": "Beirut", "LS": "Maseru", "LR": "Monrovia", "LY": "Tripoli", "LI": "Vaduz",
    "LT": "Vilnius", "LU": "Luxembourg City", "MG": "Antananarivo", "MW": "Lilongwe",
    "MV": "Malé", "ML": "Bamako", "MT": "Valletta", "MH": "Majuro", "MR": "Nouakchott|Nouadhibou",
    "MU": "Port Louis", "FM": "Palikir", "MD": "Chisinau", "MC": "Monaco",
    "MN": "Ulaanbaatar|Ulan Bator", "ME": "Podgorica", "MA": "Rabat|Casablanca", "MZ": "Maputo",
    "MM": "Naypyidaw|Nay Pyi Taw|Naypyitaw|Nây Pi Tô|Yangon", "NA": "Windhoek", "NR": "Yaren",
    "NP": "Kathmandu",
    "NL": "Amsterdam|The Hague|Rotterdam", "NI": "Managua", "NE": "Niamey", "NG": "Abuja|Lagos",
    "MK": "Skopje", "NO": "Oslo|Bergen", "OM": "Muscat", "PK": "Islamabad|Karachi",
    "PW": "Ngerulmud|Koror", "PS": "Ramallah", "PA": "Panama City", "PY": "Asunción|Asuncion",
    "PL": "Warsaw|Vác-sa-va", "PT": "Lisbon", "QA": "Doha", "RO": "Bucharest", "RW": "Kigali",
    "KN": "Basseterre", "LC": "Castries", "VC": "Kingstown", "WS": "Apia", "SM": "San Marino",
    "ST": "São Tomé|Sao Tome", "SA": "Riyadh|Jeddah", "SN": "Dakar", "RS": "Belgrade",
    "SC": "Victoria", "SL": "Freetown", "SK": "Bratislava", "SI": "Ljubljana", "SB": "Honiara",
    "SO": "Mogadishu|Berbera", "ZA": "Pretoria|Cape Town|Johannesburg|Durban", "SS": "Juba",
    "ES": "Madrid|Barcelona", "LK": "Colombo", "SD": "Khartoum", "SR": "Paramaribo",
    "SE": "Stockholm", "SY": "Damascus", "TJ": "Dushanbe", "TZ": "Dodoma|Dar es Salaam",
    "TL": "Dili", "TG": "Lomé", "TO": "Nuku'alofa", "TT": "Port of Spain|Port-of-Spain",
    "TN": "Tunis", "TR": "Ankara|Istanbul|Mersin", "TM": "Ashgabat", "TV": "Funafuti",
    "UG": "Kampala", "UA": "Kyiv|Kiev", "UY": "Montevideo", "UZ": "Tashkent", "VU": "Port Vila",
    "VA": "Vatican City", "VE": "Caracas", "YE": "Sanaa", "ZM": "Lusaka", "ZW": "Harare",
    "CK": "Avarua", "NU": "Alofi", "TW": "Taipei|Đài Bắc", "HK": "Hong Kong", "MO": "Macau",
}  # fmt: skip

CITIES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {code: tuple(names.split("|")) for code, names in _CITY_TABLE.items()}
)


def city_names() -> list[tuple[str, str]]:
    """(city name, country code) for every known city, longest name first."""
    pairs = [(name, code) for code, names in CITIES.items() for name in names]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)
