"""An office's name as the importer's outlets write it, from a letterhead's long form (pure).

A letterhead names a Vietnamese mission abroad with the state's full style and what else it
covers ("THƯƠNG VỤ VIỆT NAM TẠI VƯƠNG QUỐC BỈ VÀ LIÊN MINH CHÂU ÂU", "TRADE OFFICE OF VIET
NAM IN THE ISLAMIC REPUBLIC OF IRAN"); the reader may join its ministry after it ("… - Bộ
Công Thương") or the document's kind under it ("… THƯ MỜI THAM GIA"). The outlet is the
office in the country's short name: "Thương vụ Việt Nam tại Bỉ", "Trade Office of Viet Nam in
Iran"; a place that is one of a country's spellings alone ("tại Cộng hòa Séc", "tại Chi-lê")
stays as written; a spelling that only adds words after the short name ("Brunei
Darussalam", "United States of America") is a long form all the same.

A member association under its federation ("HỘI HỮU NGHỊ X" under "LIÊN HIỆP CÁC TỔ CHỨC
HỮU NGHỊ THÀNH PHỐ Y") is read "Hội X - Liên hiệp … thành phố Y": a federation is no
ministry over a department, its member publishes under its own name, the federation's place
naming the chapter ("Hội X thành phố Y").

The ministry the reader joined to the office, before or after it ("Bộ Công Thương - Thương vụ
Việt Nam tại X", "… tại Italia - Bộ Công Thương"), is left out before the place is read.

This module owns :func:`plain_office`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from briefer.ingest.countries import COUNTRIES, formal_style_of
from briefer.ingest.orgparts import organisation_part
from briefer.text.fold import fold, fold_with_map

_OFFICE: Final = re.compile(
    r"^(?P<kind>(?:Thương\s+vụ|Đại\s+sứ\s+quán|Tổng\s+Lãnh\s+sự\s+quán|Cơ\s+quan\s+đại\s+diện"
    r"|Văn\s+phòng\s+Thương\s+mại)\s+Việt\s+Nam)\s+tại\s+(?P<place>.+)$"
    # (the state's style goes with the host's: "Embassy of the Socialist Republic of Viet Nam
    # in the Federative Republic of X" is the "Embassy of Viet Nam in X" its pages name)
    r"|^(?P<ekind>(?:Trade\s+Office|Embassy|Consulate\s+General|Commercial\s+Office)\s+of)"
    r"\s+(?:the\s+Socialist\s+Republic\s+of\s+)?(?P<vn>Viet\s*Nam)\s+in\s+(?P<eplace>.+)$",
    re.IGNORECASE,
)
# A state's style opening a Vietnamese place ("Cộng hòa", "Vương quốc", "Liên bang" …).
_STYLE_HEAD: Final = re.compile(
    r"^(?:(?:Cộng\s+h(?:òa|oà)|Vương\s+quốc|Liên\s+bang|Nhà\s+nước|Dân\s+chủ|Nhân\s+dân"
    r"|Hồi\s+giáo)\s+)+",
    re.IGNORECASE,
)
_MEMBER: Final = re.compile(
    r"^(?P<name>(?:Hội|Hiệp\s+hội|Association)\s.+?)\s+-\s+"
    r"(?:Liên\s+hiệp|Liên\s+đoàn|Federation|Union)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_PLACE_TAIL: Final = re.compile(r"\s(?P<place>(?:tỉnh|thành\s+phố)\s+\S.*)$", re.IGNORECASE)


def _names() -> list[tuple[str, str, str]]:
    """(folded spelling, Vietnamese name, English name) of every country, longest first."""
    rows = [
        (fold(spelling).lower(), c.name_vi, c.name_en)
        for c in COUNTRIES
        if c.code != "VN"
        for spelling in (c.name_vi, c.name_en, *c.aliases)
        if spelling
    ]
    return sorted(rows, key=lambda r: -len(r[0]))


_COUNTRY_NAMES: Final = _names()


def _by_spelling() -> dict[str, tuple[str, str]]:
    """Each folded spelling's country (its first row: longest spellings first)."""
    by: dict[str, tuple[str, str]] = {}
    for spelling, vi, en in _COUNTRY_NAMES:
        by.setdefault(spelling, (vi, en))
    return by


_BY_SPELLING: Final = _by_spelling()
# Any country's spelling, the longest first (at one place the longest one names it).
_ANY_COUNTRY: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(s) for s in _BY_SPELLING) + r")(?!\w)"
)


