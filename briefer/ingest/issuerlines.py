"""Lines of a page or a printed bulletin that name the body publishing it (pure).

Owns three such lines, each read as one signal among the others the outlet's choice weighs:

- a portal's issuer line under the headline, "From: Department of X" ("Published by:",
  "Issued by:"): a government portal carries many bodies' releases, and that line names
  whose this one is (a mail's "From:" header, with an address or among other header
  fields, is no such line);
- a colophon pairing a publisher's initials and its name in one line ("XYZ · Xavier Young
  Institute of Zoning ·"), at a printed paper's foot;
- a bulletin's contact line, its office's name and then its address or telephone
  ("Thương vụ X - Str. Y 26, Bucharest. Tel: …"): a bulletin's name ("Bản tin thị trường
  X") is a series, and the body the contact line names publishes it; so does the body a
  head line names after the bulletin's name ("BẢN TIN X - Trung tâm Y, Z").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.mailhead import header_field
from briefer.ingest.metachoice import initials_in_name
from briefer.ingest.outlet_table import BODY_KIND
from briefer.ingest.publisher import is_bulletin
from briefer.text.fold import fold

_JOINT: Final = re.compile(r"\band\s+(?:[Tt]he\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?\s|\sMP$")
_BODY_WORD: Final = re.compile(
    r"\b(?:Department|Ministry|Office|Agency|Authority|Council|Commission)\b"
)
_ISSUER: Final = re.compile(r"^(?:From|Published\s+by|Issued\s+by)\s*:\s*(?P<name>.+)$")
_BODY_EN: Final = re.compile(
    r"^(?:The\s+)?(?:(?:[A-Z][\w'-]*\s+){0,3})?(?:Department|Ministry|Office|Embassy|Agency"
    r"|Authority|Council|Commission|Bureau|Institute|Centre|Center|Chamber|Mission"
    r"|Directorate|Government)\b"
)
_TOP: Final = 20  # the issuer line sits under a page's headline
_NAME_WORDS: Final = 14
_FOOT: Final = 8  # a colophon stands among a paper's last lines
_CELL: Final = re.compile(r"\s*[|·•]\s*")
# An address or a telephone after a body's name ("- Str. X 26", "Số 9 …", "Tel: …").
_CONTACT: Final = re.compile(
    r"\b(?:Tel|Fax|ĐT|Điện\s+thoại|Phone|Email|E-mail|Str\.|Street|Road|Avenue|Số\s+\d|\d{2,})",
    re.IGNORECASE,
)


def portal_issuer(text: str) -> str:
    """The body a "From: …" line near the text's top names ("" when none does)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_TOP]
    for index, line in enumerate(lines):
        match = _ISSUER.match(line)
        if match is None:
            continue
        name = match.group("name").strip(" .")
        around = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
        if "@" in name or "<" in name or any(header_field(n) for n in around):
            continue  # (a mail's header block: its sender is read as the mail's)
        # (a joint release, "From: Department of X and The Rt Hon Name MP": a body and an
        # office-holder, neither the publisher alone; the portal carrying it is)
        if _JOINT.search(name):
            continue
        if _BODY_EN.match(name) and len(name.split()) <= _NAME_WORDS:
            return _lead_body(name)
    return ""


def _lead_body(name: str) -> str:
    """ "Embassy X and Foreign, Commonwealth & Development Office": two bodies issuing one
    release, the first the one whose page it is; a body whose name holds "and" ("Department
    of Enterprise, Tourism and Employment") is one name."""
    first, joined, second = name.partition(" and ")
    second = second.strip()
    if (
        joined
        and _BODY_EN.match(first)
        and second[:1].isupper()
        and len(second.split()) >= 2
        and _BODY_WORD.search(second)
    ):
        return first.strip(" ,")
    return name


def joint_issuer(text: str) -> str:
    """The body a portal's joint release names before its office-holder ("From: Department
    of X and The Rt Hon Name MP" → "Department of X"): the release's author, the portal its
    publisher; "" when the top has no such line."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:_TOP]
    for line in lines:
        match = _ISSUER.match(line)
        joint = _JOINT.search(match.group("name")) if match else None
        if match is None or joint is None or "@" in line:
            continue
        body = match.group("name")[: joint.start()].strip(" ,")
        if _BODY_WORD.search(body) and len(body.split()) <= _NAME_WORDS:
            return body
    return ""


def colophon_name(text: str) -> str:
    """The name a foot line pairs with its initials ("XYZ · Xavier Young …", "XYZ · Xavier
    Young … · 1 Street · City"), or ""."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][-_FOOT:]
    for line in lines:
        cells = [c for c in _CELL.split(line) if c]
        if len(cells) < 2:
            continue
        # (initials and a name; a colophon row may go on with the address after them, so a
        # longer row counts by the two cells it opens with only: a page's reflow may keep the
        # row whole or part it anywhere)
        pair = cells[:2]
        for short, full in (pair, pair[::-1]):
            capitals = 2 <= len(short) <= 6 and short.isupper() and short.isalpha()
            if capitals and 2 <= len(full.split()) <= _NAME_WORDS and initials_in_name(short, full):
                return full
    return ""


def bulletin_body(outlet: str, text: str) -> str:
    """The office a bulletin's contact line names, when ``outlet`` is the bulletin's own name
    ("" otherwise, or when no line names one)."""
    if not is_bulletin(outlet):
        return ""
    named = _named_after(outlet, text)
    if named:
        return named
    for line in text.split("\n"):
        name, dash, rest = " ".join(line.split()).partition(" - ")
        words = name.split()
        if (
            dash
            and BODY_KIND.match(name.upper())
            and not name.isupper()
            and 2 <= len(words) <= _NAME_WORDS
            and _CONTACT.search(rest)
        ):
            return name
    return ""


def _named_after(outlet: str, text: str) -> str:
    """ "BẢN TIN X - Trung tâm Y, Z": a head line naming the bulletin and then its body, a
    unit before its parent's short name the outlet table knows ("Trung tâm Y - Z"), or a
    body alone in mixed case ("" when the head holds no such line)."""
    from briefer.ingest.outletnames import known_outlet

    for line in text.strip().split("\n")[:_HEAD]:
        name, dash, rest = " ".join(line.split()).partition(" - ")
        if not dash or fold(name) != fold(outlet) or rest.isupper():
            continue
        unit, comma, parent = rest.rpartition(", ")
        if comma and BODY_KIND.match(unit.upper()) and known_outlet(parent):
            return f"{unit} - {parent}"
        if BODY_KIND.match(rest.upper()) and len(rest.split()) <= _NAME_WORDS:
            return rest
    return ""


_HEAD: Final = 6


__all__ = ["bulletin_body", "colophon_name", "joint_issuer", "portal_issuer"]
