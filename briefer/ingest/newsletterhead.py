"""A member newsletter's masthead: the body that issues it (pure).

An association's or chamber's newsletter opens on its kind in capitals ("BẢN TIN HỘI VIÊN",
"MEMBER NEWSLETTER") beside or over the issuing body's name in capitals ("HIỆP HỘI X"): the
body is the outlet, whatever the newsletter's own title. A bulletin whose name opens on its
issuer's initials ("ABC TRADE BULLETIN | Issue No. 4") over the line spelling them out
("Association of Bamboo Crafts – Secretariat") is that issuer's, by the initials it prints.

This module owns :func:`newsletter_body`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.issuer import issuing_body
from briefer.ingest.outlet_table import BODY_KIND
from briefer.ingest.outletforms import initials
from briefer.ingest.rxparts import SMALL_WORDS

_HEAD_LINES: Final = 3
# "BẢN TIN", "BẢN TIN HỘI VIÊN", "NEWSLETTER", "MEMBERS' BULLETIN": a newsletter's kind.
_KIND: Final = re.compile(
    r"^(?:BẢN\s+TIN|NEWSLETTER|BULLETIN|(?:MEMBERS?['’]?\s+)(?:NEWSLETTER|BULLETIN))"
    r"(?:\s+(?:HỘI\s+VIÊN|NỘI\s+BỘ|MEMBERS?|THÁNG|QUÝ))?$"
)
_ENGLISH_BODY: Final = re.compile(r"\b(?:ASSOCIATION|CHAMBER|FEDERATION|COUNCIL|SOCIETY)\b")


# "VCCI BUSINESS BULLETIN", "ABC NEWSLETTER": initials, at most two words of its kind, then
# the bulletin's own word (an issue's cell after a bar or dash aside).
_INITIALS_KIND: Final = re.compile(
    r"^(?P<short>[A-Z]{2,6})\s+(?:[A-Z]+\s+){0,2}(?:BULLETIN|NEWSLETTER|NEWS\s+BRIEF)"
    r"(?:\s*(?:[|·•]|[–—-]\s).*)?$"
)
# A name's own part before its unit, cell or dash: "X – International Department".
_NAME_PART: Final = re.compile(r"\s+(?:[|·•–—]|-\s)")


def _initials_issuer(line: str, below: str) -> str:
    """The initials a bulletin's name opens on when the line under it spells them out, the
    name's capitalised words in order (its connectors aside); "" otherwise."""
    kind = _INITIALS_KIND.match(line)
    if kind is None:
        return ""
    name = _NAME_PART.split(below, maxsplit=1)[0].split()
    capitalised = [w for w in name if w[:1].isupper()]
    spelled = len(capitalised) == len(kind["short"]) and name[:1] == capitalised[:1]
    return kind["short"] if spelled and initials(capitalised) == kind["short"] else ""


def newsletter_body(text: str) -> str:
    """The issuing body a newsletter's masthead names under or beside its kind line;
    "" when the text opens on no newsletter masthead."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    head = [line for line in lines if line][:_HEAD_LINES]
    for index, line in enumerate(head[:-1]):
        body = head[index + 1]
        issuer = _initials_issuer(line, body)
        if issuer:
            return issuer
        if not _KIND.match(line) or not body.isupper() or re.search(r"\d", body):
            continue
        if BODY_KIND.match(body):
            return issuing_body([body])
        if _ENGLISH_BODY.search(body):
            words = body.lower().split()
            return " ".join(
                w if i and w in SMALL_WORDS else w.capitalize() for i, w in enumerate(words)
            )
    return ""
