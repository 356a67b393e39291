"""A document's head under its letterhead (pure): its title and its day.

An office's document (a speech, a report, a bulletin) opens on a letterhead: the body's name,
its address, phone and e-mail, a number. Then comes a line in capitals naming the document's
kind ("DIỄN VĂN", "BÁO CÁO", "MARKET BULLETIN No. 10/2025"), and under it the title, perhaps
after a few labelled fields ("Issued: …", "Distribution: …"); a note in brackets with a place
and a day ("(Hà Nội, ngày 10 tháng 3 năm 2025)") or an issue label dates it. Every line
above the kind line (the text's first, before any prose) is letterhead, so a title read there
(its address line) is no title.

This module owns :func:`title_under_kind` (the title when the one read stands above the kind
line), :func:`head_day` (the day the lines under the kind line give), :func:`degree_writer`
(a writer or speaker credited with a degree under the title: "ThS. Name - Institute") and
:func:`letterhead_unit` (the unit a letterhead names under its parent body, or the mission
over its city when no outlet was read).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.handling import handling_marking
from briefer.ingest.issuer import english_title_case
from briefer.ingest.kindtitle import DOCUMENT_KINDS, kind_subject_title
from briefer.ingest.metadata import NAME_WORD
from briefer.ingest.missionplace import mission_at
from briefer.ingest.rows import place_and_day
from briefer.text.dates import find_dates
from briefer.text.fold import fold

# A document's kind in capitals, a qualifier or two before it and its number after it.
_KIND: Final = re.compile(
    rf"^(?:[A-ZĐ]+\s+){{0,2}}(?:{DOCUMENT_KINDS})(?:\s+(?:No\.?|Số|#)\s*[\w/.-]+)?\.?$"
)
# "Issued: …", "Distribution: …", "Số: 07/DV-HHN": a field under its label, not a title.
_FIELD: Final = re.compile(r"^[^\W\d][\w .'/&-]{0,30}:\s")
_ISSUE_LABEL: Final = re.compile(
    r"^(?:Issued|Issue\s+date|Date|Published|Released|Ngày(?:\s+(?:phát\s+hành|ban\s+hành"
    r"|đăng))?|Phát\s+hành)(?:\s+on)?\s*:",
    re.IGNORECASE,
)
# (the labels that only name when the document itself was issued)
_OWN_ISSUE_LABEL: Final = re.compile(
    r"^(?:Issued|Issue\s+date|Date\s+of\s+issue|Released|Ngày\s+(?:phát|ban)\s+hành|Phát\s+hành)"
    r"(?:\s+on)?\s*:",
    re.IGNORECASE,
)
# "(Hà Nội, ngày 10 tháng 3 năm 2025)": a place and a day in brackets under the title.
_PLACE_DAY_NOTE: Final = re.compile(r"^\([^\W\d][^()]{1,40},\s*[^()]*\d{4}\)$")
_LOOK: Final = 16  # the head's lines: letterhead, kind, fields and title
_UNDER: Final = 6  # the lines under the kind line where the title, fields and note stand
_TITLE_WORDS: Final = 40
_PROSE_WORDS: Final = 30  # a line this long is a paragraph, not a letterhead's


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_LOOK]


def _kind_at(lines: list[str]) -> int:
    """The index of the kind line (-1 when the head holds none). It opens the document: a
    kind line after prose (a sentence, a paragraph) heads a box or a sidebar, not the text."""
    for index, line in enumerate(lines):
        if _KIND.match(line):
            return index
        if line.endswith(".") or len(line.split()) > _PROSE_WORDS:
            return -1
    return -1


def title_under_kind(text: str, title: str) -> str:
    """The title under the document's kind line when ``title`` is a line above it (the
    letterhead's), or the kind-and-subject line ("PRESS RELEASE: X") under a letterhead's
    line in capitals taken for it; ``title`` otherwise."""
    lines = _lines(text)
    at = _kind_at(lines)
    folded = " ".join(title.split())
    if at <= 0:
        # ("EMBASSY OF X" over "PRESS RELEASE: Ambassador presents …": the kind and its
        # subject on one line name the document; a line in capitals above it is the
        # letterhead's)
        named = kind_subject_title(text)
        above = lines[: lines.index(named)] if named in lines else []
        return named if folded in above and folded.isupper() else title
    if folded not in lines[:at]:
        return title
    kind = fold(lines[at])
    for line in lines[at + 1 : at + 1 + _UNDER]:
        # (the kind again as the title's label, "MARKET UPDATE" / "Market Update: X": the
        # title, no field)
        own_kind = fold(line.split(":", 1)[0]) == kind
        if not own_kind and (_FIELD.match(line) or line.startswith("(") or _KIND.match(line)):
            continue
        if handling_marking(line):
            continue  # ("INTERNAL – FOR CLIENT USE ONLY", "For immediate release": its circulation)
        if place_and_day(line):
            continue  # ("Hanoi, 2 December 2025": where and when it was issued, a dateline)
        if re.match(r"(?:của|by)\s", line):
            continue  # ("BÀI PHÁT BIỂU" / "của Name, role": the kind's speaker, not the title)
        if len(line.split()) <= _TITLE_WORDS and not line.endswith((".", ":", ";")):
            return line
        break
    return title


def head_day(text: str) -> str:
    """The day the lines under the kind line give: an issue label's ("Issued: 15 October
    2025") or a bracketed place and day's; "" when they give none or several."""
    lines = _lines(text)
    at = _kind_at(lines)
    if at < 0:
        return _issued_field(lines)
    for line in lines[at + 1 : at + 1 + _UNDER]:
        if _ISSUE_LABEL.match(line) or _PLACE_DAY_NOTE.match(line):
            days = {d.start for d in find_dates(line) if d.precision == "day"}
            return days.pop() if len(days) == 1 else ""
    return ""


