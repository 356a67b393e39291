"""The issuing body a government portal's page names in its own "From:" field (pure).

A portal that carries every body's releases (one site name, one <title> suffix for all)
prints, beside the headline, which body issued this page: "From: <body>", in a line of its
own or as a labelled field ("From:" / "<body>"). The reader keeps the article's text only,
so that line is read from the page's markup here. The field may list several issuers joined
by "and": when each is a body ("Embassy X and Ministry of Y"), the first issues the page, as
a lone body would; when one is a person ("Embassy X and Name", "Department X and The Rt Hon
Name MP"), the release is a joint one of a body and an office-holder and the portal stays its
publisher (no issuer here). This module owns :func:`page_issuer` and :func:`issued_outlet`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

import lxml.html

_LABEL: Final = re.compile(r"^(?:From|Published\s+by|Issued\s+by)\s*:\s*(?P<rest>.*)$", re.I)
# A public body's name: up to three words before its kind, or its kind leading it.
_BODY: Final = re.compile(
    r"^(?:The\s+)?(?:(?:[A-Z][\w'-]*,?\s+){0,3})?(?:Department|Ministry|Office|Embassy|Agency"
    r"|Authority|Council|Commission|Bureau|Directorate|Consulate|High\s+Commission|Mission)\b"
)
# A body's kind anywhere in a part after "and" ("Foreign, Commonwealth & Development Office").
_KIND: Final = re.compile(
    r"\b(?:Department|Ministry|Office|Embassy|Agency|Authority|Council|Commission|Bureau"
    r"|Directorate|Consulate|Mission|Government)\b"
)
_AND: Final = re.compile(r"\s+and\s+")
# A person's name: two to four capitalised words, an honorific before, "MP" after.
_PERSON: Final = re.compile(
    r"^(?:(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?\s+|(?:Dr|Sir|Dame|Lord|Baroness)\.?\s+)?"
    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}(?:\s+MP)?$"
)
_MAX_WORDS: Final = 16
_SIGNAL: Final = "issuer"
_FIELDS: Final = ("p", "div", "dd", "dt", "li", "span")
_INNER: Final = "|".join(f".//{tag}" for tag in _FIELDS)


def _issuers(value: str) -> list[str]:
    """The names a "From:" value lists, split at an "and" that a body's name or a person's
    follows; any other "and" is the body's own ("Office of Trade and Investment", the
    portfolio list "Department of Trade, Tourism and Employment")."""
    pieces = _AND.split(value)
    names = [pieces[0]]
    for piece in pieces[1:]:
        kind = _KIND.search(names[-1])
        listing = kind is not None and "," in names[-1][kind.end() :]
        if _KIND.search(piece) or (not listing and _PERSON.match(piece.strip(" ,."))):
            names.append(piece)
        else:
            names[-1] = f"{names[-1]} and {piece}"
    return [n.strip(" ,.") for n in names if n.strip(" ,.")]


def _vouched(root: lxml.html.HtmlElement) -> set[str]:
    """Names the page's own records give a body: its Dublin Core creator or publisher, the
    steps of its breadcrumb (a portal files a body's pages under the body)."""
    names = {
        " ".join(str(c).split()).casefold()
        for c in root.xpath(
            "//meta[contains(translate(@name, 'CREATORPUBLISH', 'creatorpublish'), 'creator')"
            " or contains(translate(@name, 'CREATORPUBLISH', 'creatorpublish'), 'publisher')]"
            "/@content"
        )
    }
    for crumb in root.xpath(
        "//*[contains(@class, 'breadcrumb') or contains(@id, 'breadcrumb')"
        " or contains(@aria-label, 'readcrumb')]//a"
    ):
        names.add(" ".join(crumb.text_content().split()).casefold())
    return names


def _issuer_of(value: str, vouched: Collection[str] = ()) -> str:
    """The first body a "From:" value names, when every name it lists is a body; "" else.
    A lone name with no body's kind in it ("Global Affairs Canada") is the issuer when the
    page's own records name it too (``vouched``): a person's name could look the same."""
    value = " ".join(value.split())
    if not value or len(value.split()) > _MAX_WORDS or "@" in value:
        return ""
    names = _issuers(value)
    if len(names) == 1 and names[0].casefold() in vouched:
        return names[0]
    if not names or not all(_KIND.search(n) for n in names):
        return ""  # (a person among the issuers: a joint release, the portal publishes)
    return names[0] if _BODY.match(names[0]) else ""


def page_issuer(root: lxml.html.HtmlElement) -> str:
    """The body a page's "From:" field names as its issuer ("" when none does)."""
    body = root.find("body")
    if body is None:
        return ""
    vouched: set[str] | None = None
    for element in body.iter(*_FIELDS):
        # (the field's own element, not a box around it and the fields after it)
        if element.xpath(_INNER) or element.xpath("ancestor::form|ancestor::footer"):
            continue
        text = " ".join(element.text_content().split())
        match = _LABEL.match(text)
        if match is None or len(text.split()) > _MAX_WORDS + 3:
            continue
        value = match.group("rest")
        if not value and element.tag == "dt":
            after = element.getnext()
            value = after.text_content() if after is not None and after.tag == "dd" else ""
        if vouched is None:
            vouched = _vouched(root)
        issuer = _issuer_of(value, vouched)
        if issuer:
            return issuer
    return ""


def issuer_claims(root: lxml.html.HtmlElement) -> tuple[tuple[str, str], ...]:
    """The page's issuer as one of its claims about itself (none when it names none)."""
    issuer = page_issuer(root)
    return ((_SIGNAL, issuer),) if issuer else ()


def issued_outlet(site_claims: Sequence[tuple[str, str]]) -> str:
    """The issuer a page's "From:" field named, which publishes it over the portal carrying
    it; "" when the page named none."""
    return next((name for signal, name in site_claims if signal == _SIGNAL), "")


__all__ = ["issued_outlet", "issuer_claims", "page_issuer"]
