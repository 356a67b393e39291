"""Which outlet a name, short form, web address or copyright line stands for.

Owns the outlet table's lookups: by name, alias and domain ("TTO" → "Tuổi Trẻ",
"baoquocte.vn" → "Báo Quốc tế"), a renamed outlet's former title, a paper named after its
country ("Antigua Observer"), and the holder a copyright line names. The table itself is in
``outlet_table``; how an article's lines name their outlet is ``metadata``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final
from urllib.parse import urlsplit

from briefer.ingest.commanames import across_commas
from briefer.ingest.holderfirst import holder_before_sign
from briefer.ingest.outlet_table import FORMER, OUTLET_TABLE
from briefer.ingest.outlettidy import joined_pairs
from briefer.ingest.rxparts import CAPITAL
from briefer.text.fold import fold

# The outlets editors import from (``outlet_table``): the name as the outlet writes it, its
# web domains, and the short forms its pages use ("TTO - …", "(Chinhphu.vn) - …").
_OUTLET_TABLE: Final = OUTLET_TABLE

# Outlets by web domain (the part after "www.").
OUTLETS: Final[dict[str, str]] = {
    domain: name for name, domains, _aliases in _OUTLET_TABLE for domain in domains
}


def _outlet_key(name: str) -> str:
    # "Thế giới & Việt Nam" is "Thế giới và Việt Nam": connectors do not tell outlets apart.
    words = re.sub(r"[^\w+]+", " ", fold(name)).split()
    return " ".join(w for w in words if w not in ("va", "and"))


# A renamed outlet's former title stands for itself (the page shows it); ``current_name``
# gives the outlet's name of today, which groups the two.
_BY_NAME: Final[dict[str, str]] = {_outlet_key(old): old for old, _new, _d in FORMER}
_CURRENT: Final[dict[str, str]] = {old: new for old, new, _d in FORMER}
for _name, _domains, _aliases in _OUTLET_TABLE:
    for _form in (_name, *_aliases, *_domains):
        _BY_NAME.setdefault(_outlet_key(_form), _name)
_PRESS_NOUN: Final = (
    "observer|times|today|news|herald|tribune|post|gazette|daily|mirror|star|chronicle"
    "|journal|monitor|express|sun|nation|guardian|gleaner|standard|telegraph|courier|record"
    "|independent|insider|reporter|review|inquirer|voice|bulletin|dispatch|sentinel"
)
for _name, _domains, _aliases in _OUTLET_TABLE:
    for _domain in _domains:
        # "VOVWORLD", "Baoquocte": a domain's stem as bylines write it ("news": a menu's word)
        _stem = _outlet_key(_domain.split("/")[0].rsplit(".", 1)[0])
        if _stem not in _PRESS_NOUN.split("|"):
            _BY_NAME.setdefault(_stem, _name)

# The keys an outlet's initials give ("LAO", "TTO"): a country's name that folds to the same
# letters ("Lào") names the country, never the paper ("Việt Nam - Lào" in a title).
_INITIALS: Final = frozenset(
    _outlet_key(a) for _n, _d, aliases in _OUTLET_TABLE for a in aliases if a.isupper()
)


def _country_as_initials(name: str, key: str) -> bool:
    """A country's name, as written, that only an outlet's initials spell: no outlet."""
    from briefer.ingest.countries import country_of_name

    return key in _INITIALS and not name.isupper() and bool(country_of_name(name))


def table_name(name: str) -> str:
    """The outlet a name is exactly, as the table spells it (its name, an alias, a domain
    or a former title: "Nikkei" → "Nikkei Asia"), or "" — none of ``known_outlet``'s looser
    readings (a name with a word around it, a paper's country and noun)."""
    key = _outlet_key(name.strip().removeprefix("www."))
    return "" if _country_as_initials(name.strip(), key) else _BY_NAME.get(key, "")


def current_name(name: str) -> str:
    """A renamed outlet's name of today for its former title ("Báo Nông nghiệp Việt Nam" →
    "Báo Nông nghiệp và Môi trường"); any other name as given."""
    return _CURRENT.get(name, name)


def former_name(name: str) -> str:
    """The former title a name gives of a renamed outlet, as the table writes it ("" when
    the name is no former title)."""
    known = known_outlet(name)
    return known if known in _CURRENT else ""


# What a paper calls itself after its country's name ("Antigua Observer", "Fiji Times",
# "Jamaica Gleaner", "Nepal Monitor"): a newspaper's noun after a country.
_PRESS_NAME: Final = re.compile(
    rf"^(?:the\s+)?(?P<place>[a-z][a-z'. -]{{1,40}}?)\s+(?:{_PRESS_NOUN})"
    rf"(?:\s+(?:{_PRESS_NOUN}))?(?:\s+(?:newspaper|online|media|điện\s+tử))?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    from briefer.ingest.country_table import ISO_COUNTRIES

    words: set[str] = set()
    for _code, _vi, names in ISO_COUNTRIES:
        for english in names:
            words.add(fold(english))
            words.add(fold(english.split(" and ")[0]))  # "Antigua" of "Antigua and Barbuda"
    return frozenset(w for w in words if len(w) >= 4)


def press_name(name: str) -> str:
    """ "ANTIGUA OBSERVER NEWSPAPER" → "Antigua Observer": a paper named by its country and
    a newspaper's noun (the name as written, capitals as words), else ""."""
    bare = " ".join(name.split()).strip(" .,:;")
    match = _PRESS_NAME.match(bare)
    place = re.sub(r"^st\.?\s", "saint ", fold(match.group("place"))) if match else ""
    if not match or place not in _country_words():  # ("St. Lucia": Saint Lucia)
        return ""
    bare = re.sub(r"\s+(?:newspaper|online|media|điện\s+tử)$", "", bare, flags=re.IGNORECASE)
    if bare.isupper():
        bare = " ".join(w[:1] + w[1:].lower() for w in bare.split())
    return bare


def spelled_out(name: str) -> str:
    """ "KPL Lao News Agency" → "Lao News Agency": a line writing an outlet's initials (as
    the table names it) and then the full name they stand for; "" for any other."""
    head, _, rest = name.strip().partition(" ")
    known = _BY_NAME.get(_outlet_key(head), "") if head.isupper() and head.isalpha() else ""
    if not known or len(rest.split()) < 2:
        return ""
    return rest.strip() if known_outlet(rest) == known else ""


def _described(name: str) -> str:
    """ "PRENSA LATINA Latin American News Agency": a masthead's name in capitals, then what
    the outlet is in capitalised words (two at least): the outlet the capitals name, or ""."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if not w.isupper()), len(words))
    rest = words[cut:]
    if not cut or len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return ""
    return known_outlet(" ".join(words[:cut]))


def known_outlet(name: str) -> str:
    """The outlet a name, short form or domain stands for ("TTO" → "Tuổi Trẻ"), or ""."""
    key = _outlet_key(name.strip().removeprefix("www."))
    if not key:
        return ""
    if _country_as_initials(name.strip(), key):
        return ""
    if key in _BY_NAME:
        return _BY_NAME[key]
    press = press_name(name)
    if press:
        return press
    if spelled_out(name):  # ("KPL Lao News Agency": its initials, then its name)
        return _BY_NAME[_outlet_key(name.split(maxsplit=1)[0])]
    described = _described(name)
    if described:
        return described
    # "TUỔI TRẺ ONLINE", "BÁO QUÂN ĐỘI NHÂN DÂN": a known name with a word around it.
    # (or the article English sets before a paper's name: "The Yomiuri Shimbun"; or a print
    # edition's periodicity after it, "X Weekly", "X Cuối tuần": the paper's own edition)
    trimmed = re.sub(r"^(?:the|bao|tap chi|dai|cong thong tin dien tu) "
                     r"|(?: online| dien tu| news| weekly| sunday| cuoi tuan| chu nhat)$", "",
                     key)  # fmt: skip
    if trimmed in _BY_NAME:
        return _BY_NAME[trimmed]
    # "Kyodo News+", "Bộ Công Thương Việt Nam": a known name with a brand's "+" after it, or
    # the country it belongs to, where the longer form is no outlet of its own
    decorated = re.sub(r"\+$| viet ?nam$", "", key)
    if decorated != key and decorated:
        return known_outlet(decorated)
    # "SGGPO", "TTO": a short form in capitals with the O of "online" after it.
    bare = name.strip()
    if 3 <= len(bare) <= 10 and bare.isupper() and bare.isalpha() and bare.endswith("O"):
        stem = _outlet_key(bare[:-1])
        if stem and stem.upper() == bare[:-1].upper():
            return _BY_NAME.get(stem, "")
    return ""


def outlet_of_url(url: str) -> str:
    """The outlet a URL belongs to: a known name, else the bare domain ("thanhnien.vn"); ""
    for a reserved host ("x.invalid", "example.com"), which no outlet can hold."""
    from briefer.ingest.reservedhost import reserved_host

    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    if reserved_host(host):  # (a page printed or saved without its real address)
        return ""
    host = host.removeprefix("www.")
    if host in OUTLETS:
        return OUTLETS[host]
    parent = host.split(".", 1)[-1] if host.count(".") >= 2 else ""
    if parent in OUTLETS:
        return OUTLETS[parent]
    from briefer.ingest.provinces import provincial_paper

    return provincial_paper(host) or host


# Whom a copyright line names: "© 2025 VnEconomy - Vietnam Economic Times.", "Bản quyền
# thuộc về Báo Quảng Ninh", "Copyright © by Hanoi Times. All rights reserved."
# (the holder opens on a letter or a figure, never on the years: "© 1997-2025. Toàn bộ bản
# quyền thuộc X" names X after its stop)
_HOLDER: Final = re.compile(
    r"(?:©|\(c\)|\bCopyright\b|Bản\s+quyền\s+(?:thuộc\s+(?:về\s+)?)?)[\s©]*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+|bởi\s+)?"
    # (a city's short form keeps its dot: "Báo X TP.HCM", "Hội Y Tp. Hồ Chí Minh")
    r"(?P<holder>(?!\d{4}\b)[^\W_](?:[^.,;|©()]|(?<=\bTP)\.|(?<=\bTp)\.){1,79})",
    re.IGNORECASE,
)


_COMPANY: Final = re.compile(
    r"\b(?:Công\s+ty|Tập\s+đoàn|Company|Corp\w*|JSC|Ltd|Inc|LLC|Co\.)", re.IGNORECASE
)
# A notice naming its own kind ("Crown copyright"), no holder's name.
_OWN_KIND: Final = re.compile(r"\bcopyright$", re.IGNORECASE)


# "Cơ quan của X", "Cơ quan ngôn luận của X", "Organ of X": whose organ the outlet is
ORGAN_OF: Final = re.compile(
    r"^(?:cơ\s+quan\s+(?:ngôn\s+luận\s+|chủ\s+quản\s+)?(?:của|thuộc)|(?:an?\s+|the\s+)?organ\s+of)"
    r"\s+\S",
    re.IGNORECASE,
)
# A colophon's field label after the holder's name: its address, editor, licence, contacts.
_NEXT_FIELD: Final = re.compile(
    r"\s+(?:Địa\s+chỉ|Trụ\s+sở|T(?:òa|oà)\s+soạn|Tổng\s+biên\s+tập|Giấy\s+phép|Điện\s+thoại"
    r"|ĐT|Tel|Fax|Hotline|E-?mail|Address|Phone|Editor(?:-in-chief)?|Chịu\s+trách\s+nhiệm)\s*:",
    re.IGNORECASE,
)
# After a holder: its title alone as a sentence, then the reservation.
_HELD_TITLE: Final = re.compile(
    r"\.\s+(?P<title>(?:The\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3})\.\s+"
    r"(?=(?i:all\s+rights\s+reserved))"
)
_CLAIM: Final = re.compile(r"^Bản\s+quyền\s+(?:thuộc\s+(?:về\s+)?)?", re.IGNORECASE)
# Words of the claim around the holder: "© Copyright 2025 X", "© 2025 All rights reserved by
# X", "Copyright X 2025" (a second sign, the reservation, a year after the name); a claim that
# is the reservation alone ("© 2025 Bảo lưu mọi quyền") names its holder before the sign.
_CLAIM_WORDS: Final = re.compile(
    r"^(?:(?:copyright|all\s+rights\s+reserved|bảo\s+lưu\s+mọi\s+quyền|todos\s+los\s+derechos\s+reservados)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+|of\s+)?)+"
    r"|\s+\d{4}(?:\s*[-–]\s*\d{4})?$",
    re.IGNORECASE,
)


_RESERVED_TAIL: Final = re.compile(r"\s+all\s+rights\s+reserved\b.*$", re.IGNORECASE)


def copyright_holder(text: str) -> str:
    """The outlet a copyright line names ("" if none): of "A - B", the longer (full) name."""
    match = _HOLDER.search(text)
    if not match:
        # ("X © 2025": the sign and its year alone after the name)
        signed = re.search(r"©|\(c\)|\bcopyright\b", text, re.IGNORECASE)
        first = across_commas(holder_before_sign(text), text, known_outlet) if signed else ""
        return without_legal_form(first or (_signed_cell(text) if signed else ""))
    if "/" in match.group("holder") and len(text[: match.start()].split()) >= 4:
        return ""  # "Caption … © Chamber / Photographer": the photo's holder, no outlet
    if _PICTURE_LABEL.match(match.group("holder")):
        return ""  # ("© Photo: Agency" under a caption: the picture's credit, not the page's)
    if _photographer(match.group("holder")):
        return ""  # ("© Jane Roe/POOL/Agency" under a caption: a picture's credit, no outlet)
    # ("© 2025 Owner Co. The Title. All rights reserved.": the holder, then the title it holds
    # in a sentence of its own before the reservation: the title is the outlet)
    held = _HELD_TITLE.match(text, match.end())
    if held and not _COMPANY.search(held.group("title")):
        return held.group("title")
    # ("© 2025 Bản quyền thuộc về X": the sign, the year, then the words of the claim; a
    # footer run together ends the name at the colophon's next field, "X Địa chỉ: …")
    holder = _CLAIM_WORDS.sub("", _CLAIM.sub("", _NEXT_FIELD.split(match.group("holder"))[0]))
    # (a country or region after a dash is the name's own: "Hội hữu nghị Việt Nam - Cuba";
    # a footer's row of cells, "X · Giấy phép số … · Địa chỉ …", holds the name in one cell;
    # the reservation run on without its stop, "X All rights reserved", is no part of it)
    holder = _CLAIM_WORDS.sub("", _RESERVED_TAIL.sub("", re.split(r"\s+[·•]\s+", holder)[0]))
    parts = joined_pairs([" ".join(p.split()) for p in re.split(r"\s+[-–|]\s+", holder)])
    parts = [_kind_cased(p) for p in parts]  # ("thuộc về báo X": "Báo X")
    # (a company that runs the site is not the outlet: "Công ty CP …", "… JSC", "… Ltd"; nor
    # a notice naming its own kind, "Crown copyright": the state's right, no holder's name)
    named = [
        p
        for p in parts
        if p[:1].isupper()
        and 1 <= len(p.split()) <= 8
        # (a known paper's own company named after it, "X Today Inc.", is the paper)
        and (not _COMPANY.search(p) or known_outlet(without_legal_form(p)))
        and not _OWN_KIND.search(p)
        and not _CLAIM_WORDS.fullmatch(p)  # ("© X - All rights reserved": the reservation)
        and not ORGAN_OF.match(p)  # ("Báo X - Cơ quan của Y": whose organ X is, no name)
    ]
    best = max(named, key=lambda p: len(p.split()), default="")
    return without_legal_form(across_commas(best or holder_before_sign(text), text, known_outlet))


def _kind_cased(part: str) -> str:
    """A holder opening on its outlet's kind in lower case, as a sentence writes it ("Bản
    quyền thuộc về báo X", "… của tạp chí Y") → the name, its kind capitalised ("Báo X");
    any other part unchanged (a holder in lower case that names no kind stays no name)."""
    return part[:1].upper() + part[1:] if _LOWER_KIND.match(part) else part


# An outlet's kind in lower case before its capitalised name ("báo X", "tạp chí Y"; "báo
# cáo" is a report: its next word is in lower case, no name).
_LOWER_KIND: Final = re.compile(
    rf"^(?:báo|tạp\s+chí|đài|thông\s+tấn\s+xã|cổng\s+thông\s+tin|trang\s+tin)"
    rf"(?:\s+điện\s+tử)?\s+[{CAPITAL}]"
)


def _signed_cell(text: str) -> str:
    """ "All Rights Reserved. X © 2025 · Contact": the holder before the sign in a footer's
    cell of its own, the sentence that holds the sign ("" if none)."""
    cells = re.split(r"\s+[·•|]\s+", text)
    cell = next((c for c in cells if re.search(r"©|\(c\)", c)), "")
    sentence = re.split(r"(?<=[.!?])\s+", cell)[-1] if cell else ""
    return holder_before_sign(sentence) if sentence != text else ""


# A company's legal form closing a holder's name ("X Limited", "X Co", "X Berhad", "X a.s."),
# and the registration number some print after it ("[197101000523-W]"): the paper's name is
# the words before them.
_REGISTRATION: Final = re.compile(r"\s*\[[\w-]*\]?$")
_LEGAL_TAIL: Final = re.compile(
    # (its first letter alone when the holder was cut at the form's dot: "Press a", "PAÍS S")
    r"(?<=\S)\s+(?:Limited|Ltd|Co|Inc|Berhad|Bhd|PLC|Plc|LLC|a(?:\.?\s?s)?|S(?:\.?\s?[ALC])?)\.?$"
)


def without_legal_form(holder: str) -> str:
    """ "Harbour Daily Mail Limited" → "Harbour Daily Mail": a holder without its legal form
    (a name of one word before it, "Acme Ltd", is a company's and stays whole)."""
    bare = _REGISTRATION.sub("", holder.strip())
    cut = _LEGAL_TAIL.sub("", bare)
    return cut if cut != bare and len(cut.split()) >= 2 else holder


# A picture's credit label after the sign ("© Photo: X", "© Ảnh: X").
_PICTURE_LABEL: Final = re.compile(r"(?:Photo|Photos|Picture|Image|Ảnh|Foto)\s*:", re.IGNORECASE)
# A person's name: two or three capitalised words, no outlet's.
_PERSON_PART: Final = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}")


def _photographer(holder: str) -> bool:
    """A slashed credit with a person's name as one part ("Jane Roe/POOL/Agency",
    "Agency/Jane Roe"): who took a picture, beside the agency that sells it."""
    parts = [p.strip() for p in holder.split("/")]
    return len(parts) >= 2 and any(_PERSON_PART.fullmatch(p) and not known_outlet(p) for p in parts)


def outlet_of_name(name: str) -> str:
    """ "Baoquocte.vn" → the outlet's name when the name is a known domain or short form;
    else as written."""
    return known_outlet(name) or name.strip()


__all__ = [
    "ORGAN_OF",
    "OUTLETS",
    "copyright_holder",
    "current_name",
    "former_name",
    "known_outlet",
    "outlet_of_name",
    "outlet_of_url",
    "press_name",
    "spelled_out",
    "table_name",
]
