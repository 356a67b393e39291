"""Choosing an article's writer between the text's byline and the page's markup (pure).

Owns :func:`choose_author`: the bare form when the two name one person, the markup's when
they differ; a media group, a desk, a site's generic account, a credit to an outlet or
outlets credited together are no writer. Split from ``metachoice`` (outlet and day).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.bylinenoise import is_share_row, without_by_label
from briefer.ingest.found import ROLE_NAME
from briefer.ingest.metadata import THEO_LINE, UNIT_NAME
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.personshape import is_person
from briefer.ingest.placename import is_place
from briefer.ingest.writerforms import past_initial, without_post
from briefer.ingest.writertail import agency_codes, places_only, unit_at_place, without_tail
from briefer.text.dates import parse_date
from briefer.text.fold import fold


def bare_name(name: str) -> str:
    """A writer's name without a note after it ("Name (PV tại X)", "Name (tổng hợp)") or
    their post after a comma ("Name, Chief Correspondent", "Name, staff writer")."""
    bare = re.sub(r"\s*\([^()]*\)$", "", " ".join(name.split()))
    # (a stamp glued on by a page's adjacent cells, "Staff Reporter2025-09-09": no name's part)
    bare = re.sub(r"(?<=[^\W\d_])\d[\d\s:/.-]*$", "", bare)
    bare = _COURTESY.sub("", bare)  # ("Ông Name" alone on a line: the title is no name's part)
    # ("Name/VOV.VN", "Name / TTXVN": the outlet credited after a slash is no part of the writer)
    while "/" in bare:
        head, _, tail = bare.rpartition("/")
        if not head.strip() or not _outlet_credit(tail.strip()):
            break
        bare = head.strip()
    head, _, post = bare.rpartition(", ")
    return head if head and ROLE_NAME.match(post.title()) else bare


def _outlet_credit(tail: str) -> bool:
    """ "VOV.VN", "TTXVN", or an outlet's bureau after a hyphen, "VOV-TP.HCM", "VNA-Paris":
    what a byline credits after the writer's slash (the bureau is a place the story is filed
    from, no part of a name)."""
    outlet, hyphen, bureau = tail.partition("-")
    return bool(
        known_outlet(tail)
        or (
            hyphen
            and known_outlet(outlet.strip())
            and (is_place(bureau.strip()) or _REGION.match(bureau.strip()))
        )
    )


# A region of the country a bureau covers, no place of its own: "VOV-Tây Nam Bộ", "VOV-Đông
# Bắc", "VOV-Tây Nguyên", "TTXVN-miền Trung", "VOV-ĐBSCL".
_REGION: Final = re.compile(
    r"(?:(?:Tây|Đông|Bắc|Nam)(?:\s+(?:Nam|Bắc))?\s+(?:Trung\s+)?Bộ|Trung\s+Bộ|Tây\s+Bắc|Đông\s+Bắc"
    r"|Tây\s+Nguyên|(?:[Mm]iền|[Dd]uyên\s+hải)(?:\s+[Mm]iền)?\s+(?:Bắc|Trung|Nam|Tây)"
    r"|ĐBSCL|Đồng\s+bằng\s+sông\s+(?:Cửu\s+Long|Hồng))$"
)


# A courtesy title before a name of two words at least ("Ông Hoàng Văn A", "Ms Jane Roe")
_COURTESY: Final = re.compile(r"^(?:Ông|Bà|Ngài|Mr|Mrs|Ms)\.?\s+(?=[^\W\d_]+\s+[^\W\d_])")


# A page's generic account or label where a writer's name would be.
_NO_WRITER: Final = re.compile(
    r"^(?:Admin|Administrator|Quản\s+trị(?:\s+viên)?|BBT|Ban\s+biên\s+tập|PV|Phóng\s+viên"
    r"|Biên\s+tập\s+viên|Editor|Staff(?:\s+(?:Reporter|Writer))?|Web\s*master|Anonymous"
    r"|Khách|Guest|Unknown|(?:Joint\s+)?(?:Press|Media|News)\s+Release|Thông\s+cáo(?:\s+báo\s+chí)?)$",
    re.IGNORECASE,
)


# A desk's or a service's credit where a writer's name would be: "Himalayan News Service",
# "Recorder Report", "Staff Reporter", "Our Correspondent", "Web Desk", "City Desk".
_DESK_CREDIT: Final = re.compile(
    r"^(?:(?:From\s+)?Our\s+(?:Own\s+|Staff\s+|Special\s+)?(?:Correspondent|Reporter)s?"
    r"|(?:[A-Z][\w'.&-]*\s+){0,3}(?:News\s+Service|Desk|Staff\s+(?:Reporter|Writer"
    r"|Correspondent)s?))$"
)


def _credit(name: str) -> bool:
    """ "Theo TTXVN", "According to Reuters": a credit to the outlet the story comes from, where
    a writer's name would be."""
    credit = THEO_LINE.match(name) or re.match(r"^According\s+to\s+(?P<outlet>.+)$", name)
    return bool(credit and known_outlet(credit.group("outlet")))


