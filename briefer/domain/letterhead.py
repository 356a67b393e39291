"""The title-page fields of a brief and the rules of the official format.

Vietnamese administrative documents follow Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing
unit top left with the document number ("Số: …") beneath, the national header top right with
the place-and-date line in italics beneath ("Hà Nội, ngày 04 tháng 12 năm 2026": day and month
below 10 written with a leading zero). Security markings follow Thông tư 24/2020/TT-BCA: a
classified document (Mật / Tối mật / Tuyệt mật) carries the red stamp of its level on the
first page. English briefs use the issuing unit's English letterhead instead of the national
header. Everything here is plain data and pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from briefer.text.ymd import MONTHS_EN  # not text.dates: its date patterns cost ~10 ms to load

HOUSE_STYLES: tuple[str, ...] = ("decree30", "plain")

# The internal-use marking a new brief gets in each language (what the export dialog offers first).
DEFAULT_MARKING = {"vi": "Lưu hành nội bộ", "en": "For internal use"}
# The markings offered, in the same order in both languages: none, internal, then the three
# levels of Thông tư 24/2020/TT-BCA (Mật, Tối mật, Tuyệt mật).
MARKINGS: dict[str, tuple[str, ...]] = {
    "vi": ("", "Lưu hành nội bộ", "MẬT", "TỐI MẬT", "TUYỆT MẬT"),
    "en": ("", "For internal use", "CONFIDENTIAL", "SECRET", "TOP SECRET"),
}

NATIONAL_HEADER = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
DEFAULT_PLACE = {"vi": "Hà Nội", "en": "Hanoi"}
NUMBER_LABEL = {"vi": "Số", "en": "No."}

# Longest first: "TỐI MẬT" must not be read as "MẬT".
_LEVELS = (
    ("TUYỆT MẬT", 3),
    ("TỐI MẬT", 2),
    ("MẬT", 1),
    ("TOP SECRET", 3),
    ("SECRET", 2),
    ("CONFIDENTIAL", 1),
)


@dataclass(frozen=True, slots=True)
class TitlePage:
    """What the first page of a brief says besides its title and pair (edited in the app).

    ``issuing_unit_*`` hold one line per level, the parent body first ("BỘ NGOẠI GIAO\\nVỤ
    CHÂU MỸ"); the last line is the unit that issues the brief.
    """

    issuing_unit_vi: str = ""
    issuing_unit_en: str = ""
    number: str = ""  # "15/TL-VCM"; blank leaves "Số:" to be filled in by the registry
    place_vi: str = ""  # "" = Hà Nội
    place_en: str = ""  # "" = Hanoi
    visit_dates: str = ""  # free text: "12–16/11/2026"
    venue: str = ""  # "Santiago de Chile"
    house_style: str = "decree30"  # one of HOUSE_STYLES; "plain" drops the national header

    def issuing_unit(self, lang: str) -> tuple[str, ...]:
        text = self.issuing_unit_en if lang == "en" else self.issuing_unit_vi
        text = text or (self.issuing_unit_vi if lang == "en" else self.issuing_unit_en)
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def place(self, lang: str) -> str:
        given = (self.place_en if lang == "en" else self.place_vi).strip()
        return given or DEFAULT_PLACE.get(lang, DEFAULT_PLACE["en"])

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__slots__}

    @classmethod
    def from_dict(cls, data: object) -> TitlePage:
        """From stored JSON; unknown keys and non-text values are ignored."""
        if not isinstance(data, dict):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__slots__ and isinstance(v, str)}
        if known.get("house_style") not in HOUSE_STYLES:
            known.pop("house_style", None)
        return cls(**known)


def place_and_date(place: str, iso: str, lang: str) -> str:
    """ "Hà Nội, ngày 04 tháng 12 năm 2026" / "Hanoi, 4 December 2026".

    Nghị định 30 writes day and month below 10 with a leading zero (and month 1 and 2 as
    "01", "02"). A date that cannot be read gives the place alone.
    """
    try:
        day = date.fromisoformat(iso.strip()[:10])
    except ValueError:
        return place
    if lang == "en":
        text = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    else:
        text = f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"{place}, {text}" if place else text


def classification_level(marking: str) -> int:
    """0 for an unclassified marking ("Lưu hành nội bộ"), 1–3 for Mật / Tối mật / Tuyệt mật
    (or Confidential / Secret / Top secret), read from the start of the marking."""
    text = " ".join(unicodedata.normalize("NFC", marking).upper().split())
    for word, level in _LEVELS:
        if text == word or re.match(re.escape(word) + r"\b", text):
            return level
    return 0


def equivalent_marking(marking: str, lang: str) -> str:
    """The same marking in ``lang`` when it is one of the offered ones, else it unchanged."""
    target = MARKINGS.get(lang)
    if target is None:
        return marking
    wanted = " ".join(marking.split()).casefold()
    for options in MARKINGS.values():
        for index, option in enumerate(options):
            if option.casefold() == wanted:
                return target[index]
    return marking
