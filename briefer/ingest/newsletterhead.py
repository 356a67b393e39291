"""A member newsletter's masthead: the body that issues it (pure).

An association's or chamber's newsletter opens on its kind in capitals ("BẢN TIN HỘI VIÊN",
"MEMBER NEWSLETTER") beside or over the issuing body's name in capitals ("HIỆP HỘI X"): the
body is the outlet, whatever the newsletter's own title.

This module owns :func:`newsletter_body`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.issuer import issuing_body
from briefer.ingest.outlet_table import BODY_KIND
from briefer.ingest.rxparts import SMALL_WORDS

_HEAD_LINES: Final = 3
# "BẢN TIN", "BẢN TIN HỘI VIÊN", "NEWSLETTER", "MEMBERS' BULLETIN": a newsletter's kind.
_KIND: Final = re.compile(
    r"^(?:BẢN\s+TIN|NEWSLETTER|BULLETIN|(?:MEMBERS?['’]?\s+)(?:NEWSLETTER|BULLETIN))"
    r"(?:\s+(?:HỘI\s+VIÊN|NỘI\s+BỘ|MEMBERS?|THÁNG|QUÝ))?$"
)
_ENGLISH_BODY: Final = re.compile(r"\b(?:ASSOCIATION|CHAMBER|FEDERATION|COUNCIL|SOCIETY)\b")


def newsletter_body(text: str) -> str:
    """The issuing body a newsletter's masthead names under or beside its kind line;
    "" when the text opens on no newsletter masthead."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    head = [line for line in lines if line][:_HEAD_LINES]
    for index, line in enumerate(head[:-1]):
        body = head[index + 1]
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
