"""The body a letterhead's left column names: its units in capitals, one name over two
lines or a unit under its parent, read as the issuing body's name (:func:`issuing_body`)."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.imprint import mission_name, place_case
from briefer.ingest.outlet_table import BODY_KIND
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.statestyle import without_state_style

# "UBND TỈNH X", "ỦY BAN NHÂN DÂN THÀNH PHỐ X": a governing body that names a place.
_PLACE_AUTHORITY: Final = re.compile(
    r"^(?:UBND|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN)\s+(?P<level>TỈNH|THÀNH\s+PHỐ)"
    r"\s+(?P<place>.+)$"
)


_SMALL: Final = frozenset({"of", "in", "the", "and", "for", "at", "to", "on"})
# An English name in capitals: its joining words are never Vietnamese ("EMBASSY OF THE …").
_ENGLISH_JOIN: Final = re.compile(r"\b(?:OF|THE|AND|FOR)\b")


def english_title_case(text: str) -> str:
    """ "EMBASSY OF THE REPUBLIC OF CHILE" → "Embassy of the Republic of Chile"."""
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _unit_name(text: str) -> str:
    """ "BỘ NGOẠI GIAO" → "Bộ Ngoại giao" (the table's spelling when the unit is in it)."""
    # (a mission's name, the state's style cut: "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI X" →
    # "Đại sứ quán Việt Nam tại X", its host written as a name)
    return mission_name(without_state_style(text)) or _cased_unit(text)


def english_in_capitals(text: str) -> bool:
    """Whether a name in capitals is English: a joining word of English's ("OF", "THE",
    "AND", "FOR") and no letter marked as Vietnamese's are ("EMBASSY OF THE …")."""
    return bool(_ENGLISH_JOIN.search(text)) and not _MARKED.search(text)


def _cased_unit(text: str) -> str:
    known = known_outlet(text)
    if known:
        return known
    if english_in_capitals(text):
        # (English is cased word by word, not as a Vietnamese name: "Embassy of the Republic
        # of Chile", never "Embassy Of the republic of chile")
        return english_title_case(text)
    # "… THỦY SẢN VIỆT NAM (VASEP)": the body's own short form after its name
    short = re.search(r"\s*\((?P<short>[A-ZĐ&-]{2,12})\)$", text)
    if short:
        text = text[: short.start()]
        known = known_outlet(text) or known_outlet(short.group("short"))
        if known:
            return known
    # (the body's kind with its first word capitalised, then the first word of its name:
    # "HIỆP HỘI THÉP VIỆT NAM" → "Hiệp hội Thép Việt Nam", "TỔNG CỤC HẢI QUAN" → "Tổng cục
    # Hải quan"; a school's "Trường Đại học" is its kind whole)
    parts = text.lower().split()
    kind = BODY_KIND.match(text)
    at = len(kind.group().split()) if kind else 1
    if parts[at : at + 2] in (["đại", "học"], ["cao", "đẳng"]):
        parts[at] = parts[at].capitalize()
        at += 2
    upper = text.split()
    # (a unit abroad, "THƯƠNG VỤ VIỆT NAM TẠI CANADA": what follows "tại" is its host, a name)
    host = parts.index("tại") if "tại" in parts[at:] else len(parts)
    cased = [w.capitalize() if i in (0, at) or i > host else w for i, w in enumerate(parts)]
    if len(upper) == len(cased):
        cased = [u if _ACRONYM.match(u) else w for u, w in zip(upper, cased, strict=True)]
    return place_case(" ".join(cased))


# The kind of paper a letterhead heads (a speech, a bulletin, press material, a report …).
_PAPER_KIND: Final = re.compile(
    r"^(?:BÀI\s+PHÁT\s+BIỂU|BÀI\s+NÓI|DIỄN\s+VĂN|BẢN\s+TIN|TÀI\s+LIỆU|BÁO\s+CÁO|THÔNG\s+BÁO"
    r"|THÔNG\s+CÁO|TUYÊN\s+BỐ|GIẤY\s+MỜI|CÔNG\s+VĂN|TỜ\s+TRÌNH|KẾ\s+HOẠCH|BIÊN\s+BẢN|GHI\s+NHỚ"
    r"|GHI\s+CHÉP|ĐIỂM\s+BÁO)\b"
)
# a word of capitals without a vowel is an acronym ("TNCS"): kept in capitals
_ACRONYM: Final = re.compile(r"^[B-DF-HJ-NP-TV-ZĐ]{2,}$")
_MARKED: Final = re.compile("[ĂÂĐÊÔƠƯÀ-ỹ]")
_TRANSLATION_WORDS: Final = 3


def _translation(unit: str, above: str) -> bool:
    """A line of plain letters (three words or more, its short form in brackets aside) under
    a name in Vietnamese: the name in English, not a part of it; or the name's short form
    alone ("VSSA" under "HIỆP HỘI MÍA ĐƯỜNG VIỆT NAM", a logo's letters)."""
    if re.fullmatch(r"\(?[A-Z]{2,10}\)?", unit) and len(above.split()) > 1:
        return True
    unit = re.sub(r"\s*\([A-Z&-]{2,12}\)$", "", unit)
    return (
        len(unit.split()) >= _TRANSLATION_WORDS
        and not _MARKED.search(unit)
        and unit.replace(" ", "").replace("&", "").isalpha()
        and bool(_MARKED.search(above))
    )


def issuing_body(units: list[str]) -> str:
    """The body a letterhead's left column names: its last unit, with the place of a
    provincial governing body above it ("UBND TỈNH X" over "SỞ Y" → "Sở Y tỉnh X") or the
    governing body after it ("BỘ X" over "CỤC Y" → "Cục Y - Bộ X")."""
    joined: list[str] = []
    for unit in units:
        if joined and _translation(unit, joined[-1]):
            continue  # "VIETNAM TEXTILE AND APPAREL ASSOCIATION" under the name it translates
        if joined and (_PAPER_KIND.match(unit) or joined[-1].endswith(unit)):
            # (the paper's kind under the body, "BÀI PHÁT BIỂU CỦA …", "BẢN TIN ĐIỂM BÁO":
            # no part of its name; nor a second row's cell repeating the name's end)
            continue
        # "ỦY BAN NHÂN DÂN" over "TỈNH X", "BAN CHẤP HÀNH TRUNG ƯƠNG" over "ĐOÀN X": one
        # name on two lines (a body named by its kind alone is the next line's)
        if joined and (
            re.match(r"^(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN)\s", unit)
            or re.match(r"^BAN\s+CHẤP\s+HÀNH(?:\s+TRUNG\s+ƯƠNG)?$", joined[-1])
            or unit == "VIỆT NAM"  # "NGÂN HÀNG NHÀ NƯỚC" over "VIỆT NAM": one name
            # "HIỆP HỘI CHẾ BIẾN VÀ XUẤT KHẨU" over "THỦY SẢN VIỆT NAM (VASEP)": a line
            # that opens on no kind of body continues the name above it
            or not BODY_KIND.match(unit)
        ):
            joined[-1] = f"{joined[-1]} {unit}"
        else:
            joined.append(unit)
    if len(joined) == 1:
        return _unit_name(joined[0])
    parent, unit = joined[0], joined[-1]
    place = _PLACE_AUTHORITY.match(parent)
    if re.match(r"^(?:VĂN\s+PHÒNG|OFFICE)$", unit):
        # (an office named by its kind alone is the office of the body above it, "Văn phòng
        # Ủy ban nhân dân tỉnh X", not a provincial department of its own like a Sở)
        return f"{_unit_name(unit)} {_unit_name(parent)}"
    if place:
        name = " ".join(w[:1] + w[1:].lower() for w in place.group("place").split())
        return f"{_unit_name(unit)} {place.group('level').lower()} {name}"
    return f"{_unit_name(unit)} - {_unit_name(parent)}"


__all__ = ["english_in_capitals", "english_title_case", "issuing_body"]