def _outlets_only(name: str) -> bool:
    """ "FRANCE 24 with AFP", "Reuters/AFP", "VNA and Xinhua": outlets credited together
    where a writer's name would be, each one an outlet the table knows; no person."""
    parts = re.split(r"\s+(?:with|and|và|&)\s+|\s*[/,]\s*", name)
    return len(parts) >= 2 and all(known_outlet(p) for p in parts)


def dateline(name: str) -> bool:
    """ "Caracas, May 16", "Hà Nội, ngày 16/5", "Lima, 16 May": a place and a day where a
    writer's name would be (a wire's dateline), the part after the comma a date whole."""
    place, comma, day = name.strip().rpartition(",")
    if not comma or not place.strip()[:1].isupper() or len(place.split()) > _PLACE_WORDS:
        return False
    found = parse_date(day.strip(), 2000)
    return found is not None and found.pos == 0 and found.endpos == len(day.strip())


_PLACE_WORDS: Final = 4


def choose_author(in_text: str, in_markup: str) -> str:
    """The writer the text's byline and the page's markup agree on. When they name the same
    person (one name inside the other, case aside) the shorter, bare form; when they differ,
    the markup's (the page declares its writer) over a line the text's rules took for a
    byline; either alone as it is."""
    # (a media group, a company, a state body, a desk, a site's generic account, an outlet:
    # no writer)
    text, page = (
        ""
        if UNIT_NAME.search(n)
        or _NO_WRITER.match(n)
        or _DESK_CREDIT.match(n)
        or known_outlet(n)
        or _credit(n)
        or _outlets_only(n)
        or is_share_row(n)  # (a share bar under the byline: "Facebook Twitter Email")
        or dateline(n)  # (a wire's place and day in the byline's place: "Caracas, May 16")
        or is_place(n)  # (the place the story was filed from, in the author's slot: "Hà Nội")
        or places_only(n)  # (places filed from: "Vienna/Hanoi")
        or agency_codes(n)  # (an agency's codes: "VNA/VNP")
        or unit_at_place(n)  # (a body and its seat: "Swiss Embassy Jakarta")
        else n
        # (a post before the name is no part of it: "Europe correspondent Jane Roe"; nor
        # the byline's label: "By: Jane Roe")
        # (nor a handle or the site's address after it: "Jane Roe @janeroe", ", Delfi.lt")
        for n in (
            without_post(bare_name(without_tail(without_by_label(m)))) for m in (in_text, in_markup)
        )
    )
    if not text or not page:
        return text or page  # ("Name (Institute)": the note after a name is no name)
    if past_initial(text, page):
        return page  # ("Jane R" of "Jane R. Roe": the text's rules stopped at the dot)
    if fold(text) in fold(page) or fold(page) in fold(text):
        # (the text's own form, its note after the name aside: "Name (Agency)" is "Name")
        return min((text, page), key=len) if fold(text) != fold(page) else text
    # (a markup's name that is no person's, a brand "X PBS World", gives way to the byline's
    # person: an outlet is never the writer when a person signs the page)
    # (a body's name, "Cyprus Shipping Forum", is kept: unseen32's key takes it)
    return text if is_person(text) and _brand(page) else page


# A broadcaster's or a paper's initials among a name's capitalised words ("Thai PBS World",
# "NHK World", "VTV Digital"): a brand. (A surname set in capitals is longer: "Jean DUPONT".)
_INITIALS_WORD: Final = re.compile(r"^[A-Z]{2,4}$")


def _brand(name: str) -> bool:
    """A name of mixed-case words with an outlet's initials among them: a brand, no person."""
    words = name.split()
    return any(_INITIALS_WORD.match(w) for w in words) and any(w[1:].islower() for w in words)


__all__ = ["bare_name", "choose_author", "dateline"]
