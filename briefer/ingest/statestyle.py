"""A mission's name with the state's full style cut to the country's name (pure).

A letterhead names a Vietnamese mission abroad with the state's full style, and often the
host's too: "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI NHÀ NƯỚC QATAR". The
style adds words, not a body: the mission is the "Đại sứ quán Việt Nam tại …" the outlets
name, and its name is no longer than any other body's once the style is cut. The host's
style goes the same way ("… TẠI CỘNG HÒA CUBA" → "… tại Cuba") unless the style is part of
the country's usual name ("Cộng hòa Séc"). This module owns :func:`without_state_style`
and :func:`without_host_style`.
"""

from __future__ import annotations

import re
from typing import Final

# "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "the Socialist Republic of Viet Nam".
_STYLE: Final = re.compile(
    r"\b(?:NƯỚC\s+)?(?:CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|CHXHCN)\s+(?=VIỆT\s+NAM\b)"
    r"|\bTHE\s+SOCIALIST\s+REPUBLIC\s+OF\s+(?=VIET\s*NAM\b)",
    re.IGNORECASE,
)


def without_state_style(name: str) -> str:
    """ "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI X" → "ĐẠI SỨ QUÁN VIỆT NAM
    TẠI X"; the state's own motto line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" alone) and any
    other name as given."""
    match = _STYLE.search(name)
    if not match or not name[: match.start()].strip():
        return name  # (the style opening the line is the state's own name, the motto's)
    return " ".join(_STYLE.sub("", name).split())


# A host state's style before its name: "Cộng hòa", "Nhà nước", "Vương quốc", "Liên bang",
# with the words that qualify it ("Cộng hòa Dân chủ Nhân dân", "Cộng hòa Hồi giáo").
_HOST_STYLE: Final = re.compile(
    r"(?P<at>\btại\s+)(?P<style>(?:nước\s+)?(?:cộng\s+h(?:òa|oà)|nhà\s+nước|vương\s+quốc"
    r"|liên\s+bang)(?:\s+(?:dân\s+chủ|nhân\s+dân|hồi\s+giáo|liên\s+bang|xã\s+hội\s+chủ"
    r"\s+nghĩa|thống\s+nhất))*)\s+(?P<host>\S.*)$",
    re.IGNORECASE,
)


def without_host_style(name: str) -> str:
    """ "Đại sứ quán Việt Nam tại Cộng hòa Cuba" → "… tại Cuba": the host's style cut when
    what follows is a country's name and the whole is not one ("tại Cộng hòa Séc" stays)."""
    from briefer.ingest.countries import country_of_name

    match = _HOST_STYLE.search(name)
    if not match:
        return name
    host = match.group("host")
    cased = " ".join(w[:1] + w[1:].lower() for w in host.split())  # ("CUBA" → "Cuba")
    style = match.group("style").lower()
    if not country_of_name(cased) or country_of_name(f"{style[:1].upper()}{style[1:]} {cased}"):
        return name
    return f"{name[: match.start()]}{match.group('at')}{host}"


__all__ = ["without_host_style", "without_state_style"]
