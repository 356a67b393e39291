"""The outlet a masthead line names with something beside it (pure): its section after a
dash ("THÔNG TẤN XÃ VIỆT NAM - TIN KINH TẾ ĐỐI NGOẠI"), what it is after its name in
capitals ("NAME Latin News Agency"), or a second outlet in a row of two ("Site | Agency").
Split from :mod:`briefer.ingest.head`."""

from __future__ import annotations

import re

from briefer.ingest import furniture as fur
from briefer.ingest.countries import country_of_name
from briefer.ingest.outletnames import known_outlet


def sectioned_outlet(text: str) -> str:
    """The known outlet opening a masthead line before its section ("Báo Quân đội nhân dân -
    Bản tin đối ngoại") or in capitals before what it is, else "". The outlet comes first:
    "Kinh tế - Đầu tư" is a section path, not an outlet."""
    parts = re.split(r"\s+[-–|:·]\s+", text)
    if len(parts) > 1 and _country_pair_dash(parts[0], parts[1]):
        # ("Diễn đàn X Việt Nam - Ghana: …": the dash joins a headline's two countries; what
        # stands before it is no outlet's name, however a name the table knows reads in it)
        return _capitals_lead(text)
    outlet = "" if fur.section_path(text) else known_outlet(parts[0])
    # ("AGENCY NAME Latin News Agency": the name in capitals, then what it is)
    return outlet or _capitals_lead(text)


def _country_pair_dash(before: str, after: str) -> bool:
    """Whether the dash between ``before`` and ``after`` joins two countries' names ("… Việt
    Nam - Sri Lanka …", "… Vietnam – Chile …"): up to three words on each side."""
    left, right = before.split()[-3:], re.sub(r"[^\w\s'-]", " ", after).split()[:3]
    return any(country_of_name(" ".join(left[-k:])) for k in range(1, len(left) + 1)) and any(
        country_of_name(" ".join(right[:k])) for k in range(1, len(right) + 1)
    )


def two_outlets(text: str) -> bool:
    """ "Site | Agency": a row whose two cells name two outlets the table knows."""
    cells = re.split(r"\s+[|·•]\s+", text.strip())
    named = {known_outlet(c) for c in cells}
    return len(cells) == 2 and "" not in named and len(named) == 2


def _capitals_lead(text: str) -> str:
    """The outlet the table knows in the capitals opening a masthead line whose rest is in
    mixed case ("NAME NAME Latin American News Agency"), else ""."""
    words = text.split()
    lead = next((k for k, w in enumerate(words) if not w.isupper()), len(words))
    return known_outlet(" ".join(words[:lead])) if 1 <= lead < len(words) else ""


__all__ = ["sectioned_outlet", "two_outlets"]
