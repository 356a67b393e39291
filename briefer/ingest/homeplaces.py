"""Việt Nam's own places as a visit's text names them: its provinces and cities by name
(with their marks or without), a visit to one of them, a delegation of one of them.

The event finder (:mod:`briefer.ingest.events`) reads a visit's direction with these: a
visit to a Vietnamese place came in; a Vietnamese province's delegation went out.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefer.ingest.provinces import PROVINCES


def _unmarked(name: str) -> str:
    """ "Bắc Ninh" → "Bac Ninh": a name as English text writes it (case kept)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


@lru_cache(maxsize=1)
def home_places() -> re.Pattern[str]:
    """Việt Nam's provinces and cities by name, with their marks or without ("Bắc Ninh",
    "Bac Ninh", "Hanoi", "Ho Chi Minh City"), capitalised as names are."""
    # (and the city's short forms in English and Vietnamese press: "HCMC", "TP HCM")
    names: set[str] = {"Hanoi", "Ho Chi Minh City", "HCM City", "HCMC", "TP.HCM", "TP HCM",
                       "TPHCM", "Saigon"}  # fmt: skip
    for province in PROVINCES:
        name = province.removeprefix("TP ")
        names |= {name, _unmarked(name)}
    alternation = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def _to_home(verbs: str) -> re.Pattern[str]:
    """``verbs``, then a place of Việt Nam's (or its authority there)."""
    return re.compile(
        rf"\b(?:{verbs})\s+(?:tại\s+|ở\s+|với\s+)?"
        r"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Tỉnh\s+ủy|Thành\s+ủy)\s+)?"
        rf"(?:tỉnh\s+|thành\s+phố\s+)?(?:{home_places().pattern})"
    )


@lru_cache(maxsize=1)
def visited_home() -> re.Pattern[str]:
    """A visit to a place of Việt Nam's: "thăm và làm việc tại Ninh Thuận", "visited Hanoi",
    "took part in the X Expo in Ho Chi Minh City"."""
    return _to_home(
        r"thăm(?:\s+và\s+làm\s+việc)?|làm\s+việc|visited|visiting|visit\s+to"
        # "took part in the X Expo in Ho Chi Minh City": where the event it attended was
        r"|(?:took|taken|taking)\s+part\s+in\b[^.;]{0,80}?\bin"
    )


@lru_cache(maxsize=1)
def journeyed_home() -> re.Pattern[str]:
    """A journey to a place of Việt Nam's: "travelled to Hanoi", "flew to Da Nang" — a
    foreigner's visit coming in, or a Vietnamese traveller's way home, so read only when
    nothing else tells the visit's direction."""
    return _to_home(r"(?:travell?(?:ed|ing|s)?|flew|flies|fly|came|comes)\s+to")


@lru_cache(maxsize=1)
def home_party() -> re.Pattern[str]:
    """A delegation of a Vietnamese province or city: "đoàn doanh nghiệp Đắk Lắk"."""
    # (only words in lower case between: "đoàn doanh nghiệp Lào đến Hà Nội" is Laos's)
    # or "của tỉnh" with no name after it, the reporting province's own: "đoàn công tác của
    # tỉnh", "đoàn 14 doanh nghiệp của tỉnh" (a named one may be abroad: "tỉnh Pinar del Río")
    # (the province's own word may follow the delegation's kind: "đoàn đại biểu cấp cao tỉnh
    # Nghệ An", "đoàn công tác thành phố Hải Phòng")
    return re.compile(
        rf"\b[Đđ]oàn(?:\s+[a-zà-ỹđ]+){{0,4}}?(?:\s+(?:tỉnh|thành\s+phố))?"
        rf"\s+(?:{home_places().pattern})"
        r"|\b[Đđ]oàn(?:\s+[\da-zà-ỹđ]+){0,4}?\s+của\s+(?:tỉnh|thành\s+phố)(?![^\W\d_]|\s+[A-ZĐ])"
    )


__all__ = ["home_party", "home_places", "journeyed_home", "visited_home"]
