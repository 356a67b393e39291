"""Where a meeting takes place: cities named in statements, mapped to their country.

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

# ISO 3166 alpha-2 → city names (any spelling; folded before matching).
_CITIES: dict[str, tuple[str, ...]] = {
    "VN": (
        "Hà Nội",
        "Hanoi",
        "Ha Noi",
        "Đà Nẵng",
        "Da Nang",
        "Danang",
        "Thành phố Hồ Chí Minh",
        "TP Hồ Chí Minh",
        "TP.HCM",
        "Ho Chi Minh City",
        "Sài Gòn",
        "Saigon",
        "Hải Phòng",
        "Hai Phong",
        "Huế",
        "Hue",
        "Nha Trang",
        "Hạ Long",
        "Ha Long",
        "Cần Thơ",
        "Can Tho",
        "Phú Quốc",
        "Phu Quoc",
    ),
    "PE": ("Lima", "Arequipa", "Cusco", "Cuzco", "Trujillo", "Callao"),
    "CL": ("Santiago", "Santiago de Chile", "Valparaíso", "Valparaiso", "Viña del Mar"),
    "MX": ("Mexico City", "Ciudad de México", "Thành phố Mexico", "Los Cabos", "Cancún", "Cancun"),
    "CO": ("Bogotá", "Bogota", "Cartagena", "Medellín", "Medellin"),
    "AR": ("Buenos Aires",),
    "BR": ("Brasília", "Brasilia", "Rio de Janeiro", "São Paulo", "Sao Paulo"),
    "US": (
        "San Francisco",
        "Washington",
        "Washington D.C.",
        "New York",
        "Honolulu",
        "Seattle",
        "Los Angeles",
    ),
    "CA": ("Ottawa", "Vancouver"),
    "CN": ("Bắc Kinh", "Beijing", "Thượng Hải", "Shanghai", "Thâm Quyến", "Shenzhen"),
    "JP": ("Tokyo", "Osaka", "Yokohama", "Hiroshima"),
    "KR": ("Seoul", "Busan", "Gyeongju"),
    "RU": ("Moskva", "Moscow", "Vladivostok"),
    "AU": ("Canberra", "Sydney"),
    "NZ": ("Wellington", "Auckland"),
    "PG": ("Port Moresby",),
    "SG": ("Singapore",),
    "TH": ("Bangkok", "Băng Cốc"),
    "ID": ("Jakarta", "Bali", "Bogor"),
    "PH": ("Manila",),
    "MY": ("Kuala Lumpur",),
    "BN": ("Bandar Seri Begawan",),
    "KH": ("Phnom Penh", "Phnôm Pênh"),
    "LA": ("Vientiane", "Viêng Chăn"),
    "IN": ("New Delhi", "Niu Đê-li"),
    "FR": ("Paris",),
    "GB": ("London", "Luân Đôn"),
    "DE": ("Berlin",),
    "CH": ("Geneva", "Genève", "Davos"),
    "BE": ("Brussels", "Brúc-xen"),
    "AE": ("Dubai",),
    "EG": ("Sharm el-Sheikh",),
}

CITIES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(_CITIES)


def city_names() -> list[tuple[str, str]]:
    """(city name, country code) for every known city, longest name first."""
    pairs = [(name, code) for code, names in _CITIES.items() for name in names]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)
