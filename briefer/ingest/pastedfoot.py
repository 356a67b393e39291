"""The outlet a pasted web page's foot names, read from its last lines.

A browser copy keeps a site's foot as plain lines: "© The X Times. License No. …", "X News
Agency © 2025 · Designed by …", "The X Herald by Y Corporation. Copyright …", "X Times is
published by Y S.A. © 2025". The site's name is the one set next to the copyright mark or
before "is published by" / "by"; a publishing company named there (its "Ltd", "Corporation",
"Group", "S.A.") owns the site and is not its name, so it is not taken. This module owns that
reading; it is asked only when no other signal named the outlet (the reprint ask alone is also
a claim among the others: :func:`reprint_name`).

When the copyright line names only the publishing company ("© 2025 X Publishing Corporation"),
the site is the company's leading words when the page's head prints them as a line of their own
(its masthead, "X"). A Vietnamese foot names the site in its imprint instead: "Báo X - Cơ quan
ngôn luận của Y" (the organ before its governing body) or the reprint ask 'Ghi rõ nguồn
"X"'; an English one "X under the Ministry of Y. License No. …" (the site before the body it
answers to).
"""

from __future__ import annotations

import re

# How many lines from the foot a copyright line may sit (a cookie bar, an app ask below).
_FOOT = 8
_MAX_WORDS = 6
_MARK = r"(?:©\s*copyright\b|©|\(c\)|copyright\b\s*(?:©)?|bản\s+quyền(?:\s+thuộc\s+(?:về\s+)?)?)"
_YEAR = r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
# "© 2025 The X Times. …", "Copyright © The X. All rights reserved"
_MARK_FIRST = re.compile(rf"^{_MARK}\s*(?:{_YEAR}\s*,?\s*)?(?P<name>[^.|·,©]+)", re.I)
# "X News Agency © 2025 · …", "X Times Copyright 2025"
_NAME_FIRST = re.compile(rf"^(?P<name>[^.|·,©]+?)\s*{_MARK}\s*{_YEAR}?", re.I)
# "X Times is published by Y", "The X Herald by Y Corporation."
_PUBLISHED_BY = re.compile(r"^(?P<name>[^.|·,©]+?)\s+(?:is\s+published\s+by|by)\s+\S", re.I)
# A company's legal form: the owner of a site, not its name.
_COMPANY = re.compile(
    r"\b(?:ltd|limited|inc|corp(?:oration)?|company|co|group|plc|llc|gmbh|s\.?a|jsc|"
    r"publishing|holdings|media\s+group|công\s+ty)\b\.?",
    re.I,
)
_SIGNED = re.compile(rf"{_MARK}|\ball\s+rights\b", re.I)
_RESERVED = re.compile(r"\b(?:all\s+rights|rights\s+reserved|bảo\s+lưu|mọi\s+quyền)\b", re.I)


def _site_name(name: str) -> str:
    name = " ".join(name.split()).strip(" -–:;")
    if re.fullmatch(_MARK, name, re.I):
        return ""  # ("Copyright © 2025 …" read from its mark's word)
    words = name.split()
    if not words or len(words) > _MAX_WORDS or _COMPANY.search(name) or _RESERVED.search(name):
        return ""
    # (a name is written with capitals: "the site", "our partners" are words of a sentence)
    if not any(w[:1].isupper() for w in words) or re.search(r"\d", name):
        return ""
    return name


