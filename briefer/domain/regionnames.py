"""The English name of a rank's group as its quote names it, and a country's name in a
sentence (pure).

A rank's metric files a group under one key ("europe" for "châu Âu", "Liên minh châu Âu",
"the EU"; "asean" for "ASEAN" and "Đông Nam Á"; "africa" for "châu Phi" and "Tây Phi"), which
is right for counting and wrong for a sentence: the EU is not Europe, West Africa is not
Africa, the Gulf is not the whole Middle East. :func:`region_phrase` says the group the
quote's own words name — the narrowest of the key's names the quote uses, in English — and
the key's general name only when the quote names none of them.

:func:`in_sentence` gives a country's English name the article English puts before it in
running text ("the United States", "the Philippines", "the Republic of Korea").
"""

from __future__ import annotations

import re
from typing import Final


def _rx(names: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{names})(?![^\W\d_])")


# Each key's names, narrow before wide, with the English each stands for.
_NAMES: Final[dict[str, tuple[tuple[re.Pattern[str], str], ...]]] = {
    "europe": (
        (_rx(r"Liên minh châu Âu|EU|European Union"), "the EU"),
        (_rx(r"châu Âu|Europe"), "Europe"),
    ),
    "asean": (
        (_rx(r"Đông Nam Á|Southeast Asia|South-East Asia"), "Southeast Asia"),
        (_rx(r"ASEAN|Asean|Association of Southeast Asian Nations"), "ASEAN"),
    ),
    "africa": (
        (_rx(r"Bắc Phi|North Africa"), "North Africa"),
        (_rx(r"Tây Phi|West Africa"), "West Africa"),
        (_rx(r"Đông Phi|East Africa"), "East Africa"),
        (_rx(r"châu Phi|Africa"), "Africa"),
    ),
    "middle_east": (
        (_rx(r"vùng Vịnh|the Gulf|Gulf"), "the Gulf"),
        (_rx(r"Tây Á|West Asia"), "West Asia"),
        (_rx(r"Trung Đông|Middle East"), "the Middle East"),
    ),
    "latam": (
        (_rx(r"Nam Mỹ|South America"), "South America"),
        (_rx(r"Mỹ La ?tinh|Mỹ Latin|Latin America"), "Latin America"),
    ),
    "americas": (
        (_rx(r"Bắc Mỹ|North America"), "North America"),
        (_rx(r"châu Mỹ|the Americas"), "the Americas"),
    ),
    "oceania": (
        (_rx(r"Nam Thái Bình Dương|South Pacific"), "the South Pacific"),
        (_rx(r"châu Đại Dương|Oceania"), "Oceania"),
        (_rx(r"the Pacific"), "the Pacific"),
    ),
    "central_eastern_europe": (
        (_rx(r"Trung Đông Âu|Trung (?:và|-) Đông Âu|Central and Eastern Europe"),
         "Central and Eastern Europe"),
        (_rx(r"Đông Âu|Eastern Europe"), "Eastern Europe"),
        (_rx(r"Trung Âu|Central Europe"), "Central Europe"),
    ),
    "northern_europe": (
        (_rx(r"Bắc Âu|Northern Europe"), "Northern Europe"),
        (_rx(r"Nordic"), "the Nordic countries"),
        (_rx(r"Scandinavia"), "Scandinavia"),
    ),
}  # fmt: skip


def region_phrase(key: str, quote: str, general: str, near: int = 0) -> str:
    """The English name of group ``key`` as ``quote`` names it ("Liên minh châu Âu (EU)" →
    "the EU"); ``general`` (the key's own name) when the quote names it no other way. Of
    several names, the one nearest ``near`` (where the rank stands) is the rank's: "… lớn
    thứ 3 tại châu Âu, nhờ Hiệp định giữa EU và Việt Nam" ranks in Europe."""
    found = [
        (abs(match.start() - near), order, english)
        for order, (pattern, english) in enumerate(_NAMES.get(key, ()))
        for match in pattern.finditer(quote)
    ]
    return min(found)[2] if found else general


# Words that name the group again: "… in Africa and its second-largest supplier on the
# continent", "… tại khu vực này".
_AGAIN: Final = _rx(r"the continent|the region|this region|châu lục|khu vực này|lục địa")


def group_is_ranks(key: str, quote: str, places: list[int], held: int) -> bool:
    """Whether the group ``key`` the quote names belongs to the rank at ``held`` among the
    ranks at ``places``: a group's name after a rank is that rank's (the nearest rank before
    it), one before every rank is all of theirs. "Campuchia là đối tác lớn thứ 5 của Việt Nam
    trong ASEAN, đồng thời Việt Nam là đối tác lớn thứ 3 của Campuchia": ASEAN is the fifth
    place's, not the third's. True when the quote names the group nowhere (nothing to check)."""
    mentions = [m.start() for p, _ in _NAMES.get(key, ()) for m in p.finditer(quote)]
    if not mentions:
        return True
    mentions += [m.start() for m in _AGAIN.finditer(quote)]
    for at in mentions:
        before = [p for p in places if p < at]
        if not before or before[-1] == held:
            return True
    return False


# Words of a Vietnamese "trong …" group that only say "the members of": "trong số các nước
# thành viên", "trong khối", "trong nhóm các nền kinh tế".
_MEMBER_WORDS: Final = frozenset(
    [
        "trong",
        "số",
        "các",
        "khối",
        "nhóm",
        "những",
        "nước",
        "quốc",
        "gia",
        "thành",
        "viên",
        "nền",
        "kinh",
        "tế",
        "đối",
        "tác",
    ]
)
_VIETNAMESE_LETTERS: Final = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]"
)


def bloc_among(group: str) -> str:
    """A Vietnamese "trong …" group that names a bloc by its own name ("trong khối GCC",
    "trong số các thành viên CPTPP", "trong các nước Mercosur") in English ("among GCC
    members"); "" when it says more than a bloc's members, or names it in Vietnamese."""
    words = group.split()
    names = [w for w in words if w.casefold() not in _MEMBER_WORDS]
    if (
        len(names) != 1
        or not names[0][:1].isupper()
        or _VIETNAMESE_LETTERS.search(names[0].casefold())
    ):
        return ""
    return f"among {names[0]} members"


# Country names English writes with "the": plural or descriptive names ("the United States",
# "the Philippines", "the Republic of Korea", "the Dominican Republic").
_THE: Final = re.compile(
    r"\b(?:Republic|Kingdom|States|Emirates|Islands|Union|Federation|Holy See)\b"
    r"|^(?:Netherlands|Philippines|Maldives|Bahamas|Comoros|Seychelles|Gambia)$"
)


def in_sentence(name: str) -> str:
    """``name`` as running English text writes it: "the United States", "Kenya"."""
    if name.startswith("The "):
        return f"the {name[4:]}"
    if name.startswith("the ") or re.match(r"[A-Z]{2,}\b", name) or not _THE.search(name):
        return name  # ("DPR Korea", "UAE": an abbreviation takes none)
    return f"the {name}"


__all__ = ["bloc_among", "group_is_ranks", "in_sentence", "region_phrase"]
