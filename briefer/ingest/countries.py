"""Country names in Vietnamese and English text → ISO 3166 alpha-2 codes.

Every ISO 3166-1 entry (UN members and observers, territories: 249) is known, from the table
generated out of pycountry (:mod:`briefer.ingest.country_table`): its English short, common
and official names ("Hungary", "New Zealand") and its Vietnamese name ("Hun-ga-ri", "Niu
Xi-lân"). Above it, a hand-kept table of the spellings Vietnamese news really uses
("Hàn Quốc", "Mỹ", "Séc", "Chi-lê") gives the display names and aliases; for a country it
does not list, the display name is pycountry's Vietnamese name when it is a native word
("Bỉ", "Thụy Sĩ"), else the Latin form news writes ("Hungary" rather than "Hun-ga-ri").

Matching is case-sensitive on purpose: "Mỹ" is the United States, "mỹ thuật" is fine arts.
Names that are also given names or ordinary words ("Nga", "Nhật", "Đức", "Jordan",
"Georgia") are taken only where they cannot be part of a person's name: a capitalised
syllable right before or after one ("Nguyễn Thị Nga", "Nhật Bắc", "Michael Jordan") makes
it a name unless a country word stands before it ("Tổng thống Nga", "nước Đức").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from briefer.ingest.country_press import ADJECTIVES, PRESS_NAMES, PRESS_SPELLINGS
from briefer.ingest.country_table import ISO_COUNTRIES
from briefer.ingest.wordnames import WORD_NAMES, word_name_is_country

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
                                                   "U.S.", "US", "USA", "New Mexico")),
    # (a province or state named after another country is its own country's: "British
    # Columbia" is Canada's, never Britain's; "New Mexico" the United States')
    CountryName("CA", "Canada", "Canada", ("Ca-na-đa", "Canađa", "British Columbia")),
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
    CountryName("IT", "Italy", "Italy", ("I-ta-li-a", "Italia", "nước Ý", "Italy", "Ý")),
    CountryName("JP", "Nhật Bản", "Japan", ("Japan", "Nhật")),
    CountryName("KP", "Triều Tiên", "DPR Korea", ("CHDCND Triều Tiên", "North Korea")),
    CountryName("KR", "Hàn Quốc", "Republic of Korea", ("South Korea", "Republic of Korea",
                                                         "Đại Hàn Dân Quốc", "Korea",
                                                         "RoK", "ROK")),  # (VNS's "the RoK")
    CountryName("RU", "Nga", "Russia", ("Liên bang Nga", "Russia", "Russian Federation")),
    CountryName("SA", "Ả Rập Xê-út", "Saudi Arabia", ("Ả-rập Xê-út", "Ả Rập Saudi",
                                                      "Saudi Arabia")),
    CountryName("ZA", "Nam Phi", "South Africa", ("South Africa",)),
    CountryName("TR", "Thổ Nhĩ Kỳ", "Türkiye", ("Türkiye", "Turkey")),
    CountryName("GB", "Vương quốc Anh", "United Kingdom", ("nước Anh", "Anh Quốc",
                                                           "United Kingdom", "Britain", "UK")),
    CountryName("NZ", "New Zealand", "New Zealand", ("Niu Di-lân", "Niu Xi-lân")),
    # ---- Europe, the Middle East, Africa and the rest of Asia: the press spellings
    CountryName("HU", "Hungary", "Hungary", ("Hung-ga-ri", "Hun-ga-ri")),
    CountryName("NL", "Hà Lan", "Netherlands", ("Hoà Lan", "Vương quốc Hà Lan")),
    CountryName("BE", "Bỉ", "Belgium", ("Vương quốc Bỉ",)),
    CountryName("CH", "Thụy Sĩ", "Switzerland", ("Thuỵ Sĩ", "Thụy Sỹ")),
    CountryName("SE", "Thụy Điển", "Sweden", ("Thuỵ Điển",)),
    CountryName("NO", "Na Uy", "Norway", ()),
    CountryName("DK", "Đan Mạch", "Denmark", ()),
    CountryName("FI", "Phần Lan", "Finland", ()),
    CountryName("ES", "Tây Ban Nha", "Spain", ()),
    CountryName("PT", "Bồ Đào Nha", "Portugal", ()),
    CountryName("GR", "Hy Lạp", "Greece", ()),
    CountryName("AT", "Áo", "Austria", ("Cộng hòa Áo", "nước Áo")),
    CountryName("CZ", "Séc", "Czechia", ("Cộng hòa Séc", "CH Séc", "Czech Republic", "Czech")),
    CountryName("SK", "Slovakia", "Slovakia", ("Xlô-va-ki-a",)),
    CountryName("PL", "Ba Lan", "Poland", ()),
    CountryName("RO", "Romania", "Romania", ("Ru-ma-ni", "Rumani")),
    CountryName("BG", "Bulgaria", "Bulgaria", ("Bun-ga-ri", "Bungari")),
    CountryName("RS", "Serbia", "Serbia", ("Xéc-bi-a", "Xecbia")),
    CountryName("IE", "Ireland", "Ireland", ("Ai-len", "Ai Len", "Ailen")),
    CountryName("UA", "Ukraine", "Ukraine", ("U-crai-na", "Ucraina")),
    CountryName("BY", "Belarus", "Belarus", ("Bê-la-rút", "Bêlarút")),
    CountryName("KZ", "Kazakhstan", "Kazakhstan", ("Ca-dắc-xtan", "Cadắcxtan")),
    CountryName("GE", "Gruzia", "Georgia", ("Gru-di-a",)),
    CountryName("CY", "Síp", "Cyprus", ("Cộng hòa Síp",)),
    CountryName("MN", "Mông Cổ", "Mongolia", ()),
    CountryName("TW", "Đài Loan", "Taiwan", ()),
    CountryName("IL", "Israel", "Israel", ("I-xra-en", "Ixraen")),
    CountryName("EG", "Ai Cập", "Egypt", ()),
    CountryName("IR", "Iran", "Iran", ("I-ran",)),
    CountryName("AE", "UAE", "United Arab Emirates", ("Các Tiểu vương quốc Ả-rập Thống nhất",
                                                      "Các Tiểu vương quốc Ả Rập Thống nhất")),
    CountryName("LK", "Sri Lanka", "Sri Lanka", ("Xri Lan-ca", "Xri Lanca")),
    CountryName("BD", "Bangladesh", "Bangladesh", ("Băng-la-đét", "Bănglađét")),
    CountryName("PK", "Pakistan", "Pakistan", ("Pa-ki-xtan", "Pakixtan")),
    CountryName("MZ", "Mozambique", "Mozambique", ("Mô-dăm-bích", "Môdămbích")),
    CountryName("DZ", "Algeria", "Algeria", ("An-giê-ri", "Angiêri")),
    CountryName("NG", "Nigeria", "Nigeria", ("Ni-giê-ri-a", "Nigiêria")),
    CountryName("AO", "Angola", "Angola", ("Ăng-gô-la",)),
    CountryName("MA", "Maroc", "Morocco", ("Ma-rốc", "Marốc", "Morocco")),
)  # fmt: skip

_TONE_OLD_STYLE: Final = (
    ("oà", "òa"),
    ("oá", "óa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("uỳ", "ùy"),
    ("uý", "úy"),
    ("uỷ", "ủy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
)


def _syllables_variants(name: str) -> list[str]:
    """A transcribed name's syllables joined as the press writes them: "Ả Rập Xê-út",
    "Ả Rập Xê Út", "Ả-rập Xê-út", "Ả Rập Xê-Út" are one name."""
    if "-" not in name or not name[:1].isupper():
        return []
    words = name.split(" ")
    spaced = " ".join(
        " ".join(part[:1].upper() + part[1:] for part in word.split("-")) for word in words
    )
    capital = " ".join(
        "-".join(part[:1].upper() + part[1:] for part in word.split("-")) for word in words
    )
    return [v for v in (spaced, capital) if v != name]


def _spellings(name: str) -> list[str]:
    """A name and its other tone-mark placement ("Cộng hoà" / "Cộng hòa"), and its
    syllables joined by spaces or hyphens."""
    found = []
    for form in (name, *_syllables_variants(name)):
        other = form
        for old, new in _TONE_OLD_STYLE:
            other = other.replace(old, new)
        found += [form] if other == form else [form, other]
    return found


_PAIR_NAME: Final = re.compile(r"([A-Z][a-z]+) and ([A-Z][a-z]+)")


def _one_syllable(name: str) -> bool:
    return " " not in name and "-" not in name


def _from_iso() -> tuple[CountryName, ...]:
    """Every ISO entry, with the hand-kept spellings first where there are any."""
    curated = {c.code: c for c in _TABLE}
    result: list[CountryName] = []
    for code, iso_name, english in ISO_COUNTRIES:
        iso_vi = iso_name.split(", ")[0]  # "Đài Loan, Tỉnh Trung Quốc" → "Đài Loan"
        # One-syllable Vietnamese names ("Ý", "Ao", "Nhật") are ordinary words too: only
        # the hand-kept table may match them, in the forms it lists.
        extra = [iso_vi] if not _one_syllable(iso_vi) else []
        extra += [*PRESS_SPELLINGS.get(code, ()), *ADJECTIVES.get(code, ())]
        # "Antigua and Barbuda" as Vietnamese text ("Antigua và Barbuda") and headlines
        # ("Antigua & Barbuda") write it
        extra += [
            e.replace(" and ", f" {w} ") for e in english if " and " in e for w in ("và", "&")
        ]
        # A two-word "X and Y" name goes by its initials in its own press ("T&T" for
        # Trinidad and Tobago, "B&H"): only the short form of a one-word pair, so that
        # longer names ("Saint Pierre and Miquelon") make no stray letters.
        extra += [f"{m[1][0]}&{m[2][0]}" for e in english if (m := _PAIR_NAME.fullmatch(e))]
        own = curated.get(code)
        if own is not None:
            aliases = [*own.aliases, *english, *extra]
            result.append(CountryName(code, own.name_vi, own.name_en, tuple(aliases)))
            continue
        native = "-" not in iso_vi and not iso_vi.startswith(("Cộng", "Nước", "Quần"))
        name_vi = PRESS_NAMES.get(code) or (iso_vi if native and iso_vi else english[0])
        extra += [name_vi] if name_vi not in english else []
        result.append(CountryName(code, name_vi, english[0], tuple([*english, *extra])))
    known = {c.code for c in result}
    result.extend(c for c in _TABLE if c.code not in known)
    return tuple(result)


COUNTRIES: Final[tuple[CountryName, ...]] = _from_iso()
BY_CODE: Final[dict[str, CountryName]] = {c.code: c for c in COUNTRIES}


def formal_style_of(name: str) -> str:
    """The usual English name of the country ``name`` gives in its formal style only ("Hellenic
    Republic" → "Greece"), ""  for any name the press goes by ("Czech Republic", the display
    "Republic of Korea") and for a short name: the style is ISO's, not the news'."""
    for code, _, english in ISO_COUNTRIES:
        if name in english[1:] and name != english[0]:
            own = next((c for c in _TABLE if c.code == code), None)
            if own is None or (name != own.name_en and name not in own.aliases):
                return BY_CODE[code].name_en
    return ""


# Words after "Mỹ" that make it a region or an adjective, not the United States.
_NOT_US_AFTER: Final = re.compile(r"[^\S\n]*(?:La[^\S\n]*tinh|Latinh|Latin|thuật|phẩm|mãn|quan)\b")
_NOT_US_BEFORE: Final = re.compile(
    r"(?:châu|Châu|Nam|Bắc|Trung|đô[^\S\n]?la|Đô[^\S\n]?la|đôla)[^\S\n]+\Z"
)
_NAME_WORD_BEFORE: Final = re.compile(r"(?<![^\s(\"“])[A-ZĐÀ-Ỹ][^\s]*[^\S\n]+\Z")
_COUNTRY_CONTEXT: Final = re.compile(
    r"(?:nước|Liên bang|Tổng thống|Thủ tướng|Đại sứ quán|Bộ trưởng|Chủ tịch|Chính phủ|Quốc hội"
    r"|Vương quốc|Cộng hòa|Nhà nước|Đại sứ|Quốc vương|Nhà vua|Hoàng gia|Ngoại trưởng"
    r"|of|in|to|and|with|Embassy|President|Prime Minister|King|Minister|[Vv]ới|[Tt]ại|[Vv]à)"
    r"[^\S\n]+\Z"
)


# Names that are as often ordinary words or given names ("Nguyễn Minh Đức", "áo dài",
# "Czech koruna"): taken only after a word that introduces a country ("Tổng thống Đức",
# "Việt Nam và Áo", "the UK"), besides the longer forms the table lists ("CHLB Đức").
_NEVER_ALONE: Final = frozenset({"Đức", "Áo", "Czech", "UK"})
_ALONE_CONTEXT: Final = re.compile(
    r"(?:nước|Liên bang|Tổng thống|Thủ tướng|Đại sứ quán|Bộ trưởng|Chính phủ|Quốc hội"
    r"|Vương quốc|Cộng hòa|Nhà nước|Đại sứ|Ngoại trưởng|Ngoại giao|Quốc phòng|Công Thương"
    r"|[Vv]ới|[Tt]ại|[Ss]ang|[Tt]hăm|[Gg]iữa|[Pp]hía|the|The"
    r"|(?:Việt Nam|Vietnam|Viet Nam)(?:[^\S\n]+(?:và|and)|[^\S\n]*[-–,]))[^\S\n]+\Z"
)
# Names that are also given names or other places: taken only where they cannot be part of
# a person's name (see _accept).
_NAME_LIKE: Final = frozenset(
    {
        "Nga",
        "Nhật",
        "Lào",
        "Jordan",
        "Georgia",
        "Chad",
        "Jersey",
        "Guernsey",
        "Niger",
        "Mali",
        "Síp",
        "Bỉ",
        "Séc",
    }
)


def _trie_regex(names: list[str]) -> str:
    """One alternation per shared prefix: the regex engine tries a few branches at a place
    instead of every one of the thousand names (longest names still win)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


