"""The outlet that opens an article's lead ("(Chinhphu.vn) - …", "TTO - …", "Hanoi (VNA) –
…") and the bracketed tag taken off it (pure). Split from :mod:`briefer.ingest.head`."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Found, is_prose
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.pagetitle import is_site_name
from briefer.text.dates import find_dates

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

# (An unbracketed mark opening the lead — "TGVN. Hai Thứ trưởng …", "VOV.VN - …", "HÀ NỘI —
# …" — stays: the lead is article text and the marks are written into it; only a bracketed
# tag is the page's furniture.)


def lead_outlet(paragraphs: list[str], found: Found) -> None:
    if not paragraphs:
        return
    for pattern in _LEAD_OUTLETS:  # the outlet first, then after a place and a day
        match = pattern.match(paragraphs[0])
        if match and known_outlet(match.group("outlet")):
            found.offer_outlet(known_outlet(match.group("outlet")), 2, credit=True)
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
            len(match.group("tag").split()) > 3 and not known_outlet(match.group("tag"))
        ):
            continue
        place = (match.group("place") or "").split()
        if len(place) > 4 or not all(w[0].isupper() for w in place):
            continue
        tag = match.group("tag")
        if _ACRONYM_IN.search(tag) or "." in tag or is_site_name(tag) or known_outlet(tag):
            found.offer_outlet(known_outlet(tag) or tag, 5, credit=True)  # ("(Báo X) - …" too)
        paragraphs[index] = paragraph[match.end() :]
        return match.group(0).strip()
    return ""


_LEAD_LOOK: Final = 3
_NAMED: Final = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}$")
_AGENCY_CAPS: Final = re.compile(r"^[A-ZĐ]{2,6}$")

# A dispatch's dateline opening its lead: a place (up to four words, a district's initials
# after it: "Bogotá, D.C."), a comma, a day in any order and case ("28 august 2025",
# "September 18", "Tuesday, 3rd June.", "Oct. 22", "14/5"), perhaps the agency in brackets or
# between slashes, then the dash that starts the story ("NAY PYI TAW, 13 June — The …",
# "Sofia, September 18 (BTA) - …"). A full day with its year needs no dash: "Bogotá, D.C.,
# 7 March 2025 1. The …" (a release's place-and-day line run into its first paragraph).
_DATELINE_PLACE: Final = (
    r"(?P<place>[^\W\d_][\w'’.-]*(?:\s(?:[a-z]{1,3}\s)?[^\W\d_][\w'’.-]*){0,3})"
    r"(?:,\s[A-Z](?:\.[A-Z])*\.)?"
)
_DATELINE_DAY: Final = r"(?P<day>(?:[^\W\d_]+\.?,?\s+)?[\w./]+(?:,?\s+[\w./]+){0,4}?)\.?"
# (or the outlet after a comma: "DUSHANBE, November 26, 2025, Asia-Plus — …")
_DATELINE_AGENCY: Final = (
    r"(?:\s*\((?P<agency>[^()\d]{2,40})\)|\s*/(?P<slash>[A-Z][\w-]{1,15})/\.?"
    r"|,\s+(?P<named>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}))?"
)
_DATELINE_HEAD: Final = rf"^(?P<dateline>{_DATELINE_PLACE},\s+{_DATELINE_DAY}{_DATELINE_AGENCY})"
_LEAD_DATELINES: Final = (
    re.compile(rf"{_DATELINE_HEAD}\s*[-–—]{{1,2}}\s*(?=[^\W\d_a-z]|[\"“‘'])"),
    re.compile(rf"{_DATELINE_HEAD}(?<=(?:19|20)\d\d)\s+(?=\d{{1,2}}\.\s|[^\W\d_a-z])"),
)
# (words that open a sentence's time or place phrase, never a dateline's place)
_NOT_PLACE: Final = frozenset(
    ("in", "on", "at", "from", "since", "by", "until", "tại", "ở", "từ", "ngày", "vào", "hôm")
)
_WEEKDAY: Final = re.compile(
    r"^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+", re.IGNORECASE
)
_MONTH_WORD: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def _written_day(text: str) -> str:
    """A dateline's day as the date reader reads days: no weekday, a month's name
    capitalised ("august", "JUL"), "April 22/2025" as "April 22, 2025", "14/5" as "ngày
    14/5" (a day and month in figures, as Vietnamese datelines write them)."""
    day = _WEEKDAY.sub("", text.strip().rstrip("."))
    day = _MONTH_WORD.sub(lambda m: m.group().capitalize(), day)
    day = re.sub(r"\b([A-Z][a-z]{2,8}\.?\s+\d{1,2})/((?:19|20)\d{2})\b", r"\1, \2", day)
    return f"ngày {day}" if re.fullmatch(r"\d{1,2}/\d{1,2}(?:/\d{4})?", day) else day