def _issued_field(lines: list[str]) -> str:
    """The day an issue label among the head's first lines gives, no kind line over it
    ("X | Market Bulletin No. 4" over "Issued: 20 October 2025"): a label that only names
    the document's own issue (not a bare "Date:", which an invitation gives its event), in
    the head before its first sentence; "" when none, or it gives no single day."""
    for line in lines[:_UNDER]:
        if line.endswith(".") or len(line.split()) > _PROSE_WORDS:
            return ""  # (the text under way: a label in it is no head's)
        if _OWN_ISSUE_LABEL.match(line):
            days = {d.start for d in find_dates(line) if d.precision == "day"}
            return days.pop() if len(days) == 1 and len(min(days)) == len("2025-01-01") else ""
    return ""


# "ThS. Name - Institute", "PGS.TS. Name - Chủ tịch Hội", "Dr. Name, University of X": a
# degree, a person's name and what they are, on a line of its own under the title.
_DEGREE: Final = r"(?:GS|PGS|TS|ThS|NCS|Dr|Prof|Assoc\.\s*Prof)\."
# (a PDF may run the name into the body the writer works at, no mark between: "ThS. Name
# Học viện X Ngày nhận bài: …"; the body's kind word ends the name)
_BODY_AFTER: Final = (
    r"\s+(?:Học\s+viện|Viện|Trường|Đại\s+học|Trung\s+tâm|Khoa|Bộ|Sở|Ban|Cục|Vụ|University"
    r"|Institute|Academy|Centre|Center|School|Faculty|Department|Ministry)\s"
)
_DEGREE_NAME: Final = re.compile(
    rf"^(?:{_DEGREE}\s*)+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})"
    rf"(?:\s*(?:[-–,]\s+\S|$)|(?={_BODY_AFTER}))"
)
_UNDER_TITLE: Final = 3  # the lines under a title where its writer's credit stands


def degree_writer(text: str, title: str) -> str:
    """The person a degree credits right under the title (a paper's writer, a speech's
    speaker): "ThS. Name - Institute" → "Name"; "" when no such line follows the title."""
    lines = _lines(text)
    folded = " ".join(title.split())
    if folded not in lines:
        return ""
    at = lines.index(folded)
    for line in lines[at + 1 : at + 1 + _UNDER_TITLE]:
        match = _DEGREE_NAME.match(line)
        if match:
            return match.group("name")
    return ""


# An English body's noun in a letterhead line in capitals ("TRADE OFFICE OF X IN Y").
_UNIT_NOUN: Final = re.compile(
    r"\b(?:OFFICE|EMBASSY|CONSULATE|MISSION|SECTION|DEPARTMENT|BUREAU|AGENCY|CENTRE|CENTER"
    r"|DIVISION|DIRECTORATE|COMMISSION)\b"
)


def letterhead_unit(text: str, outlet: str) -> str:
    """The unit a letterhead names under the body chosen as the outlet ("MINISTRY OF X" over
    "TRADE OFFICE OF Y IN Z"): the lower unit issues the document, as a department under its
    ministry does; "" when the letterhead names none under it (English names in capitals)."""
    from briefer.ingest.outletnames import known_outlet

    lines = _lines(text)
    at = _kind_at(lines)
    head = lines[:at] if at > 0 else []
    for index, line in enumerate(head[:-1]):
        if not outlet and mission_at(line, head[index + 1]):
            # (no outlet read: "Embassy of X" over its city, "Hanoi", a table's two cells)
            return mission_at(line, head[index + 1])
        if not outlet or known_outlet(line) != outlet:
            continue
        below = head[index + 1]
        if below.isupper() and _UNIT_NOUN.search(below) and not re.search(r"\d", below):
            return english_title_case(below)
    return ""


__all__ = ["degree_writer", "head_day", "letterhead_unit", "title_under_kind"]