def _all_names() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for country in COUNTRIES:
        for name in (country.name_vi, country.name_en, *country.aliases):
            for spelling in _spellings(name.strip()):
                if len(spelling) >= 2 or spelling in WORD_NAMES:
                    lookup.setdefault(spelling, country.code)
    return lookup


def _compound_names(lookup: dict[str, str]) -> dict[str, str]:
    """A name built on another country's ("Cộng hòa Dân chủ Công-gô" on "Công-gô", "Nam
    Xu-đăng" on "Xu-đăng", "Ghi-nê Xích Đạo" on "Ghi-nê") is also written with the other
    country's English name inside ("Cộng hòa Dân chủ Congo", "Nam Sudan", "Guinea Xích
    Đạo"): the longer name must win over the shorter one it contains."""
    found: dict[str, str] = {}
    for name, code in lookup.items():
        starts = [m.start() for m in re.finditer(r"(?<![\w.])\w", name)]
        ends = [m.end() for m in re.finditer(r"\w(?![\w])", name)]
        for start in starts:
            for end in (e for e in ends if e > start and (start, e) != (0, len(name))):
                other = lookup.get(name[start:end], code)
                if other == code:
                    continue
                variant = name[:start] + BY_CODE[other].name_en + name[end:]
                if variant not in lookup:
                    found.setdefault(variant, code)
    return found


