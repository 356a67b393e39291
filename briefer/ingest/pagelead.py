"""The lead paragraph ("sapo", standfirst) a saved web page sets above its article body,
outside the element the body was found in: found by its class (in a CMS's words) or by its
place under the headline. Split from :mod:`briefer.ingest.webpage`. A wire's dateline set in
an element of its own under the headline, its day without a year ("Muscat, Feb 18 (ONA)
--"), is taken with it: the page declares no day, and the dateline's day dates the story in
the year its text gives (the cleaner reads and removes it as any dateline)."""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from briefer.ingest.dekshape import dek_clause
from briefer.ingest.keypoints import point_box
from briefer.ingest.metadata import AGENCY_DATELINE
from briefer.ingest.pagetitle import flat

# ("desc" is how a CMS abbreviates "description": "article-detail-desc", "cms-desc")
LEAD_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:sapo|lead|description|desc|summary|intro|excerpt|chapeau|standfirst"
    r"|teaser|subtitle|dek)(?:$|[\s_-])",
    re.IGNORECASE,
)


_STANDFIRST_WORDS: Final = 8
_LEAD_CHARS: Final = 40


_ROW_WORDS: Final = 14


def _meta_row(node: lxml.html.HtmlElement) -> bool:
    """A byline / date row between a headline and its standfirst: a few words that end no
    sentence ("Thanh Hà · Thứ Sáu, 07/11/2025 08:05 (GMT+7)")."""
    text = flat(node)
    return len(text.split()) <= _ROW_WORDS and not text.endswith((".", "!", "?", "…"))


def _headline(node: lxml.html.HtmlElement, title: str) -> bool:
    """The page's headline: its ``<h1>``, or — on a page that sets its headline one level
    down — an ``<h2>`` / ``<h3>`` that reads as the page's title."""
    if node.tag == "h1":
        return True
    if node.tag not in ("h2", "h3"):
        return False
    return len(flat(node).split()) >= 4 and _titled(node, title)


def _titled(node: lxml.html.HtmlElement, title: str) -> bool:
    """The element reads as the page's title, case and spacing aside (a wrapped ``<h1>``)."""
    wanted = " ".join(title.split()).casefold()
    return bool(wanted) and " ".join(flat(node).split()).casefold() == wanted


def _headline_above(node: lxml.html.HtmlElement, title: str, *, titled: bool = False) -> bool:
    """The page's headline is the element right before ``node``, or the one before a
    byline / date row set between them; with ``titled``, it reads as the page's title too
    (an ``<h1>`` of a feed or a section heads other stories)."""
    before = node.getprevious()
    if before is not None and not _headline(before, title) and _meta_row(before):
        before = before.getprevious()
    return (
        before is not None and _headline(before, title) and (not titled or _titled(before, title))
    )


_INLINE: Final = ("a", "b", "strong", "em", "i", "span", "br")
# (a box of text the class names as one — a panel, a card, a widget — is no paragraph)
_BOX_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:box|panel|card|widget|banner|ad|promo|sidebar|related)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _one_paragraph(node: lxml.html.HtmlElement) -> bool:
    """A subheading or paragraph, or a box that holds one paragraph (or one bold /
    emphasised run: a standfirst set in bold) and nothing else, or a box of running text
    alone (``<div class="tomtat">Text …</div>``: a paragraph by another tag)."""
    if node.tag in ("h2", "h3", "h4", "p"):
        return True
    children = [c for c in node if isinstance(c.tag, str)]
    if node.tag == "div" and (node.text or "").strip():
        boxed = _BOX_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}")
        return not boxed and all(c.tag in _INLINE for c in children)
    return (
        node.tag == "div"
        and len(children) == 1
        and children[0].tag in ("p", "strong", "b", "em")
        and not (node.text or "").strip()
        and not (children[0].tail or "").strip()
    )


_DEK_HEADINGS: Final = ("h2", "h3", "h4")


def _dek(node: lxml.html.HtmlElement, title: str) -> bool:
    """A subtitle paragraph set right under the headline with no stop at its end, as
    English-language and Brazilian sites set their deks ("Fourteen plants were cleared to
    export to the Asian country", "Minister opens trade fair in Lima"): a ``<p>`` of a clause
    in sentence case (most of its words lower case: no list of names or headlines) that no
    link makes, no byline, credit or reading time.

    A news agency may set the dek as a heading (``<h2>``–``<h4>``) under its ``<h1>``: the
    same clause is the dek when that ``<h1>`` is the article's own headline (a feed's or a
    section's ``<h1>`` heads other headlines) and no list follows it (a box's heading)."""
    before = node.getprevious()
    if node.tag in _DEK_HEADINGS:
        after = node.getnext()
        shaped = (
            before is not None
            and before.tag == "h1"
            and _titled(before, title)
            and not (after is not None and after.tag in ("ul", "ol"))
        )
    else:
        shaped = node.tag == "p" and before is not None and _headline(before, title)
    return (
        shaped
        and dek_clause(flat(node), named=node.tag in _DEK_HEADINGS)
        and not any(True for _ in node.iter("a"))
    )


def _under_headline(node: lxml.html.HtmlElement, title: str) -> bool:
    """A sentence set under the page's headline (``<h1>``), as a subheading or a paragraph,
    whatever its class says in whatever language (a misspelt "chappeau" too): the
    standfirst. A byline / date row may stand between the two. A subheading's headline reads
    as the page's title: a feed's ``<h1>`` over another story's summary in ``<h4>`` heads no
    standfirst of this article."""
    text = flat(node)
    stops = len(text.split()) >= _STANDFIRST_WORDS and text.endswith((".", "!", "?", "…"))
    return (
        _one_paragraph(node)
        # (a heading under the headline is the standfirst only under the article's own)
        and _headline_above(node, title, titled=node.tag in _DEK_HEADINGS)
        and (stops or _dek(node, title))
        and sum(len(flat(a)) for a in node.iter("a")) < len(text) / 2
    )


def _yearless_dateline(node: lxml.html.HtmlElement, title: str) -> bool:
    """A wire's dateline without a year, right under the page's headline (a day the page's
    dated elements cannot read, the year being the story's)."""
    text = " ".join(flat(node).split())
    return (
        bool(AGENCY_DATELINE.match(text))
        and not re.search(r"\b(?:19|20)\d\d\b", text)
        and _headline_above(node, title)
    )


def page_lead(
    root: lxml.html.HtmlElement, article: lxml.html.HtmlElement, title: str = ""
) -> list[str]:
    """The lead paragraph ("sapo") a page sets above its body, outside the element the
    body was found in: it is article text, often the sentence that dates the news. A page
    may set a subtitle and a summary both: each is kept, in the page's order. ``title`` is
    the page's title (a headline set as ``<h2>`` is known by it)."""
    found: list[lxml.html.HtmlElement] = []
    for node in root.iter():
        if not isinstance(node.tag, str) or node is article:
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        dateline = _yearless_dateline(node, title)
        if not (LEAD_CLASS.search(marks) or _under_headline(node, title) or dateline):
            continue
        if point_box(node):  # ("Tóm tắt nhanh" over its points: a box, no lead)
            continue
        if node in article.iterancestors() or article in node.iterancestors():
            continue
        if any(node in f.iterancestors() or f in node.iterancestors() for f in found):
            continue
        if len(flat(node)) >= _LEAD_CHARS or _dek(node, title) or dateline:
            found.append(node)
    return [flat(node) for node in found]
