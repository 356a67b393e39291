"""The headline under a <title> that opens on the page's kind (pure).

An office's site titles each page by its kind, a colon and the subject cut short ("Press
Release : X-Y Dialogue", "Statement: Minister's visit"), and prints the story's whole
headline as a heading in the page ("X-Y Dialogue held in Z"). The kind names what sort of
page it is, not what it reports: the heading that repeats the subject after the colon is
the title. This module owns finding that heading (:func:`heading_after_kind`).
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.pagetitle import flat

# A kind's label before its colon: one to three capitalised words, no figure ("Press
# Release", "Media Statement", "Thông cáo báo chí"), then the subject.
_KIND: Final = re.compile(
    r"^(?P<kind>[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){0,2})\s*:\s+(?P<subject>\S.*)$"
)
_SUBJECT_WORDS: Final = 3  # a subject, not a number or a word ("Notice: No. 5")
_HEADING_MAX: Final = 300  # a heading, not a paragraph


def heading_after_kind(title: str, root: lxml.html.HtmlElement) -> str:
    """The page's heading (h1 to h4, outside its menu, sides and foot) that begins with what
    follows the kind's colon in ``title`` ("" when the title opens on no kind or no heading
    repeats its subject)."""
    kind = _KIND.match(" ".join(title.split()))
    if kind is None or not kind["kind"][:1].isupper():
        return ""
    subject = kind["subject"].strip().casefold()
    if len(subject.split()) < _SUBJECT_WORDS:
        return ""
    for node in root.xpath(
        "//body//*[self::h1 or self::h2 or self::h3 or self::h4]"
        "[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header)]"
    ):
        text = flat(node)
        # (the heading repeats the subject and may go on: "… Dialogue held in New Delhi")
        if len(text) <= _HEADING_MAX and text.casefold().startswith(subject):
            return text
    return ""


__all__ = ["heading_after_kind"]