def dateline_day(text: str, year: int | None = None) -> str:
    """The ISO day (or month-day in ``year``'s) a dateline's day part writes and nothing else
    ("28 august 2025", "Tuesday, 3rd June", "JUL 22", "14/5"), or ""."""
    day = _written_day(text)
    days = [d for d in find_dates(day, year) if d.precision == "day"]
    if len(days) != 1 or re.search(r"\w", day[: days[0].pos] + day[days[0].endpos :]):
        return ""
    return days[0].start if len(days[0].start) == 10 else ""


def strip_lead_dateline(paragraphs: list[str], found: Found) -> str:
    """Take a dispatch's dateline off the lead ("DILI, 28 august 2025 (TATOLI)—The …" → "The
    …") and return it: it dates the article (kept as the found dateline) and may name the
    agency. Only the first paragraphs (a subtitle may come first), only a place written as
    a name and a day that is a day and nothing else."""
    for index, paragraph in enumerate(paragraphs[:_LEAD_LOOK]):
        match = next((m for p in _LEAD_DATELINES if (m := p.match(paragraph))), None)
        if match is None:
            continue
        words = match.group("place").split()
        named = words[0][:1].isupper() and words[-1][:1].isupper()
        if (
            not named
            or words[0].casefold() in _NOT_PLACE
            or any(not w[:1].isupper() and len(w) > 3 for w in words)
        ):
            continue  # ("Hôm nay, …", "Sáng qua, …": a sentence's words, not a place)
        day = match.group("day")
        if not dateline_day(day, 2000):  # (any leap year: "29 February" is a day)
            continue
        named = match.group("named")
        if named and not re.search(r"\b(?:19|20)\d\d\b", day) and not _AGENCY_CAPS.match(named):
            # (an outlet after a comma only behind a whole day: "…, 2025, Asia-Plus —"; an
            # agency's initials after any day: "Accra, Aug. 12, GNA –")
            continue
        agency = match.group("agency") or match.group("slash")
        # (in a place-and-day dateline the brackets hold the agency filing it, whatever the
        # table knows: its initials or its name, capitalised words, "(Saba)", "(Prensa Latina)")
        if agency and (known_outlet(agency) or _ACRONYM_IN.search(agency) or _NAMED.match(agency)):
            found.offer_outlet(known_outlet(agency) or agency, 5, credit=True)
        found.extra.setdefault("dateline", f"{match.group('place')}, {_written_day(day)}")
        paragraphs[index] = paragraph[match.end() :]
        return match.group("dateline").strip()
    return ""


# "GIS - 11 February, 2026:", "AGN - 3/6:": a source's mark (a short name in capitals or a
# few capitalised words), a dash, the day and a colon, set over the lead or opening it.
_MARK_DAY: Final = re.compile(
    r"^(?P<dateline>(?P<mark>[^\W\d_][\w.&'’-]*(?:\s[^\W\d_][\w.&'’-]*){0,2})\s+[-–—]\s+"
    r"(?P<day>[^:]{3,30}?)\s*:)(?:\s+(?=[^\W\d_a-zđ]|[\"“‘'])|\s*$)"
)


def strip_mark_day(paragraphs: list[str]) -> str:
    """Take a source's mark and day off the lead ("GIS - 11 February, 2026: Mauritius and
    …" → "Mauritius and …"; on a line of its own over the lead, the line goes) and return
    it; "" when none. Only the first paragraphs, only a mark written as a name and a day
    that is a day and nothing else."""
    for index, paragraph in enumerate(paragraphs[:_LEAD_LOOK]):
        match = _MARK_DAY.match(paragraph)
        if (
            match is None
            or not all(w[:1].isupper() for w in match.group("mark").split())
            or not dateline_day(match.group("day"), 2000)
        ):
            continue
        if match.end() >= len(paragraph.rstrip()):
            del paragraphs[index]
        else:
            paragraphs[index] = paragraph[match.end() :]
        return match.group("dateline").strip()
    return ""


__all__ = ["dateline_day", "lead_outlet", "strip_lead_dateline", "strip_lead_tag", "strip_mark_day"]