def _marks(text: str) -> tuple[tuple[str, ...], ...]:
    """Each word's marks, in no order: "Hòa" and "Hoà" (the older placement) bear the same,
    "nhất" and "Nhật" do not."""
    return tuple(
        tuple(sorted(ch for ch in unicodedata.normalize("NFD", w) if unicodedata.combining(ch)))
        for w in text.split()
    )


def _marked() -> dict[str, set[tuple[tuple[str, ...], ...]]]:
    """Each folded spelling's marks as its spellings bear them; a spelling the table holds
    only without marks ("México" aside, "Mexico") is left out: it may be any spelling."""
    by: dict[str, set[tuple[tuple[str, ...], ...]]] = {}
    for c in COUNTRIES:
        for spelling in (c.name_vi, c.name_en, *c.aliases):
            if spelling and c.code != "VN" and fold(spelling) != spelling:
                by.setdefault(fold(spelling).lower(), set()).add(_marks(spelling.lower()))
    return by


_MARKED: Final = _marked()


def _country(place: str) -> tuple[str, str] | None:
    """The first country a place names, in its short Vietnamese and English names.

    A word that folds to a spelling but bears other marks is another word: "THỐNG NHẤT"
    ("united", in "Cộng hòa Thống nhất Tanzania") is not "Nhật" (Japan). A place written
    without marks, or a spelling the table holds only without them ("México" for "Mexico"),
    may be any spelling."""
    folded, index = fold_with_map(place)
    for m in _ANY_COUNTRY.finditer(folded.lower()):
        written = place[index[m.start()] : index[m.end() - 1] + 1].lower()
        marks = _MARKED.get(m.group())
        if fold(written) == written or not marks or _marks(written) in marks:
            return _BY_SPELLING[m.group()]
    return None


def _office(outlet: str) -> str:
    m = _OFFICE.match(outlet)
    if not m:
        return ""
    place = m["place"] or m["eplace"]
    # (an English article before a country's short name is how the name is written: "in the
    # United States", "in the Czech Republic"; before its state style, the style's: "in the
    # Federative Republic of X" is "in X")
    folded = fold(place).lower()
    bare = re.sub(r"^the\s+", "", folded)
    long_form = _long_form(bare)
    if long_form:
        # (the short name with trailing words, "Brunei Darussalam", "United States of
        # America", is the name's long form: the short name, in English its words as
        # written, "the" kept: "in the United States")
        short, vi, en = long_form
        if m["kind"]:
            return f"{m['kind']} tại {vi}"
        if short != fold(en).lower():
            return f"{m['ekind']} {m['vn']} in {en}"  # ("Lao PDR" extends "Lào": "in Laos")
        words = place.split()
        kept = len(short.split()) + (len(words) - len(bare.split()))
        return f"{m['ekind']} {m['vn']} in {' '.join(words[:kept])}"
    usual = formal_style_of(re.sub(r"^the\s+", "", place, flags=re.IGNORECASE))
    if m["ekind"] and usual:
        # (a state's formal style, an adjective's too, "in the Hellenic Republic": the country
        # by the name its news goes by, "in Greece", as a style before a name is cut below)
        return f"{m['ekind']} {m['vn']} in {usual}"
    if any(
        folded == spelling
        or (bare == spelling and (fold(en).lower() == spelling or " of " not in spelling))
        for spelling, _, en in _COUNTRY_NAMES
    ):
        # (a country's own spelling, "Cộng hòa Séc", "Australia": as written, the state's
        # style before it dropped all the same)
        return f"{m['kind']} tại {place}" if m["kind"] else f"{m['ekind']} {m['vn']} in {place}"
    rest = _STYLE_HEAD.sub("", place)
    if m["kind"] and rest != place and fold(rest).lower() in _BY_SPELLING:
        # (the state's style before a spelling of the country's own, "tại Cộng hòa Türkiye":
        # the place as the office writes it, its style dropped, not the table's name)
        return f"{m['kind']} tại {rest}"
    country = _country(place)
    if country is None:
        return ""  # (a city's consulate, "tại Thượng Hải": as written)
    if m["kind"]:
        return f"{m['kind']} tại {country[0]}"
    return f"{m['ekind']} {m['vn']} in {country[1]}"