def _with_compounds() -> dict[str, str]:
    lookup = _all_names()
    lookup.update(_compound_names(lookup))
    return lookup


_LOOKUP: Final[dict[str, str]] = _with_compounds()


def _pattern() -> re.Pattern[str]:
    names = list(_LOOKUP)
    return re.compile(rf"(?<![\w.])(?:{_trie_regex(names)})(?![\w])")


_NAMES: Final = _pattern()


@dataclass(frozen=True, slots=True)
class CountryMention:
    code: str
    text: str
    start: int
    end: int


# A sea named after a country: a compass word before and "Sea" after the name ("South China
# Sea", "East China Sea"), or "Sea of" before it ("Sea of Japan").
_SEA_NAME_BEFORE: Final = re.compile(r"\bSea[^\S\n]+of[^\S\n]+\Z")
_SEA_COMPASS: Final = re.compile(r"\b(?:South|East|North|West)[^\S\n]+\Z")
_SEA_AFTER: Final = re.compile(r"[^\S\n]+Sea\b")
_NAME_WORD_AFTER: Final = re.compile(r"[^\S\n]+[A-ZĐÀ-Ỹ][a-zà-ỹđ]")


def _person_name(text: str, match: re.Match[str], before: str) -> bool:
    """A country name inside a person's name: "Nguyễn Thị Nga", "Nhật Bắc", "Michael Jordan"."""
    if _COUNTRY_CONTEXT.search(before):
        return False
    after = _NAME_WORD_AFTER.match(text, match.end())
    return bool(_NAME_WORD_BEFORE.search(before)) or bool(after)


