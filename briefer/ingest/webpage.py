"""A saved web page → its title, canonical URL and article text. Never runs or fetches anything.

The page is parsed by lxml's HTML parser with ``no_network=True``; scripts, styles, frames,
forms, navigation, sidebars and hidden elements are dropped before any text is read, and
images are never looked at (a remote ``<img>`` is not fetched, its alt text not kept).

The article is found the way reading modes do it: the element whose direct ``<p>`` children
hold the most text that is not link text; when it sits inside an ``<article>`` (or an
``itemprop=articleBody``), that whole element is taken so headings and lists come too.
Text comes out one block element per paragraph, so :func:`briefer.ingest.clean.clean` sees
the same shape as a pasted ``.txt`` article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import lxml.html
from lxml import etree

from briefer.errors import InputError
from briefer.ingest.altcaption import drop_alt_captions
from briefer.ingest.asides import drop_asides
from briefer.ingest.bylinecells import block_writer
from briefer.ingest.clockday import clock_day
from briefer.ingest.cmstitle import tool_site
from briefer.ingest.credits import drop_picture_credits
from briefer.ingest.declaredsite import declared_outlet
from briefer.ingest.decode import decode_text
from briefer.ingest.dublincore import dublin_core_body
from briefer.ingest.editedday import last_edited_day
from briefer.ingest.feeditem import feed_item
from briefer.ingest.issuedays import headline_row_day
from briefer.ingest.kindheading import heading_after_kind
from briefer.ingest.licenceline import footer_licence
from briefer.ingest.livefeed import widen_to_feed
from briefer.ingest.mailcells import gather_mail_cells
from briefer.ingest.markedhead import heading_under_listing, microdata_headline
from briefer.ingest.ownerbyline import owner_byline
from briefer.ingest.pageauthor import page_author
from briefer.ingest.pagecontinue import continuation
from briefer.ingest.pageissuer import issuer_claims
from briefer.ingest.pagelead import LEAD_CLASS as _LEAD_CLASS
from briefer.ingest.pagelead import page_lead as _lead
from briefer.ingest.pagemeta import (
    declared_date,
    linked_data,
    meta_content,
    visible_date,
)
from briefer.ingest.pagetitle import (
    around_section,
    cased_as_written,
    is_site_name,
    page_marks,
    shown_title,
    site_in_marks,
    site_in_title,
    strip_site,
    titled_element,
)
from briefer.ingest.pagetitle import flat as _flat
from briefer.ingest.photostory import captions_as_text
from briefer.ingest.portalagency import title_site_claims
from briefer.ingest.prosecards import tells
from briefer.ingest.sectionpart import site_beside_section
from briefer.ingest.sitebanner import banner_name
from briefer.ingest.siteheading import heading_under_site
from briefer.ingest.sitemarks import text_marks
from briefer.ingest.splitbody import widen_to_split_body
from briefer.ingest.tagpage import featured_heading, page_topic, tag_topic
from briefer.ingest.titleguards import label_dropped
from briefer.ingest.viewtitle import listing_heading, print_view_headline
from briefer.ingest.writerteam import team_in_page
from briefer.ingest.zoneday import zoned_declared_day

_DROP_TAGS: Final = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "video", "audio", "source", "track", "map",
    "form", "button", "input", "select", "textarea", "label", "nav", "aside", "footer",
    "figcaption", "img", "picture", "link", "meta", "base", "head",
)  # fmt: skip
_BLOCK_TAGS: Final = frozenset(
    (
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "div", "section", "article", "main", "header", "table", "tr",
        "caption", "figure", "address", "hr", "center",
    )
)  # fmt: skip
# Class or id words of page furniture, never of an article body.
_NOISE: Final = re.compile(
    r"(?:^|[\s_-])(?:related|relate|sidebar|share|sharing|social|comments?|advert\w*|ads?"
    r"|banner|breadcrumbs?|tags?|menu|newsletter|subscribe|popup|modal|cookies?|footer"
    r"|navbar|nav|widget|recommend\w*|most-?read|tin-?lien-?quan|box-?tin|print|toolbar"
    r"|author-box|rating|hidden|captions?|credits?|paywall|regwall)(?:$|[\s_-])",
    re.IGNORECASE,
)
_MAIN: Final = '//article | //*[@itemprop="articleBody"]'
_META_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL: Final = re.compile(r"^\s*<\?xml[^>]*\?>")
# A document type declaration with its internal subset (entity definitions). The HTML parser
# does not understand the subset and would keep its text ("]>") as the page's first words.
_DOCTYPE: Final = re.compile(r"^\s*<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)
_SPACES: Final = re.compile(r"[^\S\n]+")


@dataclass(frozen=True, slots=True)
class WebPage:
    title: str
    url: str
    text: str  # the title line, a blank line, then one paragraph per block
    published_on: str = ""  # ISO date from the page's own markup, if it has one
    site_name: str = ""  # og:site_name, application-name
    author: str = ""  # the author the page's markup names (meta, rel=author, an author box)
    changed_on: str = ""  # the day a "last updated" element gives, when nothing else dates it
    # (signal, value): every site name it gives, and every day it dates itself ("date …")
    site_claims: tuple[tuple[str, str], ...] = ()


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _parse(text: str, name: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True
    )
    try:
        text = _DOCTYPE.sub("", _XML_DECL.sub("", text, count=1), count=1)
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise InputError(f"{name} has no readable text in its HTML.") from None


def _web_url(value: str) -> str:
    value = value.strip()
    return value if re.match(r"https?://[^\s/]+\.[^\s]+$", value) else ""


def _canonical_url(root: lxml.html.HtmlElement) -> str:
    for node in root.xpath("//link[@href]"):
        if "canonical" in (node.get("rel") or "").lower().split():
            url = _web_url(node.get("href") or "")
            if url:
                return url
    return _web_url(meta_content(root, "og:url"))


def _not_topic(part: str, root: lxml.html.HtmlElement) -> str:
    """A <title> part, unless it is the topic a tag page lists ("X - News on X | Site");
    the site beside a section its breadcrumb names ("Site - Section")."""
    part = site_beside_section(part, root) or part
    return "" if part and part.casefold() == page_topic(root).casefold() else part


def _title(root: lxml.html.HtmlElement) -> str:
    og = _SPACES.sub(" ", meta_content(root, "og:title", "twitter:title")).strip()
    titles = root.xpath("//title")
    whole = _flat(titles[0]) if titles else ""
    for h1 in root.xpath("//h1"):
        text = _flat(h1)
        if tag_topic(text):  # ("Tag: X" heads a list: the article it prints first is saved)
            return featured_heading(root) or text
        # (an <h1> that holds the site's name, the logo's, is no headline)
        if text and not (is_site_name(text) and len(text.split()) <= _SITE_WORDS):
            # (a feed's or a listing's <h1>, "Site - Section": its first entry's heading)
            text = listing_heading(text, root) or text
            headline = cased_as_written(text, root)
            # a social title (og:) that the page's headline and its <title> disagree with
            # gives way to the headline the <title> confirms
            confirmed = headline.casefold() in whole.casefold()
            # (nor does a social title that is the headline cut short: "Q&A: X" of "Q&A: X
            # after Y", the whole headline the <h1> and the <title> print)
            cut = headline.casefold().startswith(og.casefold()) and len(headline) > len(og)
            cut = cut or label_dropped(headline, og)  # ("Ảnh: X" printed, og "X")
            if og and not (confirmed and (cut or og.casefold() not in whole.casefold())):
                return og
            return headline
    if og:
        return og
    # a <title> part the page shows whole (two signals agree) over an element classed as a
    # title (a related box's may be): then the classed element, then the <title>
    return (
        # (a headline the markup marks, itemprop="headline"; the heading under a breadcrumb
        # whose last crumb the <title> names: the listing's name is no headline)
        microdata_headline(root)
        # ("Press Release : X" over a heading "X held in Y": the page's kind is no headline)
        or heading_after_kind(whole, root)
        or heading_under_listing(whole, root)
        or shown_title(whole, root)
        or titled_element(root)
        or around_section(whole, root)[0]  # ("Headline - Section - Site": the section a menu's)
        or heading_under_site(whole, root)  # (a <title> that is the site's name alone)
        or print_view_headline(whole, root)  # ("Site » Print": the post's own headline)
        or whole
    )


def _is_hidden(node: lxml.html.HtmlElement) -> bool:
    style = (node.get("style") or "").replace(" ", "").lower()
    return (
        node.get("hidden") is not None
        or node.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _drop_furniture(root: lxml.html.HtmlElement) -> None:
    drop_alt_captions(root)  # (a caption set as the next paragraph, the alt text's words)
    drop_picture_credits(root)
    boxes = [
        *root.iter("table"),
        *root.xpath(_PICTURE_BOXES, namespaces=_RE),
    ]
    for table in boxes:
        # an image in a table (or a box classed as a photo) with a line of text under it:
        # the photo and its caption
        pictured = table.getparent() is not None and table.find(".//img") is not None
        if pictured and len(_flat(table)) <= _CAPTION_MAX:
            table.drop_tree()
    _drop_picture_holders(root)
    for node in list(root.iter(*_DROP_TAGS)):
        if node.getparent() is not None:
            node.drop_tree()
    for node in list(root.iter()):
        if not isinstance(node.tag, str) or node.getparent() is None:
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _is_hidden(node) or (
            node.tag not in ("body", "html") and _NOISE.search(marks) and not _holds_prose(node)
        ):
            node.drop_tree()


def _drop_picture_holders(root: lxml.html.HtmlElement) -> None:
    """A picture and the few words set with it, whatever holds them (a ``<div>`` of any
    class, a ``<p>``, a link): the nearest element around an image that has words of its
    own is the picture's block when those words are a caption's length — its caption and
    credit, or a related card's headline. A lead set with its thumbnail is the article's."""
    # (each element's text is flattened once: a gallery of thousands of pictures in the
    # article's own element must not flatten the article once per picture)
    sizes: dict[lxml.html.HtmlElement, int] = {}

    def size(node: lxml.html.HtmlElement) -> int:
        if node not in sizes:
            sizes[node] = len(_flat(node))
        return sizes[node]

    holders: list[lxml.html.HtmlElement] = []
    for picture in root.iter("img"):
        holder = picture.getparent()
        while holder is not None and not size(holder):
            holder = holder.getparent()
        if holder is None or holder.tag in ("body", "html") or holder.getparent() is None:
            continue
        if size(holder) > _CAPTION_MAX or any(holder is h for h in holders[-1:]):
            continue
        if tells(_flat(holder)):
            continue  # (two full sentences with the picture: the article's panel)
        marks = f"{holder.get('class') or ''} {holder.get('id') or ''}"
        # (a short page's whole text may hold a picture too: a headline, or more than a
        # caption and its credit, is an article, not a picture's block)
        blocks = [child for child in holder if isinstance(child.tag, str) and size(child)]
        if (
            len(blocks) <= 2
            and holder.tag not in ("article", "main")
            and not holder.xpath(".//h1 | .//h2 | .//h3")
            and not _LEAD_CLASS.search(marks)
        ):
            holders.append(holder)
    for holder in holders:
        if holder.getparent() is not None:
            holder.drop_tree()


_CAPTION_MAX: Final = 300
_PICTURE: Final = r"(?:^|[\s_-])(?:photo|image|img|picture|pic|figure|anh|hinh)(?:$|[\s_-])"
_RE: Final = {"re": "http://exslt.org/regular-expressions"}
_PICTURE_BOXES: Final = f"//div[re:test(@class, '{_PICTURE}', 'i')]"
_TAGLINE_WORDS: Final = 4
_SITE_WORDS: Final = 6  # ("- VIR", "- Sri Lanka" are the name's own parts)


def _holds_prose(node: lxml.html.HtmlElement) -> bool:
    """A class word like "share" on a wrapper must not take the article with it."""
    return sum(len(_flat(p)) for p in node.iter("p")) >= 400


def _p_score(parent: lxml.html.HtmlElement) -> int:
    score = 0
    for p in parent.iterchildren("p"):
        text = _flat(p)
        linked = sum(len(_flat(a)) for a in p.iter("a"))
        if len(text) >= 20 and linked < len(text) / 2:
            score += len(text)
    return score


_HEAD_BLOCKS: Final = 6  # blocks above a page's headline: kicker, breadcrumb, date
_OWN_PROSE: Final = 120  # characters of paragraphs of its own


def _article(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    body = root.find("body")
    top = body if body is not None else root
    best, best_score = top, 0
    for node in top.iter():
        if isinstance(node.tag, str):
            score = _p_score(node)
            if score > best_score:
                best, best_score = node, score
    if best_score == 0:
        return top
    # A quoted statement (<blockquote>) may hold more text than the body that quotes it:
    # the element whose own paragraphs introduce it is the article.
    parent = best.getparent()
    if best.tag == "blockquote" and parent is not None and _p_score(parent) >= _OWN_PROSE:
        best = parent
    best = gather_mail_cells(best, _p_score)  # (an e-mail's paragraphs, a row each)
    best = widen_to_feed(best, _p_score)  # (a live blog's entries: the feed holding them all)
    best = widen_to_split_body(best, _p_score, _OWN_PROSE)  # (paragraphs, then a paywall's box)
    for wrapper in root.xpath(_MAIN):
        if wrapper is best or best in wrapper.iterdescendants():
            return wrapper
    return best


def _abutting_span(element: lxml.html.HtmlElement, last: str) -> bool:
    """A ``<span>`` right after another with nothing between them that opens a new item of
    a row: a capital after the letter or figure ``last`` the line ends on ("By A" /
    "Posted : …"), or a figure after a figure outside a paragraph (a row's cells, "2024" /
    "2025"). A span that goes on in lower case goes on the word ("Chi" / "le", "agree" /
    "ment"): an editor's styling cut it, no row did."""
    before = element.getprevious()
    if element.tag != "span" or before is None or before.tag != "span" or before.tail:
        return False
    first = (element.text or "")[:1]
    if first.isupper() and last.isalnum():
        return True
    in_paragraph = any(node.tag == "p" for node in element.iterancestors())
    return first.isdigit() and last.isdigit() and not in_paragraph


