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
from briefer.ingest.credits import drop_picture_credits
from briefer.ingest.decode import decode_text
from briefer.ingest.pagetitle import (
    cased_as_written,
    is_site_name,
    site_in_marks,
    site_in_title,
    strip_site,
    titled_element,
)
from briefer.ingest.pagetitle import flat as _flat

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
    r"|author-box|rating|hidden|captions?|credits?)(?:$|[\s_-])",
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


def _meta(root: lxml.html.HtmlElement, *keys: str) -> str:
    for key in keys:
        for node in root.xpath(f'//meta[@property="{key}" or @name="{key}"]'):
            content = (node.get("content") or "").strip()
            if content:
                return content
    return ""


def _web_url(value: str) -> str:
    value = value.strip()
    return value if re.match(r"https?://[^\s/]+\.[^\s]+$", value) else ""


def _canonical_url(root: lxml.html.HtmlElement) -> str:
    for node in root.xpath("//link[@href]"):
        if "canonical" in (node.get("rel") or "").lower().split():
            url = _web_url(node.get("href") or "")
            if url:
                return url
    return _web_url(_meta(root, "og:url"))


_ISO_DATE: Final = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]|$)")


def _published_on(root: lxml.html.HtmlElement) -> str:
    """The publication date the page declares (meta tags, ``itemprop``, ``<time>``)."""
    values = [
        _meta(root, "article:published_time", "og:published_time", "pubdate", "publishdate",
              "date", "dc.date", "dcterms.created"),
        *(node.get("content") or node.get("datetime") or ""
          for node in root.xpath('//*[@itemprop="datePublished"]')),
        *(node.get("datetime") or "" for node in root.xpath("//time[@datetime]")),
    ]  # fmt: skip
    for value in values:
        match = _ISO_DATE.match(value.strip())
        if match:
            return match.group(1)
    return ""


_ARTICLE_TYPES: Final = frozenset(
    ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "WebPage", "ReportArticle")
)  # fmt: skip


def _linked_data(root: lxml.html.HtmlElement) -> dict[str, str]:
    """What a page's schema.org block (``<script type="application/ld+json">``) says of
    its article: ``date`` (datePublished), ``author`` and ``site`` (the publisher)."""
    import json

    found: dict[str, str] = {}

    def names(value: object) -> list[str]:
        items = value if isinstance(value, list) else [value]
        out = []
        for item in items:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                out.append(_SPACES.sub(" ", name).strip())
        return out

    def visit(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
            return
        if not isinstance(node, dict):
            return
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
            date = node.get("datePublished")
            if isinstance(date, str) and _ISO_DATE.match(date.strip()):
                found.setdefault("date", date.strip()[:10])
            authors = names(node.get("author"))
            if len(authors) == 1:  # several writers, or none: the page's byline decides
                found.setdefault("author", authors[0])
            publisher = names(node.get("publisher"))
            if publisher:
                found.setdefault("site", publisher[0])
        visit(node.get("@graph"))

    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            visit(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue  # a broken block says nothing
    return found


_DATED: Final = re.compile(
    r"date|time|publish|posted|thoi-?gian|ngay|meta|info|(?:^|[\s_-])dt(?:$|[\s_-])", re.I
)  # ("dt": a date's short name)
# The site's clock ("date-now", "today", "current-time"): the day the page was viewed, not
# the day it was published.
_CLOCK_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:now|today|clock|hom-?nay)(?:$|[\s_-])|current[-_]?(?:date|time|day)",
    re.IGNORECASE,
)
_AUTHOR_CLASS: Final = re.compile(r"author|byline|tac-?gia|(?:^|[\s_-])by(?:$|[\s_-])", re.I)


def _in_site_header(node: lxml.html.HtmlElement) -> bool:
    """Inside the site's own header or menu (a <nav>, or a <header> outside any <article>
    and without the headline): a date there is the site's clock, not the page's."""
    for above in node.iterancestors():
        if above.tag == "nav":
            return True
        if above.tag == "header" and above.find(".//h1") is None:
            return not any(a.tag == "article" for a in above.iterancestors())
    return False


def _visible_date(root: lxml.html.HtmlElement) -> tuple[str, str]:
    """The first day written in an element whose class or id speaks of a date or time
    ("detail-time", "datetime", "post-meta"), when the markup declares none; as (published,
    changed): an element that says it was updated dates a change, not the publication."""
    from briefer.text.dates import find_dates

    changed = ""  # a "last-updated" element dates a change: only when nothing else is dated
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if (not _DATED.search(marks) and node.tag != "time") or _CLOCK_CLASS.search(marks):
            continue
        if _in_site_header(node):
            continue
        text = _flat(node)
        if not text or len(text) > 120:
            continue
        # (in a date's element "10.06.2025" is a day, as "10/06/2025")
        text = re.sub(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b", r"\1/\2/\3", text)
        days = [d for d in find_dates(text) if d.precision == "day"]
        if days and re.search(r"updat|modif", marks, re.IGNORECASE):
            changed = changed or days[0].start
            continue
        # "Cập nhật: 13/06 · Đăng: 12/06": of two days, not the one a label says changed
        plain = [d for d in days if not _CHANGED_LABEL.search(text[max(0, d.pos - 16) : d.pos])]
        if days:
            return (plain or days)[0].start, ""
    return "", changed


def _author(root: lxml.html.HtmlElement) -> str:
    """The author the markup names; an agency or outlet ("VNA", "TTXVN") is no author."""
    from briefer.ingest.metadata import author_of, known_outlet, reporter_in, writer_of

    named = _meta(root, "author", "article:author", "dc.creator", "byl")
    if named and not re.match(r"https?://", named):
        named = re.sub(r"^(?:By|by)\s+", "", writer_of(_SPACES.sub(" ", named))).strip()
        if not known_outlet(named):
            return named
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('rel') or ''}"
        if _AUTHOR_CLASS.search(marks):
            text = re.sub(
                r"^(?:(?:(?:Written|Translated|Compiled|Reported)\s+)?(?:By|by)|Bởi|Tác giả"
                r"|(?:Biên|Lược)?\s*dịch|Dịch)\s*:?\s*",  # ("Translated by X": the page's writer)
                "",
                writer_of(_flat(node)),
            )
            if re.search(r"\d{1,2}[./:]\d{2}", text):
                from briefer.ingest.furniture import stamp_remainder

                text = stamp_remainder(text)  # "Mirjam Mõttus 10.06.2025 15:47": its stamp
            if 2 <= len(text) <= 50 and not re.search(r"[.!?:]$|https?://", text):
                return "" if known_outlet(text) else author_of(text)
    # a credit or signature block names its writer under a reporting label, line by line
    # ("Phóng viên: … - Quay phim: …", "Reporting by …<br>Translated by …")
    for node in root.xpath('//*[contains(@class, "credit") or contains(@class, "signature")]'):
        for piece in node.itertext():
            if reporter_in(piece):
                return reporter_in(piece)
    return ""


