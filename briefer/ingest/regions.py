"""The part of the world a rank is among (pure): "largest trading partner in the Middle East"
→ ``middle_east``, "lớn thứ 4 tại Mỹ Latinh" → ``latam``. A rank's metric carries it
("trade.partner_rank_in_middle_east"), and the English statement names it; a rank whose own
words name a region must never take another clause's ("… in the Middle East, while Viet Nam
is … in Southeast Asia")."""

from __future__ import annotations

import re
from typing import Final

_B: Final = r"[^\S\n]+"


def _rx(names: str) -> re.Pattern[str]:
    """Names as one pattern, a space a run of blanks (" ?" an optional one), whole words."""
    names = names.replace(" ?", "\x00").replace(" ", _B).replace("\x00", r"[^\S\n]*")
    return re.compile(r"(?<![^\W\d_])(?:" + names + r")(?![^\W\d_])")


# (narrow before wide: "Đông Nam Á" before "châu Á", "Mỹ Latinh" before "châu Mỹ")
REGIONS: Final = (
    ("latam", _rx(r"Mỹ La ?tinh|Mỹ Latin|Nam Mỹ|châu Mỹ La ?tinh|Latin America|South America")),
    (
        "asean",
        _rx(
            r"ASEAN|Asean|Đông Nam Á|Southeast Asia|South-East Asia"
            r"|Association of Southeast Asian Nations"
        ),
    ),
    ("northeast_asia", _rx(r"Đông Bắc Á|Northeast Asia|North-East Asia")),
    ("south_asia", _rx(r"Nam Á|South Asia")),
    ("central_asia", _rx(r"Trung Á|Central Asia")),
    # (before "Trung Đông": "Trung Đông Âu" is Central and Eastern Europe)
    (
        "central_eastern_europe",
        _rx(
            r"Trung Đông Âu|Trung (?:và|-) Đông Âu|Đông Âu|Trung Âu"
            r"|Central and Eastern Europe|Central Europe|Eastern Europe"
            r"|Central Eastern Europe"
        ),
    ),
    (
        "northern_europe",
        _rx(
            r"Bắc Âu|Northern Europe|the Nordic (?:region|countries)"
            r"|Scandinavia"
        ),
    ),
    ("western_europe", _rx(r"Tây Âu|Western Europe")),
    ("caribbean", _rx(r"Ca-ri-bê|Caribe|Caribbean")),
    ("central_america", _rx(r"Trung Mỹ|Central America")),
    ("middle_east", _rx(r"Trung Đông|Middle East|vùng Vịnh|the Gulf|Tây Á|West Asia")),
    ("asia", _rx(r"châu Á|Asia")),
    ("europe", _rx(r"châu Âu|Liên minh châu Âu|Europe|the EU|EU")),
    ("africa", _rx(r"châu Phi|(?<!South\s)Africa|Bắc Phi|Tây Phi|Đông Phi")),
    ("oceania", _rx(r"châu Đại Dương|Nam Thái Bình Dương|Oceania|the Pacific")),
    ("americas", _rx(r"châu Mỹ|Bắc Mỹ|the Americas|North America")),
    ("world", _rx(r"thế giới|the world|globally")),
)


def region_of(text: str) -> str:
    """The first region ``text`` names, by the table's order; "" when none."""
    for region, pattern in REGIONS:
        if pattern.search(text):
            return region
    return ""


__all__ = ["REGIONS", "region_of"]