def _blocks(node: lxml.html.HtmlElement) -> list[str]:
    """The text of ``node``, one string per block element (``<br>`` breaks a line)."""
    blocks: list[str] = []
    line: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(line)).strip()
        if text:
            blocks.append(text)
        line.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        is_block = tag in _BLOCK_TAGS
        if is_block or tag == "br":
            flush()
        if tag and element.text:
            if (
                (tag in ("a", "cite") or _abutting_span(element, line[-1][-1:] if line else ""))
                and line
                and line[-1][-1:].isalnum()
                and element.text[:1].isalnum()
            ):
                # (a link is a unit of its own: "Read more<a>Headline</a>"; so is a span set
                # right after a span opening a row's next item, as a byline's name and stamp:
                # "<span>By A</span><span>Posted : …</span>"; and a quote's credit,
                # "…<cite>Name</cite>")
                line.append(" ")
            line.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                line.append(child.tail)
        if tag in ("td", "th") and element.getnext() is not None:
            # A table row is one line, its cells apart: "Gạo; 96,4; 142,7" (a cell per
            # line would read figures without their row).
            line.append("; ")
        if is_block:
            flush()

    walk(node)
    flush()
    return blocks


def read_webpage(data: bytes, name: str) -> WebPage:
    """The title, canonical URL and article text of a saved HTML page."""
    text, _encoding = decode_text(data, name, declared=_declared_charset(data))
    if not text.strip():
        raise InputError(f"{name} is empty.")
    root = _parse(text, name)
    linked = linked_data(root)
    site = _SPACES.sub(" ", meta_content(root, "og:site_name", "application-name")).strip()
    declared = "site name" if site else "publisher"
    site = site or linked.get("site", "")
    first, *rest = re.split(r"\s+[-–|]\s+", site)
    if rest and is_site_name(first) and len(" ".join(rest).split()) >= _TAGLINE_WORDS:
        site = first  # "Báo X - Tiếng nói của nhà nông": the name before its tagline
    if "." in site and " " not in site:
        # a bare domain the table lacks ("baox.vn") gives way to a site's name ("Báo X") the
        # <title> or the logo gives
        from briefer.ingest.outletnames import known_outlet as _known

        named = site_in_title(root) or site_in_marks(root)
        # (a domain gives way to a name only: the <title>'s other domain is no better)
        spelled = " " in named or "." not in named
        if not _known(site) and is_site_name(named) and not _known(named) and spelled:
            site = named
    title = strip_site(_title(root), site, root)
    url = _canonical_url(root)
    # every name the page gives itself, for the choice by agreement (metachoice); an
    # agency's Dublin Core creator declares its publisher as a site name does
    claims = ((declared, site), ("publisher", linked.get("site", "")),
              # (a content system's window, "… - Site CMS": the site before the tool's word)
              # (an agency's own site on a shared portal, "Headline - Ministry of X - Portal")
              *title_site_claims(root, _not_topic(site_in_title(root), root) or tool_site(root)),
              ("title part", banner_name(root)),  # (a <title> that is the site's name alone)
              *page_marks(root),
              *text_marks(root), ("copyright", footer_licence(root)),
              ("declared author", declared_outlet(root)),
              ("publisher", dublin_core_body(root)),
              *issuer_claims(root))  # fmt: skip
    site_claims = tuple((signal, name) for signal, name in claims if name)
    feed = feed_item(root)  # (a feed reader's saved item: the entry's fields, not the reader)
    if feed.outlet:
        site = feed.outlet
        site_claims = (("site name", site), *(c for c in site_claims if c[0] != "title part"))
    if not site:
        # A name the <title> ends on gives way to an address the outlet table knows.
        from briefer.ingest.outletnames import known_outlet, outlet_of_url

        tail = site_in_title(root)
        if known_outlet(tail) or not (url and outlet_of_url(url)):
            site = tail
        if not site and not (url and known_outlet(outlet_of_url(url))):
            site = site_in_marks(root)  # the logo's alt text, the copyright's holder
    visible, changed = visible_date(root)
    changed = changed or last_edited_day(root.text_content()) or clock_day(root)  # (clockday)
    # (a moment declared in UTC, on the day the page shows in its own zone)
    declared = zoned_declared_day(root, declared_date(root), visible)
    declared = feed.day or declared
    published = declared or linked.get("date", "") or visible or headline_row_day(root)
    dates = (("declared", declared), ("linked", linked.get("date", "")), ("shown", visible))
    site_claims += tuple((f"date {signal}", iso) for signal, iso in dates if iso)
    author = feed.writer or block_writer(root, page_author(root))  # (co-writers; name cell)
    author = "" if owner_byline(author, root) else author  # (the company "© … X Inc." names)
    author = team_in_page(root, author) or author  # ("Thực hiện: A - B" naming A)
    if not author and linked.get("author"):
        from briefer.ingest.outletnames import known_outlet

        # an agency or the outlet itself as the "author" is no author
        author = "" if known_outlet(linked["author"]) else linked["author"]
    captions_as_text(root)  # (a photo story's captions are its text: before they go)
    _drop_furniture(root)
    article = _article(root)
    drop_asides(article, _LEAD_CLASS)
    # (an article saved with its later pages: "Trang 2/2" opens the rest of its text)
    blocks = _lead(root, article, title) + _blocks(article) + continuation(article, _blocks)
    folded = [b.casefold() for b in blocks[:_HEAD_BLOCKS]]
    if blocks and title and title.casefold() in folded:
        # the page's own headline, already the title (in capitals too): what the page sets
        # above it (a kicker, a breadcrumb) stays above it, as in the page
        at = folded.index(title.casefold())
        head, blocks = blocks[:at], blocks[at + 1 :]
        text = "\n\n".join([*head, title, *blocks])
        if not blocks:
            raise InputError(f"{name} has no article text Briefer can find.")
        return WebPage(title, url, text, published, site, author, changed, site_claims)
    if not blocks:
        raise InputError(f"{name} has no article text Briefer can find.")
    text = "\n\n".join([title, *blocks]) if title else "\n\n".join(blocks)
    return WebPage(title, url, text, published, site, author, changed, site_claims)


__all__ = ["WebPage", "read_webpage"]