def _long_form(folded: str) -> tuple[str, str, str] | None:
    """(short name folded, Vietnamese name, English name) when a place's spelling extends
    the country's short name with trailing words ("brunei darussalam" → "brunei"); None when
    it is no such long form ("cong hoa sec" puts its words before the name and stays)."""
    for spelling, vi, en in _COUNTRY_NAMES:
        if folded != spelling:
            continue
        for name in (vi, en):
            short = fold(name).lower()
            if short and spelling.startswith(short + " "):
                return short, vi, en
    return None


def _member(outlet: str) -> str:
    m = _MEMBER.match(outlet)
    if not m:
        return ""
    place = _PLACE_TAIL.search(m["rest"])
    return f"{m['name']} {place['place']}" if place else m["name"]


# The ministry a mission reports to, joined to its name by a dash, before it ("Bộ Công
# Thương - Thương vụ …") or after it ("… tại Italia - Bộ Công Thương"): not the office's name.
_MINISTRY: Final = r"(?:Bộ|Ministry\s+of)\s[^-–]{2,40}?"
_MINISTRY_BEFORE: Final = re.compile(rf"^{_MINISTRY}\s+[-–]\s+(?P<rest>.+)$", re.IGNORECASE)
_MINISTRY_AFTER: Final = re.compile(rf"\s+[-–]\s+{_MINISTRY}$", re.IGNORECASE)


def _without_ministry(outlet: str) -> str:
    """The office's name without the ministry a dash joins it to, before or after."""
    before = _MINISTRY_BEFORE.match(outlet)
    if before and _OFFICE.match(before["rest"]):
        # (a name after a dash, cased as a sentence's rest: "… - thương vụ …")
        outlet = before["rest"][:1].upper() + before["rest"][1:]
    cut = _MINISTRY_AFTER.sub("", outlet)
    office = _OFFICE.match(cut)
    if not office:
        return outlet
    # (only a place written in another of the country's names, "Italia" for "Italy", is cut
    # free to stay as written; a style before the short name, "CHLB Đức", reads as the short
    # name either way, as it did with the ministry after it)
    place = office["place"] or office["eplace"]
    country = _country(place)
    styled = country is not None and fold(place).lower().endswith(fold(country[0]).lower())
    return outlet if styled else cut


def plain_office(outlet: str) -> str:
    """The office or association as named in short ("" when the outlet is no such long
    form, or already short)."""
    bare = _without_ministry(outlet)
    office = _office(bare) or (bare if bare != outlet else "")
    plain = office or _member(outlet)
    return plain if plain and plain != outlet else ""


def office_as_written(outlet: str, text: str) -> str:
    """The office as the text itself writes its name in mixed case, the host country the
    same ("Thương vụ Việt Nam tại Liên bang Nga" signing the text under the head's "THƯƠNG VỤ
    … TẠI LIÊN BANG NGA", read "… tại Nga"): the office's own spelling; "" when the text
    writes no such name."""
    m = _OFFICE.match(outlet)
    country = _country(m["place"] or m["eplace"]) if m else None
    if country is None:
        return ""
    for line in text.splitlines():
        # (a contact line prints the name and its fields on one line: "Trade Office of X in
        # Y  Email: … Tel: …"; the name ends where the first field's label starts)
        # (and a note of the other states it covers after a bar is no part of it)
        name = _CONTACT_FIELD.split(line.strip(), maxsplit=1)[0].rstrip(" .;,|-–")
        name = organisation_part(name)
        written = _OFFICE.match(name)
        place = (written["place"] or written["eplace"]) if written else ""
        if (
            written
            and not name.isupper()
            and place[:1].isupper()
            and len(place.split()) <= _PLACE_WORDS
            and _country(place) == country
            # (the place ends on the country's name: "… tại Nga khuyến nghị …" is a sentence)
            and fold(place).lower().endswith(_last_country(place))
        ):
            return name
    return ""


_PLACE_WORDS: Final = 6
_CONTACT_FIELD: Final = re.compile(
    r"\s+[|·•–-]?\s*(?:E-?mail|Tel|Phone|Fax|Website|Web|Address|Điện\s+thoại|ĐT|Địa\s+chỉ)"
    r"\s*[:.]",
    re.IGNORECASE,
)


def _last_country(place: str) -> str:
    """The last country spelling a place names (folded), "" for none."""
    found = _ANY_COUNTRY.findall(fold(place).lower())
    return found[-1] if found else "\0"


__all__ = ["office_as_written", "plain_office"]
