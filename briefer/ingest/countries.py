"""Country names in Vietnamese and English text → ISO 3166 alpha-2 codes.

Owns the small table the importer needs to guess a fact's country pair: the Americas, ASEAN,
the G20 and a few frequent partners, each with its Vietnamese spellings (official and
phonetic, "Mê-hi-cô") and English names. Matching is case-sensitive on purpose: "Mỹ" is the
United States, "mỹ thuật" is fine arts; and a few names that are also ordinary Vietnamese
words or given names ("Anh", "Đức", "Ý", "Nga") are only taken in unambiguous forms
("Vương quốc Anh", "CHLB Đức", "Liên bang Nga" …) or, for "Nga", when no other capitalised
name word stands before it ("Nguyễn Thị Nga" is a person).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

HOME: Final = "VN"


@dataclass(frozen=True, slots=True)
class CountryName:
    code: str
    name_vi: str
    name_en: str
    aliases: tuple[str, ...] = ()


# (code, Vietnamese name, English name, other spellings found in news text)
_TABLE: Final[tuple[CountryName, ...]] = (
    # ---- ASEAN
    CountryName("VN", "Việt Nam", "Viet Nam", ("Vietnam", "Viet Nam", "CHXHCN Việt Nam")),
    CountryName("BN", "Brunei", "Brunei", ("Bru-nây", "Brunei Darussalam")),
    CountryName("KH", "Campuchia", "Cambodia", ("Cam-pu-chia", "Cambodia")),
    CountryName("ID", "Indonesia", "Indonesia", ("In-đô-nê-xi-a", "Inđônêxia")),
    CountryName("LA", "Lào", "Laos", ("Laos", "Lao PDR")),
    CountryName("MY", "Malaysia", "Malaysia", ("Ma-lai-xi-a", "Malaixia")),
    CountryName("MM", "Myanmar", "Myanmar", ("Mi-an-ma", "Mianma")),
    CountryName("PH", "Philippines", "Philippines", ("Phi-líp-pin", "Philippin", "Philippine")),
    CountryName("SG", "Singapore", "Singapore", ("Xin-ga-po", "Xingapo")),
    CountryName("TH", "Thái Lan", "Thailand", ("Thailand",)),
    CountryName("TL", "Timor-Leste", "Timor-Leste", ("Đông Timor", "Ti-mo Lét-xtê", "East Timor")),
    # ---- the Americas
    CountryName("US", "Hoa Kỳ", "United States", ("Mỹ", "Hợp chúng quốc Hoa Kỳ", "United States",
                                                   "U.S.", "USA")),
    CountryName("CA", "Canada", "Canada", ("Ca-na-đa", "Canađa")),
    CountryName("MX", "Mexico", "Mexico", ("Mê-hi-cô", "Mêhicô", "México")),
    CountryName("GT", "Guatemala", "Guatemala", ("Goa-tê-ma-la",)),
    CountryName("BZ", "Belize", "Belize", ()),
    CountryName("HN", "Honduras", "Honduras", ("Hôn-đu-rát",)),
    CountryName("SV", "El Salvador", "El Salvador", ("En Xan-va-đo",)),
    CountryName("NI", "Nicaragua", "Nicaragua", ("Ni-ca-ra-goa", "Nicaragoa")),
    CountryName("CR", "Costa Rica", "Costa Rica", ("Cốt-xta Ri-ca",)),
    CountryName("PA", "Panama", "Panama", ("Pa-na-ma",)),
    CountryName("CU", "Cuba", "Cuba", ("Cu-ba",)),
    CountryName("DO", "Cộng hòa Dominica", "Dominican Republic", ("Dominican Republic",)),
    CountryName("HT", "Haiti", "Haiti", ("Ha-i-ti",)),
    CountryName("JM", "Jamaica", "Jamaica", ("Gia-mai-ca",)),
    CountryName("TT", "Trinidad và Tobago", "Trinidad and Tobago", ("Trinidad and Tobago",)),
    CountryName("BS", "Bahamas", "Bahamas", ()),
    CountryName("BB", "Barbados", "Barbados", ()),
    CountryName("CO", "Colombia", "Colombia", ("Cô-lôm-bi-a", "Côlômbia")),
    CountryName("VE", "Venezuela", "Venezuela", ("Vê-nê-xu-ê-la", "Vênêxuêla")),
    CountryName("GY", "Guyana", "Guyana", ("Guy-a-na",)),
    CountryName("SR", "Suriname", "Suriname", ("Xu-ri-nam",)),
    CountryName("EC", "Ecuador", "Ecuador", ("Ê-cu-a-đo", "Êcuađo")),
    CountryName("PE", "Peru", "Peru", ("Pê-ru", "Pêru", "Perú")),
    CountryName("BO", "Bolivia", "Bolivia", ("Bô-li-vi-a", "Bôlivia")),
    CountryName("BR", "Brazil", "Brazil", ("Bra-xin", "Braxin", "Brasil")),
    CountryName("PY", "Paraguay", "Paraguay", ("Pa-ra-goay", "Paragoay")),
    CountryName("UY", "Uruguay", "Uruguay", ("U-ru-goay", "Urugoay")),
    CountryName("CL", "Chile", "Chile", ("Chi-lê", "Chilê")),
    CountryName("AR", "Argentina", "Argentina", ("Ác-hen-ti-na", "Áchentina")),
    # ---- the rest of the G20 and frequent partners
    CountryName("AU", "Australia", "Australia", ("Úc", "Ô-xtrây-li-a", "Ôxtrâylia")),
    CountryName("CN", "Trung Quốc", "China", ("China", "CHND Trung Hoa")),
    CountryName("FR", "Pháp", "France", ("France", "Cộng hòa Pháp")),
    CountryName("DE", "Đức", "Germany", ("Germany", "CHLB Đức", "Liên bang Đức", "nước Đức")),
    CountryName("IN", "Ấn Độ", "India", ("India",)),
    CountryName("IT", "Italy", "Italy", ("I-ta-li-a", "Italia", "nước Ý", "Italy")),
    CountryName("JP", "Nhật Bản", "Japan", ("Japan", "Nhật")),
    CountryName("KP", "Triều Tiên", "DPR Korea", ("CHDCND Triều Tiên", "North Korea")),
    CountryName("KR", "Hàn Quốc", "Republic of Korea", ("South Korea", "Republic of Korea",
                                                         "Đại Hàn Dân Quốc")),
    CountryName("RU", "Nga", "Russia", ("Liên bang Nga", "Russia", "Russian Federation")),
    CountryName("SA", "Ả Rập Xê-út", "Saudi Arabia", ("Ả-rập Xê-út", "Ả Rập Saudi",
                                                      "Saudi Arabia")),
    CountryName("ZA", "Nam Phi", "South Africa", ("South Africa",)),
    CountryName("TR", "Thổ Nhĩ Kỳ", "Türkiye", ("Türkiye", "Turkey")),
    CountryName("GB", "Vương quốc Anh", "United Kingdom", ("nước Anh", "Anh Quốc",
                                                           "United Kingdom", "Britain", "UK")),
    CountryName("NZ", "New Zealand", "New Zealand", ("Niu Di-lân",)),
)  # fmt: skip

BY_CODE: Final[dict[str, CountryName]] = {c.code: c for c in _TABLE}

# Words after "Mỹ" that make it a region or an adjective, not the United States.
_NOT_US_AFTER: Final = re.compile(r"[^\S\n]*(?:La[^\S\n]*tinh|Latinh|Latin|thuật|phẩm|mãn|quan)\b")
_NOT_US_BEFORE: Final = re.compile(
    r"(?:châu|Châu|Nam|Bắc|Trung|đô[^\S\n]?la|Đô[^\S\n]?la|đôla)[^\S\n]+\Z"
)
_NAME_WORD_BEFORE: Final = re.compile(r"(?<![^\s(\"“])[A-ZĐÀ-Ỹ][^\s]*[^\S\n]+\Z")
_COUNTRY_CONTEXT: Final = re.compile(
    r"(?:nước|Liên bang|Tổng thống|Thủ tướng|Đại sứ quán|Bộ trưởng|Chủ tịch|Chính phủ|Quốc hội)"
    r"[^\S\n]+\Z"
)


# Names that stay in the lookup table but are never matched alone: "Đức" is as often a
# given name ("Nguyễn Minh Đức") as Germany, which is found as "CHLB Đức", "nước Đức" ….
_NEVER_ALONE: Final = frozenset({"Đức"})


def _pattern() -> re.Pattern[str]:
    names = {
        name
        for country in _TABLE
        for name in (country.name_vi, country.name_en, *country.aliases)
        if name not in _NEVER_ALONE
    }
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # A look-ahead on the first letters lets the engine skip most positions cheaply.
    first = "".join(sorted({re.escape(n[0]) for n in names}))
    return re.compile(rf"(?<![\w.])(?=[{first}])(?:{alternation})(?![\w])")


_NAMES: Final = _pattern()
_LOOKUP: Final[dict[str, str]] = {}
for _country in _TABLE:
    for _name in (_country.name_vi, _country.name_en, *_country.aliases):
        _LOOKUP.setdefault(_name, _country.code)


@dataclass(frozen=True, slots=True)
class CountryMention:
    code: str
    text: str
    start: int
    end: int


def _accept(text: str, match: re.Match[str]) -> bool:
    name = match.group()
    before = text[max(0, match.start() - 24) : match.start()]
    if name == "Mỹ":
        return not (_NOT_US_AFTER.match(text, match.end()) or _NOT_US_BEFORE.search(before))
    if name == "Nga":
        # "Thị Nga", "Hằng Nga": a given name; "Tổng thống Nga", "với Nga": the country.
        return bool(_COUNTRY_CONTEXT.search(before)) or not _NAME_WORD_BEFORE.search(before)
    if name == "Pháp":
        after = text[match.end() : match.end() + 8]
        return not re.match(r"[^\S\n]*(?:luật|lý|lệnh|chế|ngữ|y|quyền|nhân|điển)\b", after)
    if name == "Nhật":
        return not re.search(r"(?:[Cc]hủ|[Nn]hật)[^\S\n]+\Z", before) and not re.match(
            r"[^\S\n]+(?:ký|báo|trình)\b", text[match.end() : match.end() + 8]
        )
    if name == "Lào":
        return not re.match(r"[^\S\n]+Cai\b", text[match.end() : match.end() + 6])
    return True


def find_countries(text: str) -> list[CountryMention]:
    """Every country named in ``text``, in order, with offsets."""
    found: list[CountryMention] = []
    for match in _NAMES.finditer(text):
        if _accept(text, match):
            found.append(CountryMention(_LOOKUP[match.group()], match.group(), *match.span()))
    return found


def count_countries(text: str) -> Counter[str]:
    """How often each country is named in ``text``."""
    return Counter(m.code for m in find_countries(text))


def ranked_partners(text: str, title: str = "") -> list[str]:
    """Foreign countries of ``text``, most named first; a country in the title counts double."""
    counts = count_countries(text)
    for code, n in count_countries(title).items():
        counts[code] += 2 * n
    counts.pop(HOME, None)
    return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def pair_code(partner: str) -> str:
    """``"CL"`` → ``"VN-CL"``: the home country first."""
    return f"{HOME}-{partner}"


def country_names(code: str) -> tuple[str, str]:
    """(Vietnamese, English) name of ``code``; the code twice when it is not in the table."""
    country = BY_CODE.get(code)
    return (country.name_vi, country.name_en) if country else (code, code)


__all__ = [
    "BY_CODE",
    "HOME",
    "CountryMention",
    "count_countries",
    "country_names",
    "find_countries",
    "pair_code",
    "ranked_partners",
]
