"""Whether a short line is a byline, and whose: the writer (and the outlet it credits).

Owns :func:`byline`: "Tuấn Anh", "Thu Hằng/VOV.VN", "NGUYỄN HÀ - TRẦN MINH", "By: Name -
Reporter", "Mai Phương (PV TTXVN tại La Habana)", "ThS. Name - Institute of X", "Name in
HANOI, Vietnam". Which lines
are asked (a line as printed, a row by a stamp) is the callers' business
(:mod:`briefer.ingest.lines`, :mod:`briefer.ingest.stampbylines`).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest import unitline
from briefer.ingest.countries import country_of_name
from briefer.ingest.found import DEGREE, Found, is_city, marked_writer, name_case
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.pagetitle import is_site_name
from briefer.ingest.stampwriter import RELEASE_KIND

_B: Final = r"[^\S\n]"
_PERSON: Final = re.compile(
    rf"^(?P<name>{meta.NAME_WORD}(?:{_B}{meta.NAME_WORD}){{1,3}})"
    rf"(?:{_B}*\((?P<note>[^()]{{2,60}})\)|,{_B}+(?P<role>(?:\S+{_B}){{0,2}}?(?:[Pp]hóng{_B}viên|PV|[Cc]orrespondent"
    rf"|[Rr]eporter)\b[^()]{{0,60}}))?$"
)
_BY_POSTED: Final = re.compile(
    rf"^(?:By|BY){_B}*:?{_B}+(?P<name>{meta.NAME_WORD}(?:{_B}(?:[A-Z]\.|{meta.NAME_WORD})){{1,4}})"
    rf"{_B}+[-–|]{_B}+[^.!?\d]{{2,60}}$"
)

# "Tendai Moyo in HARARE", "Jane Roe in Hanoi, Vietnam": a reporter and the place filed from
# (a city the gazetteer knows or a country, in capitals or not), nothing after it.
_FILED_FROM: Final = re.compile(
    rf"^(?P<name>{meta.NAME_WORD}(?:{_B}{meta.NAME_WORD}){{1,3}}){_B}+in{_B}+"
    rf"(?P<place>[^\W\d_][\w'’.-]*(?:{_B}[^\W\d_][\w'’.-]*){{0,2}})"
    rf"(?:,{_B}*(?P<country>[^\W\d_][\w'’-]*(?:{_B}[^\W\d_][\w'’-]*){{0,2}}))?$"
)


def _filed_from(text: str) -> str:
    """The reporter a "Name in Place[, Country]" byline names, "" when it is no such line."""
    m = _FILED_FROM.match(text)
    if m is None or not m["place"][:1].isupper():
        return ""
    place = name_case(m["place"])
    if m["country"]:
        # ("Jane Roe in Hanoi, Vietnam": a city, then its country)
        return m["name"] if is_city(place) and country_of_name(m["country"]) else ""
    # (alone, the place in capitals as a dateline sets it, "in HARARE": a heading's "Trade
    # Prospects in Vietnam" names a place in its own case)
    if not (m["place"].isupper() and (is_city(place) or country_of_name(place))):
        return ""
    return m["name"]


def byline(text: str, found: Found) -> bool:
    """A byline ("Tuấn Anh", "Thu Hằng/VOV.VN", "HOÀNG LONG", "Mai Phương (PV TTXVN tại
    La Habana)", "THANH HẰNG (Phóng viên Nhân Dân tại Cairo)"): the author (and outlet)."""
    if (
        len(text) > 80
        or text.endswith((".", "!", "?"))
        or fur.DOCUMENT_KIND.match(text)
        or RELEASE_KIND.match(text)
        or unitline.ministry_parts(text)  # ("BỘ X - VỤ Y": a ministry and its unit)
    ):
        return False  # "GHI CHÚ", "BÁO CÁO" in capitals are a document's kind, not a name
    # "Name , Reporter, in Place": a copy of a page keeps the space between a name's span and
    # the comma after it
    text = re.sub(r"(?<=\w)\s+,(?=\s)", ",", text)
    marked = [marked_writer(part, whole=True) for part in re.split(r",\s+|\s+[-–]\s+", text)]
    if all(marked):
        # "Name*", "Name1, Name2": a paper's writers, each marked for a footnote
        found.offer_author(", ".join(marked))
        return True
    posted = _BY_POSTED.match(text)
    if posted:
        # "By: Jane Q. Roe - Reporter / @handle": the writer, then their post or account
        found.offer_author(posted.group("name"))
        return True
    byline = meta.BYLINE.match(text)
    if byline and len(text) <= 60:
        if meta.UNIT_NAME.match(name_case(byline.group("author"))):
            return True  # "VỤ CHÂU MỸ" under a signature: the unit that signs, no author
        # ("By Name / Outlet": the writer's name starts after the word "By")
        found.offer_author(re.sub(r"^(?:By|BY|Bởi)\s+", "", byline.group("author")))
        named = byline.group("outlet") or byline.group("outlet2") or ""
        outlet = known_outlet(named) or known_outlet(re.split(r"[-–]", named)[0])
        if outlet:
            found.offer_outlet(outlet, 3, credit=True)
        return True
    parts = re.split(r"\s+[-–]\s+", text)
    if 2 <= len(parts) <= 3 and all(
        meta.BYLINE.match(p)
        and not is_site_name(p)
        and not country_of_name(name_case(p))
        and len(p.split()) <= 4
        for p in parts
    ):
        # "NGUYỄN HÀ - TRẦN MINH": two or three writers.
        found.offer_author(" - ".join(name_case(p) for p in parts))  # (as written)
        return True
    if len(parts) == 2 and _PERSON.match(parts[0]) and is_site_name(parts[1]):
        # "Thu Hằng - Thanh Niên", "Minh Khôi - Báo X": the author, then the outlet.
        found.offer_author(parts[0])
        found.offer_outlet(known_outlet(parts[1]) or parts[1], 3, credit=True)
        return True
    if len(parts) == 2 and _PERSON.match(parts[0]) and meta.UNIT_NAME.match(parts[1]):
        found.offer_author(parts[0])  # "Name - Phòng Nghiên cứu X": a research note's writer
        return True
    filed = _filed_from(text)
    if filed:
        found.offer_author(filed)  # ("Name in HANOI, Vietnam": the reporter on the spot)
        return True
    writer = meta.reporter_in(text)
    if writer:
        # "Reporting by Name", "Phóng viên: Name - Quay phim: …": the labelled writer
        found.offer_author(writer)
        return True
    degree = DEGREE.match(text)
    if degree and _PERSON.match(parts[0][degree.end() :]) and len(parts) <= 2:
        # "ThS. Name - Institute of X": a writer with a degree, and where they work
        found.offer_author(parts[0][degree.end() :])
        return True
    person = _PERSON.match(text)
    if person and (person.group("note") or person.group("role")):
        # "Mai Phương (PV TTXVN tại La Habana)", "Minh Thư, phóng viên thường trú tại Lima"
        note = person.group("note") or person.group("role")
        reporter = re.match(r"(?:Phóng viên|PV|P\.V|Phóng viên thường trú)\s+(.+?)\s+tại\s", note)
        if reporter or re.match(  # ("VNA correspondent in Paris": an outlet may come first)
            r"(?:\S+\s){0,2}?(?:[Pp]hóng viên|PV|[Tt]heo|[Cc]orrespondent|[Rr]eporter"
            # ("Name (lược dịch và tổng hợp theo …)": the writer who translated and compiled)
            r"|(?:[Ll]ược\s|[Bb]iên\s)?dịch|[Tt]ổng\shợp|[Tt]ranslated|[Cc]ompiled)\b",
            note,
        ):
            found.offer_author(person.group("name"))
            if reporter and known_outlet(reporter.group(1)):
                found.offer_outlet(known_outlet(reporter.group(1)), 3, credit=True)
            return True
    return False


__all__ = ["byline"]