# The head's lines a masthead may be among (a date bar, a menu above it).
_HEAD = 6
# "Báo X - Cơ quan ngôn luận của Y", "Tạp chí X – Cơ quan chủ quản: Y"
_ORGAN = re.compile(
    r"^(?P<name>[^.|·,©\-–:]+?)\s+[-–]\s+cơ\s+quan\s+(?:ngôn\s+luận|chủ\s+quản|của)\b", re.I
)
# "X under the Ministry of Y. License No. …", "X, an agency of Y. Licence No. …": an English
# imprint, the site's name before the body it answers to, its licence after
_UNDER_BODY = re.compile(
    r"^(?P<name>[^.|·,©\-–:]+?),?\s+(?:under|owned\s+by|run\s+by|an?\s+(?:agency|organ)\s+of)"
    r"\s+(?:the\s+)?[A-Z][^.]{2,80}\.\s+(?:Press\s+)?(?:Licen[cs]e|LICEN[CS]E)\b"
)
# 'Ghi rõ nguồn "X" khi phát hành lại …': the site asks to be credited by its name
_CREDIT_ASK = re.compile(r"\bnguồn\s+[\"“](?P<name>[^\"”]{2,60})[\"”]", re.I)


# A bare legal form closing a company's name: "The X Inc.", "X Limited".
_LEGAL_TAIL = re.compile(r"\s+(?:inc|ltd|limited|llc|plc)\.?$", re.I)
# A trade's word: a company named by its business, not by the site it runs.
_TRADE = re.compile(
    r"\b(?:media|communications|publishing|publishers|publications|newspapers|magazines|holdings|enterprises|broadcasting)\b",
    re.I,
)


def _named_company(name: str) -> str:
    """A company named by the site's name and a bare legal form ("The X Inc.") is the site;
    one with a trade's word before it ("X Media Limited", "X Communications Ltd") is not."""
    name = " ".join(name.split()).strip(" -–:;")
    bare = _LEGAL_TAIL.sub("", name)
    return _site_name(bare) if bare != name and not _TRADE.search(bare) else ""


def _masthead_of(company: str, head: set[str]) -> str:
    """The company's leading words when the head prints them as a line of their own."""
    words = " ".join(company.split()).strip(" -–:;").split()
    for cut in range(len(words) - 1, 0, -1):
        lead = " ".join(words[:cut])
        if lead.casefold() in head and _site_name(lead):
            return lead
    return ""


# "X - Cơ quan của Y - vừa trao giải …": a sentence going on in words of its own, no imprint
_SENTENCE_GOES_ON = re.compile(r"\s[-–]\s+(?P<word>\w)")


def _imprint_name(line: str) -> str:
    for pattern in (_ORGAN, _UNDER_BODY, _CREDIT_ASK):
        match = pattern.search(line)
        goes_on = _SENTENCE_GOES_ON.search(line[match.end() :]) if match else None
        if goes_on and goes_on["word"].islower():
            continue
        name = _site_name(match["name"]) if match else ""
        if name:
            return name
    return ""


def foot_outlet(text: str) -> str:
    """The site's name its pasted foot prints by the copyright mark, else ""."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    kept = [line for line in lines if line]
    foot, head = kept[-_FOOT:], {line.casefold() for line in kept[:_HEAD]}
    for line in reversed(foot):
        if not _SIGNED.search(line):
            continue  # ("Photo by X", "Designed by Y" alone: no copyright line)
        for pattern in (_MARK_FIRST, _NAME_FIRST, _PUBLISHED_BY):
            match = pattern.match(line)
            name = _site_name(match["name"]) if match else ""
            name = name or (_masthead_of(match["name"], head) if match else "")
            name = name or (_named_company(match["name"]) if match else "")
            if name:
                return name
    for line in reversed(foot):
        name = _imprint_name(line)
        if name:
            return name
    return ""


def reprint_name(text: str) -> str:
    """The site's name a foot's reprint ask quotes ('Ghi rõ nguồn "X" khi phát hành lại'),
    else "": the site asking to be credited by name names itself, a claim weighed with the
    others (over a body a paragraph credits as its source, "Nguồn: Y")."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    for line in reversed(lines[-_FOOT:]):
        match = _CREDIT_ASK.search(line)
        name = _site_name(match["name"]) if match else ""
        if name:
            return name
    return ""


__all__ = ["foot_outlet", "reprint_name"]
