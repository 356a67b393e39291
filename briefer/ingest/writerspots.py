"""Where a page credits its writer in a spot the line rules leave unread (pure).

Run on the lines once the line rules have marked them; each reader offers a name to
:class:`~briefer.ingest.found.Found` (whose rules still refuse a unit, a country, a city)
only when nothing has named the writer yet, or takes back a name that was no writer's:

- :func:`offer_stamp_neighbour`: the line right above or under the head's date stamp, whatever
  the line rules took it for — a name printed again as the sign-off reads as a repeated
  caption, "Name in Place" and a run of stacked labels ("Posted by Written by Name Reading
  Time: 4 minutes") as page furniture. A byline sits beside the stamp in any outlet.
- :func:`offer_speech_signer`: a speech signed with the speaker's office in capitals over
  their name ("CHỦ TỊCH HỘI" / "PGS.TS. Name"): the speaker wrote it. A note's signer (a
  text with an addressee or a recipients list, letterhead or not) is no author: left alone.
- :func:`drop_box_heading`: a name-shaped line over a box's items at the site's foot
  ("Recent Posts" over two headlines, after the share buttons) heads the box: no byline.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from briefer.ingest import furniture as fur
from briefer.ingest import metadata as meta
from briefer.ingest.dailyreading import READING
from briefer.ingest.found import DEGREE, Found, Line, name_case
from briefer.ingest.lines import is_marker, is_prose
from briefer.ingest.outletnames import known_outlet

_HEAD_LOOK: Final = 16  # the head: masthead, menu, section, headline, standfirst, credit, stamp

# Labels stacked before a byline's name ("Posted by Written by", "By:", "Bởi:"): a page's
# template and the writer's own label printed together.
_LABELS: Final = re.compile(
    r"^(?:(?:(?:Posted|Written|Published|Reported|Words|Story|Text)\s+by|By|Bởi)\s*:?\s*)+",
    re.IGNORECASE,
)
# A reading time after the name ("Reading Time: 4 minutes", "· 3 min read", "5 phút đọc"):
# the template's field, no part of the name.
_READING: Final = re.compile(
    r"\s*[|·•–-]?\s*(?:(?:Reading|Read)\s+time|Thời\s+gian\s+đọc)\s*:?.*$"
    r"|\s*[|·•–-]?\s*\d+\s*(?:min(?:ute)?s?|phút)\s+(?:read|đọc)\b.*$",
    re.IGNORECASE,
)
# A release's or a joint text's kind over its paragraphs, in any case ("Joint Statement").
_TEXT_KIND: Final = re.compile(
    r"^(?:JOINT\s+)?(?:(?:PRESS|MEDIA|NEWS)\s+RELEASE|STATEMENT|COMMUNIQU[EÉ]|DECLARATION)\.?$"
    r"|^(?:THÔNG\s+CÁO|TUYÊN\s+BỐ)(?:\s+(?:BÁO\s+CHÍ|CHUNG))?\.?$",
    re.IGNORECASE,
)
# "Name in Hanoi": an English byline names where the writer files from after the name.
_IN_PLACE: Final = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


def credited_name(text: str) -> str:
    """The writer a head's credit line names: two to four words of a name, once a label, a
    reading time and the place filed from are set aside; "" when the line names no one."""
    text = _READING.sub("", " ".join(text.split()))
    text = _LABELS.sub("", text).strip(" ,;|·•–-")
    text = _IN_PLACE.sub("", text)
    if not 2 <= len(text.split()) <= 4 or re.search(r"\d", text):
        return ""
    if not meta.BYLINE.fullmatch(text) or known_outlet(text) or is_marker(text):
        return ""
    if fur.DOCUMENT_KIND.match(text) or _TEXT_KIND.match(text):
        return ""  # ("BÁO CÁO", "JOINT COMMUNIQUE": the kind of text in capitals, no name)
    return name_case(text)


_NO_CREDIT: Final = ("title", "timestamp", "share buttons")


def offer_stamp_neighbour(lines: list[Line], found: Found) -> None:
    """The line right above or under the head's date stamp, below the headline, credits the
    writer when it reads as one (see :func:`credited_name`), whatever the line rules took it
    for."""
    # (a note's date line has its letterhead and its kind beside it, "BÁO CÁO": no credit)
    if found.author or found.note:
        return
    # The credit comes under the headline: a line above it beside a stamp is the page's or
    # the document's (a letterhead's date over the kind, "THÔNG TIN THỊ TRƯỜNG").
    title = next((i for i, ln in enumerate(lines[:_HEAD_LOOK]) if ln.reason == "title"), None)
    if title is None:
        return
    # (a page's menu, pasted one item a line, pushes the stamp down: the first prose line
    # ends the head, not a count that a long menu fills)
    for at, line in enumerate(lines[: _HEAD_LOOK * 2]):
        # (the line right under the headline may be its standfirst, a sentence over the
        # credit and the stamp: the article begins after it)
        if line.kept and is_prose(line.text) and at != title + 1:
            return  # (the article has begun: a stamp further down is the text's)
        if line.reason != "timestamp":
            continue
        for near in (at - 1, at + 1):
            # (a share bar beside the stamp, "Facebook Zalo Lưu": buttons, never a name)
            if title < near < len(lines) and lines[near].reason not in _NO_CREDIT:
                name = credited_name(lines[near].text)
                if name:
                    found.offer_author(name)
                    if found.author:
                        return


_SIGN_LOOK: Final = 6
# A speech's title or its first words: "Phát biểu của …", "Bài phát biểu …", "Diễn văn …",
# "Speech by …", "Remarks at …"; "Kính thưa …", "Excellencies, …" open the spoken text.
_SPEECH_TITLE: Final = re.compile(
    r"^(?:Bài\s+)?(?:phát\s+biểu|diễn\s+văn|tham\s+luận)\b"
    r"|^(?:Keynote\s+)?(?:speech|remarks|address|statement)\s+(?:by|of|at|to)\b",
    re.IGNORECASE,
)
_SALUTATION: Final = re.compile(
    # (a bare "Thưa ông, …" is an interviewer's question, no speech)
    r"^(?:Kính\s+thưa|Thưa\s+(?:quý\s+vị|các\s|Ngài)|(?:Your\s+)?Excellenc"
    r"|Distinguished\s+guests|Ladies\s+and)",
    re.IGNORECASE,
)
_OFFICE_WORDS: Final = 6


def _speech(lines: list[Line]) -> bool:
    head = lines[:_HEAD_LOOK]
    return any(line.reason == "title" and _SPEECH_TITLE.match(line.text) for line in head) or any(
        _SALUTATION.match(line.text) for line in head
    )


def offer_speech_signer(lines: list[Line], found: Found) -> None:
    """A speech's signature under its last paragraph, the speaker's office in capitals over
    their name: the speaker. (A note, addressed or with its recipients, is signed by its
    issuer's head, who is no author.)"""
    # (a speech on a letterhead counts as a note: its recipients or addressee tell them apart)
    if found.author or not _speech(lines):
        return
    if any(line.reason in ("recipients", "addressee") for line in lines):
        return
    if any(line.reason == "national motto" for line in lines):
        # (a speech on the state's form, the motto under its letterhead, is a document the
        # mission or ministry issues: its head signs for the body, as under a note)
        return
    kept = [i for i, line in enumerate(lines) if line.kept]
    if not kept:
        return
    # (the mark that the original is signed, "(Đã ký)", "(Signed)", stands between the two)
    tail = [
        line.text
        for line in lines[kept[-1] + 1 : kept[-1] + 1 + _SIGN_LOOK]
        if not _SIGNED_MARK.match(line.text)
    ]
    for at, (office, signed) in enumerate(pairwise(tail)):
        if not (fur.is_upper(office) and len(office.split()) <= _OFFICE_WORDS):
            continue
        name = _signed_name(signed)
        if not name or re.search(r"\d", office):
            continue
        if fur.is_upper(signed) and at + 2 < len(tail) and _signed_name(tail[at + 2]):
            continue  # ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / Name: the deputy's office first)
        found.offer_author(name_case(name))
        return


_SIGNED_MARK: Final = re.compile(r"^\((?:đã\s+ký|signed)[^()]*\)$|^\[signed\]$", re.IGNORECASE)


def _signed_name(text: str) -> str:
    """A signature's name line, a degree before it aside ("PGS.TS. Name"), else ""."""
    name = DEGREE.sub("", text).strip()
    if re.search(r"\d", name) or not 2 <= len(name.split()) <= 5:
        return ""
    return name if meta.BYLINE.fullmatch(name) else ""


_FOOT_ITEMS: Final = ("related headline", "sidebar")
_ARTICLE_REASONS: Final = ("", "photo caption", "photo credit", "repeated caption")


def drop_box_heading(lines: list[Line], found: Found) -> None:
    """A name-shaped line taken for the byline that stands over two or more of a box's items
    with the site's foot above it (share buttons, a contact line), not the article's last
    paragraph: the box's heading ("Recent Posts"), no writer."""
    if not found.author:
        return
    for at in range(1, len(lines) - 2):
        line = lines[at]
        if line.reason != "byline" or name_case(line.text) != found.author:
            continue
        items = all(ln.reason in _FOOT_ITEMS for ln in lines[at + 1 : at + 3])
        # (a site's daily reading between the article and its sign-off: dailyreading.py)
        above = next((ln for ln in reversed(lines[:at]) if ln.reason != READING), lines[0])
        if items and above.reason not in _ARTICLE_REASONS:
            found.author = ""
            line.reason = "sidebar"
            return


__all__ = ["credited_name", "drop_box_heading", "offer_speech_signer", "offer_stamp_neighbour"]