def _accept(text: str, match: re.Match[str]) -> bool:
    name = match.group()
    before = text[max(0, match.start() - 24) : match.start()]
    if name in _NEVER_ALONE:
        return bool(_ALONE_CONTEXT.search(before))
    if name in WORD_NAMES:  # "Ý": Italy, or "ý kiến"; "US", or "CONTACT US"
        return word_name_is_country(text, match.start(), match.end())
    if re.search(r"\bPort[^\S\n]+of[^\S\n]+\Z", before):
        return False  # "Port of Spain": a city (a port) named after a country, not the country
    compass_sea = _SEA_COMPASS.search(before) and _SEA_AFTER.match(text, match.end())
    if compass_sea or _SEA_NAME_BEFORE.search(before):
        return False  # "the South China Sea", "Sea of Japan": a sea named after a country
    if name == "Mỹ":
        return not (_NOT_US_AFTER.match(text, match.end()) or _NOT_US_BEFORE.search(before))
    if name in _NAME_LIKE and _person_name(text, match, before):
        # "Thị Nga", "Hằng Nga": a given name; "Tổng thống Nga", "với Nga": the country.
        return False
    if name == "Nga":
        return True
    if name == "Pháp":
        after = text[match.end() : match.end() + 8]
        return not re.match(r"[^\S\n]*(?:luật|lý|lệnh|chế|ngữ|y|quyền|nhân|điển)\b", after)
    if name == "Nhật":
        return not re.search(r"(?:[Cc]hủ|[Nn]hật)[^\S\n]+\Z", before) and not re.match(
            r"[^\S\n]+(?:ký|báo|trình)\b", text[match.end() : match.end() + 8]
        )
    if name == "American":  # "Latin American", "South American": a region's
        return not re.search(r"(?:Latin|South|North|Central)[^\S\n]+\Z", before)
    if name == "Korea":  # bare "Korea" is the Republic's, unless the North's name precedes it
        return not re.search(r"(?:North|DPR|People's[^\S\n]+Republic[^\S\n]+of)[^\S\n]+\Z", before)
    if name == "Indian":  # "the Indian Ocean"
        return not re.match(r"[^\S\n]+Ocean\b", text[match.end() : match.end() + 8])
    if name == "Lào":
        return not re.match(r"[^\S\n]+Cai\b", text[match.end() : match.end() + 6])
    return True


def find_countries(text: str) -> list[CountryMention]:
    """Every country named in ``text``, in order, with offsets."""
    return list(_mentions(text))


# The cleaner counts a body's countries and the candidate finder places them: one scan.
@lru_cache(maxsize=64)
def _mentions(text: str) -> tuple[CountryMention, ...]:
    return tuple(
        CountryMention(_LOOKUP[match.group()], match.group(), *match.span())
        for match in _NAMES.finditer(text)
        if _accept(text, match)
    )


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


def country_of_name(name: str) -> str:
    """The ISO code of a country name as written ("Hungary", "Hun-ga-ri"), or ""."""
    for spelling in _spellings(name.strip()):
        if spelling in _LOOKUP:
            return _LOOKUP[spelling]
    return ""


__all__ = [
    "BY_CODE",
    "COUNTRIES",
    "HOME",
    "CountryMention",
    "count_countries",
    "country_names",
    "country_of_name",
    "find_countries",
    "formal_style_of",
    "pair_code",
    "ranked_partners",
]
