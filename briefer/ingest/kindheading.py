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

from briefer.ingest.kindtitle import DOCUMENT_KINDS, KIND_LABELS
from briefer.ingest.pagetitle import flat

# A kind's label before its colon, in any case: a release's label ("Press Release", "Media
# Statement", "Thông cáo báo chí") or a document's kind with a qualifier or two before it
# ("Market Update") — then the subject. (Any words before a colon are no kind: "Chile and
# Vietnam: new shipping line opens" is a headline of its own.)
_KIND: Final = re.compile(
    rf"^(?P<kind>{KIND_LABELS}|(?:[^\W\d_]+\s+){{0,2}}(?:{DOCUMENT_KINDS}))"
    r"\s*:\s+(?P<subject>\S.*)$",
    re.IGNORECASE,
)
_SUBJECT_WORDS: Final = 3  # a subject, not a number or a word ("Notice: No. 5")
_HEADING_MAX: Final = 300  # a heading, not a paragraph


def heading_after_kind(title: str, root: lxml.html.HtmlElement) -> str:
    """The page's heading (h1 to h4, outside its menu, sides, foot and the page's own header
    — an article's header holds its headline) that begins with what follows the kind's
    colon in ``title`` ("" when the title opens on no kind or no heading repeats its
    subject)."""
    kind = _KIND.match(" ".join(title.split()))
    if kind is None or not kind["kind"][:1].isupper():
        return ""
    subject = kind["subject"].strip().casefold()
    if len(subject.split()) < _SUBJECT_WORDS:
        return ""
    for node in root.xpath(
        "//body//*[self::h1 or self::h2 or self::h3 or self::h4]"
        "[not(ancestor::nav or ancestor::footer or ancestor::aside"
        " or ancestor::header[not(ancestor::article)])]"
    ):
        text = flat(node)
        # (the heading repeats the subject and may go on: "… Dialogue held in New Delhi")
        if len(text) <= _HEADING_MAX and text.casefold().startswith(subject):
            return text
    return ""


__all__ = ["heading_after_kind"]
