"""The outlet that opens an article's lead ("(Chinhphu.vn) - …", "TTO - …", "Hanoi (VNA) –
…") and the bracketed tag taken off it (pure). Split from :mod:`briefer.ingest.head`."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import metadata as meta
from briefer.ingest.lines import Found, is_prose
from briefer.ingest.pagetitle import is_site_name

# "(Chinhphu.vn) - …", "VOV.VN - …", "TTO - …", "QĐND Online - …", "TGVN. …",
# "Hanoi (VNA) – …", "La Habana (TTXVN) - …": the outlet that opens the lead.
# "Hanoi, January 20 (VNA) – …", "Dân trí - …": a place and a day may come first, and the
# outlet may be two or three words (only a known outlet counts).
_OUTLET_MARK: Final = r"\(?(?P<outlet>[^\W\d_][\w.+]*(?:\s[^\W\d_][\w.+]*){0,2})\)?\s*[-–—.]\s"
_LEAD_OUTLETS: Final = (
    re.compile(rf"^{_OUTLET_MARK}"),
    re.compile(
        rf"^[A-ZĐ][\w.]*(?:\s[A-ZĐ][\w.]*){{0,2}},?\s"
        # ("Hanoi, January 20 (VNA)", "KUALA LUMPUR, 14/4 (Bernama)": a day after the place)
        rf"(?:[A-Z][a-z]+\.?\s\d{{1,2}},?\s|\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?\s)?"
        rf"{_OUTLET_MARK}"
    ),
)


_BRACKETED_LEAD: Final = re.compile(
    r"^\((?P<outlet>[^\W\d_][\w.+&]*(?:\s[\w.+&]+){0,2})\)\s*[-–—]\s"
)
_ACRONYM_IN: Final = re.compile(r"\b[A-ZĐ]{2,}\b")
# "(KH&ĐS) - …", "HÀ NỘI (TTXVN) — …", "Hanoi, May 4 (VNA) – …": a short tag in brackets
# before the lead's dash (after a place: "Hà Nội", "HÀ NỘI") is the outlet's or agency's
# mark, not the first sentence's words. A dateline with its day ("Hanoi, May 4 (VNA) –")
# stays: it dates.
_LEAD_TAG: Final = re.compile(
    r"^(?P<place>[^\W\d_][^()\d,]{0,29}\s)?\((?P<tag>[^\W\d_][^()\d]{0,60}?)\)\s*[-–—]+\s*"
    r"(?=[^\W\d_a-zđ]|\d)"
)

# "(BTO) Ngày 13/5, …": an acronym in brackets opening the first paragraph without a dash
# is the paper's mark all the same (a caption opened so is captions.bracketed_credit's).
_BARE_TAG: Final = re.compile(
    r"^(?P<place>(?!))?\((?P<tag>[A-ZĐ][A-ZĐ&.+]{1,9})\)\s+(?=[A-ZĐÀ-Ỹ\d])"
)


def lead_outlet(paragraphs: list[str], found: Found) -> None:
    if not paragraphs:
        return
    for pattern in _LEAD_OUTLETS:  # the outlet first, then after a place and a day
        match = pattern.match(paragraphs[0])
        if match and meta.known_outlet(match.group("outlet")):
            found.offer_outlet(meta.known_outlet(match.group("outlet")), 2, credit=True)
            return
    # "(VTC News) - …", "(Baodanang.vn) - …": an outlet the table lacks, in brackets before
    # the lead's dash, named like an outlet (an acronym or a web address in it).
    unknown = _BRACKETED_LEAD.match(paragraphs[0])
    if unknown and (
        _ACRONYM_IN.search(unknown.group("outlet")) or ".vn" in unknown.group("outlet").lower()
    ):
        found.offer_outlet(unknown.group("outlet"), 4, credit=True)


def strip_lead_tag(paragraphs: list[str], found: Found) -> str:
    """Take the outlet's bracketed tag off the lead ("(KH&ĐS) - Sáng 10/6, …" → "Sáng 10/6,
    …"; the lead may follow a subtitle) and return it; the tag names the outlet when
    nothing better has."""
    for index, paragraph in enumerate(paragraphs[:_LEAD_LOOK]):
        # (without its dash, only the first prose paragraph's: a tag opens the lead)
        lead = not any(is_prose(p) for p in paragraphs[:index])
        match = _LEAD_TAG.match(paragraph) or (_BARE_TAG.match(paragraph) if lead else None)
        # (a longer tag only when it names a known outlet: "(Tạp chí Quốc phòng toàn dân) -")
        if match is None or (
            len(match.group("tag").split()) > 3 and not meta.known_outlet(match.group("tag"))
        ):
            continue
        place = (match.group("place") or "").split()
        if len(place) > 4 or not all(w[0].isupper() for w in place):
            continue
        tag = match.group("tag")
        if _ACRONYM_IN.search(tag) or "." in tag or is_site_name(tag) or meta.known_outlet(tag):
            found.offer_outlet(meta.known_outlet(tag) or tag, 5, credit=True)  # ("(Báo X) - …" too)
        paragraphs[index] = paragraph[match.end() :]
        return match.group(0).strip()
    return ""


_LEAD_LOOK: Final = 3


__all__ = ["lead_outlet", "strip_lead_tag"]