def _title(root: lxml.html.HtmlElement) -> str:
    og = _meta(root, "og:title", "twitter:title")
    if og:
        return _SPACES.sub(" ", og).strip()
    for h1 in root.xpath("//h1"):
        text = _flat(h1)
        # (an <h1> that holds the site's name, the logo's, is no headline)
        if text and not (is_site_name(text) and len(text.split()) <= _SITE_WORDS):
            return cased_as_written(text, root)
    titles = root.xpath("//title")
    return titled_element(root) or (_flat(titles[0]) if titles else "")


def _is_hidden(node: lxml.html.HtmlElement) -> bool:
    style = (node.get("style") or "").replace(" ", "").lower()
    return (
        node.get("hidden") is not None
        or node.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _drop_furniture(root: lxml.html.HtmlElement) -> None:
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


_CHANGED_LABEL: Final = re.compile(r"cập\s+nhật|updated|modified|sửa", re.IGNORECASE)
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
    for wrapper in root.xpath(_MAIN):
        if wrapper is best or best in wrapper.iterdescendants():
            return wrapper
    return best


_LEAD_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:sapo|lead|description|summary|intro|excerpt|chapeau|standfirst|teaser"
    r"|subtitle|dek)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _lead(root: lxml.html.HtmlElement, article: lxml.html.HtmlElement) -> list[str]:
    """The lead paragraph ("sapo") a page sets above its body, outside the element the
    body was found in: it is article text, often the sentence that dates the news. A page
    may set a subtitle and a summary both: each is kept, in the page's order."""
    found: list[lxml.html.HtmlElement] = []
    for node in root.iter():
        if not isinstance(node.tag, str) or node is article:
            continue
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if not _LEAD_CLASS.search(marks):
            continue
        if node in article.iterancestors() or article in node.iterancestors():
            continue
        if any(node in f.iterancestors() or f in node.iterancestors() for f in found):
            continue
        if len(_flat(node)) >= 40:
            found.append(node)
    return [_flat(node) for node in found]


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
    linked = _linked_data(root)
    site = _SPACES.sub(" ", _meta(root, "og:site_name", "application-name")).strip()
    site = site or linked.get("site", "")
    first, *rest = re.split(r"\s+[-–|]\s+", site)
    if rest and is_site_name(first) and len(" ".join(rest).split()) >= _TAGLINE_WORDS:
        site = first  # "Báo X - Tiếng nói của nhà nông": the name before its tagline
    if "." in site and " " not in site:
        # a bare domain the table lacks ("baox.vn") gives way to a site's name ("Báo X") the
        # <title> or the logo gives
        from briefer.ingest.metadata import known_outlet as _known

        named = site_in_title(root) or site_in_marks(root)
        if not _known(site) and is_site_name(named) and not _known(named):
            site = named
    title = strip_site(_title(root), site, root)
    url = _canonical_url(root)
    if not site:
        # A name the <title> ends on gives way to an address the outlet table knows.
        from briefer.ingest.metadata import known_outlet, outlet_of_url

        tail = site_in_title(root)
        if known_outlet(tail) or not (url and outlet_of_url(url)):
            site = tail
        if not site and not (url and known_outlet(outlet_of_url(url))):
            site = site_in_marks(root)  # the logo's alt text, the copyright's holder
    visible, changed = _visible_date(root)
    published = _published_on(root) or linked.get("date", "") or visible
    author = _author(root)
    if not author and linked.get("author"):
        from briefer.ingest.metadata import known_outlet

        # an agency or the outlet itself as the "author" is no author
        author = "" if known_outlet(linked["author"]) else linked["author"]
    _drop_furniture(root)
    article = _article(root)
    blocks = _lead(root, article) + _blocks(article)
    folded = [b.casefold() for b in blocks[:_HEAD_BLOCKS]]
    if blocks and title and title.casefold() in folded:
        # the page's own headline, already the title (in capitals too): what the page sets
        # above it (a kicker, a breadcrumb) stays above it, as in the page
        at = folded.index(title.casefold())
        head, blocks = blocks[:at], blocks[at + 1 :]
        text = "\n\n".join([*head, title, *blocks])
        if not blocks:
            raise InputError(f"{name} has no article text Briefer can find.")
        return WebPage(title, url, text, published, site, author, changed)
    if not blocks:
        raise InputError(f"{name} has no article text Briefer can find.")
    text = "\n\n".join([title, *blocks]) if title else "\n\n".join(blocks)
    return WebPage(title, url, text, published, site, author, changed)


__all__ = ["WebPage", "read_webpage"]
